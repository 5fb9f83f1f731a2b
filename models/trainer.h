#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "models/autotune.h"
#include "models/fasttext_model.h"
#include "models/fasttext_options.h"
#include "models/manifest.h"
#include "models/model_input.h"
#include "models/training_example.h"
#include "tokenizer/tokenizer_options.h"

namespace liputan {

struct TrainOptions {
  FastTextOptions fasttext;
  TokenizerOptions tokenizer;
  FeatureOptions features;  // pseudo-tokens besides the words (models/model_input.h)
  double rule_weight = 0;   // the keyword rules as a second opinion (Manifest::rule_weight)
  std::vector<std::string> label_sets;  // which to train; empty = every one in the data
  // fastText options of single label sets, in place of `fasttext` (threads still come from
  // `fasttext`): `train --base` retrains each set with the options its base model used.
  std::map<std::string, FastTextOptions> label_set_fasttext;
  // k-fold cross-validation filling the manifest's confusion matrix; -1 = 5 folds below
  // kCrossValidationMaxRows examples, none above; 0 or 1 = none.
  int cv_folds = -1;
  static constexpr int64_t kCrossValidationMaxRows = 50000;
  // Autotuning (off when autotune_duration_seconds is 0) scores trials on `validation` when given,
  // else on a stratified split of this fraction (0.1 when autotuning and nothing is given).
  double validation_split = 0;
  std::vector<TrainingExample> validation;
  double autotune_duration_seconds = 0;
  std::string autotune_metric = "macro-f1";  // macro-f1 | micro-f1 | f1:LABEL
  int64_t max_model_bytes = 256ll << 20;
  bool quantize = false;
  QuantizeOptions quantize_options;
  bool balance_classes = false;  // resample so every label is seen as often as the commonest
  std::vector<std::string> input_files;  // recorded in the manifest
  // A real-validation file (docs/models.md): scores of this very recipe and data measured on
  // real posts, attached to the manifest when its training_sha256 equals the training data's
  // (scores of other data are left out). "" when none.
  std::string real_validation_file;
  std::string created_by;
  // Write the training examples into the bundle (models/training_data_file.h), so that
  // `train --base` can retrain on them.
  bool keep_training_data = false;
  // Recorded as the manifest's "base" (Manifest::base_json) when not empty.
  std::string base_json;
};

struct TrainProgress {
  std::string stage;  // "autotune", "cross-validation and final fit", "train", "quantize"
  std::string label_set;
  double fraction = 0;      // of the whole training run
  double eta_seconds = -1;  // -1 when unknown
};
using TrainProgressCallback = std::function<void(const TrainProgress&)>;

// Trains one model per label set from `examples` and writes the bundle to `output_dir`
// atomically (built beside it, then renamed; an existing bundle there is replaced, any other
// existing path is an error). Returns the manifest written. Throws liputan::Error.
Manifest TrainBundle(const std::vector<TrainingExample>& examples, const TrainOptions& options,
                     const std::string& output_dir, const TrainProgressCallback& progress = {});

}  // namespace liputan
