#pragma once

#include <string>

namespace liputan {

// The fastText training settings liputan exposes (`liputan train --epoch ...`). The defaults are
// ours, chosen by measurement on short Indonesian texts (docs/models.md, "How the defaults were
// chosen"), not fastText's (5 epochs, lr 0.1 underfit a few thousand tweets badly).
struct FastTextOptions {
  int epoch = 50;             // -epoch: passes over the data
  double lr = 1.0;            // -lr: initial learning rate, decayed linearly to 0
  int dim = 50;               // -dim: size of the text vector
  int word_ngrams = 2;        // -wordNgrams: word n-grams up to this length
  int minn = 3;               // -minn: shortest character n-gram (0 = no subwords)
  int maxn = 6;               // -maxn: longest character n-gram
  int bucket = 200000;        // -bucket: hash buckets for word n-grams and subwords
  std::string loss = "auto";  // -loss: softmax|ova|hs|ns; auto = softmax, ova when multi-label
  int min_count = 1;          // -minCount: drop words seen fewer times
  // Cores training uses, by default all: fits that run side by side (cross-validation folds
  // with the final fit, autotune trials) are single-threaded each, so their models equal
  // --threads 1's; a fit that runs alone (no cross-validation) gets it as fastText's -thread,
  // whose lock-free (hogwild) updates are not byte-reproducible above 1.
  int threads = DefaultThreads();
  int seed = 1;  // -seed: random seed of initialisation and sampling

  // Canonical JSON object (keys sorted); FromJson rejects unknown keys and bad values (kData).
  std::string ToJson() const;
  static FastTextOptions FromJson(const std::string& json);
  // Throws ErrorCode::kUsage naming the option when a value is out of range.
  void Validate() const;
  bool operator==(const FastTextOptions&) const = default;
  static int DefaultThreads();  // the core count (at least 1)
};

}  // namespace liputan
