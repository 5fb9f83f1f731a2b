#include "models/trainer.h"

#include <stdlib.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <numeric>
#include <optional>
#include <random>
#include <set>
#include <unordered_set>

#include "common/error.h"
#include "common/parallel_for.h"
#include "models/codebook_cues.h"
#include "models/metrics.h"
#include "models/model_bundle.h"
#include "models/sha256.h"
#include "models/training_data_file.h"
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

// What a trial's cost depends on, for the autotuner's time planning: the training split's token
// occurrences by length in code points (fastText adds a row per character n-gram of "<word>"),
// its examples, and the validation split each trial scores.
struct CorpusShape {
  double tokens = 0, examples = 0, valid_tokens = 0, valid_examples = 0;
  std::vector<double> by_length = std::vector<double>(65, 0.0);  // lengths above 64 counted as 64
  int64_t vocabulary = 0;
  size_t labels = 0;

  double SubwordsPerToken(int minn, int maxn) const {
    if (maxn <= 0 || tokens <= 0) return 0;
    double rows = 0;
    for (size_t length = 1; length < by_length.size(); ++length) {
      for (int n = std::max(minn, 1); n <= maxn; ++n)
        rows += by_length[length] * std::max(0.0, static_cast<double>(length) + 2 - n + 1);
    }
    return rows / tokens;
  }
};

CorpusShape ShapeOf(const LabelSetData& d, const std::vector<std::string>& tokens,
                    const std::vector<size_t>& train, const std::vector<size_t>& valid,
                    int64_t vocabulary) {
  CorpusShape s;
  s.vocabulary = vocabulary;
  s.labels = d.labels.size();
  for (size_t p : train) {
    std::string_view t = tokens[d.rows[p]];
    size_t length = 0;
    for (size_t i = 0; i <= t.size(); ++i) {
      if (i == t.size() || t[i] == ' ') {
        if (length > 0) s.by_length[std::min<size_t>(length, 64)] += 1;
        s.tokens += length > 0;
        length = 0;
      } else if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) {
        ++length;
      }
    }
    s.tokens += 1;  // "</s>", which gets no subwords
    s.examples += 1;
  }
  for (size_t p : valid) {
    s.valid_tokens += 1 + static_cast<double>(
                              std::count(tokens[d.rows[p]].begin(), tokens[d.rows[p]].end(), ' '));
    s.valid_examples += 1;
  }
  return s;
}

// A trial's cost in multiply-adds, roughly: `fraction` of the training split for `epoch` passes
// (each token adds its rows to the hidden vector and gets the gradient back; each example
// computes the output layer), then scoring the validation split, plus the matrices' random
// initialisation, fastText reading the file, and a constant for what every fastText training
// costs: its dictionary's word table (30M ints, 120 MB) set to -1, about 50 ms here. The
// autotuner learns seconds per unit.
double TrialWork(const FastTextOptions& o, double fraction, const CorpusShape& s) {
  double rows = 1 + (o.word_ngrams - 1) + s.SubwordsPerToken(o.minn, o.maxn);
  double out = o.loss == "hs"   ? std::log2(std::max<double>(s.labels, 2)) + 1
               : o.loss == "ns" ? 6
                                : static_cast<double>(s.labels);
  double train =
      o.epoch * fraction * (s.tokens * (2 * rows * o.dim + 100) + s.examples * 2 * out * o.dim);
  double score = s.valid_tokens * (rows * o.dim + 50) + s.valid_examples * out * o.dim;
  bool hashed = o.word_ngrams > 1 || o.maxn > 0;
  double init = 4.0 * static_cast<double>(s.vocabulary + (hashed ? o.bucket : 0)) * o.dim +
                200 * s.tokens * fraction;
  constexpr double kFastTextSetUp = 6e7;
  return train + score + init + kFastTextSetUp;
}

// Everything that trains one label set, sharing the tokenized corpus and the progress clock.
// Fits run `workers_` at a time (each fit's own training file), so reporting is serialised.
class LabelSetTrainer {
 public:
  // `autotune_seconds`: this label set's share of the autotune budget (0: no autotune, or no
  // time left, when the search returns the start options untried).
  LabelSetTrainer(const LabelSetData& data, const std::vector<std::string>& tokens,
                  const TrainOptions& options, double autotune_seconds, const std::string& work_dir,
                  std::function<void(const std::string&, double)> report)
      : d_(data),
        tokens_(tokens),
        options_(options),
        autotune_seconds_(autotune_seconds),
        work_(work_dir),
        report_(std::move(report)),
        workers_(options.fasttext.threads) {}

