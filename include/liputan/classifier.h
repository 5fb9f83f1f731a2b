#pragma once

#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "liputan/export.h"
#include "liputan/post.h"

namespace liputan {

// What Classify returns for one text: per label set ("sektor", "fungsi" for the default model),
// its labels with probabilities, best first.
struct Predictions {
  std::map<std::string, std::vector<Prediction>> label_sets;
  int token_count = 0;  // tokens the model saw

  // The best label of `label_set`, or "" when the set is unknown or kept no label.
  LIPUTAN_API std::string Top(const std::string& label_set) const;
};

struct ClassifierOptions {
  int top_k = 1;  // labels kept per label set
  // Apply the bundle's per-label thresholds (multi-label sets keep the labels at or above theirs),
  // as `liputan classify` does; false: top_k labels for every set.
  bool apply_thresholds = true;
};

// A loaded model bundle (NAME.liputan/, docs/models.md) and what classifying with it takes: its
// tokenizer and one fastText model per label set. Loading checks the bundle against the running
// tokenizer and lexicons. Every method is const and safe to call from many threads at once;
// copies share the loaded bundle.
//
//   auto classifier = liputan::Classifier::Load(liputan::DefaultModelPath());
//   liputan::Predictions p = classifier.Classify("Jadwal vaksinasi di puskesmas");
//   p.Top("sektor");  // "kesehatan"
class LIPUTAN_API Classifier {
 public:
  // Throws liputan::Error: kNoInput when the folder or a file is missing, kData when the bundle
  // is damaged, from a future format, or made with other tokenizer settings or lexicons.
  static Classifier Load(const std::string& bundle_dir, ClassifierOptions options = {});

  Predictions Classify(std::string_view text) const;
  // The post's text (a retweet carries its original's), as `liputan classify` classifies it.
  Predictions Classify(const Post& post) const;
  // Batches, on `threads` threads (0 = one per core); results in input order.
  std::vector<Predictions> Classify(std::span<const std::string> texts, int threads = 0) const;
  std::vector<Predictions> Classify(std::span<const Post> posts, int threads = 0) const;

  // The label sets, in the bundle's order, and the labels of one of them (kUsage if unknown).
  std::vector<std::string> label_sets() const;
  std::vector<std::string> labels(const std::string& label_set) const;
  const std::string& dir() const;
  const ClassifierOptions& options() const;

 private:
  struct Impl;
  explicit Classifier(std::shared_ptr<const Impl> impl);
  std::shared_ptr<const Impl> impl_;
};

// The default model bundle (sektor, fungsi; docs/model-card.md): $LIPUTAN_DATA_DIR/models/,
// PREFIX/share/liputan/models/ beside the running program or libliputan.so, the configured
// install prefix's, else the build tree's. Throws liputan::Error (kNoInput) when none exists.
// A program linking the static library from elsewhere passes the path instead (liputanConfig.cmake
// sets liputan_DATA_DIR, pkg-config's liputan.pc has datadir).
LIPUTAN_API std::string DefaultModelPath();

}  // namespace liputan
