#include "report/corrected_shares.h"

#include <gtest/gtest.h>

#include <Eigen/Dense>
#include <cmath>
#include <random>

#include "common/error.h"

namespace liputan::report {
namespace {

TEST(SimplexLeastSquaresTest, StaysOnTheSimplexAndSolvesFeasibleSystemsExactly) {
  Eigen::MatrixXd a(3, 3);
  a << 0.8, 0.1, 0.2, 0.1, 0.7, 0.2, 0.1, 0.2, 0.6;
  const Eigen::Vector3d truth(0.5, 0.3, 0.2);
  const Eigen::VectorXd x = SimplexLeastSquares(a, a * truth);
  EXPECT_NEAR((x - truth).norm(), 0, 1e-8);
  // An observed mix no true mix explains (it would need a negative share) is clipped to 0.
  const Eigen::VectorXd clipped = SimplexLeastSquares(a, Eigen::Vector3d(0.05, 0.9, 0.05));
  EXPECT_GE(clipped.minCoeff(), 0);
  EXPECT_NEAR(clipped.sum(), 1, 1e-12);
  EXPECT_NEAR(clipped(0), 0, 1e-9);
}

TEST(NonNegativeLeastSquaresTest, MatchesAHandSolvedCase) {
  Eigen::MatrixXd a(2, 2);
  a << 1, 0, 0, 1;
  const Eigen::VectorXd x = NonNegativeLeastSquares(a, Eigen::Vector2d(2, -3));
  EXPECT_NEAR(x(0), 2, 1e-12);
  EXPECT_NEAR(x(1), 0, 1e-12);
}

// A synthetic population with a known true mix, labelled by a noisy classifier whose error rates
// a separate validation sample estimates: the adjusted share must land closer to the truth.
TEST(CorrectSharesTest, AdjustedShareIsCloserToTheTrueMixThanRawCounting) {
  const std::vector<std::string> labels = {"info_layanan", "kegiatan_pimpinan",
                                           "ucapan_peringatan"};
  // P(predicted j | true i): the classifier over-predicts the ceremonial label.
  const double error[3][3] = {{0.70, 0.25, 0.05}, {0.05, 0.90, 0.05}, {0.05, 0.20, 0.75}};
  const double true_mix[3] = {0.50, 0.20, 0.30};
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> unit(0, 1);
  auto classify = [&](int truth) {
    const double u = unit(rng);
    return u < error[truth][0] ? 0 : (u < error[truth][0] + error[truth][1] ? 1 : 2);
  };
  ConfusionMatrix confusion;
  confusion.labels = labels;
  confusion.counts.assign(3, std::vector<double>(3, 0));
  confusion.soft.assign(3, std::vector<double>(3, 0));
  for (int truth = 0; truth < 3; ++truth) {
    for (int i = 0; i < 2000; ++i) {
      const int p = classify(truth);
      confusion.counts[truth][p] += 1;
      confusion.soft[truth][p] += 0.8;            // a classifier that puts 0.8 on its top label ...
      confusion.soft[truth][(p + 1) % 3] += 0.2;  // ... and 0.2 on the next
    }
  }
  std::map<std::string, int64_t> predicted;
  std::map<std::string, double> probability;
  for (int i = 0; i < 20000; ++i) {
    const double u = unit(rng);
    const int truth = u < true_mix[0] ? 0 : (u < true_mix[0] + true_mix[1] ? 1 : 2);
    const int p = classify(truth);
    ++predicted[labels[p]];
    probability[labels[p]] += 0.8;
    probability[labels[(p + 1) % 3]] += 0.2;
  }
  CorrectedSharesOptions options;
  options.bootstrap_replicates = 200;
  const CorrectedShares result = CorrectShares(confusion, predicted, probability, options);
  ASSERT_EQ(result.shares.size(), 3u);
  EXPECT_EQ(result.posts, 20000);
  double raw_error = 0, adjusted_error = 0, soft_error = 0, total = 0, soft_total = 0;
  for (int i = 0; i < 3; ++i) {
    const CorrectedShare& s = result.shares[i];
    raw_error += std::fabs(s.raw - true_mix[i]);
    adjusted_error += std::fabs(s.adjusted - true_mix[i]);
    soft_error += std::fabs(s.probabilistic_adjusted - true_mix[i]);
    total += s.adjusted;
    soft_total += s.probabilistic_adjusted;
    ASSERT_TRUE(s.adjusted_low && s.adjusted_high);
    EXPECT_LE(*s.adjusted_low, s.adjusted);
    EXPECT_GE(*s.adjusted_high, s.adjusted);
    EXPECT_LE(*s.adjusted_low, true_mix[i]);  // the 95% interval covers the truth here
    EXPECT_GE(*s.adjusted_high, true_mix[i]);
    ASSERT_TRUE(s.probabilistic_adjusted_low && s.probabilistic_adjusted_high);
    EXPECT_LE(*s.probabilistic_adjusted_low, s.probabilistic_adjusted);
    EXPECT_GE(*s.probabilistic_adjusted_high, s.probabilistic_adjusted);
    EXPECT_LE(*s.probabilistic_adjusted_low, true_mix[i]);  // so does the PACC one
    EXPECT_GE(*s.probabilistic_adjusted_high, true_mix[i]);
    // An interval, not a point, and not the whole [0, 1] either.
    EXPECT_GT(*s.probabilistic_adjusted_high - *s.probabilistic_adjusted_low, 0.002);
    EXPECT_LT(*s.probabilistic_adjusted_high - *s.probabilistic_adjusted_low, 0.1);
  }
  EXPECT_GT(raw_error, 0.15);       // counting is clearly biased ...
  EXPECT_LT(adjusted_error, 0.04);  // ... the adjusted share is not
  EXPECT_LT(adjusted_error, raw_error / 4);
  EXPECT_LT(soft_error, raw_error / 4);
  EXPECT_NEAR(total, 1, 1e-12);
  EXPECT_NEAR(soft_total, 1, 1e-12);
}

TEST(CorrectSharesTest, BootstrapIsDeterministicForASeedAndChangesWithIt) {
  ConfusionMatrix confusion{{"a", "b"}, {{80, 20}, {10, 90}}, {}, ""};
  const std::map<std::string, int64_t> predicted = {{"a", 300}, {"b", 700}, {"zzz", 5}};
  CorrectedSharesOptions options;
  options.bootstrap_replicates = 100;
  const CorrectedShares first = CorrectShares(confusion, predicted, {}, options);
  const CorrectedShares second = CorrectShares(confusion, predicted, {}, options);
  EXPECT_EQ(first.outside_labels, 5);
  EXPECT_EQ(*first.shares[0].adjusted_low, *second.shares[0].adjusted_low);
  EXPECT_EQ(*first.shares[1].adjusted_high, *second.shares[1].adjusted_high);
  options.seed += 1;
  const CorrectedShares other = CorrectShares(confusion, predicted, {}, options);
  EXPECT_NE(*first.shares[0].adjusted_low, *other.shares[0].adjusted_low);
  EXPECT_EQ(*first.shares[0].probabilistic_adjusted_low,
            *second.shares[0].probabilistic_adjusted_low);
  EXPECT_NE(*first.shares[0].probabilistic_adjusted_low,
            *other.shares[0].probabilistic_adjusted_low);
  // (0.3 - 0.1) / (0.8 - 0.1) = 0.2857: the textbook adjusted count for two classes.
  EXPECT_NEAR(first.shares[0].adjusted, 0.2 / 0.7, 1e-9);
}

// The PACC interval narrows as the sample grows (the sample part shrinks like 1/sqrt(n)) and
// stays around its estimate; with the replicates turned off there is no interval at all.
TEST(CorrectSharesTest, ProbabilisticIntervalNarrowsWithTheSampleAndCanBeTurnedOff) {
  ConfusionMatrix confusion{{"a", "b"}, {{800, 200}, {100, 900}}, {{700, 300}, {150, 850}}, ""};
  CorrectedSharesOptions options;
  options.bootstrap_replicates = 300;
  auto width = [&](int64_t n) {
    const std::map<std::string, int64_t> predicted = {{"a", 3 * n / 10}, {"b", 7 * n / 10}};
    const std::map<std::string, double> probability = {{"a", 0.35 * n}, {"b", 0.65 * n}};
    const CorrectedShares r = CorrectShares(confusion, predicted, probability, options);
    const CorrectedShare& a = r.shares[0];
    EXPECT_LE(*a.probabilistic_adjusted_low, a.probabilistic_adjusted);
    EXPECT_GE(*a.probabilistic_adjusted_high, a.probabilistic_adjusted);
    return *a.probabilistic_adjusted_high - *a.probabilistic_adjusted_low;
  };
  const double small = width(200), large = width(20000);
  EXPECT_GT(small, 2 * large);
  EXPECT_GT(large, 0);  // the confusion matrix's own uncertainty remains
  options.bootstrap_replicates = 0;
  const CorrectedShares none = CorrectShares(confusion, {{"a", 30}, {"b", 70}}, {}, options);
  EXPECT_FALSE(none.shares[0].probabilistic_adjusted_low.has_value());
  EXPECT_FALSE(none.shares[0].adjusted_low.has_value());
}

TEST(CorrectSharesTest, NonSquareMatrixIsAnError) {
  ConfusionMatrix bad{{"a", "b"}, {{1, 2}}, {}, ""};
  EXPECT_THROW(CorrectShares(bad, {{"a", 1}}, {}, {}), Error);
}

TEST(ConfusionInputTest, ReadsOurSchemaAndAManifestShape) {
  const ConfusionInput ours = ParseConfusionJson(
      R"({"label_sets": {"fungsi": {"labels": ["a", "b"], "confusion": [[8, 2], [1, 9]],
          "soft_confusion": [[7.5, 2.5], [1.5, 8.5]]}}})",
      "c.json");
  ASSERT_EQ(ours.count("fungsi"), 1u);
  EXPECT_EQ(ours.at("fungsi").counts[1][1], 9);
  EXPECT_EQ(ours.at("fungsi").soft[0][1], 2.5);
  const ConfusionInput manifest = ParseConfusionJson(
      R"({"format_version": 1, "label_sets": [{"name": "sektor", "labels": ["x", "y"],
          "validation": {"confusion_matrix": {"labels": ["x", "y"], "matrix": [[3, 1], [0, 4]]}}}]})",
      "manifest.json");
  EXPECT_EQ(manifest.at("sektor").counts[0][1], 1);
  // The models component's manifest: labels beside the matrix, an extra "no label" column.
  const ConfusionInput bundle = ParseConfusionJson(
      R"({"format": "liputan-model", "label_sets": [{"name": "fungsi", "labels": [{"name": "b"}, {"name": "a"}],
          "validation": {"labels": [{"label": "a", "f1": 0.9}, {"label": "b", "f1": 0.8}],
                         "confusion_matrix": [[9, 1, 0], [2, 7, 1]]}}]})",
      "m.json");
  EXPECT_EQ(bundle.at("fungsi").labels, std::vector<std::string>({"a", "b"}));
  EXPECT_EQ(bundle.at("fungsi").counts[1], std::vector<double>({2, 7}));
  try {
    ParseConfusionJson(
        R"({"label_sets": {"s": {"labels": ["a", "b"], "confusion": [[1, 2, 3, 4]]}}})",
        "bad.json");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_EQ(e.location(), "bad.json");
  }
}

}  // namespace
}  // namespace liputan::report