  ManifestLabelSet Run(const std::string& bundle_dir);

 private:
  // Trains on `positions` of d_.rows, written to `file` in the work directory. `progress` gets
  // the fraction done; on a single-threaded fit it may throw to stop the fit.
  FastTextModel Fit(const std::vector<size_t>& positions, const FastTextOptions& o,
                    const std::string& file, const std::function<void(double)>& progress) {
    ++fits_;
    std::string path = work_ + "/" + file;
    WriteTrainingFile(path, d_, tokens_, positions, options_.balance_classes);
    return FastTextModel::Train(path, o, d_.multi_label, progress);
  }
  void Report(const std::string& stage, double fraction) {
    std::lock_guard lock(report_mutex_);
    report_(stage, fraction);
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
  std::optional<double> Trial(const FastTextOptions& o, const std::vector<size_t>& train,
                              const std::vector<size_t>& valid, AutotuneClock::time_point deadline,
                              const std::function<void()>& progress,
                              std::optional<EvaluationMetrics>& metrics);
  FastTextModel FitFinal(ManifestLabelSet& out, int folds, double done);

  const LabelSetData& d_;
  const std::vector<std::string>& tokens_;
  const TrainOptions& options_;
  double autotune_seconds_;
  std::string work_;
  std::function<void(const std::string&, double)> report_;
  std::mutex report_mutex_;
  int workers_;                   // --threads: fits at a time, or a lone fit's fastText threads
  std::vector<size_t> training_;  // positions of rows we may train on
  FastTextOptions tuned_;
  FastTextOptions final_;  // tuned_ with the thread count the final fit used (quantize uses it)
  std::optional<AutotuneResult> autotune_;
  std::atomic<int> fits_ = 0, fold_fits_ = 0;  // fastText trainings run, and those of folds
  std::atomic<int> trial_files_ = 0;
};

// Thrown from a trial's progress callback at its deadline; fastText lets it through (it is no
// std::exception), and trials are single-threaded, so it unwinds on the trial's own thread.
struct TrialStopped {};

// Nested stratified subsamples of `rows` for each fraction: the first share of every label's
// rows in one seeded shuffle, so a rung's rows include the smaller rungs'.
std::map<double, std::vector<size_t>> NestedSubsamples(const LabelSetData& d,
                                                       const std::vector<size_t>& rows,
                                                       const std::vector<double>& fractions,
                                                       int seed) {
  std::vector<std::vector<size_t>> by_label(d.labels.size());
  for (size_t p : rows) by_label[d.truth[p].front()].push_back(p);
  std::mt19937 rng(static_cast<uint32_t>(seed) + 1);
  for (auto& group : by_label) std::shuffle(group.begin(), group.end(), rng);
  std::map<double, std::vector<size_t>> out;
  for (double f : fractions) {
    std::vector<size_t>& part = out[f];
    for (const auto& group : by_label) {
      auto take = static_cast<std::ptrdiff_t>(std::ceil(f * static_cast<double>(group.size())));
      part.insert(part.end(), group.begin(),
                  group.begin() + std::min<std::ptrdiff_t>(take, std::ssize(group)));
    }
    std::sort(part.begin(), part.end());
  }
  out[1.0] = rows;
  return out;
}

// One autotune trial: a single-threaded fit on `train` (trials run side by side, each
// deterministic) scored on `valid`; nullopt when stopped at `deadline`. A fit that fastText
// gives up on (with a high lr it can diverge: "Encountered NaN") is a failed point: -1.
std::optional<double> LabelSetTrainer::Trial(const FastTextOptions& o,
                                             const std::vector<size_t>& train,
                                             const std::vector<size_t>& valid,
                                             AutotuneClock::time_point deadline,
                                             const std::function<void()>& progress,
                                             std::optional<EvaluationMetrics>& metrics) {
  FastTextOptions single = o;
  single.threads = 1;
  std::string file = "trial-" + std::to_string(trial_files_++) + ".txt";
  std::optional<FastTextModel> model;
  bool failed = false;
  try {
    model = Fit(train, single, file, [&](double) {
      if (AutotuneClock::now() > deadline) throw TrialStopped{};
      progress();
    });
  } catch (const TrialStopped&) {
  } catch (const Error& e) {
    if (e.code() != ErrorCode::kData) throw;
    failed = true;
  }
  std::error_code ec;
  fs::remove(work_ + "/" + file, ec);
  if (failed) return -1;
  if (!model) return std::nullopt;
  metrics = ComputeMetrics(d_.labels, ScoreRows(*model, d_, tokens_, valid), Metrics());
  return MetricValue(*metrics, options_.autotune_metric);
}

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
  tune.duration_seconds = autotune_seconds_;
  tune.max_model_bytes = options_.max_model_bytes;
  tune.seed = options_.fasttext.seed;
  tune.workers = workers_;
  // A rung trains on at least kMinRungExamples (and 15 per label), or the scores are noise.
  constexpr double kMinRungExamples = 150;
  tune.min_fraction = std::max(kMinRungExamples, 15.0 * d_.labels.size()) /
                      static_cast<double>(std::max<size_t>(trial_train.size(), 1));
  const auto subsample =
      NestedSubsamples(d_, trial_train, AutotuneFractions(tune.min_fraction), tune.seed);
  const int64_t vocabulary = Vocabulary(d_, tokens_);
  const CorpusShape shape = ShapeOf(d_, tokens_, trial_train, trial_valid, vocabulary);
  std::mutex metrics_mutex;
  std::map<std::string, EvaluationMetrics> whole_split_metrics;  // by options JSON
  const auto begin = Clock::now();
  AutotuneProblem problem;
  problem.score = [&](const FastTextOptions& o, double fraction,
                      AutotuneClock::time_point deadline) -> std::optional<double> {
    auto progress = [&] {
      double elapsed = std::chrono::duration<double>(Clock::now() - begin).count();
      Report("autotune", 0.6 * std::min(1.0, elapsed / std::max(tune.duration_seconds, 1e-9)));
    };
    std::optional<EvaluationMetrics> m;
    std::optional<double> score =
        Trial(o, subsample.at(fraction), trial_valid, deadline, progress, m);
    if (m && fraction >= 1) {
      std::lock_guard lock(metrics_mutex);
      whole_split_metrics[o.ToJson()] = *m;
    }
    return score;
  };
  problem.model_bytes = [&](const FastTextOptions& o) {
    return ModelBytes(o, vocabulary, d_.labels.size());
  };
  problem.work = [&](const FastTextOptions& o, double fraction) {
    return TrialWork(o, fraction, shape);
  };
  // The fits after the search, relative to the trial split: the final fit and each fold.
  const double trial_rows = static_cast<double>(std::max<size_t>(trial_train.size(), 1));
  problem.final_fits = {static_cast<double>(training_.size()) / trial_rows};
  for (int f = 0; f < folds; ++f)
    problem.final_fits.push_back(static_cast<double>(training_.size()) * (folds - 1) / folds /
                                 trial_rows);
  FastTextOptions start = tuned_;
  start.threads = 1;
  AutotuneResult result = Autotune(start, tune, problem);
  tuned_ = result.best;
  tuned_.threads = workers_;
  if (auto it = whole_split_metrics.find(result.best.ToJson()); it != whole_split_metrics.end()) {
    out.validation = it->second;
    out.validation_method = method;
  }
  autotune_ = std::move(result);
}

