#include "models/trainer.h"

#include <stdlib.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "models/codebook_cues.h"
#include "models/metrics.h"
#include "models/model_bundle.h"
#include "models/sha256.h"
#include "tokenizer/tokenizer.h"

namespace liputan {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// The examples of one label set, as label indices over its sorted label names. Rows marked
// held_out come from --autotune-validation: they score autotune trials and are never trained on.
struct LabelSetData {
  std::string name;
  std::vector<std::string> labels;
  std::vector<int64_t> counts;
  bool multi_label = false;
  std::vector<size_t> rows;             // indices into the tokenized corpus
  std::vector<std::vector<int>> truth;  // per row
  std::vector<bool> held_out;           // per row
};

// A directory removed with its contents unless released.
class TempDirectory {
 public:
  explicit TempDirectory(const std::string& near) {
    std::string pattern = near + ".tmp.XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    if (::mkdtemp(name.data()) == nullptr) {
      throw Error(ErrorCode::kIo, "cannot create a temporary directory", pattern);
    }
    path_ = name.data();
  }
  ~TempDirectory() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  TempDirectory(const TempDirectory&) = delete;
  TempDirectory& operator=(const TempDirectory&) = delete;
  const std::string& path() const { return path_; }
  void Release() { path_.clear(); }

 private:
  std::string path_;
};

bool HasLabels(const TrainingExample& e, const std::string& set, const std::string& tokens) {
  auto it = e.labels.find(set);
  return it != e.labels.end() && !it->second.empty() && !tokens.empty();
}

// `examples[0, training)` train; the rest are validation examples.
LabelSetData CollectLabelSet(const std::string& name, const std::vector<TrainingExample>& examples,
                             size_t training, const std::vector<std::string>& tokens) {
  LabelSetData d;
  d.name = name;
  std::map<std::string, int64_t> counts;
  for (size_t i = 0; i < training; ++i) {
    if (!HasLabels(examples[i], name, tokens[i])) continue;
    for (const auto& l : examples[i].labels.at(name)) counts[l]++;
  }
  std::set<std::string> fasttext_names;
  for (const auto& [label, count] : counts) {
    if (label.empty()) throw Error(ErrorCode::kData, "empty label in label set '" + name + "'");
    if (!fasttext_names.insert(FastTextLabel(label)).second) {
      throw Error(ErrorCode::kData,
                  "labels differing only in whitespace in '" + name + "': '" + label + "'");
    }
    d.labels.push_back(label);
    d.counts.push_back(count);
  }
  if (d.labels.size() < 2) {
    throw Error(ErrorCode::kData, "label set '" + name +
                                      "' needs at least two different labels, found " +
                                      std::to_string(d.labels.size()));
  }
  std::map<std::string, int> index;
  for (size_t i = 0; i < d.labels.size(); ++i) index[d.labels[i]] = static_cast<int>(i);
  for (size_t i = 0; i < examples.size(); ++i) {
    if (!HasLabels(examples[i], name, tokens[i])) continue;
    std::set<int> truth;
    for (const auto& l : examples[i].labels.at(name)) {
      auto it = index.find(l);
      if (it == index.end()) {
        throw Error(ErrorCode::kData,
                    "validation label '" + l + "' does not occur in the training data",
                    examples[i].location);
      }
      truth.insert(it->second);
    }
    d.multi_label = d.multi_label || truth.size() > 1;
    d.rows.push_back(i);
    d.truth.emplace_back(truth.begin(), truth.end());
    d.held_out.push_back(i >= training);
  }
  return d;
}

// Assigns each of `positions` (into d.rows) a fold, stratified by the row's first label and
// shuffled with the seed, so every fold sees every label in proportion.
std::vector<int> StratifiedFolds(const LabelSetData& d, const std::vector<size_t>& positions,
                                 int folds, int seed) {
  std::vector<std::vector<size_t>> by_label(d.labels.size());
  for (size_t i = 0; i < positions.size(); ++i)
    by_label[d.truth[positions[i]].front()].push_back(i);
  std::mt19937 rng(static_cast<uint32_t>(seed));
  std::vector<int> fold(positions.size(), 0);
  size_t dealt = 0;
  for (auto& group : by_label) {
    std::shuffle(group.begin(), group.end(), rng);
    for (size_t i : group) fold[i] = static_cast<int>(dealt++ % folds);
  }
  return fold;
}

