#include "annotate/weighted_mix.h"

#include <algorithm>
#include <random>

namespace liputan {
namespace {

// One copy of a user example and how many base examples come before it.
struct Placed {
  size_t base_before;
  const TrainingExample* example;
};

// Where MixWeighted puts the copies, in order: with weight 1, each user example once after the
// whole base, in the user's order; with more, copy i of the shuffled copies goes after
// floor((i + 1) * base_size / (copies + 1)) base examples.
std::vector<Placed> PlaceCopies(size_t base_size, const std::vector<TrainingExample>& user,
                                int weight, uint32_t seed) {
  std::vector<Placed> placed;
  if (weight == 1) {
    for (const auto& e : user) placed.push_back({base_size, &e});
    return placed;
  }
  std::vector<const TrainingExample*> copies;
  for (int c = 0; c < weight; ++c) {
    for (const auto& e : user) copies.push_back(&e);
  }
  std::mt19937 rng(seed);
  std::shuffle(copies.begin(), copies.end(), rng);
  placed.reserve(copies.size());
  for (size_t i = 0; i < copies.size(); ++i)
    placed.push_back({(i + 1) * base_size / (copies.size() + 1), copies[i]});
  return placed;
}

}  // namespace

std::vector<TrainingExample> MixWeighted(const std::vector<TrainingExample>& base,
                                         const std::vector<TrainingExample>& user, int weight,
                                         uint32_t seed) {
  const std::vector<Placed> placed = PlaceCopies(base.size(), user, weight, seed);
  std::vector<TrainingExample> out;
  out.reserve(base.size() + placed.size());
  size_t next_base = 0;
  for (const Placed& p : placed) {
    for (; next_base < p.base_before; ++next_base) out.push_back(base[next_base]);
    out.push_back(*p.example);
  }
  for (; next_base < base.size(); ++next_base) out.push_back(base[next_base]);
  return out;
}

std::optional<int> SharedWeight(const std::map<std::string, int>& weights) {
  if (weights.empty()) return std::nullopt;
  const int first = weights.begin()->second;
  for (const auto& [set, w] : weights) {
    if (w != first) return std::nullopt;
  }
  return first;
}

std::vector<TrainingExample> MixWeightedPerSet(const std::vector<TrainingExample>& base,
                                               const std::vector<TrainingExample>& user,
                                               const std::map<std::string, int>& weights,
                                               uint32_t seed) {
  if (weights.empty()) return base;
  if (const auto shared = SharedWeight(weights)) return MixWeighted(base, user, *shared, seed);
  // Per set: its placements, and the copies that carry only its labels.
  struct SetCopies {
    std::vector<Placed> placed;
    std::vector<TrainingExample> own;  // user[i] with only this set's labels
    size_t next = 0;
  };
  std::vector<SetCopies> sets;
  for (const auto& [set, weight] : weights) {
    SetCopies s;
    s.own.reserve(user.size());
    for (const auto& e : user) {
      TrainingExample copy = e;
      copy.labels.clear();
      if (auto it = e.labels.find(set); it != e.labels.end()) copy.labels[set] = it->second;
      s.own.push_back(std::move(copy));
    }
    s.placed = PlaceCopies(base.size(), user, weight, seed);
    for (Placed& p : s.placed) p.example = &s.own[static_cast<size_t>(p.example - user.data())];
    sets.push_back(std::move(s));
  }
  std::vector<TrainingExample> out;
  auto emit_copies_before = [&](size_t base_index) {
    for (auto& s : sets) {
      for (; s.next < s.placed.size() && s.placed[s.next].base_before <= base_index; ++s.next) {
        const TrainingExample& copy = *s.placed[s.next].example;
        if (!copy.labels.empty()) out.push_back(copy);  // a post without this set's labels
      }
    }
  };
  for (size_t k = 0; k < base.size(); ++k) {
    emit_copies_before(k);
    out.push_back(base[k]);
  }
  emit_copies_before(base.size());
  return out;
}

}  // namespace liputan
