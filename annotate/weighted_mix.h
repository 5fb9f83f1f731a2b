#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "models/training_example.h"

namespace liputan {

// The training data of a model retrained from a base, each user example counting `weight` times.
// With weight 1 it is the base corpus followed by the user's examples in their order: exactly
// the naive concatenation `liputan train -i CORPUS YOURS`, so that `train --base` with weight 1
// is that model. With more, the base corpus keeps its order and the `weight` copies of every
// user example are spread evenly through it (in a seeded shuffle): fastText has no example
// weights, so a weight is a number of copies, and many copies in one block at the end of each
// epoch would be a run of the same few posts.
std::vector<TrainingExample> MixWeighted(const std::vector<TrainingExample>& base,
                                         const std::vector<TrainingExample>& user, int weight,
                                         uint32_t seed);

// The weight every label set of `weights` (set -> copies) shares; nullopt when they differ or
// there is no set.
std::optional<int> SharedWeight(const std::map<std::string, int>& weights);

// The same with a weight per label set (`weights`: set -> copies). Each label set is its own
// fastText model trained on the examples that carry its labels, so the data is built such that,
// restricted to any one set, it is exactly MixWeighted(base, user, weights[set], seed): that set's
// model is then the one a single weight would give. The user's copies carry one set's labels each
// (a copy of set A sits where MixWeighted with A's weight puts it). With one weight for every set
// this is MixWeighted itself.
std::vector<TrainingExample> MixWeightedPerSet(const std::vector<TrainingExample>& base,
                                               const std::vector<TrainingExample>& user,
                                               const std::map<std::string, int>& weights,
                                               uint32_t seed);

}  // namespace liputan
