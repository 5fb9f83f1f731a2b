#include "report/model_summary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "report/confusion_input.h"
#include "tests/support/cli_runner.h"

namespace liputan::report {
namespace {

using nlohmann::json;

// A label-set entry as models/manifest.cc writes it, reduced to what report/ reads.
json ManifestLabelSet(const std::string& name, const std::string& method, bool real) {
  json set = {
      {"name", name},
      {"labels", {{{"name", "a"}}, {{"name", "b"}}}},
      {"validation_method", method},
      {"validation", {{"labels", {"a", "b"}}, {"confusion_matrix", {{8, 2, 0}, {1, 9, 0}}}}}};
  if (real) {
    set["real_validation"] = {{"source", "govdev 2025"}, {"examples", 334},
                              {"macro_f1", 0.71},        {"accuracy", 0.8},
                              {"labels", {"a", "b"}},    {"confusion", {{30, 5}, {4, 20}}}};
  }
  return set;
}

json Manifest(std::vector<json> sets) {
  return {{"format", "liputan-model"}, {"created_by", "liputan 0.1.0"}, {"label_sets", sets}};
}

TEST(ModelSummaryTest, ReadsNameCreatorAndRealScoresPerLabelSet) {
  const std::string text = Manifest({ManifestLabelSet("sektor", "5-fold cross-validation", true),
                                     ManifestLabelSet("fungsi", "5-fold cross-validation", false)})
                               .dump();
  const ModelSummary summary = ParseModelSummary(text, "models/default.liputan/");
  EXPECT_EQ(summary.name, "default.liputan") << "a trailing slash still names the directory";
  EXPECT_EQ(summary.created_by, "liputan 0.1.0");
  ASSERT_EQ(summary.label_sets.size(), 2u);
  EXPECT_EQ(summary.label_sets[0].first, "sektor") << "in the manifest's order";
  ASSERT_TRUE(summary.label_sets[0].second.has_value());
  EXPECT_EQ(*summary.label_sets[0].second, (RealValidation{"govdev 2025", 334, 0.71, 0.8}));
  EXPECT_EQ(summary.label_sets[1].first, "fungsi");
  EXPECT_FALSE(summary.label_sets[1].second.has_value());
}

TEST(ModelSummaryTest, ReadsTheBundlesManifestAndNamesItWhenBroken) {
  liputan::testing::TempDir dir;
  std::filesystem::create_directories(dir.File("m.liputan"));
  liputan::testing::WriteFile(dir.File("m.liputan/manifest.json"),
                              Manifest({ManifestLabelSet("sektor", "x", false)}).dump());
  EXPECT_EQ(ReadModelSummary(dir.File("m.liputan")).name, "m.liputan");
  liputan::testing::WriteFile(dir.File("m.liputan/manifest.json"), "[1, 2");
  try {
    ReadModelSummary(dir.File("m.liputan"));
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_NE(std::string(e.what()).find("m.liputan/manifest.json"), std::string::npos) << e.what();
  }
  try {
    ReadModelSummary(dir.File("none.liputan"));
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNoInput);
  }
}

// The matrix the report uses says where it was measured: the manifest's real posts first, its
// own validation by the method it names, our own schema nothing.
TEST(ModelSummaryTest, ConfusionMatricesSayWhereTheyWereMeasured) {
  const ConfusionInput input =
      ParseConfusionJson(Manifest({ManifestLabelSet("sektor", "5-fold cross-validation", true),
                                   ManifestLabelSet("fungsi", "5-fold cross-validation", false),
                                   ManifestLabelSet("other", "validation split 0.1", false)})
                             .dump(),
                         "manifest.json");
  EXPECT_EQ(input.at("sektor").measured_on, "real posts");
  EXPECT_EQ(input.at("sektor").counts, (std::vector<std::vector<double>>{{30, 5}, {4, 20}}));
  EXPECT_EQ(input.at("fungsi").measured_on, "training corpus (cross-validation)");
  EXPECT_EQ(input.at("other").measured_on, "validation data (validation split 0.1)");
  const ConfusionInput ours = ParseConfusionJson(
      R"({"label_sets": {"sektor": {"labels": ["a", "b"], "confusion": [[1, 0], [0, 1]]}}})",
      "ours.json");
  EXPECT_EQ(ours.at("sektor").measured_on, "");
}

TEST(ModelSummaryTest, DescribesTheConfusionSource) {
  ConfusionInput input;
  input["sektor"].measured_on = "real posts";
  input["fungsi"].measured_on = "real posts";
  EXPECT_EQ(DescribeConfusionSource(input, "m/manifest.json", true), "real posts");
  EXPECT_EQ(DescribeConfusionSource(input, "c.json", false), "c.json") << "a file given: its path";
  input["fungsi"].measured_on = "training corpus (cross-validation)";
  EXPECT_EQ(DescribeConfusionSource(input, "m/manifest.json", true),
            "real posts and training corpus (cross-validation)");
  input["fungsi"].measured_on = "";
  EXPECT_EQ(DescribeConfusionSource(input, "m/manifest.json", true), "m/manifest.json")
      << "a matrix that does not say where it was measured: the file is named";
}

TEST(ModelSummaryTest, JsonBlockOfAModelAndOfLabelsFromTheInput) {
  ModelSummary model{"m.liputan", "liputan 0.1.0", {}};
  model.label_sets.emplace_back("sektor", RealValidation{"govdev", 334, 0.71, std::nullopt});
  model.label_sets.emplace_back("fungsi", std::nullopt);
  EXPECT_EQ(ModelSummaryJson(model), json::parse(R"({"labels_from": "model", "name": "m.liputan",
                            "created_by": "liputan 0.1.0", "validated": false,
                            "label_sets": {"sektor": {"real_macro_f1": 0.71,
                              "real_accuracy": null, "real_examples": 334,
                              "real_source": "govdev"}, "fungsi": null}})"));
  model.label_sets.pop_back();
  EXPECT_EQ(ModelSummaryJson(model).at("validated"), true) << "every label set has real scores";
  EXPECT_EQ(ModelSummaryJson(std::nullopt),
            json::parse(R"({"labels_from": "input", "name": null, "created_by": null,
                            "validated": false, "label_sets": {}})"));
}

}  // namespace
}  // namespace liputan::report
