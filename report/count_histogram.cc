#include "report/count_histogram.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/error.h"

namespace liputan::report {

void CountHistogram::Add(int64_t value, int64_t count) {
  if (count <= 0) return;
  int64_t product = 0;
  if (__builtin_mul_overflow(value, count, &product) ||
      __builtin_add_overflow(sum_, product, &sum_)) {
    throw Error(ErrorCode::kData, "engagement or delay total overflows 64 bits");
  }
  // Engagement totals are small and their values dense from 0, where value v sits at index v:
  // one comparison finds it, without a binary search over the histogram.
  auto it = value >= 0 && static_cast<uint64_t>(value) < values_.size() &&
                    values_[static_cast<size_t>(value)].first == value
                ? values_.begin() + value
                : std::lower_bound(values_.begin(), values_.end(), value,
                                   [](const auto& entry, int64_t v) { return entry.first < v; });
  if (it != values_.end() && it->first == value) {
    it->second += count;
  } else {
    // Room for four values at once: growing from one by doubling cost an allocation and copy
    // for each of the first values, and a report holds a hundred thousand of these histograms
    // (per agency, month and label), most with only a few values, so not more than four.
    const auto at = it - values_.begin();
    if (values_.capacity() == 0) values_.reserve(4);
    values_.insert(values_.begin() + at, {value, count});
  }
  count_ += count;
}

void CountHistogram::Merge(const CountHistogram& other) {
  if (other.values_.empty()) return;
  if (values_.empty()) {
    *this = other;
    return;
  }
  int64_t product = 0;
  if (__builtin_add_overflow(sum_, other.sum_, &product))
    throw Error(ErrorCode::kData, "engagement or delay total overflows 64 bits");
  std::vector<std::pair<int64_t, int64_t>> merged;
  merged.reserve(values_.size() + other.values_.size());
  auto a = values_.cbegin();
  auto b = other.values_.cbegin();
  while (a != values_.end() || b != other.values_.end()) {
    if (b == other.values_.end() || (a != values_.end() && a->first < b->first)) {
      merged.push_back(*a++);
    } else if (a == values_.end() || b->first < a->first) {
      merged.push_back(*b++);
    } else {
      merged.emplace_back(a->first, a->second + b->second);
      ++a;
      ++b;
    }
  }
  values_ = std::move(merged);
  sum_ = product;
  count_ += other.count_;
}

std::optional<double> CountHistogram::Mean() const {
  if (count_ == 0) return std::nullopt;
  return static_cast<double>(sum_) / static_cast<double>(count_);
}

int64_t CountHistogram::ValueAtRank(int64_t rank) const {
  int64_t seen = 0;
  for (const auto& [value, count] : values_) {
    seen += count;
    if (rank < seen) return value;
  }
  return values_.rbegin()->first;
}

std::optional<double> CountHistogram::Median() const {
  if (count_ == 0) return std::nullopt;
  const int64_t lower = ValueAtRank((count_ - 1) / 2);
  const int64_t upper = ValueAtRank(count_ / 2);
  return (static_cast<double>(lower) + static_cast<double>(upper)) / 2;
}

int64_t CountHistogram::zeros() const {
  auto it = std::lower_bound(values_.begin(), values_.end(), std::pair<int64_t, int64_t>(0, 0));
  return it != values_.end() && it->first == 0 ? it->second : 0;
}

nlohmann::json CountHistogram::ToJson() const {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [value, count] : values_) out.push_back({value, count});
  return out;
}

CountHistogram CountHistogram::FromJson(const nlohmann::json& json) {
  CountHistogram histogram;
  for (const auto& pair : json) histogram.Add(pair.at(0).get<int64_t>(), pair.at(1).get<int64_t>());
  return histogram;
}

}  // namespace liputan::report
