#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "report/confusion_input.h"

namespace liputan::report {

// Scores of one label set measured on real posts labeled by people: a manifest's
// "real_validation" (attached by `liputan train --real-validation`, docs/models.md).
struct RealValidation {
  std::string source;
  int64_t examples = 0;
  std::optional<double> macro_f1, accuracy;

  bool operator==(const RealValidation&) const = default;
};

// The model bundle that labeled the posts (`liputan report -m`), as far as the report's reader
// needs it to judge the content labels. Read from the manifest's JSON rather than through
// liputan::models, which report/ does not link (it knows nothing of fastText).
struct ModelSummary {
  std::string name;        // the bundle directory's base name, "default.liputan"
  std::string created_by;  // "liputan 0.1.0"
  // Label set → its real-post scores (none when the manifest has no real_validation for it), in
  // the manifest's order.
  std::vector<std::pair<std::string, std::optional<RealValidation>>> label_sets;

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
// created_by and real-post scores per label set, or, with no model, labels from the input.
nlohmann::json ModelSummaryJson(const std::optional<ModelSummary>& model);

}  // namespace liputan::report
