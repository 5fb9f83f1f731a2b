// `liputan train`: labeled data → a model bundle (models/trainer.h).
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <sstream>

#include "annotate/base_corpus.h"
#include "annotate/base_retrainer.h"
#include "cli/command.h"
#include "common/error.h"
#include "common/version.h"
#include "models/labeled_data.h"
#include "models/model_input.h"
#include "models/trainer.h"

namespace liputan::cli {
namespace {

const char kUsage[] =
    "liputan train -i FILE... -o MODEL [--label-field F]... [--text-field F] [options]\n"
    "liputan train --base MODEL -i LABELED... -o NEW_MODEL [--base-data FILE] [--base-weight W]\n\n"
    "Trains one fastText classifier per label set on labeled data (fastText format, or CSV/TSV/\n"
    "JSONL with a text column and label columns; a cell may hold several labels separated by\n"
    "'|') and writes the model bundle MODEL (a directory, conventionally NAME.liputan).\n"
    "Each fastText option names the fastText flag it sets. With --threads 1, or with cross-\n"
    "validation (the default below 50,000 examples) and no --quantize, the same data, options and\n"
    "--seed give a byte-identical model; a lone fit on several threads (--cv 0) does not.\n"
    "With --base, the inputs are your labeled posts (annotation files or labeled data): MODEL's\n"
    "recipe is retrained on its own corpus plus your posts, each counting W times, a W per label\n"
    "set chosen by cross-validation over your posts unless --base-weight W (or SET=W,SET=W) is\n"
    "given; docs/annotate.md).";

// A one-line bar with the ETA on a terminal; otherwise a line per stage.
class ProgressPrinter {
 public:
  ProgressPrinter() : tty_(::isatty(2) != 0) {}
  void operator()(const TrainProgress& p) {
    std::string stage = p.label_set + ": " + p.stage;
    if (!tty_) {
      if (stage != last_stage_) std::fprintf(stderr, "liputan train: %s\n", stage.c_str());
      last_stage_ = stage;
      return;
    }
    int filled = static_cast<int>(p.fraction * 30);
    std::string eta =
        p.eta_seconds >= 0 ? std::to_string(static_cast<int>(p.eta_seconds)) + "s" : "?";
    std::fprintf(stderr, "\r[%-30s] %3d%%  eta %-6s %-40.40s", std::string(filled, '#').c_str(),
                 static_cast<int>(p.fraction * 100), eta.c_str(), stage.c_str());
    drawn_ = true;
  }
  ~ProgressPrinter() {
    if (drawn_) std::fprintf(stderr, "\n");
  }

