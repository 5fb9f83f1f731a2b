#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "report/confusion_input.h"

namespace liputan::report {

// One post a person labeled, for one label set: its true label (the person's), the label the
// model gave it, and how many posts of the population it stands for.
struct ValidationItem {
  int truth = 0;        // index into the label list
  int predicted = -1;   // index into the label list; -1 = the model gave none
  double weight = 1.0;  // 1 / inclusion probability (1 for a sample of unknown design)
  std::string stratum;  // the stratum it was drawn from; "" = the sample is one stratum
};

struct ValidationEstimateOptions {
  int bootstrap_replicates = 1000;  // 0 = no interval
  uint64_t seed = 20240501;
  double confidence = 0.95;
};

struct ValidationInterval {
  double low = 0, high = 0;
  bool operator==(const ValidationInterval&) const = default;
};

// Scores of a model estimated from a labeled sample, each post counted by its weight, so that they
// estimate the scores on the whole population the sample was drawn from (Horvitz-Thompson).
struct ValidationEstimate {
  std::vector<std::string> labels;
  int64_t items = 0;        // labeled posts
  double weight_total = 0;  // the posts they stand for
  size_t strata = 0;        // strata of the bootstrap (singleton strata pooled)
  // confusion[true][predicted], weighted; the extra last column: the model gave no label.
  std::vector<std::vector<double>> confusion;
  double accuracy = 0;
  // Unweighted mean of per-label F1 over the labels that occur in the truth or the predictions
  // (as models/metrics.h and scikit-learn do).
  double macro_f1 = 0;
  std::vector<double> precision, recall, f1;  // per label; 0 where undefined
  std::optional<ValidationInterval> accuracy_interval, macro_f1_interval;
};

// The point estimates and their intervals (see the .cc for the method). Throws liputan::Error
// kInternal for an index outside `labels` or a weight that is not positive, kData when `items` is
// empty. Deterministic for the same items, order and options.
ValidationEstimate EstimateValidation(const std::vector<std::string>& labels,
                                      const std::vector<ValidationItem>& items,
                                      const ValidationEstimateOptions& options = {});

// The estimate's matrix in the form corrected shares take (report/corrected_shares.h): square over
// the labels (posts without a predicted label left out), measured_on "labeled posts". Each row is
// the weighted row rescaled to sum to its Kish effective sample size (Σw)²/Σw²: the row's
// proportions, which the correction uses, are the weighted ones, and the bootstrap of the
// corrected shares, which draws multinomially from each row's total, sees about as much
// information as the labeled posts hold instead of the (much larger) sum of their weights.
ConfusionMatrix ValidationConfusionMatrix(const ValidationEstimate& estimate,
                                          const std::vector<ValidationItem>& items);

}  // namespace liputan::report
