// Interruption: SIGINT/SIGTERM while `liputan classify` or `liputan report` is running must leave
// no partial output: no temporary file, the final names absent (or, when they existed, as they
// were), and the exit status must still say "killed by the signal" (common/interrupt_cleanup).
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "tests/badinput/cli_process.h"
#include "tests/badinput/inputs.h"
#include "tests/support/cli_runner.h"

namespace fs = std::filesystem;

namespace liputan::testing {
namespace {

const std::string kSource = LIPUTAN_SOURCE_DIR;
const std::string kPrevious = "an earlier complete output\n";

bool HasTempFile(const std::string& dir) {
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.path().filename().string().find(".tmp.") != std::string::npos) return true;
  }
  return false;
}

// Waits until a temporary output file exists in `dir` (the command is writing) or the process has
// had `limit` to get there.
bool WaitForTempFile(const std::string& dir, std::chrono::seconds limit) {
  auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (HasTempFile(dir)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return false;
}

class ClassifyInterrupt : public ::testing::TestWithParam<int> {};

TEST_P(ClassifyInterrupt, LeavesNoPartialOutput) {
  const int signo = GetParam();
  TempDir tmp;
  std::string model = SharedModel();
  std::string input = tmp.File("posts.jsonl");
  WriteFile(input, FlatPostsJsonl(200000));
  for (bool existing : {false, true}) {
    std::string out_dir = tmp.File(existing ? "old" : "new");
    fs::create_directories(out_dir);
    std::string out = out_dir + "/labeled.jsonl";
    if (existing) WriteFile(out, kPrevious);
    CliProcess run({"classify", "-m", model, "--threads", "2", "-o", out, input}, {});
    ASSERT_TRUE(WaitForTempFile(out_dir, std::chrono::seconds(60))) << "no temp file appeared";
    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // well into the records
    run.Signal(signo);
    CliOutcome r = run.Wait();
    if (r.exit_code == 0) GTEST_SKIP() << "classify finished before the signal; input too small";
    EXPECT_EQ(r.exit_code, 128 + signo) << r.err;
    EXPECT_FALSE(HasTempFile(out_dir)) << "a temporary file remains";
    if (existing) {
      EXPECT_EQ(ReadFile(out), kPrevious) << "the earlier output was touched";
    } else {
      EXPECT_FALSE(fs::exists(out)) << "a partial output was left";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Signals, ClassifyInterrupt, ::testing::Values(SIGINT, SIGTERM),
                         [](const auto& info) {
                           return info.param == SIGINT ? "SIGINT" : "SIGTERM";
                         });

// Was a known bug: report/'s files and render/'s (html, charts) were two rename groups, so a
// signal between them left a mixed report, and a signal between mkstemp and the temp file's
// registration left it behind. Both now go through one common/output_group.h group, whose temp
// files are registered with signals held back. Kept as a switch should a finding reappear.
constexpr bool kPartialReportGroupIsKnown = false;

// The report writes a group of files; a signal at any moment must leave the whole group or none
// of it. Signals are spread over the length of one uninterrupted run.
TEST(ReportInterrupt, GroupIsAllOrNothing) {
  TempDir tmp;
  std::string input = tmp.File("posts.jsonl");
  // The sanitizer stage of `make test` (LIPUTAN_SANITIZER_RUN) runs everything 3-5x slower: a
  // quarter of the posts keeps the run as long, and the signals spread over it the same way.
  WriteFile(input, FlatPostsJsonl(std::getenv("LIPUTAN_SANITIZER_RUN") ? 15000 : 60000));
  std::string agencies = kSource + "/tests/data/report/agencies.csv";
  auto args = [&](const std::string& dir) {
    return std::vector<std::string>{"report", "--agencies", agencies, "-o", dir, input};
  };
  auto start = std::chrono::steady_clock::now();
  CliOutcome full = RunCli(args(tmp.File("full")));
  auto length = std::chrono::steady_clock::now() - start;
  ASSERT_EQ(full.exit_code, 0) << full.err;
  size_t full_count = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp.File("full"))) ++full_count;

  const int kRuns = 8;
  std::string partial;
  for (int i = 0; i < kRuns; ++i) {
    std::string dir = tmp.File("run" + std::to_string(i));
    CliProcess run(args(dir), {});
    std::this_thread::sleep_for(length * (i + 1) / (kRuns + 1));
    run.Signal(i % 2 ? SIGTERM : SIGINT);
    CliOutcome r = run.Wait();
    if (r.exit_code == 0) continue;  // finished first: nothing to check beyond the normal tests
    EXPECT_GE(r.exit_code, 128) << r.err;
    if (!fs::exists(dir)) continue;
    if (HasTempFile(dir)) partial += "run " + std::to_string(i) + ": a temporary file remains\n";
    size_t count = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++count;
    if (count != 0 && count != full_count) {
      partial += "run " + std::to_string(i) + ": " + std::to_string(count) + " of " +
                 std::to_string(full_count) + " report files written\n";
    }
  }
  if (!partial.empty() && kPartialReportGroupIsKnown) GTEST_SKIP() << "known failure:\n" << partial;
  EXPECT_TRUE(partial.empty()) << partial;
}

}  // namespace
}  // namespace liputan::testing
