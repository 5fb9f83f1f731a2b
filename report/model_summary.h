#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "report/confusion_input.h"
#include "report/validation_sample.h"

namespace liputan::report {

// Scores of one label set measured on real posts labeled by people: a manifest's
// "real_validation" (attached by `liputan train --real-validation`, docs/models.md).
struct RealValidation {
  std::string source;
  int64_t examples = 0;
  std::optional<double> macro_f1, accuracy;

  bool operator==(const RealValidation&) const = default;
};

// A label set's scores measured on the user's own labeled posts (`liputan report --validation`,
// report/validation_sample.h), as report.json's "model.validation" gives them.
struct ValidatedScores {
  std::string label_set;
  int64_t labeled_posts = 0;
  double weighted_posts = 0;  // the posts they stand for (Σ 1/inclusion_p)
  double macro_f1 = 0, accuracy = 0;
  std::optional<double> macro_f1_low, macro_f1_high, accuracy_low, accuracy_high;
  std::vector<std::pair<std::string, double>> label_f1;  // per label, the model's order
  int64_t strata = 0;

  bool operator==(const ValidatedScores&) const = default;
};

struct ValidationSummary {
  std::string file;
  std::string predicted_by;  // "model" or "suggested" (the file's suggested_S columns)
  std::string sample;        // "validate", "teach", "hand-made" or "mixed"
  bool simple_random_sample_assumed = false;
  int64_t labeled_rows = 0, rows_used = 0;
  std::vector<ValidatedScores> label_sets;

  bool operator==(const ValidationSummary&) const = default;
};

// The summary of a validation for report.json, its intervals at `confidence`.
ValidationSummary SummarizeValidation(const Validation& validation);

// The model bundle that labeled the posts (`liputan report -m`), as far as the report's reader
// needs it to judge the content labels. Read from the manifest's JSON rather than through
// liputan::models, which report/ does not link (it knows nothing of fastText).
struct ModelSummary {
  std::string name;        // the bundle directory's base name, "default.liputan"
  std::string created_by;  // "liputan 0.1.0"
  // Label set → its real-post scores (none when the manifest has no real_validation for it), in
  // the manifest's order.
  std::vector<std::pair<std::string, std::optional<RealValidation>>> label_sets;
  // false: no model labeled the posts (they came labeled with the input); the summary then only
  // carries `validation`.
  bool labels_from_model = true;
  // The scores on the user's own labeled posts (`--validation`), when given.
  std::optional<ValidationSummary> validation;

  bool operator==(const ModelSummary&) const = default;
};

// Reads `bundle_dir`/manifest.json. Only what the summary needs is checked (the models component
// validates the rest when it loads the bundle): throws liputan::Error kNoInput when the file cannot
// be read, kData when it is not a JSON object, naming the file.
ModelSummary ReadModelSummary(const std::string& bundle_dir);
// Same from the manifest's text; `bundle_dir` gives the name and is used in messages.
ModelSummary ParseModelSummary(const std::string& manifest_text, const std::string& bundle_dir);

// Where the matrices correcting the shares were measured, as report.json's
// "model.confusion_source" says it: the model's own matrices by their ConfusionMatrix::measured_on
// ("real posts", "training corpus (cross-validation)"; different ones sorted and joined by
// " and "), any other file by its path `file`, which also stands in when a matrix does not say.
std::string DescribeConfusionSource(const ConfusionInput& confusion, const std::string& file,
                                    bool from_model);

// report.json's "model" block without "confusion_source" (docs/report.md): the bundle's name,
// created_by and real-post scores per label set, or, with no model, labels from the input; and
// "validation" when the summary carries one (only then: reports without it keep their bytes).
nlohmann::json ModelSummaryJson(const std::optional<ModelSummary>& model);

}  // namespace liputan::report
