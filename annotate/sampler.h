#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "annotate/candidate.h"
#include "annotate/teach_selection.h"
#include "corpora/annotation_file.h"

namespace liputan {

enum class SampleStrategy { kValidate, kTeach, kMixed };

// "validate", "teach" or "mixed"; anything else throws Error(kUsage).
SampleStrategy ParseSampleStrategy(const std::string& name);

struct SampleOptions {
  SampleStrategy strategy = SampleStrategy::kValidate;
  int64_t n = 100;           // posts to draw (all of them when the input has fewer)
  double teach_share = 0.5;  // mixed: the share of n chosen to teach; the rest is validate
  uint64_t seed = 1;
  int64_t min_per_stratum = 1;  // validate: posts every non-empty stratum gets when n allows
  size_t stratify_set = 0;      // validate: the label set whose top-1 label (x agency) is a stratum
  // teach: the most uncertain max(pool_factor * n_teach, min_pool) posts are kept and the
  // diversity-aware choice (SelectForTeaching) runs among them.
  int64_t pool_factor = 10;
  int64_t min_pool = 500;
  TeachOptions teach;
};

struct SampleResult {
  AnnotationFile file;           // the drawn rows, labels empty, ready to write
  int64_t population = 0;        // candidates seen
  int64_t strata = 0;            // validate: non-empty strata
  int64_t strata_not_drawn = 0;  // validate: non-empty strata that got no post (n too small)
  int64_t validate_rows = 0;
  int64_t teach_rows = 0;
  int64_t duplicates_left_out = 0;  // teach: posts passed over as near-duplicates of chosen ones
};

// Draws posts to label from a stream of candidates (docs/annotate.md, "annotate sample").
//
// validate: a stratified simple random sample. A stratum is (top-1 label of the stratify set,
// agency); the allocation is AllocateStrata's; within a stratum the posts with the n_h smallest
// draw keys (DrawKey of seed and id) are taken, which is a simple random sample without
// replacement. Each row gets its stratum and inclusion_p = n_h / N_h, so weighting a labeled post
// by 1 / inclusion_p gives unbiased estimates (sum of the weights = the number of posts).
// teach: SelectForTeaching among the most uncertain posts. mixed: the validate sample first
// (so its probabilities hold), then the teach draw from the posts it left; rows interleaved.
//
// Memory does not grow with the input: per stratum the n smallest keys (n_h <= n), the teach pool,
// and a count per stratum. Deterministic for the same candidates and seed; the validate draw does
// not depend on their order either.
class Sampler {
 public:
  Sampler(std::vector<std::string> label_sets, SampleOptions options);

  void Add(Candidate candidate);  // sets the candidate's key and ordinal
  int64_t population() const { return population_; }
  SampleResult Finish();

 private:
  struct Stratum {
    int64_t size = 0;
    std::vector<Candidate> smallest;  // a max-heap on (key, ordinal), at most validate_n_ long
  };

  AnnotationRow ToRow(const Candidate& c, const std::string& strategy) const;
  std::string StratumOf(const Candidate& c) const;
  std::vector<std::pair<uint64_t, AnnotationRow>> DrawValidate(SampleResult& result,
                                                               std::vector<uint64_t>& taken);
  std::vector<AnnotationRow> DrawTeach(SampleResult& result, const std::vector<uint64_t>& taken);

  std::vector<std::string> label_sets_;
  SampleOptions options_;
  int64_t validate_n_ = 0, teach_n_ = 0, pool_size_ = 0;
  int64_t population_ = 0;
  std::map<std::string, Stratum> strata_;
  void AddToPool(const Candidate& candidate);

  std::vector<Candidate> pool_;  // a max-heap on (margin, key, ordinal), at most pool_size_ long
  // The word sets (as one hash) of the pool's posts: a copy of a post already in the pool (a
  // retweet, a repeated template) has the same prediction and would only crowd the pool.
  std::unordered_set<uint64_t> pool_texts_;
  // The copies kept out of the pool, while every post may yet be taken (population <= n).
  std::vector<Candidate> copies_;
};

}  // namespace liputan
