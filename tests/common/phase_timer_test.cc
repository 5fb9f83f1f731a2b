#include "common/phase_timer.h"

#include <gtest/gtest.h>

namespace liputan {
namespace {

TEST(PhaseTimerTest, NamesEachPhaseInOrderAndTheTotal) {
  PhaseTimer timer;
  volatile double sink = 0;
  for (int i = 0; i < 2000000; ++i) sink = sink + i;  // some CPU time for the first phase
  timer.Mark("read");
  timer.Mark("write");
  const std::string summary = timer.Summary();
  const size_t read = summary.find("read "), write = summary.find("write "),
               total = summary.find("total ");
  ASSERT_NE(read, std::string::npos) << summary;
  ASSERT_NE(write, std::string::npos) << summary;
  ASSERT_NE(total, std::string::npos) << summary;
  EXPECT_LT(read, write);
  EXPECT_LT(write, total);
  EXPECT_NE(summary.find("(CPU "), std::string::npos) << summary;
  EXPECT_GT(ProcessCpuSeconds(), 0.0);
}

}  // namespace
}  // namespace liputan
