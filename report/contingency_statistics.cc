#include "report/contingency_statistics.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>

namespace liputan::report {

namespace {

double GammaSeriesP(double a, double x) {
  double term = 1.0 / a;
  double sum = term;
  for (int n = 1; n < 10000; ++n) {
    term *= x / (a + n);
    sum += term;
    if (std::fabs(term) < std::fabs(sum) * 1e-15) break;
  }
  return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

double GammaContinuedFractionQ(double a, double x) {
  const double tiny = std::numeric_limits<double>::min() / std::numeric_limits<double>::epsilon();
  double b = x + 1 - a;
  double c = 1 / tiny;
  double d = 1 / b;
  double h = d;
  for (int i = 1; i < 10000; ++i) {
    const double an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (std::fabs(d) < tiny) d = tiny;
    c = b + an / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1 / d;
    const double delta = d * c;
    h *= delta;
    if (std::fabs(delta - 1) < 1e-15) break;
  }
  return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

// Keeps the rows/columns with a non-zero total.
std::vector<int> NonEmptyRows(const CountTable& table) {
  std::vector<int> rows;
  for (size_t i = 0; i < table.size(); ++i) {
    double total = 0;
    for (double v : table[i]) total += v;
    if (total > 0) rows.push_back(static_cast<int>(i));
  }
  return rows;
}

std::vector<int> NonEmptyColumns(const CountTable& table) {
  std::vector<int> columns;
  const size_t width = table.empty() ? 0 : table[0].size();
  for (size_t j = 0; j < width; ++j) {
    double total = 0;
    for (const auto& row : table) total += row[j];
    if (total > 0) columns.push_back(static_cast<int>(j));
  }
  return columns;
}

Eigen::MatrixXd Reduced(const CountTable& table, const std::vector<int>& rows,
                        const std::vector<int>& columns) {
  Eigen::MatrixXd m(rows.size(), columns.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    for (size_t j = 0; j < columns.size(); ++j) m(i, j) = table[rows[i]][columns[j]];
  }
  return m;
}

}  // namespace

double RegularizedGammaQ(double a, double x) {
  if (x <= 0) return 1;
  if (a <= 0) return 0;
  if (x < a + 1) return std::max(0.0, 1 - GammaSeriesP(a, x));
  return std::min(1.0, GammaContinuedFractionQ(a, x));
}

double ChiSquarePValue(double statistic, double df) {
  if (df <= 0) return 1;
  return RegularizedGammaQ(df / 2, statistic / 2);
}

ChiSquareResult ChiSquareHomogeneity(const CountTable& table) {
  ChiSquareResult result;
  const std::vector<int> rows = NonEmptyRows(table);
  const std::vector<int> columns = NonEmptyColumns(table);
  result.rows_used = static_cast<int>(rows.size());
  result.columns_used = static_cast<int>(columns.size());
  if (rows.size() < 2 || columns.size() < 2) return result;
  const Eigen::MatrixXd n = Reduced(table, rows, columns);
  const Eigen::VectorXd row_totals = n.rowwise().sum();
  const Eigen::RowVectorXd column_totals = n.colwise().sum();
  result.total = n.sum();
  int small = 0;
  for (Eigen::Index i = 0; i < n.rows(); ++i) {
    for (Eigen::Index j = 0; j < n.cols(); ++j) {
      const double expected = row_totals(i) * column_totals(j) / result.total;
      small += expected < 5;
      result.statistic += (n(i, j) - expected) * (n(i, j) - expected) / expected;
    }
  }
  result.df = static_cast<int>((rows.size() - 1) * (columns.size() - 1));
  result.p_value = ChiSquarePValue(result.statistic, result.df);
  const double k = static_cast<double>(std::min(rows.size(), columns.size()) - 1);
  result.cramers_v = std::sqrt(result.statistic / (result.total * k));
  result.small_expected_share = static_cast<double>(small) / static_cast<double>(n.size());
  result.defined = true;
  return result;
}

CorrespondenceAnalysis ComputeCorrespondenceAnalysis(const CountTable& table, int dims) {
  CorrespondenceAnalysis ca;
  ca.row_index = NonEmptyRows(table);
  ca.column_index = NonEmptyColumns(table);
  if (ca.row_index.size() < 2 || ca.column_index.size() < 2) return ca;
  const Eigen::MatrixXd n = Reduced(table, ca.row_index, ca.column_index);
  const Eigen::MatrixXd p = n / n.sum();
  const Eigen::VectorXd r = p.rowwise().sum();
  const Eigen::VectorXd c = p.colwise().sum().transpose();
  const Eigen::VectorXd r_isqrt = r.array().rsqrt();
  const Eigen::VectorXd c_isqrt = c.array().rsqrt();
  const Eigen::MatrixXd s = r_isqrt.asDiagonal() * (p - r * c.transpose()) * c_isqrt.asDiagonal();
  Eigen::BDCSVD<Eigen::MatrixXd> svd(s, Eigen::ComputeThinU | Eigen::ComputeThinV);
  const Eigen::VectorXd sigma = svd.singularValues();
  Eigen::MatrixXd u = svd.matrixU();
  Eigen::MatrixXd v = svd.matrixV();
  // The trivial dimension is removed by centring, so at most min(r, c) - 1 axes carry inertia.
  const int axes = static_cast<int>(std::min(n.rows(), n.cols())) - 1;
  for (int k = 0; k < axes; ++k) {
    ca.inertia.push_back(sigma(k) * sigma(k));
    ca.total_inertia += sigma(k) * sigma(k);
  }
  const int kept = std::min(dims, axes);
  for (int k = 0; k < kept; ++k) {
    Eigen::Index largest = 0;
    v.col(k).cwiseAbs().maxCoeff(&largest);
    if (v(largest, k) < 0) {
      v.col(k) *= -1;
      u.col(k) *= -1;
    }
  }
  ca.row_coords.assign(n.rows(), std::vector<double>(kept, 0.0));
  ca.column_coords.assign(n.cols(), std::vector<double>(kept, 0.0));
  for (int k = 0; k < kept; ++k) {
    for (Eigen::Index i = 0; i < n.rows(); ++i)
      ca.row_coords[i][k] = r_isqrt(i) * u(i, k) * sigma(k);
    for (Eigen::Index j = 0; j < n.cols(); ++j) {
      ca.column_coords[j][k] = c_isqrt(j) * v(j, k) * sigma(k);
    }
  }
  ca.defined = true;
  return ca;
}

}  // namespace liputan::report
