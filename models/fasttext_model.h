#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "models/fasttext_options.h"

namespace liputan {

// Settings of `--quantize`: product quantization of the input matrix after pruning it to the
// `cutoff` most important rows and retraining the output layer on the kept rows.
struct QuantizeOptions {
  int64_t cutoff = 100000;
  bool retrain = true;
  int dsub = 2;
  bool qnorm = true;
};

// Reusable buffers for Predict, one per thread (predictions allocate nothing once warm).
struct PredictScratch {
  std::vector<int32_t> words;
  std::vector<int32_t> hashes;
  std::string token;
  std::vector<std::pair<float, int32_t>> heap;  // fastText log-probabilities, label ids
  std::vector<float> hidden, output;
};

// One supervised fastText model (a `.bin` or quantized `.ftz`). fastText stays behind this wrapper:
// every file is validated before fastText reads it, and everything fastText throws becomes a
// liputan::Error. Predict is const and safe to call from many threads with separate scratch.
class FastTextModel {
 public:
  FastTextModel();
  ~FastTextModel();
  FastTextModel(FastTextModel&&) noexcept;
  FastTextModel& operator=(FastTextModel&&) noexcept;

  // Trains on a file of fastText-format lines ("__label__a __label__b tok tok ..."). `progress`
  // gets the fraction done (0..1).
  static FastTextModel Train(const std::string& train_file, const FastTextOptions& options,
                             bool multi_label, const std::function<void(double)>& progress = {});
  // Loads a model file, checking its header, structure and size first (ErrorCode::kData).
  static FastTextModel Load(const std::string& path);

  void Quantize(const std::string& train_file, const FastTextOptions& options,
                const QuantizeOptions& quantize);
  void Save(const std::string& path) const;

  // Label names without fastText's "__label__" prefix, in fastText's order (by frequency).
  const std::vector<std::string>& labels() const;
  int dim() const;
  bool quantized() const;
  bool one_vs_all() const;

  // Sets `out` to (label index, probability) of the best `k` labels, best first (k <= 0: all).
  // `tokens` are separated by single spaces, as the tokenizer's TokenizeToString writes them.
  // Gives exactly the labels and probabilities of `fasttext predict-prob` on the same line.
  void Predict(std::string_view tokens, int k, std::vector<std::pair<int, float>>& out,
               PredictScratch& scratch) const;
  // The same through fastText's own FastText::predict (the reference Predict must equal; for
  // tests and benchmarks).
  void PredictReference(std::string_view tokens, int k, std::vector<std::pair<int, float>>& out,
                        PredictScratch& scratch) const;

 private:
  void PredictImpl(std::string_view tokens, int k, std::vector<std::pair<int, float>>& out,
                   PredictScratch& scratch, bool reference) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Checks that `path` is a complete, well-formed supervised fastText model file (magic 793712314,
// version 12, consistent dictionary and matrix sizes adding up to the file size). Throws
// ErrorCode::kData (or kNoInput) with the reason. Exposed for tests and `liputan eval`.
void ValidateFastTextFile(const std::string& path);

}  // namespace liputan
