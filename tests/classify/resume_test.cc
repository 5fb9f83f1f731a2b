// `classify --resume`: the checkpointed partial output, and a kill-and-resume loop against the
// real executable (SIGKILL and SIGINT at seeded random moments) that must end byte-identical to
// one uninterrupted run.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>
#include <thread>

#include "classify/resumable_output.h"
#include "common/error.h"
#include "corpora/post_jsonl.h"
#include "tests/classify/tiny_bundle_test.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::RunLiputan;
using testing::TempDir;
using testing::WriteFile;

bool Exists(const std::string& path) { return std::filesystem::exists(path); }

TEST(ResumableOutputTest, KeepsWholeCheckpointedRecordsAndDropsATornTail) {
  TempDir dir;
  const std::string out = dir.File("out.jsonl");
  const ResumeFingerprint fp = {{"model", "m1"}, {"inputs", "a.txt"}};
  {
    ResumableOutput o(out, fp, 0);
    EXPECT_EQ(o.resumed_records(), 0);
    o.Write("{\"id\":\"1\"}\n{\"id\":\"2\"}\n");
    o.Checkpoint(2, "2");
    o.Write("{\"id\":\"3\"}\n{\"id\":");  // a batch cut by SIGKILL: past the checkpoint
  }                                       // no Commit: as if killed
  EXPECT_FALSE(Exists(out));
  EXPECT_TRUE(Exists(out + ".partial"));
  {
    ResumableOutput o(out, fp, 0);
    EXPECT_EQ(o.resumed_records(), 2);
    EXPECT_EQ(o.resumed_last_id(), "2");
    EXPECT_EQ(ReadFile(out + ".partial"), "{\"id\":\"1\"}\n{\"id\":\"2\"}\n");
    o.Write("{\"id\":\"3\"}\n");
    o.Checkpoint(3, "3");
    o.Commit();
  }
  EXPECT_EQ(ReadFile(out), "{\"id\":\"1\"}\n{\"id\":\"2\"}\n{\"id\":\"3\"}\n");
  EXPECT_FALSE(Exists(out + ".partial"));
  EXPECT_FALSE(Exists(out + ".partial.state"));
}

TEST(ResumableOutputTest, RefusesAnotherModelOrInputAndLeavesThePartialAlone) {
  TempDir dir;
  const std::string out = dir.File("out.csv");
  {
    ResumableOutput o(out, {{"model", "m1"}, {"inputs", "a"}}, 0);
    o.Write("h\nr1\n");
    o.Checkpoint(1, "r1");
  }
  try {
    ResumableOutput o(out, {{"model", "m2"}, {"inputs", "a"}}, 0);
    FAIL() << "resumed with another model";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kUsage);
    EXPECT_NE(std::string(e.what()).find("the model changed"), std::string::npos) << e.what();
  }
  EXPECT_EQ(ReadFile(out + ".partial"), "h\nr1\n");
  ResumableOutput same(out, {{"model", "m1"}, {"inputs", "a"}}, 0);
  EXPECT_EQ(same.resumed_records(), 1);
  // A second writer of the same partial is refused while the first holds it.
  try {
    ResumableOutput other(out, {{"model", "m1"}, {"inputs", "a"}}, 0);
    FAIL() << "two writers of one partial";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kIo);
  }
}

TEST(ResumableOutputTest, PartialWithoutStateStartsAfreshAndStdoutIsRefused) {
  TempDir dir;
  const std::string out = dir.File("o.jsonl");
  WriteFile(out + ".partial", "stale bytes of a run killed before its first checkpoint\n");
  WriteFile(out + ".partial.state.tmp.AbC123", "{");  // a state write cut by SIGKILL
  {
    ResumableOutput o(out, {}, 0);
    EXPECT_EQ(o.resumed_records(), 0);
    o.Write("x\n");
    o.Commit();
  }
  EXPECT_EQ(ReadFile(out), "x\n");
  EXPECT_FALSE(Exists(out + ".partial.state.tmp.AbC123"));
  try {
    ResumableOutput o("-", {}, 0);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kUsage);
  }
}

