#include "annotate/weight_choice.h"

#include <algorithm>
#include <random>

namespace liputan {
namespace {

// One label set's held-out predictions over every fold, the folds' label lists merged by name
// (the fits may know different labels when the corpus lacks one).
struct Pooled {
  std::vector<std::string> names;
  std::vector<ScoredExample> examples;
};

Pooled Pool(const std::vector<const FoldScores*>& folds, const std::string& set) {
  Pooled out;
  auto index = [&](const std::string& name) {
    auto it = std::find(out.names.begin(), out.names.end(), name);
    if (it != out.names.end()) return static_cast<int>(it - out.names.begin());
    out.names.push_back(name);
    return static_cast<int>(out.names.size() - 1);
  };
  for (const FoldScores* f : folds) {
    auto it = f->find(set);
    if (it == f->end()) continue;
    for (ScoredExample e : it->second.scored) {
      for (int& t : e.truth) t = index(it->second.labels[static_cast<size_t>(t)]);
      for (auto& [label, p] : e.scores)
        label = index(it->second.labels[static_cast<size_t>(label)]);
      out.examples.push_back(std::move(e));
    }
  }
  return out;
}

double MacroF1(const Pooled& pooled, const std::vector<size_t>* rows, bool multi_label) {
  MetricsOptions m;
  m.multi_label = multi_label;
  if (rows == nullptr) {
    return pooled.examples.empty() ? 0 : ComputeMetrics(pooled.names, pooled.examples, m).macro_f1;
  }
  std::vector<ScoredExample> sample;
  sample.reserve(rows->size());
  for (size_t r : *rows) sample.push_back(pooled.examples[r]);
  return ComputeMetrics(pooled.names, sample, m).macro_f1;
}

// Share of resamples (with replacement) of the posts in which `a` scores above `b`.
double ShareBetter(const Pooled& a, const Pooled& b, bool multi_label,
                   const WeightChoiceOptions& options) {
  const size_t n = a.examples.size();
  if (n == 0 || n != b.examples.size()) return 0;
  std::mt19937 rng(options.seed);
  std::uniform_int_distribution<size_t> pick(0, n - 1);
  std::vector<size_t> rows(n);
  int better = 0;
  for (int r = 0; r < options.resamples; ++r) {
    for (size_t& row : rows) row = pick(rng);
    better += MacroF1(a, &rows, multi_label) > MacroF1(b, &rows, multi_label);
  }
  return better / static_cast<double>(options.resamples);
}

}  // namespace

std::vector<WeightScore> ScoreWeights(const HeldOutByWeight& held_out, const std::vector<int>& grid,
                                      const Manifest& manifest,
                                      const WeightChoiceOptions& options) {
  std::vector<WeightScore> scores;
  const auto one = held_out.find(1);
  for (int w : grid) {
    WeightScore score{w, 0, {}, {}};
    for (const auto& set : manifest.label_sets) {
      const Pooled pooled = Pool(held_out.at(w), set.name);
      score.by_set[set.name] = MacroF1(pooled, nullptr, set.multi_label);
      score.macro_f1 += score.by_set[set.name] / static_cast<double>(manifest.label_sets.size());
      if (w != 1 && one != held_out.end()) {
        score.beats_weight_1[set.name] =
            ShareBetter(pooled, Pool(one->second, set.name), set.multi_label, options);
      }
    }
    scores.push_back(score);
  }
  return scores;
}

std::map<std::string, int> ChooseWeights(const std::vector<WeightScore>& scores,
                                         const Manifest& manifest,
                                         const WeightChoiceOptions& options) {
  std::map<std::string, int> chosen;
  for (const auto& set : manifest.label_sets) {
    const WeightScore* top = &scores.front();
    for (const auto& s : scores) {
      const double f1 = s.by_set.at(set.name), top_f1 = top->by_set.at(set.name);
      if (f1 > top_f1 || (f1 == top_f1 && s.weight < top->weight)) top = &s;
    }
    chosen[set.name] = top->weight;
    auto beats = top->beats_weight_1.find(set.name);
    if (beats != top->beats_weight_1.end() && beats->second < options.evidence)
      chosen[set.name] = 1;
  }
  return chosen;
}

}  // namespace liputan
