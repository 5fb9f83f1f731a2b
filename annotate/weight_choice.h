#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "models/manifest.h"
#include "models/metrics.h"

namespace liputan {

// Choosing `train --base`'s weight per label set from the cross-validation fits' held-out
// predictions (annotate/base_retrainer.h).

// One label set's held-out predictions from one fit, with the fit's label names.
struct HeldOut {
  std::vector<std::string> labels;
  std::vector<ScoredExample> scored;
};
using FoldScores = std::map<std::string, HeldOut>;  // label set -> predictions

// Per weight of the grid, its fits' held-out predictions in fold order (the same user posts in
// the same order for every weight).
using HeldOutByWeight = std::map<int, std::vector<const FoldScores*>>;

struct WeightScore {
  int weight = 0;
  double macro_f1 = 0;                   // mean over the label sets
  std::map<std::string, double> by_set;  // pooled held-out macro-F1 per label set
  // Per label set, the share of bootstrap resamples of the held-out posts in which this weight's
  // macro-F1 beat weight 1's; empty for weight 1 and when the grid has no weight 1.
  std::map<std::string, double> beats_weight_1;
};

struct WeightChoiceOptions {
  int resamples = 1000;
  // A weight above 1 is chosen for a set only when it beat weight 1 in this share of resamples.
  double evidence = 0.9;
  uint32_t seed = 1;
};

// The pooled held-out macro-F1 of every weight of `grid` (in grid order) per label set, and how
// often each beat weight 1 over resamples of the posts (paired: the same posts for both).
std::vector<WeightScore> ScoreWeights(const HeldOutByWeight& held_out, const std::vector<int>& grid,
                                      const Manifest& manifest, const WeightChoiceOptions& options);

// Per label set: the weight with the highest pooled held-out macro-F1 (the smaller on a tie),
// unless it is above 1 without the evidence of options.evidence, when weight 1 (the naive
// concatenation, annotate/weighted_mix.h) stays. Without weight 1 in the grid: the best.
std::map<std::string, int> ChooseWeights(const std::vector<WeightScore>& scores,
                                         const Manifest& manifest,
                                         const WeightChoiceOptions& options);

}  // namespace liputan