std::vector<size_t> Select(const std::vector<size_t>& positions, const std::vector<int>& fold,
                           int which, bool in) {
  std::vector<size_t> out;
  for (size_t i = 0; i < positions.size(); ++i) {
    if ((fold[i] == which) == in) out.push_back(positions[i]);
  }
  return out;
}

// Writes fastText-format training lines for the given positions of d.rows. With `balance`, rows
// of rarer (first) labels are repeated until each label is seen about as often as the commonest,
// since fastText has no class weights.
void WriteTrainingFile(const std::string& path, const LabelSetData& d,
                       const std::vector<std::string>& tokens, const std::vector<size_t>& positions,
                       bool balance) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw Error(ErrorCode::kIo, "cannot write the training file", path);
  std::vector<int64_t> per_label(d.labels.size(), 0);
  for (size_t p : positions) per_label[d.truth[p].front()]++;
  int64_t most = *std::max_element(per_label.begin(), per_label.end());
  auto write = [&](size_t p) {
    for (int l : d.truth[p]) out << "__label__" << FastTextLabel(d.labels[l]) << ' ';
    out << tokens[d.rows[p]] << '\n';
  };
  for (size_t p : positions) write(p);
  std::vector<int64_t> written = per_label;
  for (int round = 0; balance && round < 1000; ++round) {
    bool any = false;
    for (size_t p : positions) {
      int l = d.truth[p].front();
      if (written[l] >= most) continue;
      write(p);
      written[l]++;
      any = true;
    }
    if (!any) break;
  }
  if (!out.flush()) throw Error(ErrorCode::kIo, "cannot write the training file", path);
}

std::vector<ScoredExample> ScoreRows(const FastTextModel& model, const LabelSetData& d,
                                     const std::vector<std::string>& tokens,
                                     const std::vector<size_t>& positions) {
  std::map<std::string, int> index;
  for (size_t i = 0; i < d.labels.size(); ++i) {
    index[FastTextLabel(d.labels[i])] = static_cast<int>(i);
  }
  std::vector<int> mapping;
  for (const auto& l : model.labels()) mapping.push_back(index.at(l));
  std::vector<ScoredExample> scored;
  PredictScratch scratch;
  std::vector<std::pair<int, float>> out;
  for (size_t p : positions) {
    model.Predict(tokens[d.rows[p]], -1, out, scratch);
    ScoredExample e{d.truth[p], {}};
    for (auto [label, probability] : out) e.scores.emplace_back(mapping[label], probability);
    scored.push_back(std::move(e));
  }
  return scored;
}

double MetricValue(const EvaluationMetrics& m, const std::string& metric) {
  if (metric == "macro-f1") return m.macro_f1;
  if (metric == "micro-f1") return m.micro_f1;
  if (metric.starts_with("f1:")) {
    for (const auto& l : m.labels) {
      if (l.label == metric.substr(3)) return l.f1;
    }
    throw Error(ErrorCode::kUsage,
                "--autotune-metric names an unknown label '" + metric.substr(3) + "'");
  }
  throw Error(ErrorCode::kUsage, "--autotune-metric must be macro-f1, micro-f1 or f1:LABEL");
}

// Memory of the input and output matrices (fastText allocates no bucket rows without n-grams).
int64_t ModelBytes(const FastTextOptions& o, int64_t vocabulary, size_t labels) {
  bool hashed = o.word_ngrams > 1 || o.maxn > 0;
  return (vocabulary + (hashed ? o.bucket : 0) + static_cast<int64_t>(labels)) * o.dim * 4;
}

int64_t Vocabulary(const LabelSetData& d, const std::vector<std::string>& tokens) {
  std::unordered_set<std::string_view> words;
  for (size_t r : d.rows) {
    std::string_view t = tokens[r];
    for (size_t pos = 0; pos < t.size();) {
      size_t end = std::min(t.find(' ', pos), t.size());
      words.insert(t.substr(pos, end - pos));
      pos = end + 1;
    }
  }
  return static_cast<int64_t>(words.size()) + 1;  // + "</s>"
}

