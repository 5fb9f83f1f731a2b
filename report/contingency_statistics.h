#pragma once

#include <string>
#include <vector>

namespace liputan::report {

// A rows × columns table of counts (agencies × categories), row-major.
using CountTable = std::vector<std::vector<double>>;

// Regularised upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a): series for x < a + 1, Lentz's
// continued fraction otherwise (the classic split, Press et al., Numerical Recipes §6.2).
double RegularizedGammaQ(double a, double x);

// Upper tail of the chi-square distribution with `df` degrees of freedom.
double ChiSquarePValue(double statistic, double df);

struct ChiSquareResult {
  double statistic = 0;
  int df = 0;
  double p_value = 1;
  double cramers_v = 0;
  int rows_used = 0;     // rows with a non-zero total
  int columns_used = 0;  // columns with a non-zero total
  double total = 0;
  bool defined = false;  // needs ≥2 non-empty rows and ≥2 non-empty columns
  // Share of expected counts below 5: the usual caution that the p-value is an approximation.
  double small_expected_share = 0;
};

// Pearson chi-square test of homogeneity of the row distributions. All-zero rows and columns are
// dropped first (an agency with no content cannot differ from the others in its mix).
ChiSquareResult ChiSquareHomogeneity(const CountTable& table);

struct CorrespondenceAnalysis {
  bool defined = false;
  std::vector<double> inertia;                  // principal inertias (σ²), all dimensions
  double total_inertia = 0;                     // = χ²/n
  std::vector<std::vector<double>> row_coords;  // principal coordinates, first `dims` dimensions
  std::vector<std::vector<double>> column_coords;
  std::vector<int> row_index;     // which input rows (non-empty) the coordinates belong to
  std::vector<int> column_index;  // which input columns
};

// Correspondence analysis of the table (Greenacre 2007): SVD of the standardised residuals
// D_r^{-1/2}(P - r cᵀ)D_c^{-1/2}; principal coordinates F = D_r^{-1/2} U Σ, G = D_c^{-1/2} V Σ.
// Signs are fixed so each column-coordinate axis has its largest-magnitude entry positive, which
// makes the output deterministic across SVD implementations.
CorrespondenceAnalysis ComputeCorrespondenceAnalysis(const CountTable& table, int dims = 2);

}  // namespace liputan::report
