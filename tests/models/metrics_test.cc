#include "models/metrics.h"

#include <gtest/gtest.h>

namespace liputan {
namespace {

// Three labels A, B, C and ten examples with the confusion matrix (rows true, columns predicted)
//   A: 3 1 0    B: 1 2 1    C: 0 0 2
// worked by hand: P = 3/4, 2/3, 2/3; R = 3/4, 2/4, 2/2; F1 = .75, 4/7, .8.
// Right answers have top probability .85 (bin (.8,.9]); wrong ones .55 (bin (.5,.6]).
std::vector<ScoredExample> HandWorkedExamples() {
  struct Row {
    int truth, top, second;
  };
  const std::vector<Row> rows = {
      {0, 0, 1}, {0, 0, 1}, {0, 0, 2}, {0, 1, 0},  // A: 3 right, 1 as B (A second)
      {1, 0, 1}, {1, 1, 0}, {1, 1, 2}, {1, 2, 0},  // B: 1 as A (B second), 2 right, 1 as C
      {2, 2, 0}, {2, 2, 1},                        // C: 2 right
  };
  std::vector<ScoredExample> out;
  for (const auto& r : rows) {
    float top = r.top == r.truth ? 0.85f : 0.55f;
    int third = 3 - r.top - r.second;
    out.push_back(
        {{r.truth}, {{r.top, top}, {r.second, (1 - top) * 0.75f}, {third, (1 - top) * 0.25f}}});
  }
  return out;
}

TEST(MetricsTest, HandWorkedThreeLabelConfusionMatrix) {
  MetricsOptions options;
  options.k = 2;
  auto m = ComputeMetrics({"A", "B", "C"}, HandWorkedExamples(), options);
  EXPECT_EQ(m.examples, 10);
  std::vector<std::vector<int64_t>> expected = {{3, 1, 0, 0}, {1, 2, 1, 0}, {0, 0, 2, 0}};
  EXPECT_EQ(m.confusion, expected);
  EXPECT_NEAR(m.labels[0].precision, 0.75, 1e-9);
  EXPECT_NEAR(m.labels[1].precision, 2.0 / 3, 1e-9);
  EXPECT_NEAR(m.labels[2].precision, 2.0 / 3, 1e-9);
  EXPECT_NEAR(m.labels[0].recall, 0.75, 1e-9);
  EXPECT_NEAR(m.labels[1].recall, 0.5, 1e-9);
  EXPECT_NEAR(m.labels[2].recall, 1.0, 1e-9);
  EXPECT_NEAR(m.labels[1].f1, 4.0 / 7, 1e-9);
  EXPECT_NEAR(m.labels[2].f1, 0.8, 1e-9);
  EXPECT_EQ(m.labels[1].support, 4);
  EXPECT_EQ(m.labels[2].support, 2);
  EXPECT_NEAR(m.accuracy, 0.7, 1e-9);
  EXPECT_NEAR(m.micro_precision, 0.7, 1e-9);
  EXPECT_NEAR(m.micro_recall, 0.7, 1e-9);
  EXPECT_NEAR(m.micro_f1, 0.7, 1e-9);
  EXPECT_NEAR(m.macro_precision, (0.75 + 2.0 / 3 + 2.0 / 3) / 3, 1e-9);
  EXPECT_NEAR(m.macro_recall, 0.75, 1e-9);
  EXPECT_NEAR(m.macro_f1, (0.75 + 4.0 / 7 + 0.8) / 3, 1e-9);
  // Top-2 hits: the 7 right answers, plus the 2 wrong ones whose second guess is the truth.
  EXPECT_NEAR(m.precision_at_k, 9.0 / 20, 1e-9);
  EXPECT_NEAR(m.recall_at_k, 9.0 / 10, 1e-9);
  // ECE = .7 * |1 - .85| + .3 * |0 - .55| = .105 + .165.
  EXPECT_NEAR(m.expected_calibration_error, 0.27, 1e-6);
}

TEST(MetricsTest, ThresholdsMoveSingleLabelPredictionsToTheNoneColumn) {
  MetricsOptions options;
  options.thresholds = {0.9, 0.0, 0.0};  // A is never confident enough
  auto m = ComputeMetrics({"A", "B", "C"}, HandWorkedExamples(), options);
  EXPECT_EQ(m.confusion[0][3], 3);  // A's three right answers fell below the threshold
  EXPECT_EQ(m.confusion[1][3], 1);
  EXPECT_EQ(m.labels[0].predicted, 0);
  EXPECT_NEAR(m.labels[0].recall, 0.0, 1e-9);
}

TEST(MetricsTest, MultiLabelUsesPerLabelThresholdsAndExactMatch) {
  std::vector<ScoredExample> ex = {
      {{0, 1}, {{0, 0.9f}, {1, 0.6f}, {2, 0.1f}}},  // both predicted: exact
      {{2}, {{0, 0.7f}, {2, 0.4f}, {1, 0.1f}}},     // predicts A only: wrong
  };
  MetricsOptions options;
  options.multi_label = true;
  auto m = ComputeMetrics({"A", "B", "C"}, ex, options);
  EXPECT_TRUE(m.confusion.empty());
  EXPECT_NEAR(m.accuracy, 0.5, 1e-9);
  EXPECT_EQ(m.labels[0].predicted, 2);
  EXPECT_EQ(m.labels[0].true_positives, 1);
  EXPECT_EQ(m.labels[2].predicted, 0);
  EXPECT_NEAR(m.micro_precision, 2.0 / 3, 1e-9);  // 2 of 3 assigned labels right
  EXPECT_NEAR(m.micro_recall, 2.0 / 3, 1e-9);     // 2 of 3 true labels found
  options.thresholds = {0.5, 0.5, 0.3};
  m = ComputeMetrics({"A", "B", "C"}, ex, options);
  EXPECT_EQ(m.labels[2].true_positives, 1);
}

TEST(MetricsTest, TunedThresholdMaximisesEachLabelsF1) {
  // One label, scores .9(+) .8(-) .7(+) .3(-): F1 is 2/3 at .9, 1/2 at .8, 4/5 at .7, 2/3 at .3.
  std::vector<ScoredExample> ex = {
      {{0}, {{0, 0.9f}}}, {{1}, {{0, 0.8f}}}, {{0}, {{0, 0.7f}}}, {{1}, {{0, 0.3f}}}};
  auto t = TuneThresholds(2, ex, /*multi_label=*/true);
  EXPECT_NEAR(t[0], 0.7, 1e-6);
  EXPECT_NEAR(t[1], 0.5, 1e-9);  // no positives of label 1: keeps the default
}

TEST(MetricsTest, JsonRoundTrip) {
  MetricsOptions options;
  options.k = 2;
  auto m = ComputeMetrics({"A", "B", "C"}, HandWorkedExamples(), options);
  auto back = EvaluationMetrics::FromJson(m.ToJson());
  EXPECT_EQ(back.ToJson(), m.ToJson());
  EXPECT_NE(m.ToTable().find("macro"), std::string::npos);
}

}  // namespace
}  // namespace liputan
