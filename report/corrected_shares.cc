#include "report/corrected_shares.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "common/error.h"
#include "report/distribution_math.h"

namespace liputan::report {

Eigen::VectorXd NonNegativeLeastSquares(const Eigen::MatrixXd& a, const Eigen::VectorXd& b) {
  const Eigen::Index k = a.cols();
  Eigen::VectorXd x = Eigen::VectorXd::Zero(k);
  std::vector<bool> passive(k, false);
  const double tolerance = 1e-12 * std::max(1.0, a.cwiseAbs().maxCoeff() * b.cwiseAbs().maxCoeff());
  for (int outer = 0; outer < 3 * k + 10; ++outer) {
    const Eigen::VectorXd gradient = a.transpose() * (b - a * x);
    Eigen::Index best = -1;
    double best_value = tolerance;
    for (Eigen::Index j = 0; j < k; ++j) {
      if (!passive[j] && gradient(j) > best_value) {
        best_value = gradient(j);
        best = j;
      }
    }
    if (best < 0) break;
    passive[best] = true;
    for (int inner = 0; inner < 3 * k + 10; ++inner) {
      std::vector<Eigen::Index> set;
      for (Eigen::Index j = 0; j < k; ++j) {
        if (passive[j]) set.push_back(j);
      }
      Eigen::MatrixXd sub(a.rows(), set.size());
      for (size_t s = 0; s < set.size(); ++s) sub.col(s) = a.col(set[s]);
      const Eigen::VectorXd z_set = sub.completeOrthogonalDecomposition().solve(b);
      Eigen::VectorXd z = Eigen::VectorXd::Zero(k);
      for (size_t s = 0; s < set.size(); ++s) z(set[s]) = z_set(s);
      bool feasible = true;
      for (Eigen::Index j : set) feasible = feasible && z(j) > 0;
      if (feasible) {
        x = z;
        break;
      }
      // Step from x toward z as far as feasibility allows, then drop the variables that hit zero.
      double alpha = 1;
      for (Eigen::Index j : set) {
        if (z(j) <= 0) alpha = std::min(alpha, x(j) / (x(j) - z(j)));
      }
      x += alpha * (z - x);
      for (Eigen::Index j : set) {
        if (x(j) <= 1e-15) {
          passive[j] = false;
          x(j) = 0;
        }
      }
    }
  }
  return x;
}

Eigen::VectorXd SimplexLeastSquares(const Eigen::MatrixXd& a, const Eigen::VectorXd& b) {
  const Eigen::Index k = a.cols();
  // Weight of the sum row: large against A's scale so Σx = 1 holds to ~1e-10, yet far from
  // overwhelming double precision.
  const double weight = 1e4 * std::max(1.0, a.cwiseAbs().maxCoeff());
  Eigen::MatrixXd augmented(a.rows() + 1, k);
  augmented.topRows(a.rows()) = a;
  augmented.row(a.rows()).setConstant(weight);
  Eigen::VectorXd target(b.size() + 1);
  target.head(b.size()) = b;
  target(b.size()) = weight;
  Eigen::VectorXd x = NonNegativeLeastSquares(augmented, target);
  const double total = x.sum();
  if (total > 0) x /= total;  // remove the last ~1e-10 of slack so shares sum to 1 exactly
  return x;
}

namespace {

// Column-stochastic misclassification matrix: M(pred, true) = P(predicted pred | true label).
Eigen::MatrixXd ConditionalMatrix(const std::vector<std::vector<double>>& by_true) {
  const Eigen::Index k = static_cast<Eigen::Index>(by_true.size());
  Eigen::MatrixXd m = Eigen::MatrixXd::Zero(k, k);
  for (Eigen::Index t = 0; t < k; ++t) {
    double total = 0;
    for (double v : by_true[t]) total += v;
    for (Eigen::Index p = 0; p < k; ++p) {
      // A label never seen in validation has no estimate; assume it is always classified right.
      m(p, t) = total > 0 ? by_true[t][p] / total : (p == t ? 1.0 : 0.0);
    }
  }
  return m;
}

std::vector<double> Multinomial(std::mt19937_64& rng, int64_t n,
                                const std::vector<double>& weights) {
  std::vector<double> draw(weights.size(), 0.0);
  double remaining_weight = 0;
  for (double w : weights) remaining_weight += w;
  int64_t remaining = n;
  for (size_t i = 0; i < weights.size() && remaining > 0; ++i) {
    if (remaining_weight <= 0) break;
    const double p = std::clamp(weights[i] / remaining_weight, 0.0, 1.0);
    std::binomial_distribution<int64_t> binomial(remaining, p);
    const int64_t x = i + 1 == weights.size() ? remaining : binomial(rng);
    draw[i] = static_cast<double>(x);
    remaining -= x;
    remaining_weight -= weights[i];
  }
  return draw;
}

void Validate(const ConfusionMatrix& confusion) {
  const size_t k = confusion.labels.size();
  bool ok = k > 0 && confusion.counts.size() == k;
  for (const auto& row : confusion.counts) ok = ok && row.size() == k;
  if (!confusion.soft.empty()) {
    ok = ok && confusion.soft.size() == k;
    for (const auto& row : confusion.soft) ok = ok && row.size() == k;
  }
  if (!ok) throw Error(ErrorCode::kData, "confusion matrix is not square over its labels");
}

double RowTotal(const std::vector<double>& row) {
  double total = 0;
  for (double v : row) total += v;
  return total;
}

// Percentile intervals of both corrected shares. ACC: every hard confusion row and the observed
// top-label counts are resampled (multinomial). PACC: only the sums of probabilities are kept, so
// the sample is redrawn parametrically: multinomial(n, mean probability) / n for the observed mix
// and multinomial(n_t, soft row) / n_t for each row of the soft matrix (n_t = validation posts of
// true label t). A component of a probability vector lies in [0, 1], so its variance is at most
// π(1 − π), the one-hot variance drawn here: the interval is conservative (at least as wide as a
// per-post bootstrap would give). The PACC draws use their own generator (derived from the same
// seed), so adding them left the ACC intervals unchanged.
void Bootstrap(const ConfusionMatrix& confusion, const std::vector<double>& counts,
               const Eigen::VectorXd& observed_soft, CorrectedShares& result,
               const CorrectedSharesOptions& options) {
  const size_t k = confusion.labels.size();
  const double n = static_cast<double>(result.posts);
  const std::vector<std::vector<double>>& soft_rows =
      confusion.soft.empty() ? confusion.counts : confusion.soft;
  std::vector<double> soft_weights(observed_soft.data(), observed_soft.data() + k);
  std::mt19937_64 rng(options.seed);
  std::mt19937_64 soft_rng(options.seed ^ 0x9e3779b97f4a7c15ull);
  std::vector<std::vector<double>> replicates(k), soft_replicates(k);
  for (int b = 0; b < options.bootstrap_replicates; ++b) {
    std::vector<std::vector<double>> rows(k), soft_draw(k);
    for (size_t t = 0; t < k; ++t) {
      const int64_t row_total = std::llround(RowTotal(confusion.counts[t]));
      rows[t] = Multinomial(rng, row_total, confusion.counts[t]);
      soft_draw[t] = Multinomial(soft_rng, row_total, soft_rows[t]);
    }
    const std::vector<double> draw = Multinomial(rng, result.posts, counts);
    const std::vector<double> soft_sample = Multinomial(soft_rng, result.posts, soft_weights);
    Eigen::VectorXd q(k), q_soft(k);
    for (size_t i = 0; i < k; ++i) {
      q(i) = draw[i] / n;
      q_soft(i) = soft_sample[i] / n;
    }
    const Eigen::VectorXd p = SimplexLeastSquares(ConditionalMatrix(rows), q);
    const Eigen::VectorXd p_soft = SimplexLeastSquares(ConditionalMatrix(soft_draw), q_soft);
    for (size_t i = 0; i < k; ++i) {
      replicates[i].push_back(p(i));
      soft_replicates[i].push_back(p_soft(i));
    }
  }
  const double tail = (1 - options.confidence) / 2;
  for (size_t i = 0; i < k; ++i) {
    CorrectedShare& s = result.shares[i];
    s.adjusted_low = Percentile(replicates[i], tail);
    s.adjusted_high = Percentile(replicates[i], 1 - tail);
    s.probabilistic_adjusted_low = Percentile(soft_replicates[i], tail);
    s.probabilistic_adjusted_high = Percentile(soft_replicates[i], 1 - tail);
  }
}

}  // namespace

CorrectedShares CorrectShares(const ConfusionMatrix& confusion,
                              const std::map<std::string, int64_t>& predicted_counts,
                              const std::map<std::string, double>& probability_sums,
                              const CorrectedSharesOptions& options) {
  Validate(confusion);
  const size_t k = confusion.labels.size();
  CorrectedShares result;
  result.soft_matrix_given = !confusion.soft.empty();
  std::vector<double> counts(k, 0.0), soft(k, 0.0);
  for (const auto& [label, count] : predicted_counts) {
    auto it = std::find(confusion.labels.begin(), confusion.labels.end(), label);
    if (it == confusion.labels.end()) {
      result.outside_labels += count;
    } else {
      counts[it - confusion.labels.begin()] += static_cast<double>(count);
      result.posts += count;
    }
  }
  for (const auto& [label, sum] : probability_sums) {
    auto it = std::find(confusion.labels.begin(), confusion.labels.end(), label);
    if (it != confusion.labels.end()) soft[it - confusion.labels.begin()] += sum;
  }
  result.shares.resize(k);
  for (size_t i = 0; i < k; ++i) result.shares[i].label = confusion.labels[i];
  if (result.posts == 0) return result;
  const double n = static_cast<double>(result.posts);
  const Eigen::MatrixXd hard = ConditionalMatrix(confusion.counts);
  const Eigen::MatrixXd soft_matrix =
      result.soft_matrix_given ? ConditionalMatrix(confusion.soft) : hard;
  Eigen::VectorXd observed(k), observed_soft(k);
  const double soft_total = std::max(1e-300, std::accumulate(soft.begin(), soft.end(), 0.0));
  for (size_t i = 0; i < k; ++i) {
    observed(i) = counts[i] / n;
    observed_soft(i) = soft[i] / soft_total;
  }
  const Eigen::VectorXd adjusted = SimplexLeastSquares(hard, observed);
  const Eigen::VectorXd adjusted_soft = SimplexLeastSquares(soft_matrix, observed_soft);
  for (size_t i = 0; i < k; ++i) {
    result.shares[i].raw = observed(i);
    result.shares[i].probabilistic_raw = observed_soft(i);
    result.shares[i].adjusted = adjusted(i);
    result.shares[i].probabilistic_adjusted = adjusted_soft(i);
  }
  if (options.bootstrap_replicates <= 0) return result;
  Bootstrap(confusion, counts, observed_soft, result, options);
  return result;
}

}  // namespace liputan::report
