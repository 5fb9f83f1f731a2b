#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "report/validation_estimate.h"

namespace liputan::report {

// A label set the validation scores: its name and the labels the model can give (the order of
// the confusion matrix that corrects the shares).
struct ValidationLabelSet {
  std::string name;
  std::vector<std::string> labels;
};

// The model's top label of label set `set` (an index into the sets given to ReadValidation) for a
// post's text. Empty function: the annotation file's suggested_S columns stand for it.
using ValidationClassifier = std::function<std::string(size_t set, const std::string& text)>;

struct ValidatedLabelSet {
  std::string name;
  std::vector<ValidationItem> items;
  ValidationEstimate estimate;
};

// Scores of the model on the posts a person labeled in an annotation file (docs/annotate.md).
struct Validation {
  std::string file;
  std::string predicted_by;  // "model" (re-classified) or "suggested" (the file's suggested_S)
  // How the rows used were drawn: "validate" (a stratified probability sample, weighted by
  // 1/inclusion_p), "teach", "hand-made", or "mixed" (teach and hand-made rows together).
  std::string sample;
  // The interval treats the posts as a simple random sample: they were not drawn as a
  // probability sample (teach, hand-made), so nothing better is known of how they were chosen.
  bool simple_random_sample_assumed = false;
  int64_t labeled_rows = 0;  // labeled rows in the file
  int64_t rows_used = 0;     // of them, the ones scored (validate rows when there are any)
  std::vector<ValidatedLabelSet> label_sets;  // in the order given, sets without labels left out
};

// Reads the annotation file `path` and estimates, per label set of `sets` that the file has, the
// model's scores from its labeled rows. When some labeled rows are `validate` rows, only they are
// used (a teach row was chosen for learning and would bias the estimate); each counts by
// 1/inclusion_p within its stratum. Throws liputan::Error kData naming the file (and the row: its
// number among the data rows, and the post's id) for a label that is not one of the set's labels,
// a missing suggested label without `classify`, a validate row without inclusion_p, no label set
// in common with `sets`, or no labeled row; kNoInput when the file cannot be opened.
Validation ReadValidation(const std::string& path, const std::vector<ValidationLabelSet>& sets,
                          const ValidationClassifier& classify,
                          const ValidationEstimateOptions& options = {});

}  // namespace liputan::report