// Everything that trains one label set, sharing the tokenized corpus and the progress clock.
class LabelSetTrainer {
 public:
  LabelSetTrainer(const LabelSetData& data, const std::vector<std::string>& tokens,
                  const TrainOptions& options, const std::string& work_dir,
                  std::function<void(const std::string&, double)> report)
      : d_(data), tokens_(tokens), options_(options), work_(work_dir), report_(std::move(report)) {}

  ManifestLabelSet Run(const std::string& bundle_dir);

 private:
  FastTextModel Fit(const std::vector<size_t>& positions, const FastTextOptions& o,
                    const std::string& stage, double done, double share) {
    std::string file = work_ + "/train.txt";
    WriteTrainingFile(file, d_, tokens_, positions, options_.balance_classes);
    return FastTextModel::Train(file, o, d_.multi_label,
                                [&](double f) { report_(stage, done + share * f); });
  }
  int Folds() const {
    if (options_.cv_folds >= 0) return options_.cv_folds <= 1 ? 0 : options_.cv_folds;
    return static_cast<int64_t>(d_.rows.size()) < TrainOptions::kCrossValidationMaxRows ? 5 : 0;
  }
  MetricsOptions Metrics() const {
    MetricsOptions m;
    m.multi_label = d_.multi_label;
    return m;
  }
  void Tune(ManifestLabelSet& out, int folds);
  void CrossValidate(ManifestLabelSet& out, int folds, double done, double share);

  const LabelSetData& d_;
  const std::vector<std::string>& tokens_;
  const TrainOptions& options_;
  std::string work_;
  std::function<void(const std::string&, double)> report_;
  std::vector<size_t> training_;  // positions of rows we may train on
  FastTextOptions tuned_;
};

void LabelSetTrainer::Tune(ManifestLabelSet& out, int folds) {
  std::vector<size_t> trial_train = training_, trial_valid;
  for (size_t p = 0; p < d_.rows.size(); ++p) {
    if (d_.held_out[p]) trial_valid.push_back(p);
  }
  std::string method = "autotune on the validation file";
  if (trial_valid.empty()) {
    double split = options_.validation_split > 0 ? options_.validation_split : 0.1;
    int k = std::max(2, static_cast<int>(std::lround(1.0 / split)));
    std::vector<int> fold = StratifiedFolds(d_, training_, k, options_.fasttext.seed);
    trial_valid = Select(training_, fold, 0, true);
    trial_train = Select(training_, fold, 0, false);
    method = "autotune on a stratified validation split of " + std::to_string(1.0 / k).substr(0, 4);
  }
  AutotuneOptions tune;
  tune.duration_seconds = options_.autotune_duration_seconds;
  tune.max_model_bytes = options_.max_model_bytes;
  tune.seed = options_.fasttext.seed;
  const int64_t vocabulary = Vocabulary(d_, tokens_);
  std::optional<EvaluationMetrics> best;
  double best_score = -1;
  auto begin = Clock::now();
  auto score = [&](const FastTextOptions& o) {
    double elapsed = std::chrono::duration<double>(Clock::now() - begin).count();
    double done = 0.6 * std::min(1.0, elapsed / tune.duration_seconds);
    FastTextModel model = Fit(trial_train, o, "autotune", done, 0);
    EvaluationMetrics m =
        ComputeMetrics(d_.labels, ScoreRows(model, d_, tokens_, trial_valid), Metrics());
    double s = MetricValue(m, options_.autotune_metric);
    if (s > best_score) {
      best_score = s;
      best = m;
    }
    return s;
  };
  auto bytes = [&](const FastTextOptions& o) {
    return ModelBytes(o, vocabulary, d_.labels.size());
  };
  double final_factor = static_cast<double>(training_.size()) /
                        std::max<size_t>(trial_train.size(), 1) * std::max(folds, 1);
  AutotuneResult result = Autotune(tuned_, tune, score, bytes, final_factor);
  tuned_ = result.best;
  out.autotune_json = result.ToJson();
  out.validation = best;
  out.validation_method = method;
}

void LabelSetTrainer::CrossValidate(ManifestLabelSet& out, int folds, double done, double share) {
  std::vector<int> fold = StratifiedFolds(d_, training_, folds, tuned_.seed);
  std::vector<ScoredExample> scored;
  for (int f = 0; f < folds; ++f) {
    FastTextModel model = Fit(Select(training_, fold, f, false), tuned_, "cross-validation",
                              done + f * share / folds, share / folds);
    auto part = ScoreRows(model, d_, tokens_, Select(training_, fold, f, true));
    scored.insert(scored.end(), std::make_move_iterator(part.begin()),
                  std::make_move_iterator(part.end()));
  }
  out.validation = ComputeMetrics(d_.labels, scored, Metrics());
  out.validation_method = std::to_string(folds) + "-fold cross-validation";
}

