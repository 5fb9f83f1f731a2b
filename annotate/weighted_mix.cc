#include "annotate/weighted_mix.h"

#include <algorithm>
#include <random>

namespace liputan {

std::vector<TrainingExample> MixWeighted(const std::vector<TrainingExample>& base,
                                         const std::vector<TrainingExample>& user, int weight,
                                         uint32_t seed) {
  std::vector<const TrainingExample*> copies;
  for (int c = 0; c < weight; ++c) {
    for (const auto& e : user) copies.push_back(&e);
  }
  std::mt19937 rng(seed);
  std::shuffle(copies.begin(), copies.end(), rng);
  std::vector<TrainingExample> out;
  out.reserve(base.size() + copies.size());
  // Copy i goes after floor((i + 1) * |base| / (|copies| + 1)) base examples.
  size_t next_base = 0;
  for (size_t i = 0; i < copies.size(); ++i) {
    size_t before = (i + 1) * base.size() / (copies.size() + 1);
    for (; next_base < before; ++next_base) out.push_back(base[next_base]);
    out.push_back(*copies[i]);
  }
  for (; next_base < base.size(); ++next_base) out.push_back(base[next_base]);
  return out;
}

}  // namespace liputan
