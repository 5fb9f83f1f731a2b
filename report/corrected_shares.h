#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "report/confusion_input.h"

namespace liputan::report {

// Minimises ||A x - b||² subject to x ≥ 0 and Σx = 1 ("fully constrained least squares",
// Heinz & Chang 2001): the sum constraint is appended as a heavily weighted row and the result is
// solved exactly by Lawson–Hanson non-negative least squares (1974). A is m×k with k small.
Eigen::VectorXd SimplexLeastSquares(const Eigen::MatrixXd& a, const Eigen::VectorXd& b);

// Lawson–Hanson active-set NNLS: argmin ||A x - b||² with x ≥ 0.
Eigen::VectorXd NonNegativeLeastSquares(const Eigen::MatrixXd& a, const Eigen::VectorXd& b);

struct CorrectedSharesOptions {
  int bootstrap_replicates = 500;  // 0 turns the intervals off
  uint64_t seed = 20240501;
  double confidence = 0.95;
};

struct CorrectedShare {
  std::string label;
  double raw = 0;                // classify-and-count: share of posts whose top label is this one
  double probabilistic_raw = 0;  // probabilistic classify-and-count: mean predicted probability
  double adjusted = 0;           // ACC: constrained LS of M p = raw
  double probabilistic_adjusted = 0;  // PACC: constrained LS of M_soft p = probabilistic_raw
  std::optional<double> adjusted_low, adjusted_high;  // bootstrap percentile interval of ACC
  // Bootstrap percentile interval of PACC (parametric, conservative: see CorrectShares).
  std::optional<double> probabilistic_adjusted_low, probabilistic_adjusted_high;
};

struct CorrectedShares {
  int64_t posts = 0;
  int64_t outside_labels = 0;  // top labels the confusion matrix does not know (left out)
  bool soft_matrix_given = false;
  std::vector<CorrectedShare> shares;  // in the confusion matrix's label order
};

// Corrects one population's shares. `predicted_counts` is top-label → posts; `probability_sums`
// is label → Σ predicted probability (same posts). The bootstrap resamples both the observed
// predictions (multinomial on the counts) and every row of the confusion matrix, so the interval
// carries the uncertainty of the classifier's error estimate as well as the sample's. The PACC
// interval does the same from the probability sums: multinomial(n, mean predicted distribution)
// stands in for the sample (its variance bounds that of a mean of probability vectors, so the
// interval is conservative) and multinomial(n_t, soft row) for each soft confusion row.
CorrectedShares CorrectShares(const ConfusionMatrix& confusion,
                              const std::map<std::string, int64_t>& predicted_counts,
                              const std::map<std::string, double>& probability_sums,
                              const CorrectedSharesOptions& options);

}  // namespace liputan::report
