#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "annotate/candidate.h"

namespace liputan {

struct TeachOptions {
  // How much a post's likeness to those already chosen counts against it, in margin units: a post
  // whose words are all in a chosen post (Jaccard 1) must be this much less certain to win.
  double diversity_weight = 0.5;
  // A post at least this alike (Jaccard of word sets) to a chosen one is a near-duplicate and is
  // never chosen: labeling the same announcement twice teaches the model nothing new.
  double duplicate_jaccard = 0.8;
  // No predicted label (top-1 of label set `cap_set`) takes more than `label_cap_factor` times its
  // even share n / L of the draw (L = labels predicted in the pool), while others are left.
  double label_cap_factor = 2.0;
  size_t cap_set = 0;
};

// Chooses up to `n` posts of `pool` to teach the model with, returning their indices in the
// order chosen (most useful first).
//
// Why this rule: a model learns most from posts it is unsure about (margin sampling: the smallest
// gap between its top two labels, Scheffer et al. 2001), but the most uncertain posts of an agency
// archive are often the same kind of post over and over (a weekly template, a retweeted notice),
// and labeling ten copies teaches as much as one. So the choice is greedy, as in maximal marginal
// relevance (Carbonell & Goldstein 1998): each step takes the post with the smallest
//   Margin(post) + diversity_weight * max Jaccard(words of post, words of a chosen post),
// skips near-duplicates outright, and caps each predicted label so that one confusable pair of
// labels cannot fill the whole draw. The cap is lifted once only capped labels remain, so the
// draw still reaches n when it can. Cost: O(n * pool) word-set comparisons.
std::vector<size_t> SelectForTeaching(const std::vector<Candidate>& pool, size_t n,
                                      const TeachOptions& options = {});

// The word set used for likeness: lower-cased ASCII, split on spaces and ASCII punctuation, links
// (chunks starting with "http") dropped; each word as a 64-bit hash, sorted and unique.
std::vector<uint64_t> WordSet(std::string_view text);

// |a ∩ b| / |a ∪ b| of two sorted, unique sets; 0 when both are empty.
double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace liputan
