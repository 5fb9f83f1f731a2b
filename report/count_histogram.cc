#include "report/count_histogram.h"

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
  values_[value] += count;
  count_ += count;
}

void CountHistogram::Merge(const CountHistogram& other) {
  for (const auto& [value, count] : other.values_) Add(value, count);
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
  auto it = values_.find(0);
  return it == values_.end() ? 0 : it->second;
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
