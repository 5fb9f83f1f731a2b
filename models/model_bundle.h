#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpora/post.h"
#include "models/codebook_cues.h"
#include "models/fasttext_model.h"
#include "models/manifest.h"
#include "models/model_input.h"
#include "tokenizer/tokenizer.h"

namespace liputan {

struct BundleLoadOptions {
  // The tokenizer settings the caller runs with; loading fails when they differ from the bundle's.
  // nullopt: use the bundle's own settings.
  std::optional<TokenizerOptions> tokenizer;
};

// A loaded model directory NAME.liputan/ (DESIGN.md §7): the manifest, a tokenizer built with the
// manifest's options, and one fastText model per label set, all checked against each other. Const
// methods are safe to call from many threads (each with its own PredictScratch).
class ModelBundle {
 public:
  // Throws ErrorCode::kNoInput when the directory or a file is missing, kData when anything is
  // damaged, foreign, from a future format, or disagrees with the running tokenizer.
  static ModelBundle Load(const std::string& dir, const BundleLoadOptions& options = {});

  ModelBundle(ModelBundle&&) noexcept;
  ModelBundle& operator=(ModelBundle&&) noexcept;
  ~ModelBundle();

  const Manifest& manifest() const { return manifest_; }
  const Tokenizer& tokenizer() const { return *tokenizer_; }
  // The model's input line for a post's text (tokens and the manifest's features), appended to
  // `out`: what Score and Predict take.
  void BuildInput(std::string_view text, std::string& out) const { input_->Build(text, out); }
  const std::string& dir() const { return dir_; }
  size_t label_set_count() const { return models_.size(); }

  // Scores of every label of label set `set` for already tokenized text, best first; label
  // indices follow the manifest's label order. With the manifest's rule_weight, the keyword
  // rules' cue scores reweigh the model's probabilities first (Manifest::rule_weight).
  void Score(size_t set, std::string_view tokens, int k, std::vector<std::pair<int, float>>& out,
             PredictScratch& scratch) const;
  // The best `k` labels with their probabilities (manifest label names).
  void Predict(size_t set, std::string_view tokens, int k, std::vector<Prediction>& out,
               PredictScratch& scratch) const;

  // Replaces the per-label thresholds of label set `set` and rewrites manifest.json atomically.
  void SaveThresholds(size_t set, const std::vector<double>& thresholds);

 private:
  ModelBundle() = default;

  std::string dir_;
  Manifest manifest_;
  std::unique_ptr<Tokenizer> tokenizer_;
  std::unique_ptr<ModelInput> input_;    // reads tokenizer_
  std::unique_ptr<CodebookCues> rules_;  // when manifest_.rule_weight > 0
  // Per label set: label name -> manifest label index, for the cues (empty: no rules).
  std::vector<std::map<std::string, int, std::less<>>> rule_labels_;

  void ApplyRules(size_t set, std::string_view tokens, int k,
                  std::vector<std::pair<int, float>>& out) const;
  std::vector<FastTextModel> models_;
  std::vector<std::vector<int>> model_to_manifest_;  // fastText label id → manifest label index
};

// The fastText label token for a label name: whitespace becomes '_' (fastText splits on it).
std::string FastTextLabel(const std::string& name);

// Writes manifest.json into `dir` atomically.
void WriteManifest(const std::string& dir, const Manifest& manifest);

}  // namespace liputan
