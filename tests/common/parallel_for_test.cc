#include "common/parallel_for.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

namespace liputan {
namespace {

TEST(ParallelForTest, CallsEveryIndexOnce) {
  for (unsigned threads : {0u, 1u, 2u, 7u}) {
    std::vector<std::atomic<int>> calls(1000);
    ParallelFor(
        calls.size(), [&](size_t i) { ++calls[i]; }, threads);
    for (size_t i = 0; i < calls.size(); ++i) ASSERT_EQ(calls[i], 1) << i << " " << threads;
  }
  int none = 0;
  ParallelFor(0, [&](size_t) { ++none; });
  EXPECT_EQ(none, 0);
}

TEST(ParallelForTest, AnExceptionStopsTheRestAndIsRethrown) {
  std::atomic<int> calls = 0;
  EXPECT_THROW(ParallelFor(
                   100000,
                   [&](size_t i) {
                     ++calls;
                     if (i == 10) throw std::runtime_error("task 10 failed");
                   },
                   2),
               std::runtime_error);
  EXPECT_LT(calls, 100000);
}

}  // namespace
}  // namespace liputan
