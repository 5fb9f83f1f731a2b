// The train and eval commands as a user runs them.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/models/topic_corpus.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::RunLiputan;
using testing::TempDir;
using testing::WriteFile;

const std::vector<std::string> kTiny = {"--dim",    "10",   "--epoch", "10",
                                        "--bucket", "5000", "--cv",    "3"};

std::vector<std::string> Args(std::vector<std::string> a,
                              const std::vector<std::string>& more = kTiny) {
  a.insert(a.end(), more.begin(), more.end());
  return a;
}

class ModelsCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(dir_.File("train.txt"), testing::ToFastTextLines(testing::MakeTopicCorpus(15, 3)));
    WriteFile(dir_.File("test.txt"), testing::ToFastTextLines(testing::MakeTopicCorpus(10, 99)));
    std::string csv = "id,text,sektor,fungsi\n";
    int id = 0;
    for (const auto& e : testing::MakeTopicCorpus(15, 4)) {
      std::string topic = e.labels.at("label")[0];
      csv += std::to_string(++id) + ",\"" + e.text + "\"," + topic + "," +
             (topic == "bencana" ? "darurat" : "informasi|layanan") + "\n";
    }
    WriteFile(dir_.File("train.csv"), csv);
  }
  TempDir dir_;
};

TEST_F(ModelsCliTest, TrainThenEvalFastTextFormat) {
  auto r = RunLiputan(Args({"train", "-i", dir_.File("train.txt"), "-o", dir_.File("m.liputan")}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("3-fold cross-validation"), std::string::npos) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir_.File("m.liputan/label.bin")));
  r = RunLiputan({"eval", "-m", dir_.File("m.liputan"), "-i", dir_.File("test.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("macro"), std::string::npos);
  EXPECT_NE(r.out.find("confusion matrix"), std::string::npos);
  r = RunLiputan(
      {"eval", "-m", dir_.File("m.liputan"), "-i", dir_.File("test.txt"), "--json", "--k", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["label"]["examples"], 30);
  EXPECT_GT(j["label"]["macro"]["f1"].get<double>(), 0.8);
  EXPECT_EQ(j["label"]["at_k"]["k"], 2);
}

TEST_F(ModelsCliTest, TrainCsvWithTwoLabelSetsAndTuneThresholds) {
  auto r = RunLiputan(Args({"train", "-i", dir_.File("train.csv"), "-o", dir_.File("c.liputan"),
                            "--label-field", "sektor", "--label-field", "fungsi"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir_.File("c.liputan/sektor.bin")));
  EXPECT_TRUE(std::filesystem::exists(dir_.File("c.liputan/fungsi.bin")));
  std::string before = ReadFile(dir_.File("c.liputan/manifest.json"));
  r = RunLiputan(
      {"eval", "-m", dir_.File("c.liputan"), "-i", dir_.File("train.csv"), "--thresholds", "tune"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("== fungsi"), std::string::npos);
  EXPECT_NE(r.out.find("== sektor"), std::string::npos);
  EXPECT_NE(ReadFile(dir_.File("c.liputan/manifest.json")), before);  // thresholds written
  r = RunLiputan({"eval", "-m", dir_.File("c.liputan"), "-i", dir_.File("train.csv")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST_F(ModelsCliTest, ThreadsOneIsDeterministic) {
  for (const char* name : {"a.liputan", "b.liputan"}) {
    auto r = RunLiputan(Args({"train", "-i", dir_.File("train.txt"), "-o", dir_.File(name),
                              "--threads", "1", "--seed", "5"}));
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  EXPECT_EQ(ReadFile(dir_.File("a.liputan/label.bin")), ReadFile(dir_.File("b.liputan/label.bin")));
  // With cross-validation the fits run single-threaded side by side: the same model.
  auto r = RunLiputan(Args({"train", "-i", dir_.File("train.txt"), "-o", dir_.File("c.liputan"),
                            "--threads", "2", "--seed", "5"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(dir_.File("a.liputan/label.bin")), ReadFile(dir_.File("c.liputan/label.bin")));
  r = RunLiputan(Args(
      {"train", "-i", dir_.File("train.txt"), "-o", dir_.File("d.liputan"), "--threads", "0"}));
  EXPECT_EQ(r.exit_code, 64) << r.err;
}

TEST_F(ModelsCliTest, AutotuneWithinItsBudget) {
  auto begin = std::chrono::steady_clock::now();
  auto r = RunLiputan(Args({"train", "-i", dir_.File("train.txt"), "-o", dir_.File("a.liputan"),
                            "--autotune-duration", "2"}));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_LE(seconds, 2 + 2.0);  // plus start-up, reading and tokenizing
  auto j = nlohmann::json::parse(ReadFile(dir_.File("a.liputan/manifest.json")));
  const auto& log = j["label_sets"][0]["autotune"];
  EXPECT_GE(log["trials"].size(), 1u);
  EXPECT_EQ(log["fits"]["cross_validation"], 3);
}

TEST_F(ModelsCliTest, ErrorsHaveTheirExitCodes) {
  auto r = RunLiputan({"train", "-i", dir_.File("missing.txt"), "-o", dir_.File("m.liputan")});
  EXPECT_EQ(r.exit_code, 66) << r.err;
  r = RunLiputan({"train", "-i", dir_.File("train.txt")});
  EXPECT_EQ(r.exit_code, 64) << r.err;
  r = RunLiputan(Args(
      {"train", "-i", dir_.File("train.txt"), "-o", dir_.File("m.liputan"), "--epoch", "0"}, {}));
  EXPECT_EQ(r.exit_code, 64) << r.err;
  EXPECT_NE(r.err.find("--epoch"), std::string::npos) << r.err;
  WriteFile(dir_.File("one.txt"), "__label__a satu dua\n__label__a tiga empat\n");
  r = RunLiputan(Args({"train", "-i", dir_.File("one.txt"), "-o", dir_.File("m.liputan")}));
  EXPECT_EQ(r.exit_code, 65) << r.err;
  r = RunLiputan({"eval", "-m", dir_.File("none.liputan"), "-i", dir_.File("test.txt")});
  EXPECT_EQ(r.exit_code, 66) << r.err;
  std::filesystem::create_directory(dir_.File("fake.liputan"));
  WriteFile(dir_.File("fake.liputan/manifest.json"), "{\"format\": \"something else\"}");
  r = RunLiputan({"eval", "-m", dir_.File("fake.liputan"), "-i", dir_.File("test.txt")});
  EXPECT_EQ(r.exit_code, 65) << r.err;
  EXPECT_NE(r.err.find("manifest.json"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace liputan
