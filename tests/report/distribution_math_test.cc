#include "report/distribution_math.h"

#include <gtest/gtest.h>

#include "common/error.h"

namespace liputan::report {
namespace {

// Worked checks of the reference, §5.4 B.
TEST(DistributionMathTest, EntropyAndEvennessMatchTheWorkedCheck) {
  EXPECT_NEAR(Entropy({0.5, 0.3, 0.2}), 1.0297, 5e-5);
  EXPECT_NEAR(Evenness({0.5, 0.3, 0.2}, 15), 0.3802, 5e-5);
  // Counts give the same as shares.
  EXPECT_NEAR(Entropy({50, 30, 20}), 1.0297, 5e-5);
}

TEST(DistributionMathTest, EntropyEdgeCases) {
  EXPECT_EQ(Entropy({0, 0, 0}), 0);
  EXPECT_EQ(Entropy({7}), 0);
  EXPECT_NEAR(Evenness({1, 1, 1, 1}, 4), 1.0, 1e-12);
  EXPECT_EQ(Evenness({1, 2}, 1), 0);
}

TEST(DistributionMathTest, JensenShannonMatchesTheWorkedCheck) {
  EXPECT_NEAR(JensenShannonDivergence({.5, .5, 0}, {.25, .25, .5}), 0.3113, 5e-5);
}

TEST(DistributionMathTest, JensenShannonIsSymmetricAndBounded) {
  const std::vector<double> p{3, 1, 0, 6}, q{0, 2, 5, 1};
  EXPECT_DOUBLE_EQ(JensenShannonDivergence(p, q), JensenShannonDivergence(q, p));
  EXPECT_EQ(JensenShannonDivergence(p, p), 0);
  EXPECT_NEAR(JensenShannonDivergence({1, 0}, {0, 1}), 1.0, 1e-12);
  EXPECT_EQ(JensenShannonDivergence({0, 0}, {0, 0}), 0);
  EXPECT_EQ(JensenShannonDivergence({0, 0}, {1, 0}), 1);
  EXPECT_THROW(JensenShannonDivergence({1}, {1, 2}), Error);
}

}  // namespace
}  // namespace liputan::report
