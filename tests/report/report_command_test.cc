// The `liputan report` command contract (integration: runs the built executable).
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using liputan::testing::ReadFile;
using liputan::testing::RunLiputan;
using liputan::testing::TempDir;
using liputan::testing::WriteFile;
using nlohmann::json;

const std::string kData = std::string(LIPUTAN_SOURCE_DIR) + "/tests/data/report/";

TEST(ReportCommandTest, WritesTheReportFiles) {
  TempDir dir;
  const auto r =
      RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o", dir.File("out"), "--period",
                  "quarter", "--formats", "json,md", kData + "labeled.jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(ReadFile(dir.File("out/report.json")));
  EXPECT_EQ(report.at("periods"), json({"2024-Q1", "2024-Q2"}));
  EXPECT_NE(ReadFile(dir.File("out/report.md")).find("## Peringkat"), std::string::npos);
  EXPECT_NE(r.err.find("15 records"), std::string::npos);
}

// The map-reduce recipe of docs/report.md: per-shard states, merged, equal the single run.
TEST(ReportCommandTest, MergedPartialStatesGiveTheSameReport) {
  TempDir dir;
  const std::string all = ReadFile(kData + "labeled.jsonl");
  std::string first, second;
  size_t line = 0, start = 0;
  for (size_t end; (end = all.find('\n', start)) != std::string::npos; start = end + 1, ++line) {
    (line % 2 ? first : second) += all.substr(start, end - start + 1);
  }
  WriteFile(dir.File("a.jsonl"), first);
  WriteFile(dir.File("b.jsonl"), second);
  const std::string agencies = kData + "agencies.csv";
  ASSERT_EQ(RunLiputan({"report", "--agencies", agencies, "--emit-state", dir.File("a.json"),
                        dir.File("a.jsonl")})
                .exit_code,
            0);
  ASSERT_EQ(RunLiputan({"report", "--agencies", agencies, "--emit-state", dir.File("b.json"),
                        dir.File("b.jsonl")})
                .exit_code,
            0);
  const auto merged =
      RunLiputan({"report", "--agencies", agencies, "-o", dir.File("merged"), "--formats", "json",
                  "--merge", dir.File("a.json"), dir.File("b.json")});
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  ASSERT_EQ(RunLiputan({"report", "--agencies", agencies, "-o", dir.File("single"), "--formats",
                        "json", kData + "labeled.jsonl"})
                .exit_code,
            0);
  EXPECT_EQ(ReadFile(dir.File("merged/report.json")), ReadFile(dir.File("single/report.json")));
}

TEST(ReportCommandTest, BadInputGetsItsExitCodeAndNamesTheProblem) {
  TempDir dir;
  WriteFile(dir.File("dup.csv"), "handle,name\nDinkes,A\ndinkes,B\n");
  auto r = RunLiputan({"report", "--agencies", dir.File("dup.csv"), "-o", dir.File("out"),
                       kData + "labeled.jsonl"});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("dup.csv:3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("duplicate handle"), std::string::npos) << r.err;
  r = RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o", dir.File("out"), "--period",
                  "week", kData + "labeled.jsonl"});
  EXPECT_EQ(r.exit_code, 64);
  r = RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o", dir.File("out"),
                  dir.File("missing.jsonl")});
  EXPECT_EQ(r.exit_code, 66);
  WriteFile(dir.File("part.json"), "{\"format\": \"x\"}");
  r = RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o", dir.File("out"), "--merge",
                  dir.File("part.json")});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("part.json"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.File("out")));  // nothing half-written
}

}  // namespace
}  // namespace liputan
