#include "classify/classify_pipeline.h"

#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "common/error.h"
#include "corpora/post_csv.h"
#include "corpora/post_jsonl.h"

namespace liputan {
namespace {

struct Batch {
  std::vector<Post> posts;
  std::string out;
};

int CountTokens(std::string_view tokens) {
  if (tokens.empty()) return 0;
  int n = 1;
  for (char c : tokens) n += c == ' ';
  return n;
}

}  // namespace

ClassifyFormat ParseClassifyFormat(const std::string& text) {
  if (text == "jsonl") return ClassifyFormat::kJsonl;
  if (text == "csv") return ClassifyFormat::kCsv;
  throw Error(ErrorCode::kUsage, "--format must be jsonl or csv, not '" + text + "'");
}

void ClassifyPost(const ModelBundle& bundle, int top_k, Post& post, std::string& tokens,
                  PredictScratch& scratch) {
  tokens.clear();
  bundle.tokenizer().TokenizeToString(post.text, tokens);
  post.token_count = CountTokens(tokens);
  post.predictions.clear();
  const auto& sets = bundle.manifest().label_sets;
  for (size_t s = 0; s < sets.size(); ++s) {
    bundle.Predict(s, tokens, top_k, post.predictions[sets[s].name], scratch);
  }
}

PostCsvWriter MakeCsvWriter(const ModelBundle& bundle) {
  std::vector<std::string> sets;
  for (const auto& set : bundle.manifest().label_sets) sets.push_back(set.name);
  return PostCsvWriter({}, sets);
}

ClassifyStats ClassifyPosts(const ModelBundle& bundle, PostSource& source,
                            const std::function<void(std::string_view)>& write,
                            const ClassifyOptions& options, const ClassifyProgress& progress) {
  if (options.top_k < 1) throw Error(ErrorCode::kUsage, "--top-k must be at least 1");
  if (options.threads < 0) throw Error(ErrorCode::kUsage, "--threads must be 0 (all) or more");
  const int threads = options.threads > 0 ? options.threads : tbb::info::default_concurrency();
  const size_t in_flight = options.batches_in_flight > 0 ? options.batches_in_flight : 4 * threads;
  const size_t batch_size = std::max<size_t>(options.batch_size, 1);
  ClassifyStats stats;
  const PostCsvWriter csv = MakeCsvWriter(bundle);
  if (options.format == ClassifyFormat::kCsv) {
    std::string header = csv.Header();
    write(header);
    stats.bytes_written += static_cast<int64_t>(header.size());
  }
  bool done = false;
  auto read = [&](tbb::flow_control& fc) -> std::shared_ptr<Batch> {
    auto batch = std::make_shared<Batch>();
    batch->posts.resize(batch_size);
    size_t n = 0;
    while (!done && n < batch_size) {
      if (source.Next(batch->posts[n]))
        ++n;
      else
        done = true;
    }
    if (n == 0) {
      fc.stop();
      return nullptr;
    }
    batch->posts.resize(n);
    return batch;
  };
  auto classify = [&](std::shared_ptr<Batch> batch) {
    thread_local PredictScratch scratch;
    thread_local std::string tokens;
    for (Post& post : batch->posts) {
      ClassifyPost(bundle, options.top_k, post, tokens, scratch);
      if (options.format == ClassifyFormat::kCsv) {
        csv.Append(post, batch->out);
      } else {
        AppendPostJson(post, batch->out);
        batch->out.push_back('\n');
      }
    }
    return batch;
  };
  auto output = [&](std::shared_ptr<Batch> batch) {
    write(batch->out);
    stats.records += static_cast<int64_t>(batch->posts.size());
    stats.bytes_written += static_cast<int64_t>(batch->out.size());
    if (progress) progress(stats);
  };
  tbb::task_arena arena(threads);
  arena.execute([&] {
    tbb::parallel_pipeline(
        in_flight,
        tbb::make_filter<void, std::shared_ptr<Batch>>(tbb::filter_mode::serial_in_order, read) &
            tbb::make_filter<std::shared_ptr<Batch>, std::shared_ptr<Batch>>(
                tbb::filter_mode::parallel, classify) &
            tbb::make_filter<std::shared_ptr<Batch>, void>(tbb::filter_mode::serial_in_order,
                                                           output));
  });
  return stats;
}

}  // namespace liputan
