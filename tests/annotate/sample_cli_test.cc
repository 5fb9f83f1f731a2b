#include <gtest/gtest.h>

#include <filesystem>

#include "corpora/annotation_file.h"
#include "corpora/post_jsonl.h"
#include "tests/classify/tiny_bundle_test.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::RunLiputan;
using testing::WriteFile;

// `liputan annotate sample` as a user runs it, with one tiny bundle (label set "label") trained
// once, on an archive of 60 posts by three agencies.
class AnnotateSampleCliTest : public TinyBundleTest {
 protected:
  static void SetUpTestSuite() {
    TinyBundleTest::SetUpTestSuite();
    const char* agencies[] = {"dinkes_kota", "disdik_kota", "bpbd_kota"};
    std::string jsonl;
    int i = 0;
    for (const auto& example : testing::MakeTopicCorpus(20, 7)) {
      Post post;
      post.id = std::to_string(1790000000000000000LL + i);
      post.author_handle = agencies[i % 3];
      post.created_at = 1709280000 + 3600 * i;
      post.text = example.text;
      jsonl += PostToJson(post) + "\n";
      ++i;
    }
    WriteFile(Archive(), jsonl);
  }
  static std::string Archive() { return dir_->File("posts.jsonl"); }
  static std::string Out(const std::string& name) { return dir_->File(name); }
};

TEST_F(AnnotateSampleCliTest, ValidateDrawWritesACsvAnnotationFile) {
  auto r = RunLiputan({"annotate", "sample", "-m", Bundle(), "-n", "12", "-o", Out("v.csv"),
                       "--threads", "2", Archive()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("drew 12 of 60 posts"), std::string::npos) << r.err;
  const AnnotationFile file = ReadAnnotationFile(Out("v.csv"));
  EXPECT_EQ(file.label_sets, std::vector<std::string>{"label"});
  ASSERT_EQ(file.rows.size(), 12u);
  double weights = 0;
  for (const auto& row : file.rows) {
    EXPECT_EQ(row.strategy, "validate");
    EXPECT_EQ(row.stratum, row.suggested.at("label") + "|" + row.agency);
    EXPECT_EQ(row.url, "https://x.com/" + row.agency + "/status/" + row.id);
    EXPECT_EQ(row.created_at.size(), 20u);
    weights += 1.0 / row.inclusion_p;
  }
  EXPECT_NEAR(weights, 60.0, 1e-6);
  EXPECT_TRUE(LabeledRows(file).empty());
  // The same seed gives the same file; another seed another draw. "-" writes CSV to stdout.
  r = RunLiputan({"annotate", "sample", "-m", Bundle(), "-n", "12", "-o", "-", Archive()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, ReadFile(Out("v.csv")));
  r = RunLiputan({"annotate", "sample", "-m", Bundle(), "-n", "12", "--seed", "9", Archive()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out, ReadFile(Out("v.csv")));
}

TEST_F(AnnotateSampleCliTest, XlsxOutputReadsBackToTheCsvRows) {
  auto r = RunLiputan({"annotate", "sample", "-m", Bundle(), "-n", "10", "--strategy", "mixed",
                       "-o", Out("m.xlsx"), Archive()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunLiputan({"annotate", "sample", "-m", Bundle(), "-n", "10", "--strategy", "mixed", "-o",
                  Out("m.csv"), Archive()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const AnnotationFile xlsx = ReadAnnotationFile(Out("m.xlsx"));
  const AnnotationFile csv = ReadAnnotationFile(Out("m.csv"));
  ASSERT_EQ(xlsx.rows.size(), 10u);
  ASSERT_EQ(csv.rows.size(), 10u);
  int teach = 0;
  for (size_t i = 0; i < csv.rows.size(); ++i) {
    EXPECT_EQ(xlsx.rows[i].id, csv.rows[i].id);
    EXPECT_EQ(xlsx.rows[i].text, csv.rows[i].text);
    EXPECT_EQ(xlsx.rows[i].stratum, csv.rows[i].stratum);
    EXPECT_EQ(xlsx.rows[i].suggested, csv.rows[i].suggested);
    EXPECT_NEAR(xlsx.rows[i].inclusion_p, csv.rows[i].inclusion_p, 1e-12);
    teach += csv.rows[i].strategy == "teach";
  }
  EXPECT_EQ(teach, 5);
}

TEST_F(AnnotateSampleCliTest, ClassifiedJsonlNeedsNoModel) {
  auto r =
      RunLiputan({"classify", "-m", Bundle(), "--top-k", "2", "-o", Out("c.jsonl"), Archive()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunLiputan(
      {"annotate", "sample", "-n", "6", "--strategy", "teach", "-o", Out("t.csv"), Out("c.jsonl")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("classified with the model"), std::string::npos) << r.err;
  const AnnotationFile file = ReadAnnotationFile(Out("t.csv"));
  ASSERT_EQ(file.rows.size(), 6u);
  for (const auto& row : file.rows) {
    EXPECT_EQ(row.strategy, "teach");
    EXPECT_EQ(row.inclusion_p, 0.0);
    EXPECT_FALSE(row.suggested.at("label").empty());
  }
  // Unclassified posts without a model: the user must name one.
  r = RunLiputan({"annotate", "sample", "-n", "6", Archive()});
  EXPECT_EQ(r.exit_code, 64) << r.err;
  EXPECT_NE(r.err.find("-m MODEL"), std::string::npos) << r.err;
}

TEST_F(AnnotateSampleCliTest, AskingForMoreThanThereIsTakesAllWithANote) {
  auto r = RunLiputan({"annotate", "sample", "-m", Bundle(), "-n", "500", Archive()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("all of them are in the file"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 61u);  // header + 60 (no text holds a line break)
}

TEST_F(AnnotateSampleCliTest, BadInputsGetTheirExitCodes) {
  WriteFile(Out("empty.jsonl"), "");
  const std::vector<std::pair<std::vector<std::string>, int>> cases = {
      {{"-m", Bundle(), "-n", "0", Archive()}, 64},
      {{"-m", Bundle(), Archive()}, 64},  // no -n
      {{"-m", Bundle(), "-n", "5", "--strategy", "random", Archive()}, 64},
      {{"-m", Bundle(), "-n", "5", "--teach-share", "2", "--strategy", "mixed", Archive()}, 64},
      {{"-m", Bundle(), "-n", "5", "--stratify-by", "sektor", Archive()}, 64},
      {{"-m", Bundle(), "-n", "5", "--input-format", "xml", Archive()}, 64},
      {{"-m", Bundle(), "-n", "5", Out("empty.jsonl")}, 65},
      {{"-m", Bundle(), "-n", "5", Out("missing.jsonl")}, 66},
      {{"-m", Out("missing.liputan"), "-n", "5", Archive()}, 66},
  };
  for (const auto& [args, code] : cases) {
    std::vector<std::string> full = {"annotate", "sample"};
    full.insert(full.end(), args.begin(), args.end());
    full.insert(full.end(), {"-o", Out("bad.csv")});
    auto r = RunLiputan(full);
    EXPECT_EQ(r.exit_code, code) << args[args.size() - 1] << ": " << r.err;
  }
  // No empty success: nothing was written for the failed runs.
  EXPECT_FALSE(std::filesystem::exists(Out("bad.csv")));
  auto r = RunLiputan({"annotate", "sample", "-m", Bundle(), "-n", "5", Out("empty.jsonl")});
  EXPECT_NE(r.err.find("no post"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace liputan
