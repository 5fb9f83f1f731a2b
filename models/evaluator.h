#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "models/metrics.h"
#include "models/model_bundle.h"
#include "models/training_example.h"

namespace liputan {

struct EvaluateOptions {
  int k = 1;  // for precision/recall at k
  // Use the manifest's thresholds (true) or the defaults (false; what `--thresholds tune` starts
  // from).
  bool use_manifest_thresholds = true;
};

// The evaluation of one label set of a bundle on labeled examples.
struct LabelSetEvaluation {
  std::string label_set;
  // The manifest's labels, then any label found only in the data (which the model can never
  // predict, so it counts against recall and macro averages as it should).
  std::vector<std::string> labels;
  size_t model_labels = 0;  // how many of `labels` the model knows
  std::vector<ScoredExample> scored;
  EvaluationMetrics metrics;
};

// Tokenizes each example with the bundle's tokenizer and scores it with every label set the
// example carries labels for, counting it by its weight (TrainingExample::weight) in the metrics.
// An example labeled under the name "label" (fastText-format data)
// counts for a bundle with a single label set whatever its name. Label sets of the bundle that no
// example carries are left out; none at all throws ErrorCode::kData.
std::vector<LabelSetEvaluation> EvaluateBundle(const ModelBundle& bundle,
                                               const std::vector<TrainingExample>& examples,
                                               const EvaluateOptions& options = {});

}  // namespace liputan
