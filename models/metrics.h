#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace liputan {

// One evaluated example: its true labels and the model's probability for every label, best first.
// Labels are indices into the label list given to ComputeMetrics.
struct ScoredExample {
  std::vector<int> truth;
  std::vector<std::pair<int, float>> scores;
  // How many posts the example stands for (TrainingExample::weight): 1, or 1/inclusion_p for a
  // post of a `validate` annotation sample, so that rates estimate the population's.
  double weight = 1.0;
};

struct MetricsOptions {
  // Multi-label: every label whose probability reaches its threshold is predicted. Single-label:
  // the top label is predicted when it reaches its threshold (otherwise nothing is predicted).
  bool multi_label = false;
  std::vector<double> thresholds;  // per label; empty = 0.5 multi-label, 0 single-label
  int k = 1;                       // for precision/recall at k
  int calibration_bins = 10;       // equal-width confidence bins for the calibration error
};

struct LabelMetrics {
  std::string label;
  int64_t support = 0;    // examples that truly carry the label
  int64_t predicted = 0;  // examples the model gave the label
  int64_t true_positives = 0;
  double precision = 0, recall = 0, f1 = 0;  // 0 when undefined (no predictions / no support)
  double threshold = 0;
  // The same three counts with each example counted by its weight; equal to them when every
  // weight is 1. Precision, recall and F1 come from these.
  double weighted_support = 0, weighted_predicted = 0, weighted_true_positives = 0;
};

// Classification quality as researchers report it. Macro averages are unweighted means over the
// labels that occur in the truth or the predictions (as scikit-learn does); micro averages pool the
// counts. Expected calibration error compares the top label's probability with how often the top
// label is right, over equal-width confidence bins weighted by their size (Guo et al. 2017).
// Weighted examples (ScoredExample::weight) count as that many posts in every rate and average;
// the integer counts (examples, support, confusion) stay the posts actually labeled.
struct EvaluationMetrics {
  int64_t examples = 0;
  // Whether some example's weight is not 1; only then do ToJson and ToTable show the weighted
  // counts (so unweighted output is what it always was).
  bool weighted = false;
  double weighted_examples = 0;  // the sum of the weights
  bool multi_label = false;
  std::vector<LabelMetrics> labels;
  double accuracy = 0;  // single-label: top label right; multi-label: predicted set exact
  double micro_precision = 0, micro_recall = 0, micro_f1 = 0;
  double macro_precision = 0, macro_recall = 0, macro_f1 = 0;
  int k = 1;
  double precision_at_k = 0, recall_at_k = 0;
  double expected_calibration_error = 0;
  // confusion[true][predicted] over single-label examples; the extra last column counts examples
  // for which nothing reached its threshold. Empty for multi-label data.
  std::vector<std::vector<int64_t>> confusion;
  // The same with each example counted by its weight.
  std::vector<std::vector<double>> weighted_confusion;

  std::string ToJson() const;  // an object with every field above
  static EvaluationMetrics FromJson(const std::string& json);
  std::string ToTable() const;  // the human-readable report of `liputan eval`
};

EvaluationMetrics ComputeMetrics(const std::vector<std::string>& labels,
                                 const std::vector<ScoredExample>& examples,
                                 const MetricsOptions& options);

// Per label, the probability threshold that maximises that label's F1 on `examples` (the lowest
// such threshold on ties). Labels without positive examples keep the default threshold.
std::vector<double> TuneThresholds(size_t label_count, const std::vector<ScoredExample>& examples,
                                   bool multi_label);

double DefaultThreshold(bool multi_label);

// The labels the model assigns to `example` (what ComputeMetrics counts as predicted):
// multi-label, every label reaching its threshold; single-label, the top label when it reaches its
// threshold, else none.
std::vector<int> PredictedLabels(const ScoredExample& example,
                                 const std::vector<double>& thresholds, bool multi_label);

}  // namespace liputan
