#pragma once

#include <vector>

namespace liputan::report {

// Shannon entropy H = -Σ p ln p (natural log) of a distribution; zeros contribute nothing. The
// input is normalised first, so counts work as well as shares. An all-zero input has H = 0.
double Entropy(const std::vector<double>& weights);

// Pielou evenness J = H / ln(k) over k categories (reference §5.4 B: k = 15 sectors without
// `umum`). Returns 0 when k < 2 or the input is all zero.
double Evenness(const std::vector<double>& weights, int categories);

// Jensen–Shannon divergence with log2, so the result lies in [0, 1]. Inputs are normalised; both
// must have the same length. Two all-zero inputs give 0; one all-zero input gives 1 (no overlap).
double JensenShannonDivergence(const std::vector<double>& p, const std::vector<double>& q);

// The q-quantile (0 ≤ q ≤ 1) of a non-empty sample, interpolating linearly between order
// statistics (type 7 of Hyndman & Fan, R's default): the bounds of bootstrap intervals.
double Percentile(std::vector<double> values, double q);

// Divides by the sum; an all-zero input stays all zero.
std::vector<double> Normalize(const std::vector<double>& weights);

}  // namespace liputan::report
