#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "classify/post_source.h"
#include "corpora/post_csv.h"
#include "models/model_bundle.h"

namespace liputan {

enum class ClassifyFormat { kJsonl, kCsv };

// "jsonl" or "csv"; anything else throws ErrorCode::kUsage.
ClassifyFormat ParseClassifyFormat(const std::string& text);

struct ClassifyOptions {
  int top_k = 1;  // predictions kept per label set (best first)
  // Per-label thresholds of the manifest (`eval --thresholds tune`). Multi-label sets: the
  // predictions are every label at or above its threshold, best first (none may qualify; top_k
  // does not cut this set). Single-label sets: the top label and its top_k alternatives are always
  // kept, and a set whose top label is below its threshold is named in the record's
  // "below_threshold" (JSONL key or CSV column). false: top_k labels for every set, no flags.
  bool apply_thresholds = true;
  int threads = 0;  // 0 = all cores
  ClassifyFormat format = ClassifyFormat::kJsonl;
  size_t batch_size = 512;       // posts per pipeline token
  size_t batches_in_flight = 0;  // bound on memory; 0 = 4 per thread
  // Resuming (classify --resume): the first `resume_after` posts of the source are already in the
  // output; they are read and skipped, not classified, and no CSV header is written. When
  // `resume_last_id` is set, the last skipped post must carry that id (else the inputs changed:
  // ErrorCode::kData).
  int64_t resume_after = 0;
  std::string resume_last_id;
};

struct ClassifyStats {
  int64_t records = 0;  // classified and written by this call (skipped posts not counted)
  int64_t bytes_written = 0;
  std::string last_id;  // of the last record written
  // Per label set (manifest order): records whose top label was below its threshold.
  std::vector<int64_t> below_threshold;
  // CPU seconds of the serial stages (reading and parsing posts; writing and progress), measured
  // on the thread that ran them: their share of the run's CPU bounds the speedup threads give.
  double read_cpu_seconds = 0;
  double write_cpu_seconds = 0;
};

// Called from the output stage (one thread) after each batch with the records written so far:
// every record up to stats.last_id has been passed whole to `write`.
using ClassifyProgress = std::function<void(const ClassifyStats&)>;

// Reads posts, tokenizes them with the bundle's tokenizer and predicts every label set, writing
// one output record per post in input order through `write`. A oneTBB parallel_pipeline: reading
// and writing are serial and ordered, tokenizing and predicting run on `threads` threads, and at
// most `batches_in_flight` batches exist at once (bounded memory for any input size).
// JSONL records are corpora/post_jsonl.h objects with `predictions` and `token_count` filled;
// CSV is MakeCsvWriter's.
ClassifyStats ClassifyPosts(const ModelBundle& bundle, PostSource& source,
                            const std::function<void(std::string_view)>& write,
                            const ClassifyOptions& options, const ClassifyProgress& progress = {});

// The typed output of ClassifyPosts: each post in input order with token_count and predictions
// filled, and the indices of its single-label sets whose top label is below its threshold (the
// records' "below_threshold"). Called from the output stage, one post at a time; the post lives
// only during the call.
using ClassifiedPostCallback =
    std::function<void(const Post& post, const std::vector<size_t>& below_threshold)>;

// The same pipeline handing each classified post to `deliver` instead of serialising it, for
// callers that consume posts in process (report -m): nothing is written or parsed back, and
// ClassifyOptions::format is ignored (stats.bytes_written stays 0).
ClassifyStats ClassifyPosts(const ModelBundle& bundle, PostSource& source,
                            const ClassifiedPostCallback& deliver, const ClassifyOptions& options,
                            const ClassifyProgress& progress = {});

// Classifies one post in place: sets token_count and predictions per label set (see
// ClassifyOptions for top_k and thresholds). `below` receives the indices of the single-label
// sets whose top label is below its threshold.
void ClassifyPost(const ModelBundle& bundle, const ClassifyOptions& options, Post& post,
                  std::string& tokens, PredictScratch& scratch, std::vector<size_t>& below);

// Whether records carry a "below_threshold" flag under `options`: thresholds are applied and
// some single-label set has a label threshold above 0 (so the CSV has that column).
bool HasBelowThresholdFlags(const ModelBundle& bundle, const ClassifyOptions& options);

// The CSV of corpora/post_csv.h (what PostReader and report read back) with one "pred:SET" column
// per label set of the bundle, holding "label=p|label=p", best first. (ClassifyPosts adds a last
// column "below_threshold" when HasBelowThresholdFlags.)
PostCsvWriter MakeCsvWriter(const ModelBundle& bundle);

}  // namespace liputan
