// convert → read gives back the same Posts, through the library and through the CLI.
#include <gtest/gtest.h>

#include "corpora/id_set.h"
#include "corpora/post_csv.h"
#include "corpora/post_jsonl.h"
#include "corpora/post_reader.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using liputan::testing::ReadFile;
using liputan::testing::RunLiputan;
using liputan::testing::TempDir;
using liputan::testing::WriteFile;

std::string Fixture(const std::string& name) {
  return std::string(LIPUTAN_CORPORA_FIXTURES) + "/" + name;
}

std::vector<std::string> AllFixtures() {
  return {Fixture("twarc2_pages.jsonl"),
          Fixture("twarc2_flat.jsonl"),
          Fixture("v1_statuses.jsonl"),
          Fixture("v1_array.json"),
          Fixture("archive/data/tweets.js"),
          Fixture("export_semicolon.csv"),
          Fixture("broken.jsonl")};
}

std::vector<Post> ReadPosts(const std::vector<std::string>& paths) {
  PostReader reader(paths);
  std::vector<Post> posts;
  Post post;
  while (reader.Next(post)) posts.push_back(post);
  return posts;
}

// Adds what classify and our sample archives add, so those fields round-trip too.
std::vector<Post> Annotated(std::vector<Post> posts) {
  for (size_t i = 0; i < posts.size(); ++i) {
    posts[i].predictions["sektor"] = {{"kesehatan", 0.5 + 0.01 * i}, {"sosial", 1.0 / 3}};
    posts[i].true_labels["fungsi"] = {"informasi", "layanan"};
    posts[i].token_count = static_cast<int>(i);
  }
  return posts;
}

TEST(RoundTrip, JsonlGivesTheSamePosts) {
  std::vector<Post> original = Annotated(ReadPosts(AllFixtures()));
  ASSERT_GT(original.size(), 15u);
  TempDir dir;
  std::string text;
  for (const auto& p : original) {
    AppendPostJson(p, text);
    text.push_back('\n');
  }
  WriteFile(dir.File("all.jsonl"), text);
  std::vector<Post> back = ReadPosts({dir.File("all.jsonl")});
  ASSERT_EQ(back.size(), original.size());
  for (size_t i = 0; i < back.size(); ++i) EXPECT_EQ(back[i], original[i]) << PostToJson(back[i]);
}

TEST(RoundTrip, CsvGivesTheSamePosts) {
  std::vector<Post> original = Annotated(ReadPosts(AllFixtures()));
  TempDir dir;
  PostCsvWriter writer({"fungsi"}, {"sektor"});
  std::string text = writer.Header();
  for (const auto& p : original) writer.Append(p, text);
  WriteFile(dir.File("all.csv"), text);
  std::vector<Post> back = ReadPosts({dir.File("all.csv")});
  ASSERT_EQ(back.size(), original.size());
  for (size_t i = 0; i < back.size(); ++i) EXPECT_EQ(back[i], original[i]) << PostToJson(back[i]);
}

TEST(RoundTrip, CliConvertJsonlAndCsv) {
  TempDir dir;
  std::vector<std::string> args = {"corpus", "convert"};
  for (const auto& f : AllFixtures()) args.push_back(f);
  std::vector<Post> original = ReadPosts(AllFixtures());
  for (const char* name : {"out.jsonl", "out.csv"}) {
    auto convert = args;
    convert.push_back("-o");
    convert.push_back(dir.File(name));
    auto result = RunLiputan(convert);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("bad records"), std::string::npos);
    EXPECT_EQ(ReadPosts({dir.File(name)}), original) << name;
  }
}

TEST(CorpusCli, StatsCountsFormatsKindsMonthsAndBadRecords) {
  auto result = RunLiputan({"corpus", "stats", Fixture("twarc2_pages.jsonl"),
                            Fixture("v1_statuses.jsonl"), Fixture("export_semicolon.csv")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string& out = result.out;
  EXPECT_NE(out.find("posts\t12\n"), std::string::npos) << out;
  EXPECT_NE(out.find("duplicates dropped\t2\n"), std::string::npos) << out;
  EXPECT_NE(out.find("bad records\t3\n"), std::string::npos) << out;
  EXPECT_NE(out.find("twarc2\t6 posts in 1 file(s)"), std::string::npos) << out;
  EXPECT_NE(out.find("retweet\t2"), std::string::npos) << out;
  EXPECT_NE(out.find("2022-03\t6"), std::string::npos) << out;
  EXPECT_NE(out.find("@dinkes_kota\t10"), std::string::npos) << out;
  EXPECT_NE(out.find("export_semicolon.csv:6: no id"), std::string::npos) << out;
}

TEST(CorpusCli, ExitCodesAndAtomicOutput) {
  TempDir dir;
  std::string out = dir.File("out.jsonl");
  WriteFile(out, "previous content\n");
  auto failed =
      RunLiputan({"corpus", "convert", "--on-error", "fail", Fixture("broken.jsonl"), "-o", out});
  EXPECT_EQ(failed.exit_code, 65);
  EXPECT_NE(failed.err.find("broken.jsonl:2: invalid JSON"), std::string::npos) << failed.err;
  EXPECT_EQ(ReadFile(out), "previous content\n") << "a failed convert leaves the target alone";
  EXPECT_EQ(RunLiputan({"corpus", "stats", dir.File("missing.jsonl")}).exit_code, 66);
  EXPECT_EQ(RunLiputan({"corpus", "stats", "--input-format", "xml", out}).exit_code, 64);
  EXPECT_EQ(RunLiputan({"corpus", "frobnicate"}).exit_code, 64);
  EXPECT_EQ(RunLiputan({"corpus", "convert", Fixture("broken.jsonl")}).exit_code, 64);
  auto latin = RunLiputan({"corpus", "stats", Fixture("latin1.csv")});
  EXPECT_EQ(latin.exit_code, 65) << "nothing could be read";
  EXPECT_NE(latin.err.find("invalid UTF-8"), std::string::npos) << latin.err;
  EXPECT_NE(latin.err.find("--encoding"), std::string::npos) << latin.err;
  auto transcoded = RunLiputan({"corpus", "stats", "--encoding", "latin1", Fixture("latin1.csv")});
  EXPECT_NE(transcoded.out.find("posts\t1\n"), std::string::npos) << transcoded.out;
}

TEST(IdSet, ExactForNumericIdsAndDistinguishesOthers) {
  IdSet ids;
  for (int i = 0; i < 100000; ++i)
    EXPECT_TRUE(ids.Insert(std::to_string(1500000000000000000LL + i)));
  EXPECT_FALSE(ids.Insert("1500000000000000000"));
  EXPECT_FALSE(ids.Insert("1500000000000099999"));
  EXPECT_TRUE(ids.Insert("01500000000000000000")) << "leading zero: a different id string";
  EXPECT_TRUE(ids.Insert("abc"));
  EXPECT_FALSE(ids.Insert("abc"));
  EXPECT_TRUE(ids.Insert("18446744073709551615999"));  // too long for 64 bits: hashed
  EXPECT_EQ(ids.size(), 100003u);
}

}  // namespace
}  // namespace liputan
