#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "liputan/export.h"
#include "liputan/tokenizer.h"

namespace liputan {

// One labeled text: label set name ("sektor") → its labels (several for a multi-label set).
struct LabeledText {
  std::string text;
  std::map<std::string, std::vector<std::string>> labels;
};

// The settings of `liputan train` a program most often changes (docs/models.md); the rest keep
// the CLI's defaults.
struct TrainingOptions {
  int epoch = 50;
  double lr = 1.0;
  int dim = 50;
  int word_ngrams = 2;
  int minn = 3;  // character n-grams minn..maxn (minn = 0: none)
  int maxn = 6;
  int threads = 1;  // 1 gives byte-reproducible models; more trains faster
  int seed = 1;
  bool quantize = false;  // a smaller .ftz per label set
  // k-fold cross-validation filling the manifest's confusion matrices (report uses them to correct
  // category shares); 0 = none, faster.
  int cv_folds = 0;
  TokenizerOptions tokenizer;
};

// Training progress: stage ("train", "cross-validation and final fit", ...), label set, fraction
// of the whole run.
using TrainingProgress =
    std::function<void(const std::string& stage, const std::string& label_set, double fraction)>;

// Trains one fastText model per label set of `examples` and writes the bundle NAME.liputan/ to
// `output_dir` atomically (an existing bundle there is replaced); load it with Classifier::Load.
// Throws liputan::Error: kUsage for bad options or no examples, kData for a label set with
// fewer than two labels, kIo when the bundle cannot be written.
LIPUTAN_API void TrainModel(const std::vector<LabeledText>& examples,
                            const TrainingOptions& options, const std::string& output_dir,
                            const TrainingProgress& progress = {});

// Reads labeled data as `liputan train -i` does: fastText format (`__label__x text`), or
// CSV/TSV/JSONL with `text_field` and the `label_fields` columns ("a|b" for several labels).
LIPUTAN_API std::vector<LabeledText> ReadLabeledFile(
    const std::string& path, const std::string& text_field = "text",
    const std::vector<std::string>& label_fields = {});

}  // namespace liputan
