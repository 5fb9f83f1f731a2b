// report/validation_sample.h: the scores of a model from the labeled rows of an annotation file.
#include "report/validation_sample.h"

#include <gtest/gtest.h>

#include "common/error.h"
#include "corpora/annotation_file.h"
#include "tests/support/cli_runner.h"

namespace liputan::report {
namespace {

using testing::TempDir;

const std::vector<ValidationLabelSet> kSets = {{"sektor", {"kesehatan", "pendidikan"}}};

AnnotationRow Row(const std::string& id, const std::string& suggested, const std::string& label,
                  const std::string& strategy = "validate", double p = 0.1) {
  AnnotationRow row;
  row.id = id;
  row.text = "teks " + id;
  row.strategy = strategy;
  row.stratum = strategy == "validate" ? suggested + "|dinkes" : "";
  row.inclusion_p = strategy == "validate" ? p : 0;
  row.suggested["sektor"] = suggested;
  row.suggested_p["sektor"] = 0.9;
  row.labels["sektor"] = label;
  row.status = label.empty() ? "" : "labeled";
  return row;
}

std::string Write(const TempDir& dir, std::vector<AnnotationRow> rows) {
  AnnotationFile file;
  file.label_sets = {"sektor"};
  file.rows = std::move(rows);
  WriteAnnotationCsv(dir.File("labels.csv"), file);
  return dir.File("labels.csv");
}

std::string ErrorOf(const std::string& path, const ValidationClassifier& classify = nullptr) {
  try {
    ReadValidation(path, kSets, classify);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    return e.what();
  }
  return "no error";
}

// Validate rows are weighted by 1/inclusion_p; teach rows are left out when validate rows exist.
TEST(ValidationSampleTest, ScoresTheValidateRowsWithTheirWeights) {
  TempDir dir;
  const std::string path =
      Write(dir, {Row("1", "kesehatan", "kesehatan", "validate", 0.5),
                  Row("2", "kesehatan", "pendidikan", "validate", 0.1),
                  Row("3", "pendidikan", "pendidikan", "validate", 0.5),
                  Row("4", "pendidikan", "kesehatan", "teach"), Row("5", "kesehatan", "")});
  const Validation v = ReadValidation(path, kSets, nullptr);
  EXPECT_EQ(v.predicted_by, "suggested");
  EXPECT_EQ(v.sample, "validate");
  EXPECT_FALSE(v.simple_random_sample_assumed);
  EXPECT_EQ(v.labeled_rows, 4);
  EXPECT_EQ(v.rows_used, 3);
  ASSERT_EQ(v.label_sets.size(), 1u);
  const ValidationEstimate& e = v.label_sets[0].estimate;
  EXPECT_DOUBLE_EQ(e.weight_total, 14);
  EXPECT_DOUBLE_EQ(e.accuracy, 4.0 / 14);  // the wrong post stands for 10
}

// The model's own labels (-m) replace the file's suggestions.
TEST(ValidationSampleTest, AClassifierReplacesTheSuggestions) {
  TempDir dir;
  const std::string path = Write(dir, {Row("1", "kesehatan", "pendidikan", "teach"),
                                       Row("2", "kesehatan", "pendidikan", "teach")});
  const Validation v =
      ReadValidation(path, kSets, [](size_t, const std::string&) { return "pendidikan"; });
  EXPECT_EQ(v.predicted_by, "model");
  EXPECT_EQ(v.sample, "teach");
  EXPECT_TRUE(v.simple_random_sample_assumed);
  EXPECT_DOUBLE_EQ(v.label_sets[0].estimate.accuracy, 1.0);
}

TEST(ValidationSampleTest, ALabelOutsideTheModelsSetNamesFileAndRow) {
  TempDir dir;
  const std::string path =
      Write(dir, {Row("a1", "kesehatan", "kesehatan"), Row("a2", "kesehatan", "pariwisata")});
  const std::string error = ErrorOf(path);
  EXPECT_NE(error.find(path + ": row 2 (post a2)"), std::string::npos) << error;
  EXPECT_NE(error.find("\"pariwisata\" is not one of the model's labels"), std::string::npos)
      << error;
}

TEST(ValidationSampleTest, NoLabeledRowIsAnError) {
  TempDir dir;
  const std::string path = Write(dir, {Row("1", "kesehatan", ""), Row("2", "pendidikan", "")});
  const std::string error = ErrorOf(path);
  EXPECT_NE(error.find("no labeled row"), std::string::npos) << error;
  EXPECT_NE(error.find(path), std::string::npos) << error;
}

}  // namespace
}  // namespace liputan::report
