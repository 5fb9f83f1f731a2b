#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "classify/post_source.h"
#include "corpora/post_csv.h"
#include "models/model_bundle.h"

namespace liputan {

enum class ClassifyFormat { kJsonl, kCsv };

// "jsonl" or "csv"; anything else throws ErrorCode::kUsage.
ClassifyFormat ParseClassifyFormat(const std::string& text);

struct ClassifyOptions {
  int top_k = 1;    // predictions kept per label set (best first)
  int threads = 0;  // 0 = all cores
  ClassifyFormat format = ClassifyFormat::kJsonl;
  size_t batch_size = 512;       // posts per pipeline token
  size_t batches_in_flight = 0;  // bound on memory; 0 = 4 per thread
};

struct ClassifyStats {
  int64_t records = 0;
  int64_t bytes_written = 0;
};

// Called from the output stage (one thread) after each batch with the records written so far.
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

// Classifies one post in place: sets token_count and predictions (the top `top_k` per label set).
void ClassifyPost(const ModelBundle& bundle, int top_k, Post& post, std::string& tokens,
                  PredictScratch& scratch);

// The CSV of corpora/post_csv.h (what PostReader and report read back) with one "pred:SET" column
// per label set of the bundle, holding "label=p|label=p", best first.
PostCsvWriter MakeCsvWriter(const ModelBundle& bundle);

}  // namespace liputan
