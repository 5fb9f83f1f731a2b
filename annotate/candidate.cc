#include "annotate/candidate.h"

#include <algorithm>

#include "annotate/post_link.h"
#include "common/hash64.h"
#include "corpora/timestamp.h"

namespace liputan {

Candidate MakeCandidate(const Post& post, const std::vector<std::string>& label_sets) {
  Candidate c;
  c.id = post.id;
  c.agency = !post.author_handle.empty() ? post.author_handle : post.author_name;
  if (post.created_at != 0) c.created_at = FormatTimestamp(post.created_at);
  c.url = PostUrl(post.author_handle, post.id);
  c.text = post.text;
  for (const auto& set : label_sets) {
    CandidatePrediction p;
    auto it = post.predictions.find(set);
    if (it != post.predictions.end() && !it->second.empty()) {
      p.label = it->second[0].label;
      p.p1 = static_cast<float>(it->second[0].probability);
      if (it->second.size() > 1) p.p2 = static_cast<float>(it->second[1].probability);
    }
    c.predictions.push_back(std::move(p));
  }
  return c;
}

uint64_t DrawKey(uint64_t seed, const std::string& id) {
  // FNV-1a over the id, then SplitMix64's finalizer mixed with the seed: cheap, and every bit of
  // the key depends on every byte of the id and of the seed.
  const uint64_t h = Fnv1a64(id, kFnv1a64LegacyBasis);
  return SplitMix64Mix(h ^ (seed * kSplitMix64Gamma + 0x632BE59BD9B4E019ULL));
}

double Margin(const Candidate& candidate) {
  double margin = 1.0;
  for (const auto& p : candidate.predictions) {
    if (p.label.empty()) continue;
    double gap = p.p2 >= 0 ? p.p1 - p.p2 : 2.0 * p.p1 - 1.0;
    margin = std::min(margin, std::max(0.0, gap));
  }
  return margin;
}

}  // namespace liputan
