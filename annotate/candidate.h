#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "corpora/post.h"

namespace liputan {

// What the sampler keeps of one label set's predictions: the top label and the top two
// probabilities (all that margins and suggestions need).
struct CandidatePrediction {
  std::string label;  // top-1; "" when the post got no prediction for the set
  float p1 = 0;
  float p2 = -1;  // the runner-up's probability; -1 when the predictions stopped at one label
};

// A post that may be drawn: the compact record the sampler keeps instead of the whole Post.
struct Candidate {
  std::string id;
  std::string agency;
  std::string created_at;  // ISO 8601 UTC, "" when unknown
  std::string url;
  std::string text;
  std::vector<CandidatePrediction> predictions;  // one per label set, in the sampler's order
  uint64_t key = 0;      // the seeded draw key: the random order in which posts are drawn
  uint64_t ordinal = 0;  // position in the input: breaks ties between equal keys
};

// The candidate of a classified post. `label_sets` orders its predictions; a set the post has no
// prediction for gets an empty CandidatePrediction.
Candidate MakeCandidate(const Post& post, const std::vector<std::string>& label_sets);

// The seeded draw key of a post id: a 64-bit hash, so a post keeps its key (and a draw stays the
// same) whatever else the inputs hold, and another seed gives an unrelated order.
uint64_t DrawKey(uint64_t seed, const std::string& id);

// The smallest gap between the top-1 and top-2 probability over the label sets: how unsure the
// model is (0 = a coin toss on some set). When only the top label is known, the gap is taken as
// 2*p1 - 1, its lower bound for a single-label set (p2 <= 1 - p1). A candidate without any
// prediction has margin 1 (nothing to learn from the model's doubt).
double Margin(const Candidate& candidate);

}  // namespace liputan
