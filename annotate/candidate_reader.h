#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "annotate/candidate.h"
#include "classify/post_source.h"
#include "models/model_bundle.h"

namespace liputan {

struct CandidateReadOptions {
  // "text" (one post per plain line, as classify --input-format text) or a PostReader format name.
  std::string input_format = "auto";
  PostReaderOptions reader;  // format and on_error are set from the fields here
  OnError on_error = OnError::kSkip;
  int threads = 0;           // classifying: 0 = all cores
  size_t batch_size = 1024;  // posts classified together
};

struct CandidateReadStats {
  int64_t posts = 0;       // candidates handed on
  int64_t classified = 0;  // of them, classified here (the rest carried predictions already)
  int64_t empty_text = 0;  // posts without text, passed over
};

// Turns the posts of archives or of classified JSONL into sampler candidates. A post that carries
// predictions for every label set is used as it is (the output of `liputan classify`); any other
// post is classified with `bundle` (top 2 labels per set, thresholds ignored, so every set has a
// margin), in parallel batches. Without a bundle, the label sets are those of the first post's
// predictions (sektor and fungsi first, then by name), and a post lacking them throws
// Error(kData) naming it. Posts without text are passed over: there is nothing to label.
class CandidateReader {
 public:
  CandidateReader(std::vector<std::string> inputs, const ModelBundle* bundle,
                  CandidateReadOptions options);
  ~CandidateReader();

  // The label sets, in the order of every candidate's predictions (may read the first post).
  const std::vector<std::string>& label_sets();
  // Hands every candidate to `sink`, in input order.
  void ReadAll(const std::function<void(Candidate)>& sink);

  const CandidateReadStats& stats() const { return stats_; }
  const DiagnosticLog& diagnostics() const { return source_->diagnostics(); }

 private:
  bool NextPost(Post& post);
  bool HasAllPredictions(const Post& post) const;
  void ClassifyBatch(std::vector<Post>& batch);

  const ModelBundle* bundle_;
  CandidateReadOptions options_;
  std::unique_ptr<PostSource> source_;
  std::vector<std::string> label_sets_;
  bool label_sets_known_ = false;
  std::vector<Post> pending_;  // read ahead to learn the label sets
  CandidateReadStats stats_;
};

}  // namespace liputan
