#include "report/month_cache.h"

#include <gtest/gtest.h>

#include <random>

namespace liputan::report {
namespace {

// The cache must give MonthIndexOf's answer for any time and any order, including days that
// share a cache entry (1024 days apart) and times before 1970.
TEST(MonthCacheTest, SameMonthsAsMonthIndexOfInAnyOrder) {
  MonthCache cache;
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<int64_t> any(-86400LL * 400, 4102444800LL + 86400 * 400);
  for (int i = 0; i < 200000; ++i) {
    const int64_t t = any(rng);
    ASSERT_EQ(cache.MonthOf(t), MonthIndexOf(t)) << t;
  }
  // Month boundaries: the last second of a month and the first of the next, alternating with
  // a day 1024 days later that takes the same cache entry.
  for (int64_t day = 0; day < 3000; ++day) {
    for (int64_t t : {day * 86400 - 1, day * 86400, day * 86400 + 86399, (day + 1024) * 86400}) {
      ASSERT_EQ(cache.MonthOf(t), MonthIndexOf(t)) << t;
    }
  }
  EXPECT_EQ(MonthName(cache.MonthOf(1709251199)), "2024-02");  // 2024-02-29T23:59:59Z
  EXPECT_EQ(MonthName(cache.MonthOf(1709251200)), "2024-03");
}

}  // namespace
}  // namespace liputan::report
