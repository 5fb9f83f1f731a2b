#pragma once

#include <cstdint>
#include <vector>

#include "models/training_example.h"

namespace liputan {

// The training data of a model retrained from a base: the base corpus in its order, with
// `weight` copies of every user example spread evenly through it (in a seeded shuffle). fastText
// has no example weights, so a weight is a number of copies; spreading them, instead of
// appending them, keeps them away from the end of each epoch, where the learning rate has
// decayed most and the last examples would otherwise dominate or vanish.
std::vector<TrainingExample> MixWeighted(const std::vector<TrainingExample>& base,
                                         const std::vector<TrainingExample>& user, int weight,
                                         uint32_t seed);

}  // namespace liputan
