#include "report/distribution_math.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "common/error.h"

namespace liputan::report {

std::vector<double> Normalize(const std::vector<double>& weights) {
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<double> shares(weights.size(), 0.0);
  if (total <= 0) return shares;
  for (size_t i = 0; i < weights.size(); ++i) shares[i] = weights[i] / total;
  return shares;
}

double Entropy(const std::vector<double>& weights) {
  double h = 0;
  for (double p : Normalize(weights)) {
    if (p > 0) h -= p * std::log(p);
  }
  return h;
}

double Evenness(const std::vector<double>& weights, int categories) {
  if (categories < 2) return 0;
  return Entropy(weights) / std::log(static_cast<double>(categories));
}

double JensenShannonDivergence(const std::vector<double>& p, const std::vector<double>& q) {
  if (p.size() != q.size()) {
    throw Error(ErrorCode::kInternal,
                "jensen-shannon divergence of distributions of unequal length");
  }
  const std::vector<double> a = Normalize(p);
  const std::vector<double> b = Normalize(q);
  const bool a_empty = std::accumulate(a.begin(), a.end(), 0.0) == 0;
  const bool b_empty = std::accumulate(b.begin(), b.end(), 0.0) == 0;
  if (a_empty && b_empty) return 0;
  if (a_empty || b_empty) return 1;
  double jsd = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    const double m = (a[i] + b[i]) / 2;
    if (a[i] > 0) jsd += 0.5 * a[i] * std::log2(a[i] / m);
    if (b[i] > 0) jsd += 0.5 * b[i] * std::log2(b[i] / m);
  }
  return std::max(0.0, std::min(1.0, jsd));
}

double Percentile(std::vector<double> values, double q) {
  std::sort(values.begin(), values.end());
  const double position = q * (static_cast<double>(values.size()) - 1);
  const size_t lower = static_cast<size_t>(std::floor(position));
  const size_t upper = std::min(values.size() - 1, lower + 1);
  const double fraction = position - static_cast<double>(lower);
  return values[lower] * (1 - fraction) + values[upper] * fraction;
}

}  // namespace liputan::report
