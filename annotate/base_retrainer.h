#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "annotate/weight_choice.h"
#include "corpora/labeled_reader.h"
#include "models/manifest.h"
#include "models/training_example.h"

namespace liputan {

// `liputan train --base MODEL` (docs/annotate.md): retrains MODEL's recipe on its own corpus plus
// the user's labeled posts, each of which counts `weight` times, a weight per label set. Unless
// fixed, the weights are chosen by k-fold cross-validation over the user's posts only: for each
// weight of the grid and each fold, a model trained on the base corpus and the other folds
// (x weight) labels the held-out fold; for each label set, the weight whose pooled held-out
// macro-F1 in that set is highest wins, the smaller on a tie, but a weight above 1 only when it
// beat weight 1 (the naive concatenation) in 90% of bootstrap resamples of the held-out posts
// (annotate/weight_choice.h). Each label set is a model of its own (MixWeightedPerSet), so
// choosing per set costs no extra fit. Every fit is single-threaded
// with the recipe's seed, `threads` of them side by side, so the result is the same on any core
// count.
struct BaseRetrainOptions {
  std::string base_dir;
  std::string base_data;  // the base's corpus; "" = the training data the bundle carries
  LabeledReaderOptions base_data_reader;
  int weight = 0;  // copies of each user example in every set; 0 = chosen by cross-validation
  std::map<std::string, int> set_weights;  // fixed per label set (every set named); wins
  std::vector<int> weight_grid = {1, 2, 4, 8, 16};
  int folds = 3;
  int threads = 0;                      // fits at a time; 0 = every core
  std::vector<std::string> user_files;  // recorded in the manifest
  bool keep_training_data = false;      // carry the new training data in the new bundle
  std::string created_by;
};

struct BaseRetrainProgress {
  std::string stage;  // "cross-validation", "final fit"
  int done = 0, total = 0;
  std::string detail;  // e.g. "weight 4, fold 2: macro-F1 0.612"
};
using BaseRetrainProgressCallback = std::function<void(const BaseRetrainProgress&)>;

struct BaseRetrainResult {
  Manifest manifest;                   // of the bundle written
  std::map<std::string, int> weights;  // label set -> copies of each user example
  std::string chosen_by;  // "3-fold cross-validation over the user's labels" or "--base-weight"
  std::vector<WeightScore> scores;  // empty when the weight was given
  int64_t base_examples = 0;
  std::vector<std::string> notes;  // for the user: e.g. a --base-data file that is not the base's
};

// Reads the base (ModelBundle::Load checks), its corpus and checks `user` against its label sets,
// then retrains into `output_dir` (written atomically as TrainBundle does). Throws
// liputan::Error: kUsage for bad options or a base without its corpus, kData for user labels
// outside the base's label sets (naming their file), a damaged base or corpus.
BaseRetrainResult RetrainFromBase(const std::vector<TrainingExample>& user,
                                  const BaseRetrainOptions& options, const std::string& output_dir,
                                  const BaseRetrainProgressCallback& progress = {});

}  // namespace liputan
