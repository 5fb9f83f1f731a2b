#include "models/evaluator.h"

#include <map>

#include "common/error.h"

namespace liputan {
namespace {

const std::vector<std::string>* LabelsFor(const TrainingExample& e, const std::string& set,
                                          bool single_set) {
  auto it = e.labels.find(set);
  if (it == e.labels.end() && single_set) it = e.labels.find("label");
  if (it == e.labels.end() && single_set && e.labels.size() == 1) it = e.labels.begin();
  return it == e.labels.end() || it->second.empty() ? nullptr : &it->second;
}

}  // namespace

std::vector<LabelSetEvaluation> EvaluateBundle(const ModelBundle& bundle,
                                               const std::vector<TrainingExample>& examples,
                                               const EvaluateOptions& options) {
  const Manifest& manifest = bundle.manifest();
  const bool single_set = manifest.label_sets.size() == 1;
  std::vector<std::string> tokens(examples.size());
  for (size_t i = 0; i < examples.size(); ++i) {
    bundle.BuildInput(examples[i].text, tokens[i]);
  }
  std::vector<LabelSetEvaluation> results;
  PredictScratch scratch;
  for (size_t s = 0; s < manifest.label_sets.size(); ++s) {
    const ManifestLabelSet& set = manifest.label_sets[s];
    LabelSetEvaluation eval;
    eval.label_set = set.name;
    std::map<std::string, int> index;
    for (const auto& l : set.labels) {
      index[l.name] = static_cast<int>(eval.labels.size());
      eval.labels.push_back(l.name);
    }
    eval.model_labels = eval.labels.size();
    for (size_t i = 0; i < examples.size(); ++i) {
      const auto* truth = LabelsFor(examples[i], set.name, single_set);
      if (truth == nullptr) continue;
      ScoredExample scored;
      scored.weight = examples[i].weight;
      for (const auto& l : *truth) {
        auto [it, added] = index.emplace(l, static_cast<int>(eval.labels.size()));
        if (added) eval.labels.push_back(l);
        scored.truth.push_back(it->second);
      }
      bundle.Score(s, tokens[i], -1, scored.scores, scratch);
      eval.scored.push_back(std::move(scored));
    }
    if (eval.scored.empty()) continue;
    MetricsOptions m;
    m.multi_label = set.multi_label;
    m.k = options.k;
    for (size_t l = 0; l < eval.labels.size(); ++l) {
      bool known = l < eval.model_labels;
      m.thresholds.push_back(known && options.use_manifest_thresholds
                                 ? set.labels[l].threshold
                                 : DefaultThreshold(set.multi_label));
    }
    eval.metrics = ComputeMetrics(eval.labels, eval.scored, m);
    results.push_back(std::move(eval));
  }
  if (results.empty()) {
    throw Error(ErrorCode::kData, "no example carries labels of the model's label sets");
  }
  return results;
}

}  // namespace liputan