ManifestLabelSet LabelSetTrainer::Run(const std::string& bundle_dir) {
  ManifestLabelSet out;
  out.name = d_.name;
  out.multi_label = d_.multi_label;
  for (size_t i = 0; i < d_.labels.size(); ++i) {
    out.labels.push_back({d_.labels[i], d_.counts[i], DefaultThreshold(d_.multi_label)});
  }
  for (size_t p = 0; p < d_.rows.size(); ++p) {
    if (!d_.held_out[p]) training_.push_back(p);
  }
  out.examples = static_cast<int64_t>(training_.size());
  tuned_ = options_.fasttext;
  int folds = std::min<int>(Folds(), static_cast<int>(training_.size()));
  double done = 0;
  if (options_.autotune_duration_seconds > 0) {
    Tune(out, folds);
    done = 0.6;
  }
  double fit_share = (1 - done) / (folds >= 2 ? folds + 1 : 1);
  if (folds >= 2) {
    CrossValidate(out, folds, done, fit_share * folds);
    done += fit_share * folds;
  }
  FastTextModel model = Fit(training_, tuned_, "train", done, fit_share);
  if (options_.quantize) {
    report_("quantize", 0.99);
    model.Quantize(work_ + "/train.txt", tuned_, options_.quantize_options);
  }
  out.quantized = options_.quantize;
  out.fasttext = tuned_;
  out.file = FastTextLabel(d_.name) + (options_.quantize ? ".ftz" : ".bin");
  for (char& c : out.file) {
    if (c == '/' || c == '\\') c = '_';
  }
  std::string path = (fs::path(bundle_dir) / out.file).string();
  model.Save(path);
  out.file_bytes = static_cast<int64_t>(fs::file_size(path));
  out.file_sha256 = Sha256File(path);
  out.file_checksum = ChecksumFile(path);
  return out;
}

ManifestTrainingData DescribeData(const std::vector<TrainingExample>& examples,
                                  const std::vector<std::string>& files) {
  ManifestTrainingData data;
  data.files = files;
  data.examples = static_cast<int64_t>(examples.size());
  Sha256 sha;
  for (const auto& e : examples) {
    for (const auto& [set, labels] : e.labels) {
      sha.Update(set);
      for (const auto& l : labels) {
        sha.Update("\x1f");
        sha.Update(l);
      }
      sha.Update("\x1e");
    }
    sha.Update(e.text);
    sha.Update("\n");
    data.bytes += static_cast<int64_t>(e.text.size());
  }
  data.sha256 = sha.HexDigest();
  return data;
}

// Moves the finished bundle into place; an existing bundle at `target` is replaced, anything
// else there is left alone and reported.
void Publish(TempDirectory& built, const std::string& target) {
  std::error_code ec;
  if (fs::exists(target, ec)) {
    if (!fs::exists(fs::path(target) / "manifest.json", ec)) {
      throw Error(ErrorCode::kUsage, "output exists and is not a model bundle; not replacing it",
                  target);
    }
    TempDirectory old(target + ".old");
    fs::remove(old.path(), ec);
    fs::rename(target, old.path(), ec);
    if (ec) throw Error(ErrorCode::kIo, "cannot replace the old bundle: " + ec.message(), target);
  }
  // mkdtemp and mkstemp make private files; a bundle is data to share, so honour the umask.
  mode_t mask = ::umask(0);
  ::umask(mask);
  for (const auto& entry : fs::directory_iterator(built.path())) {
    fs::permissions(entry.path(), static_cast<fs::perms>(0666 & ~mask), ec);
  }
  fs::permissions(built.path(), static_cast<fs::perms>(0777 & ~mask), ec);
  fs::rename(built.path(), target, ec);
  if (ec)
    throw Error(ErrorCode::kIo, "cannot move the new bundle into place: " + ec.message(), target);
  built.Release();
}

