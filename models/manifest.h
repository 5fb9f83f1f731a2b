#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "models/fasttext_options.h"
#include "models/metrics.h"
#include "models/model_input.h"
#include "tokenizer/tokenizer_options.h"

namespace liputan {

struct ManifestLabel {
  std::string name;      // as in the training data
  int64_t count = 0;     // training examples carrying it
  double threshold = 0;  // probability needed to assign it (tuned by `eval --thresholds tune`)
};

// One label set ("sektor", "fungsi", or "label" for fastText-format data) and its model file.
struct ManifestLabelSet {
  std::string name;
  std::string file;           // "sektor.bin" or "sektor.ftz", relative to the bundle
  std::string file_sha256;    // provenance: the model file's SHA-256
  std::string file_checksum;  // ChecksumFile, verified at load: a damaged file is an error
  int64_t file_bytes = 0;
  bool multi_label = false;  // some example carried several labels: one-vs-all loss
  bool quantized = false;
  int64_t examples = 0;
  std::vector<ManifestLabel> labels;
  FastTextOptions fasttext;
  // How `validation` was measured: "5-fold cross-validation", "validation split 0.1", ...
  std::string validation_method;
  std::optional<EvaluationMetrics> validation;  // its confusion matrix feeds report corrections
  std::string autotune_json;  // the search log when --autotune-duration was used ("" otherwise)
  // Scores measured on real posts labeled by people (train --real-validation; the default
  // model's come from bench/models/govdev): {"source", "examples", "macro_f1", "accuracy",
  // "labels", "confusion", "per_label"}. "" when none. The report prefers its confusion matrix.
  std::string real_validation_json;
};

struct ManifestTrainingData {
  std::vector<std::string> files;
  int64_t examples = 0;
  int64_t bytes = 0;          // of text and labels
  int64_t skipped_empty = 0;  // examples whose text tokenized to nothing
  std::string sha256;         // over every example's labels and text, in order
  // The examples themselves, kept in the bundle under this name (train --keep-training-data;
  // models/training_data_file.h); "" when not kept.
  std::string kept_file;
};

// manifest.json of a model bundle (DESIGN.md §7). FromJson checks every field and rejects
// manifests of other or future format versions with ErrorCode::kData naming the file.
struct Manifest {
  static constexpr int kFormatVersion = 1;
  static constexpr const char* kFormatName = "liputan-model";

  int format_version = kFormatVersion;
  std::string created_by;  // "liputan 0.1.0"
  TokenizerOptions tokenizer;
  std::map<std::string, std::string> lexicon_hashes;
  FeatureOptions features;  // absent in older manifests: none
  std::string cue_hash;     // CodebookCues::hash() when features.cues or rule_weight > 0
  // The keyword rules' weight as a second opinion on the sektor/fungsi probabilities:
  // p'(label) is proportional to p(label) * exp(rule_weight * cue score of the label). 0: off.
  double rule_weight = 0;
  ManifestTrainingData training_data;
  std::vector<ManifestLabelSet> label_sets;
  // How a model retrained from a base (train --base) came about: the base, its corpus, the
  // user's labels and the weight they got (annotate/base_retrainer.h). "" when not retrained.
  std::string base_json;

  std::string ToJson() const;  // pretty-printed, stable key order
  static Manifest FromJson(const std::string& json, const std::string& location);
};

}  // namespace liputan
