#include "report/validation_estimate.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

#include "common/error.h"
#include "report/distribution_math.h"

namespace liputan::report {

namespace {

double Ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

struct Scores {
  double accuracy = 0, macro_f1 = 0;
  std::vector<double> precision, recall, f1;
};

// Accuracy and per-label / macro F1 of a weighted confusion matrix (last column: no label).
Scores ScoresOf(const std::vector<std::vector<double>>& confusion) {
  const size_t k = confusion.size();
  Scores s;
  std::vector<double> support(k, 0), predicted(k, 0);
  double total = 0, right = 0;
  for (size_t t = 0; t < k; ++t) {
    for (size_t p = 0; p <= k; ++p) {
      support[t] += confusion[t][p];
      if (p < k) predicted[p] += confusion[t][p];
      total += confusion[t][p];
    }
    right += confusion[t][t];
  }
  s.accuracy = Ratio(right, total);
  double f1_sum = 0;
  int counted = 0;
  for (size_t l = 0; l < k; ++l) {
    s.precision.push_back(Ratio(confusion[l][l], predicted[l]));
    s.recall.push_back(Ratio(confusion[l][l], support[l]));
    const double pr = s.precision[l] + s.recall[l];
    s.f1.push_back(pr > 0 ? 2 * s.precision[l] * s.recall[l] / pr : 0.0);
    if (support[l] == 0 && predicted[l] == 0) continue;  // a label absent from both
    f1_sum += s.f1[l];
    ++counted;
  }
  s.macro_f1 = Ratio(f1_sum, counted);
  return s;
}

std::vector<std::vector<double>> Confusion(size_t k, const std::vector<ValidationItem>& items,
                                           const std::vector<double>& weights) {
  std::vector<std::vector<double>> m(k, std::vector<double>(k + 1, 0.0));
  for (size_t i = 0; i < items.size(); ++i) {
    const int p = items[i].predicted < 0 ? static_cast<int>(k) : items[i].predicted;
    m[items[i].truth][p] += weights[i];
  }
  return m;
}

// The bootstrap's strata: the items of each stratum, strata in name order. A stratum of one item
// cannot be resampled (it has no within-stratum variance to estimate), so such strata are pooled
// into one, as survey practice collapses them; a lone leftover item joins the largest stratum.
std::vector<std::vector<size_t>> Strata(const std::vector<ValidationItem>& items) {
  std::map<std::string, std::vector<size_t>> by_name;
  for (size_t i = 0; i < items.size(); ++i) by_name[items[i].stratum].push_back(i);
  std::vector<std::vector<size_t>> strata;
  std::vector<size_t> singletons;
  for (auto& [name, members] : by_name) {
    if (members.size() == 1) {
      singletons.push_back(members[0]);
    } else {
      strata.push_back(std::move(members));
    }
  }
  if (singletons.size() > 1) {
    strata.push_back(std::move(singletons));
  } else if (singletons.size() == 1) {
    if (strata.empty()) return {singletons};
    auto largest = std::max_element(strata.begin(), strata.end(), [](const auto& a, const auto& b) {
      return a.size() < b.size();
    });
    largest->push_back(singletons[0]);
  }
  return strata;
}

// One replicate of the Rao-Wu rescaling bootstrap: in each stratum of n_h items, n_h - 1 draws
// with replacement; an item drawn r times gets weight w · r · n_h / (n_h - 1).
std::vector<double> ReplicateWeights(const std::vector<std::vector<size_t>>& strata,
                                     const std::vector<ValidationItem>& items,
                                     std::mt19937_64& rng) {
  std::vector<double> weights(items.size(), 0.0);
  for (const auto& members : strata) {
    const size_t n = members.size();
    const double scale = static_cast<double>(n) / static_cast<double>(n - 1);
    for (size_t draw = 0; draw + 1 < n; ++draw) {
      const size_t i = members[rng() % n];  // 64-bit draws: the modulo bias is negligible
      weights[i] += items[i].weight * scale;
    }
  }
  return weights;
}

double NormalCdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

// Φ⁻¹ by bisection: 100 halvings of [-10, 10] are exact to double precision, and it runs twice.
double NormalQuantile(double p) {
  double lo = -10, hi = 10;
  for (int i = 0; i < 100; ++i) {
    const double mid = (lo + hi) / 2;
    (NormalCdf(mid) < p ? lo : hi) = mid;
  }
  return (lo + hi) / 2;
}

// The bias-corrected percentile interval (Efron 1981): F1 is a ratio, so its estimate from a
// sample sits a little below the population's and the bootstrap replicates below the estimate;
// z0 = Φ⁻¹(share of replicates below the estimate) measures that and moves both percentiles to
// compensate (the plain percentile interval would carry the bias twice). Widened to hold the point
// estimate, which an interval of a skewed statistic from a small sample can otherwise miss.
ValidationInterval Interval(const std::vector<double>& replicates, double confidence,
                            double point) {
  double below = 0;
  for (double r : replicates) below += r < point ? 1.0 : r == point ? 0.5 : 0.0;
  const double b = static_cast<double>(replicates.size());
  const double z0 = NormalQuantile(std::clamp(below / b, 0.5 / b, 1 - 0.5 / b));
  const double z = NormalQuantile(1 - (1 - confidence) / 2);
  return {std::min(point, Percentile(replicates, NormalCdf(2 * z0 - z))),
          std::max(point, Percentile(replicates, NormalCdf(2 * z0 + z)))};
}

void CheckItems(size_t k, const std::vector<ValidationItem>& items) {
  if (items.empty()) throw Error(ErrorCode::kData, "no labeled post to estimate from");
  for (const ValidationItem& item : items) {
    if (item.truth < 0 || static_cast<size_t>(item.truth) >= k || item.predicted >= (int)k ||
        item.predicted < -1)
      throw Error(ErrorCode::kInternal, "validation item label outside the label list");
    if (!(item.weight > 0) || !std::isfinite(item.weight))
      throw Error(ErrorCode::kInternal, "validation item weight is not a positive number");
  }
}

}  // namespace

// The interval: a stratified bootstrap in the rescaling form of Rao & Wu (1988, JASA 83:231),
// bias-corrected percentile method. The sample is drawn stratum by stratum (annotate sample's
// `validate`), so the bootstrap resamples within each stratum and keeps each post's design weight;
// the plain with-replacement bootstrap of n_h from n_h underestimates a stratum's variance by the
// factor (n_h - 1) / n_h, which matters for the small strata a validation sample has, and Rao-Wu
// with n_h - 1 draws and rescaled weights removes that bias. Macro-F1 and accuracy are smooth
// functions of weighted totals, which is what this bootstrap is shown consistent for. The finite
// population correction is left out (sampling fractions of a labeled sample are small; leaving it
// out only widens the interval). A sample that is not a probability sample (teach, hand-made) comes
// as one stratum of equal weights: the interval then assumes a simple random sample, and the caller
// says so. bench/annotate/interval_coverage measures the coverage on synthetic populations.
ValidationEstimate EstimateValidation(const std::vector<std::string>& labels,
                                      const std::vector<ValidationItem>& items,
                                      const ValidationEstimateOptions& options) {
  const size_t k = labels.size();
  CheckItems(k, items);
  ValidationEstimate e;
  e.labels = labels;
  e.items = static_cast<int64_t>(items.size());
  std::vector<double> weights;
  for (const ValidationItem& item : items) {
    weights.push_back(item.weight);
    e.weight_total += item.weight;
  }
  e.confusion = Confusion(k, items, weights);
  Scores point = ScoresOf(e.confusion);
  e.accuracy = point.accuracy;
  e.macro_f1 = point.macro_f1;
  e.precision = std::move(point.precision);
  e.recall = std::move(point.recall);
  e.f1 = std::move(point.f1);
  const auto strata = Strata(items);
  e.strata = strata.size();
  if (options.bootstrap_replicates <= 0 || items.size() < 2) return e;
  std::mt19937_64 rng(options.seed);
  std::vector<double> accuracy, macro_f1;
  for (int b = 0; b < options.bootstrap_replicates; ++b) {
    const Scores s = ScoresOf(Confusion(k, items, ReplicateWeights(strata, items, rng)));
    accuracy.push_back(s.accuracy);
    macro_f1.push_back(s.macro_f1);
  }
  e.accuracy_interval = Interval(accuracy, options.confidence, e.accuracy);
  e.macro_f1_interval = Interval(macro_f1, options.confidence, e.macro_f1);
  return e;
}

ConfusionMatrix ValidationConfusionMatrix(const ValidationEstimate& estimate,
                                          const std::vector<ValidationItem>& items) {
  const size_t k = estimate.labels.size();
  std::vector<double> sum(k, 0), sum_squares(k, 0);
  for (const ValidationItem& item : items) {
    if (item.predicted < 0) continue;
    sum[item.truth] += item.weight;
    sum_squares[item.truth] += item.weight * item.weight;
  }
  ConfusionMatrix m;
  m.labels = estimate.labels;
  m.measured_on = "labeled posts";
  for (size_t t = 0; t < k; ++t) {
    const double effective = Ratio(sum[t] * sum[t], sum_squares[t]);
    std::vector<double> row;
    for (size_t p = 0; p < k; ++p)
      row.push_back(Ratio(estimate.confusion[t][p], sum[t]) * effective);
    m.counts.push_back(std::move(row));
  }
  return m;
}

}  // namespace liputan::report
