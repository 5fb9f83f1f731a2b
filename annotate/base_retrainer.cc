#include "annotate/base_retrainer.h"

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>

#include "annotate/base_corpus.h"
#include "annotate/weight_choice.h"
#include "annotate/weighted_mix.h"
#include "common/error.h"
#include "common/parallel_for.h"
#include "models/evaluator.h"
#include "models/fasttext_options.h"
#include "models/metrics.h"
#include "models/model_bundle.h"
#include "models/trainer.h"

namespace liputan {
namespace {

namespace fs = std::filesystem;

// A scratch directory beside the output for the cross-validation bundles, removed at the end.
class WorkDir {
 public:
  explicit WorkDir(const std::string& near) {
    std::string pattern = near + ".cv.XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr)
      throw Error(ErrorCode::kIo, "cannot create a temporary directory", pattern);
    path_ = pattern;
  }
  ~WorkDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  WorkDir(const WorkDir&) = delete;
  WorkDir& operator=(const WorkDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Folds of the user's examples, stratified by their first label (seeded), so that every fold
// holds the user's labels in proportion.
std::vector<int> UserFolds(const std::vector<TrainingExample>& user, int folds, uint32_t seed) {
  std::map<std::string, std::vector<size_t>> groups;
  for (size_t i = 0; i < user.size(); ++i) {
    std::string key;
    for (const auto& [set, labels] : user[i].labels) {
      if (!labels.empty()) key = set + "\x1f" + labels.front();
      if (!key.empty()) break;
    }
    groups[key].push_back(i);
  }
  std::mt19937 rng(seed);
  std::vector<int> fold(user.size(), 0);
  size_t dealt = 0;
  for (auto& [key, members] : groups) {
    std::shuffle(members.begin(), members.end(), rng);
    for (size_t i : members) fold[i] = static_cast<int>(dealt++ % static_cast<size_t>(folds));
  }
  return fold;
}

FoldScores ScoreHeldOut(const std::string& bundle_dir, const std::vector<TrainingExample>& held) {
  ModelBundle bundle = ModelBundle::Load(bundle_dir);
  FoldScores out;
  for (auto& eval : EvaluateBundle(bundle, held))
    out[eval.label_set] = {std::move(eval.labels), std::move(eval.scored)};
  return out;
}

struct Job {
  int weight, fold;
};

// Every (weight, fold), the heaviest (most copies) first: ParallelFor hands them out in order.
std::vector<Job> Jobs(std::vector<int> grid, int folds) {
  std::sort(grid.rbegin(), grid.rend());
  std::vector<Job> jobs;
  for (int w : grid) {
    for (int f = 0; f < folds; ++f) jobs.push_back({w, f});
  }
  return jobs;
}

// Cross-validates every weight of the grid: each fit single-threaded (so byte-reproducible),
// `options.threads` of them side by side, in scratch bundles beside `near`.
std::vector<WeightScore> CrossValidate(const std::vector<TrainingExample>& base,
                                       const std::vector<TrainingExample>& user,
                                       const TrainOptions& recipe, const Manifest& manifest,
                                       const BaseRetrainOptions& options,
                                       const WeightChoiceOptions& choice, const std::string& near,
                                       const BaseRetrainProgressCallback& progress) {
  const uint32_t seed = static_cast<uint32_t>(recipe.fasttext.seed);
  const std::vector<int> fold = UserFolds(user, options.folds, seed);
  const std::vector<Job> jobs = Jobs(options.weight_grid, options.folds);
  TrainOptions single = recipe;
  single.cv_folds = 0;
  single.quantize = false;  // quantizing changes scores little and costs a retraining per fit
  single.fasttext.threads = 1;
  WorkDir work(near);
  std::vector<FoldScores> results(jobs.size());
  std::mutex mutex;
  int done = 0;
  auto fit = [&](size_t j) {
    const Job& job = jobs[j];
    std::vector<TrainingExample> train, held;
    for (size_t i = 0; i < user.size(); ++i)
      (fold[i] == job.fold ? held : train).push_back(user[i]);
    std::string dir = work.path() + "/w" + std::to_string(job.weight) + "-f" +
                      std::to_string(job.fold) + ".liputan";
    TrainBundle(MixWeighted(base, train, job.weight, seed), single, dir);
    results[j] = ScoreHeldOut(dir, held);
    std::error_code ec;
    fs::remove_all(dir, ec);  // 2 x 45 MB per fit with the default recipe
    std::lock_guard lock(mutex);
    ++done;
    if (progress) {
      progress({"cross-validation", done, static_cast<int>(jobs.size()),
                "weight " + std::to_string(job.weight) + ", fold " + std::to_string(job.fold + 1)});
    }
  };
  ParallelFor(jobs.size(), fit, static_cast<unsigned>(options.threads));
  HeldOutByWeight held_out;
  for (size_t j = 0; j < jobs.size(); ++j) held_out[jobs[j].weight].push_back(&results[j]);
  return ScoreWeights(held_out, options.weight_grid, manifest, choice);
}

// The fixed weights of every label set, from --base-weight W or SET=W,...; empty = choose them.
std::map<std::string, int> FixedWeights(const BaseRetrainOptions& o, const Manifest& manifest) {
  std::map<std::string, int> fixed;
  if (o.set_weights.empty()) {
    if (o.weight > 0) {
      for (const auto& set : manifest.label_sets) fixed[set.name] = o.weight;
    }
    return fixed;
  }
  std::string names;
  for (const auto& set : manifest.label_sets) {
    names += (names.empty() ? "" : ", ") + set.name;
    auto it = o.set_weights.find(set.name);
    if (it == o.set_weights.end()) {
      throw Error(ErrorCode::kUsage, "--base-weight names no weight for label set '" + set.name +
                                         "'; give one for each of the base's sets (" + set.name +
                                         "=W, ...)");
    }
    fixed[set.name] = it->second;
  }
  for (const auto& [set, w] : o.set_weights) {
    if (!fixed.count(set))
      throw Error(ErrorCode::kUsage, "--base-weight names label set '" + set +
                                         "', which the base lacks (its sets: " + names + ")");
    if (w < 1 || w > 1000)
      throw Error(ErrorCode::kUsage, "--base-weight for '" + set + "' must be from 1 to 1000");
  }
  return fixed;
}

std::string DescribeWeights(const std::map<std::string, int>& weights) {
  std::string out;
  for (const auto& [set, w] : weights)
    out += (out.empty() ? "" : ", ") + set + " " + std::to_string(w);
  return out;
}

void CheckOptions(const BaseRetrainOptions& o, size_t user_examples) {
  if (o.weight < 0 || o.weight > 1000)
    throw Error(ErrorCode::kUsage, "--base-weight must be between 1 and 1000 (0: choose it)");
  if (o.weight > 0 || !o.set_weights.empty()) return;
  if (o.folds < 2) throw Error(ErrorCode::kUsage, "--base-folds must be at least 2");
  if (o.weight_grid.empty() ||
      std::any_of(o.weight_grid.begin(), o.weight_grid.end(), [](int w) { return w < 1; }))
    throw Error(ErrorCode::kUsage, "the weight grid needs weights of at least 1");
  std::vector<int> sorted = o.weight_grid;
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
    throw Error(ErrorCode::kUsage, "--base-weights lists a weight twice");
  if (user_examples < static_cast<size_t>(o.folds)) {
    throw Error(ErrorCode::kUsage, "choosing the weight by " + std::to_string(o.folds) +
                                       "-fold cross-validation needs at least " +
                                       std::to_string(o.folds) + " labeled posts, found " +
                                       std::to_string(user_examples) +
                                       "; label more, or fix the weight with --base-weight W");
  }
}

std::string BaseJson(const BaseRetrainOptions& o, const Manifest& base, const BaseCorpus& corpus,
                     size_t user_examples, const std::map<std::string, int>& weights,
                     const std::string& chosen_by, const std::vector<WeightScore>& scores) {
  nlohmann::ordered_json j;
  j["model"] = o.base_dir;
  j["model_training_sha256"] = base.training_data.sha256;
  j["corpus"] = corpus.source;
  j["corpus_examples"] = corpus.examples.size();
  j["corpus_matches_base"] = corpus.matches_manifest;
  j["user_files"] = o.user_files;
  j["user_examples"] = user_examples;
  // One number when every set has the same weight (as before weights per set), else null.
  const std::optional<int> shared = SharedWeight(weights);
  j["weight"] = shared ? nlohmann::ordered_json(*shared) : nlohmann::ordered_json();
  j["weight_by_label_set"] = weights;
  j["weight_chosen_by"] = chosen_by;
  j["cross_validation"] = nlohmann::ordered_json::array();
  for (const auto& s : scores) {
    nlohmann::ordered_json entry = {
        {"weight", s.weight}, {"macro_f1", s.macro_f1}, {"by_label_set", s.by_set}};
    if (!s.beats_weight_1.empty()) entry["share_of_resamples_beating_weight_1"] = s.beats_weight_1;
    j["cross_validation"].push_back(entry);
  }
  return j.dump();
}

}  // namespace

BaseRetrainResult RetrainFromBase(const std::vector<TrainingExample>& user,
                                  const BaseRetrainOptions& options, const std::string& output_dir,
                                  const BaseRetrainProgressCallback& progress) {
  BaseRetrainOptions o = options;
  if (o.threads <= 0) o.threads = FastTextOptions::DefaultThreads();
  std::error_code ec;
  if (fs::equivalent(o.base_dir, output_dir, ec))
    throw Error(ErrorCode::kUsage, "the output would replace the base model; write a new one",
                output_dir);
  const Manifest base = ModelBundle::Load(o.base_dir).manifest();  // checks every file
  if (user.empty()) throw Error(ErrorCode::kData, "no labeled posts to teach the model with");
  CheckUserLabels(user, base);
  CheckOptions(o, user.size());
  BaseRetrainResult result;
  result.weights = FixedWeights(o, base);
  BaseCorpus corpus = ReadBaseCorpus(o.base_dir, base, o.base_data, o.base_data_reader);
  result.base_examples = static_cast<int64_t>(corpus.examples.size());
  if (!corpus.matches_manifest) {
    result.notes.push_back(corpus.source +
                           " is not the data the base model was trained on (its digest differs "
                           "from the manifest's); retraining on it anyway");
  }
  TrainOptions recipe = RecipeOf(base);
  recipe.created_by = o.created_by;
  if (!result.weights.empty()) {
    result.chosen_by = "--base-weight";
  } else {
    fs::path target = fs::absolute(output_dir);
    if (!fs::is_directory(target.parent_path()))
      throw Error(ErrorCode::kIo, "the output's parent directory does not exist", output_dir);
    WeightChoiceOptions choice;
    choice.seed = static_cast<uint32_t>(recipe.fasttext.seed);
    result.scores =
        CrossValidate(corpus.examples, user, recipe, base, o, choice, target.string(), progress);
    result.weights = ChooseWeights(result.scores, base, choice);
    result.chosen_by = std::to_string(o.folds) +
                       "-fold cross-validation over the user's labels, per label set; above 1 "
                       "only where it beat weight 1 in 90% of bootstrap resamples of the posts";
  }
  if (progress) progress({"final fit", 0, 1, "weights " + DescribeWeights(result.weights)});
  // Single-threaded fits are byte-reproducible; with cross-validation they run side by side.
  recipe.fasttext.threads = recipe.cv_folds >= 2 ? o.threads : 1;
  recipe.keep_training_data = o.keep_training_data;
  recipe.input_files = {corpus.source};
  recipe.input_files.insert(recipe.input_files.end(), o.user_files.begin(), o.user_files.end());
  recipe.base_json =
      BaseJson(o, base, corpus, user.size(), result.weights, result.chosen_by, result.scores);
  const uint32_t seed = static_cast<uint32_t>(recipe.fasttext.seed);
  result.manifest = TrainBundle(MixWeightedPerSet(corpus.examples, user, result.weights, seed),
                                recipe, output_dir);
  return result;
}

}  // namespace liputan