// The tiny bundle classifying inputs whose texts hold newlines and commas, so that CSV records
// span several lines (a resume must not cut on a newline inside a quoted field).
class ResumeCliTest : public TinyBundleTest {
 protected:
  static std::string MakeInput(const std::string& name, int per_label, unsigned seed) {
    std::string input;
    int n = 0;
    for (const auto& e : testing::MakeTopicCorpus(per_label, seed)) {
      Post post;
      post.id = std::to_string(1000000 + n);
      post.text = (n % 3 == 0) ? e.text + ",\n\"kutipan\" baris dua" : e.text;
      post.created_at = 1700000000 + n++;
      input += PostToJson(post) + "\n";
    }
    WriteFile(dir_->File(name), input);
    return dir_->File(name);
  }

  static std::vector<std::string> Args(const std::string& input, const std::string& out,
                                       const std::string& format) {
    return {"classify",
            "-m",
            Bundle(),
            "-o",
            out,
            "--format",
            format,
            "--resume",
            "--threads",
            "2",
            "--batch-size",
            "64",
            "--checkpoint-seconds",
            "0",
            input};
  }

  // Starts the executable; returns its pid.
  static pid_t Spawn(const std::vector<std::string>& args) {
    std::vector<std::string> full = {LIPUTAN_BINARY};
    full.insert(full.end(), args.begin(), args.end());
    // Built before fork: the child of a threaded process may only make async-signal-safe calls.
    std::vector<char*> argv;
    for (auto& a : full) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = ::fork();
    if (pid == 0) {
      int null = ::open("/dev/null", O_RDWR);
      ::dup2(null, 0);
      ::dup2(null, 1);
      ::dup2(null, 2);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    return pid;
  }
};

// Counts records of `got` missing from or repeated against `want` (JSONL: one id per line).
std::pair<int, int> LostAndDuplicated(const std::string& want, const std::string& got) {
  std::map<std::string, int> count;
  auto id_of = [](const std::string& line) {
    Post post;
    std::string error;
    return ParsePostJson(line, post, error) ? post.id : line;
  };
  for (const auto& line : Lines(got)) ++count[id_of(line)];
  int lost = 0, duplicated = 0;
  for (const auto& line : Lines(want)) {
    int c = count[id_of(line)];
    lost += c == 0;
    duplicated += c > 1 ? c - 1 : 0;
  }
  return {lost, duplicated};
}

TEST_F(ResumeCliTest, KilledAtRandomMomentsAndResumedGivesTheUninterruptedOutput) {
  const std::string input = MakeInput("in.jsonl", 1000, 7);  // 3,000 posts
  std::mt19937 rng(20261128);
  int kills = 0, resumed_runs = 0;
  std::map<std::string, std::chrono::steady_clock::duration> run_times;
  for (std::string format : {"jsonl", "csv"}) {
    auto start = std::chrono::steady_clock::now();
    auto r = RunLiputan(
        {"classify", "-m", Bundle(), "-o", dir_->File("ref." + format), "--format", format, input});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    run_times[format] = std::chrono::steady_clock::now() - start;
  }
  for (int iteration = 0; iteration < 10; ++iteration) {
    const std::string format = iteration % 2 == 0 ? "jsonl" : "csv";
    const std::string ref = dir_->File("ref." + format);
    const std::string out = dir_->File("out." + format);
    const auto run_time = run_times[format];
    std::filesystem::remove(out);
    for (int attempt = 0;; ++attempt) {
      pid_t pid = Spawn(Args(input, out, format));
      ASSERT_GT(pid, 0);
      int status = 0;
      if (attempt < 4) {  // then let it finish
        auto max_us = std::chrono::duration_cast<std::chrono::microseconds>(run_time).count();
        std::this_thread::sleep_for(std::chrono::microseconds(
            std::uniform_int_distribution<int64_t>(0, std::max<int64_t>(max_us, 1000))(rng)));
        ::kill(pid, rng() % 2 == 0 ? SIGKILL : SIGINT);
      }
      ASSERT_EQ(::waitpid(pid, &status, 0), pid);
      ++resumed_runs;
      if (WIFEXITED(status)) {
        ASSERT_EQ(WEXITSTATUS(status), 0);
        break;
      }
      ++kills;
      // A signal after the final rename (while the process exits) leaves the finished output,
      // which the comparison below checks; any earlier one must leave no output at all.
      if (Exists(out)) break;
    }
    std::string want = ReadFile(ref), got = ReadFile(out);
    if (format == "jsonl") {
      auto [lost, duplicated] = LostAndDuplicated(want, got);
      EXPECT_EQ(lost, 0) << "iteration " << iteration;
      EXPECT_EQ(duplicated, 0) << "iteration " << iteration;
    }
    ASSERT_EQ(got, want) << "iteration " << iteration << " (" << format << ")";
    EXPECT_FALSE(Exists(out + ".partial"));
    EXPECT_FALSE(Exists(out + ".partial.state"));
  }
  std::printf("%d kills in %d runs\n", kills, resumed_runs);
  EXPECT_GE(kills, 5) << "the loop hardly interrupted anything: " << kills << " kills in "
                      << resumed_runs << " runs";
  for (const auto& entry : std::filesystem::directory_iterator(dir_->path())) {
    EXPECT_EQ(entry.path().string().find(".tmp."), std::string::npos) << entry.path();
  }
}

TEST_F(ResumeCliTest, RefusesToJoinAPartialToOtherOptionsOrInputs) {
  const std::string input = MakeInput("in2.jsonl", 2000, 3);  // 6,000 posts
  const std::string out = dir_->File("o2.jsonl");
  // Kill the first run as soon as it has checkpointed something.
  pid_t pid = Spawn(Args(input, out, "jsonl"));
  for (int i = 0; i < 20000 && !Exists(out + ".partial.state"); ++i) {
    std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(Exists(out + ".partial.state")) << "the run finished before its first checkpoint";
  std::string partial = ReadFile(out + ".partial");

  auto args = Args(input, out, "jsonl");
  args.insert(args.end() - 1, {"--top-k", "2"});
  auto r = RunLiputan(args);
  EXPECT_EQ(r.exit_code, 64) << r.err;
  EXPECT_NE(r.err.find("options changed"), std::string::npos) << r.err;
  // The same inputs, rewritten with other content: refused, and the partial is untouched.
  std::string original = ReadFile(input);
  WriteFile(input, original + original);
  r = RunLiputan(Args(input, out, "jsonl"));
  EXPECT_EQ(r.exit_code, 64) << r.err;
  EXPECT_NE(r.err.find("inputs changed"), std::string::npos) << r.err;
  EXPECT_EQ(ReadFile(out + ".partial").substr(0, partial.size()), partial);
  r = RunLiputan({"classify", "-m", Bundle(), "--resume", input});
  EXPECT_EQ(r.exit_code, 64) << r.err;  // stdout cannot be resumed
}

TEST_F(ResumeCliTest, PipelineChecksTheLastSkippedPost) {
  const std::string input = MakeInput("in3.jsonl", 10, 1);
  ClassifyOptions options;
  options.resume_after = 5;
  options.resume_last_id = "1000004";
  EXPECT_EQ(Lines(Run(input, options)).size(), 25u);
  options.resume_last_id = "999";
  try {
    Run(input, options);
    FAIL() << "joined to a partial of another input";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_NE(std::string(e.what()).find("'1000004'"), std::string::npos) << e.what();
  }
  options.resume_after = 31;
  options.resume_last_id.clear();
  EXPECT_THROW(Run(input, options), Error);
}

}  // namespace
}  // namespace liputan
