#include "classify/classify_pipeline.h"

#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>
#include <time.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "common/error.h"
#include "common/json_string.h"
#include "corpora/post_csv.h"
#include "corpora/post_jsonl.h"

namespace liputan {
namespace {

struct Batch {
  std::vector<Post> posts;
  std::string out;                            // the written records (JSONL/CSV output)
  std::vector<std::vector<size_t>> below_of;  // per post (typed output)
  std::vector<int64_t> below;                 // per label set, as ClassifyStats::below_threshold
};

// What the two outputs do with a classified batch: `finish` runs on the parallel stage for each
// post (formatting records there keeps the serial stage short), `deliver` on the ordered output
// stage once per batch and returns the bytes it wrote.
using FinishPost = std::function<void(Batch& batch, size_t post, const std::vector<size_t>& below)>;
using DeliverBatch = std::function<int64_t(const Batch& batch)>;

double ThreadCpuSeconds() {
  timespec t{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

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

void ClassifyPost(const ModelBundle& bundle, const ClassifyOptions& options, Post& post,
                  std::string& tokens, PredictScratch& scratch, std::vector<size_t>& below) {
  thread_local std::vector<std::pair<int, float>> scores;
  tokens.clear();
  bundle.BuildInput(post.text, tokens);
  post.token_count = CountTokens(tokens);
  post.predictions.clear();
  below.clear();
  const auto& sets = bundle.manifest().label_sets;
  for (size_t s = 0; s < sets.size(); ++s) {
    const auto& labels = sets[s].labels;
    const bool multi = sets[s].multi_label && options.apply_thresholds;
    bundle.Score(s, tokens, multi ? -1 : options.top_k, scores, scratch);
    auto& out = post.predictions[sets[s].name];
    for (const auto& [label, probability] : scores) {
      // The same comparison as eval's metrics (models/metrics.cc), so classify assigns what eval
      // scored.
      if (multi && !(probability >= labels[label].threshold)) continue;
      out.push_back({labels[label].name, probability});
    }
    if (options.apply_thresholds && !sets[s].multi_label && !scores.empty() &&
        !(scores[0].second >= labels[scores[0].first].threshold)) {
      below.push_back(s);
    }
  }
}

bool HasBelowThresholdFlags(const ModelBundle& bundle, const ClassifyOptions& options) {
  if (!options.apply_thresholds) return false;
  for (const auto& set : bundle.manifest().label_sets) {
    if (set.multi_label) continue;
    for (const auto& label : set.labels)
      if (label.threshold > 0) return true;
  }
  return false;
}

namespace {

// Reads past the posts an interrupted run already wrote, checking the last one is where that run
// stopped: a changed input must not be silently joined to an old partial output.
void SkipResumed(PostSource& source, const ClassifyOptions& options) {
  Post post;
  for (int64_t i = 0; i < options.resume_after; ++i) {
    if (!source.Next(post)) {
      throw Error(ErrorCode::kData, "cannot resume: the inputs hold " + std::to_string(i) +
                                        " posts but the partial output already has " +
                                        std::to_string(options.resume_after) +
                                        " records (did the inputs change?)");
    }
  }
  if (options.resume_after > 0 && !options.resume_last_id.empty() &&
      post.id != options.resume_last_id) {
    throw Error(ErrorCode::kData, "cannot resume: post " + std::to_string(options.resume_after) +
                                      " of the inputs has id '" + post.id +
                                      "' but the partial output's last record has id '" +
                                      options.resume_last_id + "' (did the inputs change?)");
  }
}

// One output record. The below-threshold flag is not part of the Post schema (readers ignore
// it), so it is added to the written record: a last JSON key, present only when some set is
// below, or a last CSV column, present whenever the bundle can flag.
void AppendRecord(const ModelBundle& bundle, ClassifyFormat format, const PostCsvWriter& csv,
                  bool flags, const Post& post, const std::vector<size_t>& below,
                  std::string& out) {
  const auto& sets = bundle.manifest().label_sets;
  if (format == ClassifyFormat::kCsv) {
    csv.Append(post, out);
    if (!flags) return;
    out.pop_back();  // the record's '\n'
    std::string names;
    for (size_t s : below) names += (names.empty() ? "" : "|") + sets[s].name;
    out.push_back(',');
    AppendCsvField(out, names);
    out.push_back('\n');
    return;
  }
  AppendPostJson(post, out);
  if (!below.empty()) {
    out.pop_back();  // the closing '}'
    out += ",\"below_threshold\":[";
    for (size_t i = 0; i < below.size(); ++i) {
      if (i > 0) out.push_back(',');
      AppendJsonString(out, sets[below[i]].name);
    }
    out += "]}";
  }
  out.push_back('\n');
}

}  // namespace

PostCsvWriter MakeCsvWriter(const ModelBundle& bundle) {
  std::vector<std::string> sets;
  for (const auto& set : bundle.manifest().label_sets) sets.push_back(set.name);
  return PostCsvWriter({}, sets);
}

namespace {

void CheckOptions(const ClassifyOptions& options) {
  if (options.top_k < 1) throw Error(ErrorCode::kUsage, "--top-k must be at least 1");
  if (options.threads < 0) throw Error(ErrorCode::kUsage, "--threads must be 0 (all) or more");
}

// The ordered, parallel pipeline (read → tokenize + predict + finish → deliver) both outputs share.
// `stats` may already count a header the caller wrote.
void RunPipeline(const ModelBundle& bundle, PostSource& source, const ClassifyOptions& options,
                 const ClassifyProgress& progress, const FinishPost& finish,
                 const DeliverBatch& deliver, ClassifyStats& stats) {
  const int threads = options.threads > 0 ? options.threads : tbb::info::default_concurrency();
  const size_t in_flight = options.batches_in_flight > 0 ? options.batches_in_flight : 4 * threads;
  const size_t batch_size = std::max<size_t>(options.batch_size, 1);
  stats.below_threshold.assign(bundle.label_set_count(), 0);
  bool done = false;
  auto read = [&](tbb::flow_control& fc) -> std::shared_ptr<Batch> {
    const double start = ThreadCpuSeconds();
    auto batch = std::make_shared<Batch>();
    batch->posts.resize(batch_size);
    size_t n = 0;
    while (!done && n < batch_size) {
      if (source.Next(batch->posts[n]))
        ++n;
      else
        done = true;
    }
    stats.read_cpu_seconds += ThreadCpuSeconds() - start;
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
    thread_local std::vector<size_t> below;
    batch->below.assign(bundle.label_set_count(), 0);
    for (size_t i = 0; i < batch->posts.size(); ++i) {
      ClassifyPost(bundle, options, batch->posts[i], tokens, scratch, below);
      finish(*batch, i, below);
      for (size_t set : below) ++batch->below[set];
    }
    return batch;
  };
  auto output = [&](std::shared_ptr<Batch> batch) {
    const double start = ThreadCpuSeconds();
    stats.bytes_written += deliver(*batch);
    stats.records += static_cast<int64_t>(batch->posts.size());
    stats.last_id = batch->posts.back().id;
    for (size_t set = 0; set < batch->below.size(); ++set)
      stats.below_threshold[set] += batch->below[set];
    if (progress) progress(stats);
    stats.write_cpu_seconds += ThreadCpuSeconds() - start;
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
}

}  // namespace

ClassifyStats ClassifyPosts(const ModelBundle& bundle, PostSource& source,
                            const std::function<void(std::string_view)>& write,
                            const ClassifyOptions& options, const ClassifyProgress& progress) {
  CheckOptions(options);
  ClassifyStats stats;
  const PostCsvWriter csv = MakeCsvWriter(bundle);
  const bool flags = HasBelowThresholdFlags(bundle, options);
  SkipResumed(source, options);
  if (options.format == ClassifyFormat::kCsv && options.resume_after == 0) {
    std::string header = csv.Header();
    if (flags) header.insert(header.size() - 1, ",below_threshold");
    write(header);
    stats.bytes_written += static_cast<int64_t>(header.size());
  }
  auto finish = [&](Batch& batch, size_t i, const std::vector<size_t>& below) {
    AppendRecord(bundle, options.format, csv, flags, batch.posts[i], below, batch.out);
  };
  auto deliver = [&](const Batch& batch) {
    write(batch.out);
    return static_cast<int64_t>(batch.out.size());
  };
  RunPipeline(bundle, source, options, progress, finish, deliver, stats);
  return stats;
}

ClassifyStats ClassifyPosts(const ModelBundle& bundle, PostSource& source,
                            const ClassifiedPostCallback& deliver_post,
                            const ClassifyOptions& options, const ClassifyProgress& progress) {
  CheckOptions(options);
  ClassifyStats stats;
  SkipResumed(source, options);
  auto finish = [](Batch& batch, size_t i, const std::vector<size_t>& below) {
    batch.below_of.resize(batch.posts.size());  // a batch is on one thread at a time
    batch.below_of[i] = below;
  };
  auto deliver = [&](const Batch& batch) {
    for (size_t i = 0; i < batch.posts.size(); ++i) deliver_post(batch.posts[i], batch.below_of[i]);
    return int64_t{0};
  };
  RunPipeline(bundle, source, options, progress, finish, deliver, stats);
  return stats;
}

}  // namespace liputan
