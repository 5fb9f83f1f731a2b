#include "liputan/training.h"

#include "liputan/version.h"
#include "models/labeled_data.h"
#include "models/trainer.h"

namespace liputan {
namespace {

// The public options onto the trainer's: the fastText settings named here, the rest keep the
// library's defaults (those of `liputan train`).
TrainOptions ToTrainOptions(const TrainingOptions& options) {
  TrainOptions out;
  FastTextOptions& ft = out.fasttext;
  ft.epoch = options.epoch;
  ft.lr = options.lr;
  ft.dim = options.dim;
  ft.word_ngrams = options.word_ngrams;
  ft.minn = options.minn;
  ft.maxn = options.maxn;
  ft.threads = options.threads;
  ft.seed = options.seed;
  ft.Validate();
  out.tokenizer = options.tokenizer;
  out.quantize = options.quantize;
  out.cv_folds = options.cv_folds;
  out.created_by = std::string("liputan ") + LIPUTAN_VERSION + " (library)";
  return out;
}

}  // namespace

void TrainModel(const std::vector<LabeledText>& examples, const TrainingOptions& options,
                const std::string& output_dir, const TrainingProgress& progress) {
  std::vector<TrainingExample> data;
  data.reserve(examples.size());
  for (size_t i = 0; i < examples.size(); ++i) {
    data.push_back({examples[i].text, examples[i].labels, "example " + std::to_string(i + 1)});
  }
  TrainProgressCallback callback;
  if (progress) {
    callback = [&progress](const TrainProgress& p) { progress(p.stage, p.label_set, p.fraction); };
  }
  TrainBundle(data, ToTrainOptions(options), output_dir, callback);
}

std::vector<LabeledText> ReadLabeledFile(const std::string& path, const std::string& text_field,
                                         const std::vector<std::string>& label_fields) {
  LabeledReaderOptions reader;
  reader.text_field = text_field;
  reader.label_fields = label_fields;
  std::vector<LabeledText> out;
  for (TrainingExample& example : ReadLabeledData({path}, reader).examples)
    out.push_back({std::move(example.text), std::move(example.labels)});
  return out;
}

}  // namespace liputan
