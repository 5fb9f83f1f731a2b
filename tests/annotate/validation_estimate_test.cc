// report/validation_estimate.h: weighted scores of a labeled sample and their 95% interval.
#include "report/validation_estimate.h"

#include <gtest/gtest.h>

#include "bench/annotate/coverage_simulation.h"
#include "common/error.h"

namespace liputan::report {
namespace {

const std::vector<std::string> kLabels = {"a", "b"};

// Stratum "x": 8 posts of a, all predicted right. Stratum "y": 4 posts of b, two predicted a.
std::vector<ValidationItem> TwoStrata(double weight_x, double weight_y) {
  std::vector<ValidationItem> items;
  for (int i = 0; i < 8; ++i) items.push_back({0, 0, weight_x, "x"});
  for (int i = 0; i < 4; ++i) items.push_back({1, i < 2 ? 0 : 1, weight_y, "y"});
  return items;
}

// Hand-worked: a: precision 8/10, recall 1, F1 8/9; b: precision 1, recall 1/2, F1 2/3.
TEST(ValidationEstimateTest, UnweightedScoresAreTheCountsOnes) {
  const ValidationEstimate e = EstimateValidation(kLabels, TwoStrata(1, 1));
  EXPECT_EQ(e.items, 12);
  EXPECT_DOUBLE_EQ(e.weight_total, 12);
  EXPECT_DOUBLE_EQ(e.accuracy, 10.0 / 12);
  EXPECT_DOUBLE_EQ(e.f1[0], 8.0 / 9);
  EXPECT_DOUBLE_EQ(e.f1[1], 2.0 / 3);
  EXPECT_DOUBLE_EQ(e.macro_f1, (8.0 / 9 + 2.0 / 3) / 2);
  EXPECT_EQ(e.confusion[1], (std::vector<double>{2, 2, 0}));
}

// Equal weights, whatever their value, give the unweighted estimate.
TEST(ValidationEstimateTest, EqualWeightsGiveTheUnweightedEstimate) {
  const ValidationEstimate one = EstimateValidation(kLabels, TwoStrata(1, 1));
  const ValidationEstimate five = EstimateValidation(kLabels, TwoStrata(5, 5));
  EXPECT_DOUBLE_EQ(five.accuracy, one.accuracy);
  EXPECT_DOUBLE_EQ(five.macro_f1, one.macro_f1);
  EXPECT_DOUBLE_EQ(five.weight_total, 60);
}

// Posts of b stand for 10 posts each: b's errors weigh ten times as much, so accuracy falls to
// (8 + 20) / (8 + 40) and a's precision to 8 / (8 + 20).
TEST(ValidationEstimateTest, WeightsChangeTheEstimateAsTheyShould) {
  const ValidationEstimate e = EstimateValidation(kLabels, TwoStrata(1, 10));
  EXPECT_DOUBLE_EQ(e.accuracy, 28.0 / 48);
  EXPECT_DOUBLE_EQ(e.precision[0], 8.0 / 28);
  EXPECT_DOUBLE_EQ(e.recall[1], 0.5);
  EXPECT_LT(e.macro_f1, EstimateValidation(kLabels, TwoStrata(1, 1)).macro_f1);
}

TEST(ValidationEstimateTest, IntervalHoldsThePointEstimateAndIsDeterministic) {
  std::vector<ValidationItem> items = TwoStrata(1, 3);
  for (int i = 0; i < 30; ++i) items.push_back({i % 2, (i % 5 == 0) ? 1 - i % 2 : i % 2, 2, "z"});
  const ValidationEstimate e = EstimateValidation(kLabels, items);
  ASSERT_TRUE(e.macro_f1_interval && e.accuracy_interval);
  EXPECT_LE(e.macro_f1_interval->low, e.macro_f1);
  EXPECT_GE(e.macro_f1_interval->high, e.macro_f1);
  EXPECT_LT(e.macro_f1_interval->low, e.macro_f1_interval->high);
  EXPECT_LE(e.accuracy_interval->low, e.accuracy);
  EXPECT_GE(e.accuracy_interval->high, e.accuracy);
  EXPECT_EQ(EstimateValidation(kLabels, items).macro_f1_interval, e.macro_f1_interval);
  ValidationEstimateOptions other;
  other.seed = 99;
  EXPECT_NE(EstimateValidation(kLabels, items, other).macro_f1_interval, e.macro_f1_interval);
  EXPECT_EQ(e.strata, 3u);
}

// Four times the posts, about half the width.
TEST(ValidationEstimateTest, MorePostsNarrowTheInterval) {
  std::vector<ValidationItem> small, large;
  for (int i = 0; i < 200; ++i) {
    const ValidationItem item{i % 2, i % 7 == 0 ? 1 - i % 2 : i % 2, 1, ""};
    if (i < 50) small.push_back(item);
    large.push_back(item);
  }
  const auto width = [](const ValidationEstimate& e) {
    return e.macro_f1_interval->high - e.macro_f1_interval->low;
  };
  const double ratio =
      width(EstimateValidation(kLabels, large)) / width(EstimateValidation(kLabels, small));
  EXPECT_GT(ratio, 0.3);
  EXPECT_LT(ratio, 0.75);
}

// The matrix that corrects shares keeps the weighted row proportions, scaled to the row's
// effective sample size: b's row of 4 posts with weight 10 counts as 4 posts, not 40.
TEST(ValidationEstimateTest, CorrectionMatrixHasWeightedRowsOfEffectiveSize) {
  const auto items = TwoStrata(1, 10);
  const ConfusionMatrix m = ValidationConfusionMatrix(EstimateValidation(kLabels, items), items);
  EXPECT_EQ(m.labels, kLabels);
  EXPECT_EQ(m.measured_on, "labeled posts");
  EXPECT_DOUBLE_EQ(m.counts[0][0], 8);
  EXPECT_DOUBLE_EQ(m.counts[1][0], 2);
  EXPECT_DOUBLE_EQ(m.counts[1][1], 2);
}

TEST(ValidationEstimateTest, NoItemIsAnError) {
  try {
    EstimateValidation(kLabels, {});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
  }
}

// A test-sized run of bench/annotate/interval_coverage: validate samples of 200 drawn by the real
// sampler; the 95% interval should hold the population's macro-F1 about 95% of the time (60
// repeats: at 95% coverage fewer than 51 hits happen with probability < 0.1%).
TEST(ValidationEstimateTest, IntervalCoversThePopulationMacroF1) {
  bench::CoverageOptions options;
  options.population = 4000;
  options.sample_size = 200;
  options.repeats = 60;
  options.bootstrap_replicates = 400;
  const bench::CoverageResult r = bench::MeasureCoverage(options);
  EXPECT_GT(r.true_macro_f1, 0.4);
  EXPECT_GE(r.covered, 51) << "coverage " << r.share();
}

}  // namespace
}  // namespace liputan::report
