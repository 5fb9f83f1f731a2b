// `liputan taxonomy` and `liputan samples` as a user runs them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::RunLiputan;
using testing::TempDir;
using testing::WriteFile;

const std::string kSeed = std::string(LIPUTAN_SOURCE_DIR) + "/corpora/seed/seed.tsv";

TEST(TaxonomyCommandTest, ShowListsBothLabelSets) {
  const auto r = RunLiputan({"taxonomy", "show"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("sektor (16 labels)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("fungsi (9 labels)"), std::string::npos);
  EXPECT_NE(r.out.find("kesehatan"), std::string::npos);
  EXPECT_NE(r.out.find("PD"), std::string::npos);  // basic-service marker
}

TEST(TaxonomyCommandTest, ShowJsonParses) {
  auto r = RunLiputan({"taxonomy", "show", "--set", "fungsi", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["label_set"], "fungsi");
  EXPECT_EQ(j["labels"].size(), 9u);
  r = RunLiputan({"taxonomy", "show", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["sektor"]["labels"].size(), 16u);
}

TEST(TaxonomyCommandTest, CheckPassesOnTheShippedTaxonomyAndSeedCorpus) {
  const auto r = RunLiputan({"taxonomy", "check", kSeed});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("ok: sektor 16 labels, fungsi 9 labels; 1 labeled file(s) consistent"),
            std::string::npos)
      << r.out;
}

TEST(TaxonomyCommandTest, CheckNamesTheLineOfAnUnknownLabel) {
  TempDir dir;
  WriteFile(dir.File("mine.tsv"),
            "id\tsektor\tfungsi\ttext\n1\tkesehatan\tinfo_layanan\tJadwal posyandu\n"
            "2\tkesehatn\tinfo_layanan\tJadwal imunisasi\n");
  const auto r = RunLiputan({"taxonomy", "check", dir.File("mine.tsv")});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.out.find("mine.tsv:3: sektor label \"kesehatn\" is not in the taxonomy"),
            std::string::npos)
      << r.out;
}

TEST(TaxonomyCommandTest, CheckReportsNearDuplicatesWhenAsked) {
  TempDir dir;
  WriteFile(dir.File("dup.tsv"),
            "id\tsektor\tfungsi\ttext\n1\tumum\tlainnya\tSelamat pagi Sobat Rancaweni\n"
            "2\tumum\tlainnya\tselamat pagi, sobat rancaweni!\n");
  auto r = RunLiputan({"taxonomy", "check", dir.File("dup.tsv")});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  r = RunLiputan({"taxonomy", "check", "--near-duplicates", "0.8", dir.File("dup.tsv")});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.out.find("dup.tsv:2: near-duplicate of line 3"), std::string::npos) << r.out;
}

TEST(TaxonomyCommandTest, UsageErrorsExit64AndMissingFilesExit66) {
  EXPECT_EQ(RunLiputan({"taxonomy"}).exit_code, 64);
  EXPECT_EQ(RunLiputan({"taxonomy", "list"}).exit_code, 64);
  EXPECT_EQ(RunLiputan({"taxonomy", "show", "--set", "topik"}).exit_code, 64);
  EXPECT_EQ(RunLiputan({"taxonomy", "check", "/nonexistent/file.tsv"}).exit_code, 66);
  EXPECT_EQ(RunLiputan({"taxonomy", "show", "--dir", "/nonexistent"}).exit_code, 66);
}

TEST(SamplesCommandTest, WritesTheSameFilesTwice) {
  TempDir a, b;
  const auto ra = RunLiputan({"samples", "-o", a.path()});
  ASSERT_EQ(ra.exit_code, 0) << ra.err;
  EXPECT_NE(ra.err.find("KominfoRancaweni:"), std::string::npos);
  ASSERT_EQ(RunLiputan({"samples", "-o", b.path()}).exit_code, 0);
  for (const char* name : {"truth.csv", "agencies.csv", "KominfoRancaweni.jsonl",
                           "ProkopimRcw.jsonl", "DLHRancaweni.jsonl"}) {
    const std::string x = ReadFile(a.File(name));
    EXPECT_FALSE(x.empty()) << name;
    EXPECT_TRUE(x == ReadFile(b.File(name))) << name << " differs";
  }
}

TEST(SamplesCommandTest, BadOptionsExit64) {
  TempDir a;
  EXPECT_EQ(RunLiputan({"samples"}).exit_code, 64);
  EXPECT_EQ(RunLiputan({"samples", "-o", a.path(), "--months", "0"}).exit_code, 64);
  EXPECT_EQ(RunLiputan({"samples", "-o", a.path(), "--agencies", "/nonexistent.csv"}).exit_code,
            66);
}

}  // namespace
}  // namespace liputan
