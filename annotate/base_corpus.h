#pragma once

#include <string>
#include <vector>

#include "corpora/labeled_reader.h"
#include "models/manifest.h"
#include "models/trainer.h"
#include "models/training_example.h"

namespace liputan {

// The manifest of the bundle in `dir` (read only, without loading its models). Throws
// Error(kNoInput) when it is missing, Error(kData) when it is damaged.
Manifest ReadBundleManifest(const std::string& dir);

// The recipe a bundle was trained with (its manifest: fastText options per label set, tokenizer
// options, features, rule weight, label sets, cross-validation folds, quantization) as the
// options that retrain it. Autotuning is not repeated: the tuned options are the recipe.
TrainOptions RecipeOf(const Manifest& manifest);

// The corpus a base model was trained on.
struct BaseCorpus {
  std::vector<TrainingExample> examples;
  std::string source;  // the file read
  // Whether its digest equals the manifest's training digest (always so for the corpus the
  // bundle carries, which is refused otherwise).
  bool matches_manifest = false;
};

// Reads the base's corpus: `data_file` when given (labeled data, read with `reader`, whose label
// fields default to the base's label sets), else the training data the bundle carries
// (models/training_data_file.h), checked against the manifest's training digest. Throws
// Error(kUsage) when the bundle carries none and no file is given, Error(kData) when the kept
// data does not match the manifest.
BaseCorpus ReadBaseCorpus(const std::string& base_dir, const Manifest& manifest,
                          const std::string& data_file, LabeledReaderOptions reader);

// Checks that every label of `user` belongs to a label set of the base and is one of that set's
// labels; throws Error(kData) naming the example's location (its file) otherwise.
void CheckUserLabels(const std::vector<TrainingExample>& user, const Manifest& base);

}  // namespace liputan
