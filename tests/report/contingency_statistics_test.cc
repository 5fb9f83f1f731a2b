#include "report/contingency_statistics.h"

#include <gtest/gtest.h>

#include <cmath>

namespace liputan::report {
namespace {

TEST(ContingencyStatisticsTest, ChiSquareTailMatchesKnownValues) {
  EXPECT_NEAR(ChiSquarePValue(3.841459, 1), 0.05, 1e-6);
  EXPECT_NEAR(ChiSquarePValue(5.991465, 2), 0.05, 1e-6);
  EXPECT_NEAR(ChiSquarePValue(18.307038, 10), 0.05, 1e-6);
  // Integer a has a closed form: Q(a, x) = e^-x Σ_{k<a} x^k/k! (continued-fraction and series
  // branch).
  EXPECT_NEAR(RegularizedGammaQ(5, 10), std::exp(-10.0) * (1 + 10 + 50 + 1000.0 / 6 + 10000.0 / 24),
              1e-13);
  EXPECT_NEAR(RegularizedGammaQ(3, 1), std::exp(-1.0) * 2.5, 1e-13);
  EXPECT_NEAR(RegularizedGammaQ(1, 2), std::exp(-2.0), 1e-14);  // Q(1,x) = e^-x
  EXPECT_EQ(ChiSquarePValue(0, 3), 1);
}

TEST(ContingencyStatisticsTest, HomogeneityOnAHandComputedTable) {
  // Rows (10,20), (20,10): expected 15 everywhere, χ² = 4·25/15 = 6.667, df 1, V = sqrt(6.667/60).
  const ChiSquareResult r = ChiSquareHomogeneity({{10, 20}, {20, 10}, {0, 0}});
  ASSERT_TRUE(r.defined);
  EXPECT_NEAR(r.statistic, 20.0 / 3, 1e-12);
  EXPECT_EQ(r.df, 1);
  EXPECT_EQ(r.rows_used, 2);
  EXPECT_NEAR(r.p_value, 0.009823, 1e-5);
  EXPECT_NEAR(r.cramers_v, std::sqrt(20.0 / 3 / 60), 1e-12);
  EXPECT_FALSE(ChiSquareHomogeneity({{1, 2}}).defined);
}

TEST(ContingencyStatisticsTest, CorrespondenceAnalysisInertiaEqualsChiSquareOverN) {
  const CountTable table = {{30, 5, 5}, {5, 30, 5}, {5, 5, 30}, {10, 10, 10}};
  const CorrespondenceAnalysis ca = ComputeCorrespondenceAnalysis(table);
  const ChiSquareResult chi = ChiSquareHomogeneity(table);
  ASSERT_TRUE(ca.defined);
  EXPECT_NEAR(ca.total_inertia, chi.statistic / chi.total, 1e-10);
  ASSERT_EQ(ca.row_coords.size(), 4u);
  ASSERT_EQ(ca.row_coords[0].size(), 2u);
  // The evenly spread row sits at the centroid; the three specialised rows are far from it.
  EXPECT_NEAR(ca.row_coords[3][0], 0, 1e-10);
  EXPECT_NEAR(ca.row_coords[3][1], 0, 1e-10);
  EXPECT_GT(std::hypot(ca.row_coords[0][0], ca.row_coords[0][1]), 0.5);
  // Principal coordinates: Σ_i r_i f_ik² equals the k-th principal inertia.
  double weighted = 0;
  const double mass[] = {40.0 / 150, 40.0 / 150, 40.0 / 150, 30.0 / 150};
  for (size_t i = 0; i < 4; ++i) weighted += mass[i] * ca.row_coords[i][0] * ca.row_coords[i][0];
  EXPECT_NEAR(weighted, ca.inertia[0], 1e-10);
  // Deterministic signs: the same input gives the same coordinates.
  EXPECT_EQ(ComputeCorrespondenceAnalysis(table).row_coords, ca.row_coords);
}

}  // namespace
}  // namespace liputan::report
