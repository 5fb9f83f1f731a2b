#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <utility>
#include <vector>

namespace liputan::report {

// An exact multiset of non-negative integers (engagement totals, reply delays in seconds) kept as
// value → count. Medians from it are exact, merging two is exact, and memory grows with the number
// of distinct values, not with the number of posts: engagement counts repeat heavily (most posts
// get 0–20 interactions), which is what keeps report memory independent of the record count.
// The values are a sorted vector (16 bytes a distinct value; a std::map node cost 64 and a
// pointer chase per step, and a report holds tens of thousands of these histograms).
class CountHistogram {
 public:
  void Add(int64_t value, int64_t count = 1);
  void Merge(const CountHistogram& other);

  int64_t count() const { return count_; }
  // Σ value·count, exact in 128-bit-free int64 for realistic inputs (checked on Add).
  int64_t sum() const { return sum_; }
  bool empty() const { return count_ == 0; }
  std::optional<double> Mean() const;
  // The median: the middle value, or the mean of the two middle values for an even count.
  std::optional<double> Median() const;
  // Number of values equal to zero.
  int64_t zeros() const;
  const std::vector<std::pair<int64_t, int64_t>>& values() const { return values_; }

  // JSON as [[value, count], ...] in ascending value order.
  nlohmann::json ToJson() const;
  static CountHistogram FromJson(const nlohmann::json& json);

  bool operator==(const CountHistogram& other) const = default;

 private:
  int64_t ValueAtRank(int64_t rank) const;  // 0-based rank in ascending order

  std::vector<std::pair<int64_t, int64_t>> values_;  // (value, count), ascending values
  int64_t count_ = 0;
  int64_t sum_ = 0;
};

}  // namespace liputan::report