std::vector<std::string> LabelSetNames(const std::vector<TrainingExample>& examples,
                                       const TrainOptions& options) {
  if (!options.label_sets.empty()) return options.label_sets;
  std::set<std::string> names;
  for (const auto& e : examples) {
    for (const auto& [set, labels] : e.labels) names.insert(set);
  }
  if (names.empty()) throw Error(ErrorCode::kData, "the training data carries no labels");
  return {names.begin(), names.end()};
}

// Label set → its real-validation entry (with the file's "source" added), from a real-validation
// file's contents; empty when there is none. The file must describe this training data.
std::map<std::string, std::string> RealValidationBySet(const std::string& path,
                                                       const std::string& training_sha256) {
  std::map<std::string, std::string> out;
  if (path.empty()) return out;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kNoInput, "cannot open the real-validation file", path);
  nlohmann::ordered_json j;
  try {
    j = nlohmann::ordered_json::parse(in);
    // Scores of a model trained from other data say nothing of this one: left out (the
    // command tells the user), and the report then says its shares are not validated.
    if (j.at("training_sha256").get<std::string>() != training_sha256) return out;
    for (auto& [name, entry] : j.at("label_sets").items()) {
      entry["source"] = j.at("source");
      out[name] = entry.dump();
    }
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kData, std::string("bad real-validation file: ") + e.what(), path);
  }
  return out;
}

}  // namespace

Manifest TrainBundle(const std::vector<TrainingExample>& examples, const TrainOptions& options,
                     const std::string& output_dir, const TrainProgressCallback& progress) {
  options.fasttext.Validate();
  if (examples.empty()) throw Error(ErrorCode::kData, "no training examples");
  if (options.validation_split < 0 || options.validation_split >= 1) {
    throw Error(ErrorCode::kUsage, "--validation-split must be at least 0 and below 1");
  }
  if (!(options.rule_weight >= 0 && options.rule_weight < 100))
    throw Error(ErrorCode::kUsage, "--rule-weight must be at least 0 and below 100");
  Tokenizer tokenizer(options.tokenizer);
  std::vector<TrainingExample> all = examples;
  all.insert(all.end(), options.validation.begin(), options.validation.end());
  std::vector<std::string> tokens(all.size());
  ModelInput input(tokenizer, options.features);
  for (size_t i = 0; i < all.size(); ++i) input.Build(all[i].text, tokens[i]);
  Manifest manifest;
  manifest.features = options.features;
  manifest.cue_hash = input.CueHash();
  manifest.rule_weight = options.rule_weight;
  if (options.rule_weight > 0) manifest.cue_hash = CodebookCues(tokenizer).hash();
  manifest.created_by = options.created_by;
  manifest.tokenizer = options.tokenizer;
  manifest.lexicon_hashes = tokenizer.LexiconHashes();
  manifest.training_data = DescribeData(examples, options.input_files);
  const auto real_validation = RealValidationBySet(options.real_validation_file,
                                                   manifest.training_data.sha256);
  for (size_t i = 0; i < examples.size(); ++i)
    manifest.training_data.skipped_empty += tokens[i].empty();

  fs::path target = fs::absolute(output_dir);
  if (!fs::is_directory(target.parent_path())) {
    throw Error(ErrorCode::kIo, "the output's parent directory does not exist", output_dir);
  }
  TempDirectory bundle(target.string());
  TempDirectory work(target.string() + ".work");
  std::vector<std::string> sets = LabelSetNames(examples, options);
  const auto begin = Clock::now();
  for (size_t s = 0; s < sets.size(); ++s) {
    LabelSetData data = CollectLabelSet(sets[s], all, examples.size(), tokens);
    auto report = [&](const std::string& stage, double fraction) {
      if (!progress) return;
      double overall = (s + std::clamp(fraction, 0.0, 1.0)) / sets.size();
      double elapsed = std::chrono::duration<double>(Clock::now() - begin).count();
      double eta = overall > 0.01 ? elapsed * (1 - overall) / overall : -1;
      progress({stage, sets[s], overall, eta});
    };
    LabelSetTrainer trainer(data, tokens, options, work.path(), report);
    manifest.label_sets.push_back(trainer.Run(bundle.path()));
    if (auto it = real_validation.find(sets[s]); it != real_validation.end())
      manifest.label_sets.back().real_validation_json = it->second;
  }
  WriteManifest(bundle.path(), manifest);
  Publish(bundle, target.string());
  return manifest;
}

}  // namespace liputan
