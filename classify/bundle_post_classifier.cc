#include "classify/bundle_post_classifier.h"

#include <algorithm>
#include <deque>
#include <mutex>
#include <optional>

#include "classify/classify_pipeline.h"
#include "common/error.h"

namespace liputan {
namespace {

using PredictionMap = std::map<std::string, std::vector<Prediction>>;

// The posts of a source remembering, in input order, the predictions each already carried: the
// pipeline classifies every post, and classified input (classify's output) keeps its own labels.
// The pipeline reads and delivers on different threads, hence the lock.
class CarriedPredictionsSource : public PostSource {
 public:
  explicit CarriedPredictionsSource(PostSource& source) : source_(source) {}

  bool Next(Post& post) override {
    if (!source_.Next(post)) return false;
    std::lock_guard lock(mutex_);
    carried_.push_back(post.predictions.empty() ? std::nullopt
                                                : std::optional<PredictionMap>(post.predictions));
    return true;
  }
  const DiagnosticLog& diagnostics() const override { return source_.diagnostics(); }

  // The next delivered post's own predictions, if it had any.
  std::optional<PredictionMap> PopCarried() {
    std::lock_guard lock(mutex_);
    if (carried_.empty())
      throw Error(ErrorCode::kInternal, "classify delivered more posts than read");
    std::optional<PredictionMap> front = std::move(carried_.front());
    carried_.pop_front();
    return front;
  }

 private:
  PostSource& source_;
  std::mutex mutex_;
  std::deque<std::optional<PredictionMap>> carried_;
};

class BundlePostClassifier : public PostClassifier {
 public:
  BundlePostClassifier(const ModelBundle& bundle, int threads) : bundle_(bundle) {
    options_.threads = threads;
    options_.apply_thresholds = false;
    for (const auto& set : bundle.manifest().label_sets) {
      options_.top_k = std::max(options_.top_k, static_cast<int>(set.labels.size()));
      sets_.push_back({set.name, {}});
      for (const auto& label : set.labels) sets_.back().labels.push_back(label.name);
    }
  }

  const std::vector<LabelSet>& label_sets() const override { return sets_; }

  void ClassifyAll(PostSource& source, const std::function<void(const Post&)>& add) override {
    CarriedPredictionsSource carried(source);
    Post copy;
    auto deliver = [&](const Post& post, const std::vector<size_t>&) {
      std::optional<PredictionMap> own = carried.PopCarried();
      if (!own) return add(post);
      copy = post;  // rare (classified input): the batch's post stays as classified
      copy.predictions = std::move(*own);
      add(copy);
    };
    ClassifyPosts(bundle_, carried, deliver, options_);
  }

  std::string TopLabel(size_t set, const std::string& text) const override {
    thread_local PredictScratch scratch;
    std::string tokens;
    std::vector<std::pair<int, float>> scores;
    bundle_.BuildInput(text, tokens);
    bundle_.Score(set, tokens, 1, scores, scratch);
    return scores.empty() ? std::string() : sets_[set].labels[scores[0].first];
  }

 private:
  const ModelBundle& bundle_;
  ClassifyOptions options_;
  std::vector<LabelSet> sets_;
};

}  // namespace

std::unique_ptr<PostClassifier> MakeBundlePostClassifier(const ModelBundle& bundle, int threads) {
  return std::make_unique<BundlePostClassifier>(bundle, threads);
}

}  // namespace liputan