// The final fit and the cross-validation folds, `workers_` single-threaded fits at a time, so
// the model and the metrics equal those of --threads 1 byte for byte. A lone final fit (no
// cross-validation) runs on `workers_` fastText threads instead, which is faster but, being
// fastText's lock-free (hogwild) training, not byte-reproducible above one thread.
FastTextModel LabelSetTrainer::FitFinal(ManifestLabelSet& out, int folds, double done) {
  const size_t jobs = 1 + static_cast<size_t>(folds >= 2 ? folds : 0);
  final_ = tuned_;
  final_.threads = jobs == 1 ? workers_ : 1;
  std::vector<int> fold;
  if (folds >= 2) fold = StratifiedFolds(d_, training_, folds, tuned_.seed);
  std::vector<double> share(jobs), progress(jobs, 0.0);
  for (size_t j = 0; j < jobs; ++j) {
    share[j] = static_cast<double>(
        j == 0 ? training_.size()
               : training_.size() - static_cast<size_t>(std::count(fold.begin(), fold.end(),
                                                                   static_cast<int>(j - 1))));
  }
  const double total = std::accumulate(share.begin(), share.end(), 0.0);
  const std::string stage = jobs > 1 ? "cross-validation and final fit" : "train";
  auto report = [&](size_t j, double f) {
    std::lock_guard lock(report_mutex_);
    progress[j] = f;
    double sum = 0;
    for (size_t i = 0; i < jobs; ++i) sum += share[i] * progress[i];
    report_(stage, done + (1 - done) * sum / total);
  };
  std::optional<FastTextModel> model;
  std::vector<std::vector<ScoredExample>> scored(static_cast<size_t>(std::max(folds, 0)));
  ParallelFor(
      jobs,
      [&](size_t j) {
        auto progress_of = [&report, j](double f) { report(j, f); };
        if (j == 0) {  // the largest first; quantize reads its training file afterwards
          model = Fit(training_, final_, "train.txt", progress_of);
          return;
        }
        int f = static_cast<int>(j) - 1;
        std::string file = "cv-" + std::to_string(f) + ".txt";
        ++fold_fits_;
        FastTextModel fold_model =
            Fit(Select(training_, fold, f, false), final_, file, progress_of);
        scored[static_cast<size_t>(f)] =
            ScoreRows(fold_model, d_, tokens_, Select(training_, fold, f, true));
        std::error_code ec;
        fs::remove(work_ + "/" + file, ec);
      },
      static_cast<unsigned>(workers_));
  if (folds >= 2) {
    std::vector<ScoredExample> all;
    for (auto& part : scored) {
      all.insert(all.end(), std::make_move_iterator(part.begin()),
                 std::make_move_iterator(part.end()));
    }
    out.validation = ComputeMetrics(d_.labels, all, Metrics());
    out.validation_method = std::to_string(folds) + "-fold cross-validation";
  }
  return std::move(*model);
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
  if (auto it = options_.label_set_fasttext.find(d_.name);
      it != options_.label_set_fasttext.end()) {
    tuned_ = it->second;
    tuned_.threads = options_.fasttext.threads;
  }
  int folds = std::min<int>(Folds(), static_cast<int>(training_.size()));
  double done = 0;
  if (options_.autotune_duration_seconds > 0) {
    Tune(out, folds);
    done = 0.6;
  }
  const auto final_begin = Clock::now();
  FastTextModel model = FitFinal(out, folds, done);
  if (autotune_) {
    autotune_->final_seconds = std::chrono::duration<double>(Clock::now() - final_begin).count();
    autotune_->cross_validation_fits = fold_fits_;
    autotune_->total_fits = fits_;
    out.autotune_json = autotune_->ToJson();
  }
  if (options_.quantize) {
    Report("quantize", 0.99);
    model.Quantize(work_ + "/train.txt", final_, options_.quantize_options);
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
  for (const auto& e : examples) data.bytes += static_cast<int64_t>(e.text.size());
  data.sha256 = TrainingDataSha256(examples);
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
  const auto started = Clock::now();  // --autotune-duration bounds the run from here
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
  manifest.base_json = options.base_json;
  manifest.tokenizer = options.tokenizer;
  manifest.lexicon_hashes = tokenizer.LexiconHashes();
  manifest.training_data = DescribeData(examples, options.input_files);
  const auto real_validation =
      RealValidationBySet(options.real_validation_file, manifest.training_data.sha256);
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
    // Each label set autotunes within an equal share of the budget still left.
    double left = options.autotune_duration_seconds -
                  std::chrono::duration<double>(Clock::now() - started).count();
    double autotune_seconds = options.autotune_duration_seconds > 0
                                  ? std::max(left, 0.0) / static_cast<double>(sets.size() - s)
                                  : 0;
    LabelSetTrainer trainer(data, tokens, options, autotune_seconds, work.path(), report);
    manifest.label_sets.push_back(trainer.Run(bundle.path()));
    if (auto it = real_validation.find(sets[s]); it != real_validation.end())
      manifest.label_sets.back().real_validation_json = it->second;
  }
  if (options.keep_training_data) {
    WriteTrainingDataFile((fs::path(bundle.path()) / kTrainingDataFile).string(), examples);
    manifest.training_data.kept_file = kTrainingDataFile;
  }
  WriteManifest(bundle.path(), manifest);
  Publish(bundle, target.string());
  return manifest;
}

}  // namespace liputan
