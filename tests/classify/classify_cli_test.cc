#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "classify/classify_pipeline.h"
#include "common/error.h"
#include "corpora/post_jsonl.h"
#include "models/trainer.h"
#include "tests/classify/tiny_bundle_test.h"
#include "tests/models/topic_corpus.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::RunLiputan;
using testing::TempDir;
using testing::WriteFile;

// The classify command as a user runs it, on one tiny bundle trained once.
class ClassifyCliTest : public TinyBundleTest {};

TEST_F(ClassifyCliTest, CommandWritesAtomicallyAndMapsErrors) {
  WriteFile(dir_->File("in.txt"), "guru di sekolah\nbanjir besar\n");
  auto r = RunLiputan({"classify", "-m", Bundle(), "-o", dir_->File("out.jsonl"), "--threads", "2",
                       "--input-format", "text", dir_->File("in.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(ReadFile(dir_->File("out.jsonl"))).size(), 2u);
  r = RunLiputan({"classify", "-m", Bundle(), "--format", "csv", "--input-format", "text"},
                 "banjir besar\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 2u);
  // A bad record under --on-error fail: exit 65 and the old output stays untouched.
  WriteFile(dir_->File("bad.jsonl"), "guru\n{\"id\": broken\n");
  r = RunLiputan({"classify", "-m", Bundle(), "-o", dir_->File("out.jsonl"), "--input-format",
                  "text", "--on-error", "fail", dir_->File("bad.jsonl")});
  EXPECT_EQ(r.exit_code, 65) << r.err;
  EXPECT_EQ(Lines(ReadFile(dir_->File("out.jsonl"))).size(), 2u);
  r = RunLiputan({"classify", "-m", Bundle(), "-o", dir_->File("out2.jsonl"), "--input-format",
                  "text", dir_->File("bad.jsonl")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 bad records skipped"), std::string::npos) << r.err;
  r = RunLiputan({"classify", "-m", dir_->File("nothing.liputan"), dir_->File("in.txt")});
  EXPECT_EQ(r.exit_code, 66) << r.err;
  r = RunLiputan({"classify", "-m", Bundle(), dir_->File("missing.txt")});
  EXPECT_EQ(r.exit_code, 66) << r.err;
  r = RunLiputan({"classify", "-m", Bundle(), "--format", "xml", dir_->File("in.txt")});
  EXPECT_EQ(r.exit_code, 64) << r.err;
  r = RunLiputan({"classify", "-m", Bundle(), "--thresholds", "maybe", dir_->File("in.txt")});
  EXPECT_EQ(r.exit_code, 64) << r.err;
  r = RunLiputan({"classify", "-m", Bundle(), "--thresholds", "ignore", "--input-format", "text",
                  dir_->File("in.txt")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 2u);
}

}  // namespace
}  // namespace liputan
