#include "liputan/classifier.h"

#include <algorithm>
#include <thread>

#include "classify/classify_pipeline.h"
#include "common/data_paths.h"
#include "common/error.h"
#include "common/parallel_for.h"
#include "models/model_bundle.h"

namespace liputan {

struct Classifier::Impl {
  ModelBundle bundle;
  ClassifierOptions options;
  ClassifyOptions classify;  // the pipeline's options, from `options`
};

namespace {

// Classifies with the same code as `liputan classify` (ClassifyPost), so a program and the CLI
// label a text alike. `post` is a scratch copy: predictions are written into it.
Predictions ClassifyOne(const ModelBundle& bundle, const ClassifyOptions& options, Post& post,
                        PredictScratch& scratch) {
  std::string tokens;
  std::vector<size_t> below;
  ClassifyPost(bundle, options, post, tokens, scratch, below);
  Predictions out;
  out.label_sets = std::move(post.predictions);
  out.token_count = post.token_count;
  return out;
}

// Runs `one(i, scratch)` for i in [0, n) in contiguous chunks, one per thread, each with its own
// fastText scratch space (it is what makes concurrent prediction safe).
template <typename One>
void ForEachChunked(size_t n, int threads, const One& one) {
  if (threads < 0) throw Error(ErrorCode::kUsage, "threads must be 0 (all cores) or more");
  const size_t workers = std::max<size_t>(
      1, std::min<size_t>(n, threads > 0 ? threads : std::thread::hardware_concurrency()));
  const size_t chunk = (n + workers - 1) / std::max<size_t>(workers, 1);
  ParallelFor(
      workers,
      [&](size_t w) {
        PredictScratch scratch;
        for (size_t i = w * chunk; i < std::min(n, (w + 1) * chunk); ++i) one(i, scratch);
      },
      static_cast<unsigned>(workers));
}

}  // namespace

Classifier::Classifier(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Classifier Classifier::Load(const std::string& bundle_dir, ClassifierOptions options) {
  if (options.top_k < 1) throw Error(ErrorCode::kUsage, "top_k must be at least 1");
  auto impl = std::make_shared<Impl>(Impl{ModelBundle::Load(bundle_dir), options, {}});
  impl->classify.top_k = options.top_k;
  impl->classify.apply_thresholds = options.apply_thresholds;
  return Classifier(std::move(impl));
}

Predictions Classifier::Classify(std::string_view text) const {
  Post post;
  post.text = std::string(text);
  PredictScratch scratch;
  return ClassifyOne(impl_->bundle, impl_->classify, post, scratch);
}

Predictions Classifier::Classify(const Post& post) const { return Classify(post.text); }

std::vector<Predictions> Classifier::Classify(std::span<const std::string> texts,
                                              int threads) const {
  std::vector<Predictions> out(texts.size());
  ForEachChunked(texts.size(), threads, [&](size_t i, PredictScratch& scratch) {
    Post post;
    post.text = texts[i];
    out[i] = ClassifyOne(impl_->bundle, impl_->classify, post, scratch);
  });
  return out;
}

std::vector<Predictions> Classifier::Classify(std::span<const Post> posts, int threads) const {
  std::vector<Predictions> out(posts.size());
  ForEachChunked(posts.size(), threads, [&](size_t i, PredictScratch& scratch) {
    Post post;
    post.text = posts[i].text;
    out[i] = ClassifyOne(impl_->bundle, impl_->classify, post, scratch);
  });
  return out;
}

std::vector<std::string> Classifier::label_sets() const {
  std::vector<std::string> out;
  for (const auto& set : impl_->bundle.manifest().label_sets) out.push_back(set.name);
  return out;
}

std::vector<std::string> Classifier::labels(const std::string& label_set) const {
  for (const auto& set : impl_->bundle.manifest().label_sets) {
    if (set.name != label_set) continue;
    std::vector<std::string> out;
    for (const auto& label : set.labels) out.push_back(label.name);
    return out;
  }
  throw Error(ErrorCode::kUsage, "no label set \"" + label_set + "\" in the model",
              impl_->bundle.dir());
}

const std::string& Classifier::dir() const { return impl_->bundle.dir(); }
const ClassifierOptions& Classifier::options() const { return impl_->options; }

std::string Predictions::Top(const std::string& label_set) const {
  const auto it = label_sets.find(label_set);
  return it == label_sets.end() || it->second.empty() ? "" : it->second.front().label;
}

std::string DefaultModelPath() { return DefaultModelDir(); }

}  // namespace liputan