 private:
  bool tty_;
  bool drawn_ = false;
  std::string last_stage_;
};

int64_t ParseSize(const std::string& text) {
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  std::string unit = end ? end : "";
  double scale = unit.empty() || unit == "B"   ? 1
                 : unit == "K" || unit == "KB" ? 1e3
                 : unit == "M" || unit == "MB" ? 1e6
                 : unit == "G" || unit == "GB" ? 1e9
                                               : -1;
  if (end == text.c_str() || scale < 0 || value <= 0) {
    throw Error(ErrorCode::kUsage,
                "--max-model-size wants a size such as 200M, not '" + text + "'");
  }
  return static_cast<int64_t>(value * scale);
}

void PrintSummary(const Manifest& m, const std::string& output) {
  std::fprintf(stderr, "liputan train: wrote %s (%lld examples", output.c_str(),
               static_cast<long long>(m.training_data.examples));
  if (m.training_data.skipped_empty > 0) {
    std::fprintf(stderr, ", %lld empty after tokenizing",
                 static_cast<long long>(m.training_data.skipped_empty));
  }
  std::fprintf(stderr, ")\n");
  for (const auto& s : m.label_sets) {
    std::fprintf(stderr, "  %s: %zu labels%s", s.name.c_str(), s.labels.size(),
                 s.multi_label ? ", multi-label" : "");
    if (s.validation) {
      std::fprintf(stderr, "; %s: macro-F1 %.3f, accuracy %.3f", s.validation_method.c_str(),
                   s.validation->macro_f1, s.validation->accuracy);
    }
    std::fprintf(stderr, "\n");
  }
}

// Options that set a recipe: `train --base` retrains the base's own, so giving one is an error.
const char* const kRecipeOptions[] = {"epoch",
                                      "lr",
                                      "dim",
                                      "word-ngrams",
                                      "minn",
                                      "maxn",
                                      "bucket",
                                      "loss",
                                      "min-count",
                                      "seed",
                                      "cv",
                                      "validation-split",
                                      "autotune-validation",
                                      "autotune-duration",
                                      "autotune-metric",
                                      "max-model-size",
                                      "quantize",
                                      "quantize-cutoff",
                                      "class-weight",
                                      "split-clitics",
                                      "stem",
                                      "drop-stopwords",
                                      "real-validation",
                                      "rule-weight",
                                      "features"};

// A whole number from `min` to 1000 (a weight: copies of each user post), or -1.
int WeightNumber(const std::string& item, long min) {
  char* end = nullptr;
  long w = std::strtol(item.c_str(), &end, 10);
  return item.empty() || *end != '\0' || w < min || w > 1000 ? -1 : static_cast<int>(w);
}

std::vector<int> ParseWeights(const std::string& list) {
  std::vector<int> weights;
  std::stringstream in(list);
  for (std::string item; std::getline(in, item, ',');) {
    const int w = WeightNumber(item, 1);
    if (w < 0)
      throw Error(ErrorCode::kUsage,
                  "--base-weights wants whole numbers from 1 to 1000 separated "
                  "by commas, not '" +
                      list + "'");
    weights.push_back(w);
  }
  if (weights.empty()) throw Error(ErrorCode::kUsage, "--base-weights is empty");
  return weights;
}

// --base-weight: "W" for every label set, or "SET=W,SET=W" for one weight per set; "0" or ""
// leaves the choice to cross-validation.
void ParseBaseWeight(const std::string& value, BaseRetrainOptions& base) {
  if (value.find('=') == std::string::npos) {
    base.weight = value.empty() ? 0 : WeightNumber(value, 0);
    if (base.weight < 0)
      throw Error(ErrorCode::kUsage,
                  "--base-weight wants W (1 to 1000; 0: choose it) or "
                  "SET=W,SET=W for a weight per label set, not '" +
                      value + "'");
    return;
  }
  std::stringstream in(value);
  for (std::string item; std::getline(in, item, ',');) {
    const size_t eq = item.find('=');
    const int w = eq == std::string::npos ? -1 : WeightNumber(item.substr(eq + 1), 1);
    if (eq == 0 || w < 1 || !base.set_weights.emplace(item.substr(0, eq), w).second)
      throw Error(ErrorCode::kUsage,
                  "--base-weight wants SET=W (W from 1 to 1000) once per "
                  "label set, not '" +
                      value + "'");
  }
}

class BaseProgressPrinter {
 public:
  void operator()(const BaseRetrainProgress& p) {
    if (p.stage == "final fit") {
      std::fprintf(stderr, "liputan train: final fit (%s)\n", p.detail.c_str());
      return;
    }
    std::fprintf(stderr, "liputan train: %s %d/%d (%s)\n", p.stage.c_str(), p.done, p.total,
                 p.detail.c_str());
  }
};

void PrintBaseSummary(const BaseRetrainResult& r) {
  for (const auto& note : r.notes) std::fprintf(stderr, "liputan train: note: %s\n", note.c_str());
  for (const auto& s : r.scores) {
    std::fprintf(stderr, "  weight %2d: held-out macro-F1 %.3f", s.weight, s.macro_f1);
    for (const auto& [set, f1] : s.by_set) {
      auto beats = s.beats_weight_1.find(set);
      if (beats == s.beats_weight_1.end()) {
        std::fprintf(stderr, " (%s %.3f)", set.c_str(), f1);
      } else {
        std::fprintf(stderr, " (%s %.3f, above weight 1 in %.0f%% of resamples)", set.c_str(), f1,
                     100 * beats->second);
      }
    }
    std::string chosen;
    for (const auto& [set, w] : r.weights) {
      if (w == s.weight) chosen += (chosen.empty() ? "  <- chosen for " : ", ") + set;
    }
    std::fprintf(stderr, "%s\n", chosen.c_str());
  }
  std::string weights;
  for (const auto& [set, w] : r.weights)
    weights += (weights.empty() ? "" : ", ") + set + " " + std::to_string(w) + "x";
  std::fprintf(stderr, "liputan train: your posts counted %s (%s), over %lld base examples\n",
               weights.c_str(), r.chosen_by.c_str(), static_cast<long long>(r.base_examples));
}

int RunTrainFromBase(const po::variables_map& vm, const std::vector<std::string>& inputs,
                     const std::string& output, LabeledReaderOptions reader,
                     BaseRetrainOptions base) {
  for (const char* name : kRecipeOptions) {
    if (vm.count(name) && !vm[name].defaulted()) {
      throw Error(ErrorCode::kUsage, std::string("--") + name +
                                         " cannot be given with --base: the base model's recipe "
                                         "is retrained as it is");
    }
  }
  const Manifest manifest = ReadBundleManifest(base.base_dir);
  base.base_data_reader = reader;
  if (reader.label_fields.empty()) {
    for (const auto& set : manifest.label_sets) reader.label_fields.push_back(set.name);
  }
  LabeledData user = ReadLabeledData(inputs, reader);
  if (user.bad_records > 0)
    std::fprintf(stderr, "liputan train: skipped %lld bad records\n", user.bad_records);
  base.user_files = inputs;
  base.created_by = std::string("liputan ") + kVersion;
  std::fprintf(stderr, "liputan train: %zu labeled posts; retraining %s\n", user.examples.size(),
               base.base_dir.c_str());
  BaseProgressPrinter printer;
  BaseRetrainResult result = RetrainFromBase(user.examples, base, output, std::ref(printer));
  PrintBaseSummary(result);
  PrintSummary(result.manifest, output);
  return 0;
}

int RunTrain(const std::vector<std::string>& args) {
  TrainOptions options;
  LabeledReaderOptions reader;
  std::vector<std::string> inputs, label_fields;
  std::string output, format = "auto", on_error = "fail", validation_file, class_weight = "none",
                      features = "none";
  std::string max_size = "256M";
  FastTextOptions& ft = options.fasttext;
  po::options_description desc("options");
  desc.add_options()("input,i", po::value(&inputs)->multitoken()->required(),
                     "labeled data files ('-' = stdin)")("output,o", po::value(&output)->required(),
                                                         "the model bundle directory to write")(
      "label-field", po::value(&label_fields),
      "a label column/key (repeat for several label sets)")(
      "text-field", po::value(&reader.text_field)->default_value(reader.text_field),
      "the text column/key")("format", po::value(&format)->default_value(format),
                             "auto|fasttext|csv|tsv|jsonl")(
      "encoding", po::value(&reader.encoding), "input encoding (ICU name) when not UTF-8")(
      "on-error", po::value(&on_error)->default_value(on_error),
      "bad records: skip (and count) or fail")(
      "epoch", po::value(&ft.epoch)->default_value(ft.epoch), "fastText -epoch")(
      "lr", po::value(&ft.lr)->default_value(ft.lr), "fastText -lr")(
      "dim", po::value(&ft.dim)->default_value(ft.dim), "fastText -dim")(
      "word-ngrams", po::value(&ft.word_ngrams)->default_value(ft.word_ngrams),
      "fastText -wordNgrams")("minn", po::value(&ft.minn)->default_value(ft.minn),
                              "fastText -minn")("maxn", po::value(&ft.maxn)->default_value(ft.maxn),
                                                "fastText -maxn")(
      "bucket", po::value(&ft.bucket)->default_value(ft.bucket), "fastText -bucket")(
      "loss", po::value(&ft.loss)->default_value(ft.loss),
      "fastText -loss: auto|softmax|ova|hs|ns")(
      "min-count", po::value(&ft.min_count)->default_value(ft.min_count), "fastText -minCount")(
      "threads", po::value(&ft.threads)->default_value(ft.threads),
      "cores to train on (default: all): folds, final fit and autotune trials run side by side, "
      "single-threaded; a lone final fit (--cv 0) uses them as fastText -thread")(
      "seed", po::value(&ft.seed)->default_value(ft.seed), "fastText -seed")(
      "cv", po::value(&options.cv_folds)->default_value(options.cv_folds),
      "k-fold cross-validation for the manifest's metrics and confusion matrix (-1: 5 below 50,000 "
      "rows; 0: off)")(
      "validation-split",
      po::value(&options.validation_split)->default_value(options.validation_split),
      "fraction of the input carved out (stratified) to score autotune trials")(
      "autotune-validation", po::value(&validation_file), "labeled file scoring autotune trials")(
      "autotune-duration", po::value(&options.autotune_duration_seconds)->default_value(0),
      "autotune within this many seconds, final fit and cross-validation included (0: off)")(
      "autotune-metric",
      po::value(&options.autotune_metric)->default_value(options.autotune_metric),
      "macro-f1|micro-f1|f1:LABEL")("max-model-size", po::value(&max_size)->default_value(max_size),
                                    "autotune's cap on model size (and memory)")(
      "quantize", po::bool_switch(&options.quantize),
      "write a quantized .ftz (fastText quantize -qnorm -retrain)")(
      "quantize-cutoff",
      po::value(&options.quantize_options.cutoff)->default_value(options.quantize_options.cutoff),
      "fastText quantize -cutoff: rows of the input matrix kept")(
      "class-weight", po::value(&class_weight)->default_value(class_weight),
      "none|balanced: balanced resamples rarer labels up to the commonest")(
      "split-clitics", po::bool_switch(&options.tokenizer.split_clitics),
      "tokenizer: split clitics")("stem", po::bool_switch(&options.tokenizer.stem),
                                  "tokenizer: stem words")(
      "drop-stopwords", po::bool_switch(&options.tokenizer.drop_stopwords),
      "tokenizer: drop stopwords")(
      "real-validation", po::value(&options.real_validation_file),
      "scores of this recipe and data on real posts to keep in the manifest (JSON; the report "
      "corrects shares with its confusion matrix)")(
      "rule-weight", po::value(&options.rule_weight)->default_value(options.rule_weight),
      "weight of the codebook's keyword rules as a second opinion on sektor/fungsi "
      "(p x exp(weight x cue score), renormalised; 0: off)")(
      "features", po::value(&features)->default_value(features),
      "pseudo-tokens besides the words: a comma list of cues (the codebook's cue words), "
      "entities (URL, date, number... classes), surface (reply, retweet, link, media, length); "
      "none");
  BaseRetrainOptions base;
  std::string weight_grid = "1,2,4,8,16", base_weight = "0";
  desc.add_options()("keep-training-data", po::bool_switch(&options.keep_training_data),
                     "carry the training data in the bundle (training_data.jsonl.gz), so that "
                     "`train --base` can retrain on it")(
      "base", po::value(&base.base_dir),
      "retrain this model's recipe on its corpus plus the inputs (your labeled posts)")(
      "base-data", po::value(&base.base_data),
      "the corpus the base was trained on, when the base does not carry it")(
      "base-weight", po::value(&base_weight)->default_value(base_weight),
      "copies of each of your posts: W, or SET=W,SET=W per label set (0: chosen per label set "
      "by cross-validation among 1,2,4,8,16)")("base-folds",
                                               po::value(&base.folds)->default_value(base.folds),
                                               "folds of your posts for choosing the weight")(
      "base-weights", po::value(&weight_grid)->default_value(weight_grid),
      "the weights cross-validation chooses among (a comma list)");
  po::positional_options_description positional;
  po::variables_map vm;
  if (auto code = ParseCommandLine(kUsage, desc, positional, args, vm)) return *code;
  if (!base.base_dir.empty()) {
    reader.format = ParseLabeledFormat(format);
    reader.on_error = ParseOnError(on_error);
    reader.label_fields = label_fields;
    base.threads = ft.threads;
    base.weight_grid = ParseWeights(weight_grid);
    ParseBaseWeight(base_weight, base);
    base.keep_training_data = options.keep_training_data;
    return RunTrainFromBase(vm, inputs, output, reader, base);
  }
  for (const char* name : {"base-data", "base-weight", "base-folds", "base-weights"}) {
    if (vm.count(name) && !vm[name].defaulted())
      throw Error(ErrorCode::kUsage, std::string("--") + name + " needs --base MODEL");
  }
  if (class_weight != "none" && class_weight != "balanced") {
    throw Error(ErrorCode::kUsage, "--class-weight must be none or balanced");
  }
  options.balance_classes = class_weight == "balanced";
  options.features = FeatureOptions::Parse(features);
  options.max_model_bytes = ParseSize(max_size);
  reader.format = ParseLabeledFormat(format);
  reader.on_error = ParseOnError(on_error);
  reader.label_fields = label_fields;
  options.input_files = inputs;
  options.created_by = std::string("liputan ") + kVersion;
  LabeledData data = ReadLabeledData(inputs, reader);
  if (!validation_file.empty())
    options.validation = ReadLabeledData({validation_file}, reader).examples;
  if (data.bad_records > 0) {
    std::fprintf(stderr, "liputan train: skipped %lld bad records", data.bad_records);
    if (!data.diagnostics.empty())
      std::fprintf(stderr, " (first: %s)", data.diagnostics[0].ToString().c_str());
    std::fprintf(stderr, "\n");
  }
  Manifest manifest;
  {
    ProgressPrinter printer;
    manifest = TrainBundle(data.examples, options, output, std::ref(printer));
  }
  PrintSummary(manifest, output);
  if (!options.real_validation_file.empty() &&
      (manifest.label_sets.empty() || manifest.label_sets[0].real_validation_json.empty())) {
    std::cerr << "liputan train: warning: " << options.real_validation_file
              << " was measured on a model trained from other data (its training_sha256 is not "
                 "this data's); the scores on real posts were left out of the manifest\n";
  }
  return 0;
}

const CommandRegistrar kRegistrar{
    {"train", "train fastText classifiers into a model bundle", &RunTrain}};

}  // namespace
}  // namespace liputan::cli
