#include "common/interrupt_cleanup.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "common/atomic_output_file.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

namespace fs = std::filesystem;

// A child process opens an output, writes half of it and is killed by SIGTERM: neither the final
// file nor the temporary one may remain, and the child must die of the signal.
TEST(InterruptCleanup, SigtermRemovesTemporaryOutput) {
  testing::TempDir dir;
  std::string target = dir.File("report.json");
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    InstallInterruptCleanup();
    AtomicOutputFile out(target);
    out.Write("{\"half\": ");
    ::raise(SIGTERM);
    ::_exit(0);  // not reached
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(WTERMSIG(status), SIGTERM);
  EXPECT_FALSE(fs::exists(target));
  EXPECT_TRUE(fs::is_empty(dir.path())) << "a temporary file was left behind";
}

TEST(InterruptCleanup, CommittedOutputSurvivesLaterSignal) {
  testing::TempDir dir;
  std::string target = dir.File("done.txt");
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    InstallInterruptCleanup();
    AtomicOutputFile out(target);
    out.Write("complete\n");
    out.Commit();
    ::raise(SIGINT);
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(testing::ReadFile(target), "complete\n");
}

}  // namespace
}  // namespace liputan
