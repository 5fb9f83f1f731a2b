#pragma once

#include <map>
#include <string>
#include <vector>

namespace liputan::report {

// A cross-validated confusion matrix for one label set: counts[i][j] = validation items whose true
// label is labels[i] and whose predicted (top-1) label is labels[j]. `soft`, when present, holds
// the summed predicted probability of labels[j] over validation items of true label labels[i]
// (what the probabilistic adjusted count needs; without it the hard matrix stands in for it).
struct ConfusionMatrix {
  std::vector<std::string> labels;
  std::vector<std::vector<double>> counts;
  std::vector<std::vector<double>> soft;
  // Where the matrix was measured, for the reader of the report (report.json "model"): "real
  // posts" (a manifest's real_validation), "training corpus (cross-validation)", "validation data
  // (METHOD)" for another method of a manifest, "" when the file does not say (our own schema).
  std::string measured_on;
};

// label set name ("sektor", "fungsi") → its confusion matrix.
using ConfusionInput = std::map<std::string, ConfusionMatrix>;

// Reads our own file (docs/report.md "Confusion input"):
//   {"label_sets": {"sektor": {"labels": [...], "confusion": [[...]], "soft_confusion": [[...]]}}}
// or a model bundle's manifest.json, from which it takes each label set's "labels" and
// "confusion_matrix" wherever the models component stores them (see ParseConfusionJson).
// Malformed input throws liputan::Error(kData) naming the file.
ConfusionInput ReadConfusionFile(const std::string& path);

// Same, from text already read; `name` is used in messages.
ConfusionInput ParseConfusionJson(const std::string& text, const std::string& name);

}  // namespace liputan::report
