#include "report/engagement_metrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

namespace liputan::report {
namespace {

// The reference's worked check (§5.4 A): 4 tweets; likes [0,3,5,0], replies [0,1,0,0],
// RTs [1,0,2,0], F = 2000.
EngagementTally WorkedTally() {
  EngagementTally t;
  const int likes[] = {0, 3, 5, 0}, replies[] = {0, 1, 0, 0}, rts[] = {1, 0, 2, 0};
  for (int i = 0; i < 4; ++i) {
    t.likes.Add(likes[i]);
    t.replies.Add(replies[i]);
    t.retweets.Add(rts[i]);
    t.shares.Add(rts[i]);
    t.per_post_total.Add(likes[i] + replies[i] + rts[i]);
  }
  return t;
}

TEST(EngagementMetricsTest, BonsonWorkedCheck) {
  const BonsonMetrics m = ComputeBonson(WorkedTally(), 2000);
  EXPECT_DOUBLE_EQ(*m.p1, 0.5);
  EXPECT_DOUBLE_EQ(*m.p2, 2);
  EXPECT_DOUBLE_EQ(*m.p3, 1.0);
  EXPECT_DOUBLE_EQ(*m.c1, 0.25);
  EXPECT_DOUBLE_EQ(*m.c2, 0.25);
  EXPECT_DOUBLE_EQ(*m.c3, 0.125);
  EXPECT_DOUBLE_EQ(*m.v1, 0.5);
  EXPECT_DOUBLE_EQ(*m.v2, 0.75);
  EXPECT_DOUBLE_EQ(*m.v3, 0.375);
  EXPECT_DOUBLE_EQ(*m.e, 1.5);
  EXPECT_NEAR(*m.e_log, 0.39794, 5e-6);
  // Per-post totals [1,4,7,0]: median 2.5, mean 3; one post in four had no engagement.
  EXPECT_DOUBLE_EQ(*m.er_median, 2.5 / 2000);
  EXPECT_DOUBLE_EQ(*m.er_mean, 3.0 / 2000);
  EXPECT_DOUBLE_EQ(*m.zero_share, 0.25);
}

TEST(EngagementMetricsTest, ZeroOrMissingFollowersLeavePerFanMetricsUndefined) {
  for (std::optional<int64_t> followers : {std::optional<int64_t>(0), std::optional<int64_t>()}) {
    const BonsonMetrics m = ComputeBonson(WorkedTally(), followers);
    EXPECT_TRUE(m.p1.has_value());
    EXPECT_FALSE(m.p3.has_value());
    EXPECT_FALSE(m.e.has_value());
    EXPECT_FALSE(m.er_median.has_value());
    EXPECT_DOUBLE_EQ(*m.zero_share, 0.25);
  }
}

TEST(EngagementMetricsTest, NoObservedPostsGivesNothing) {
  const BonsonMetrics m = ComputeBonson(EngagementTally{}, 1000);
  EXPECT_FALSE(m.p1 || m.c1 || m.v1 || m.e || m.zero_share || m.er_median);
}

TEST(EngagementMetricsTest, TallyRoundTripsThroughJsonAndMerges) {
  EngagementTally a = WorkedTally();
  a.excluded_young = 2;
  const EngagementTally back = EngagementTally::FromJson(a.ToJson());
  EXPECT_EQ(back, a);
  EngagementTally doubled = a;
  doubled.Merge(a);
  EXPECT_EQ(doubled.likes.observed, 8);
  EXPECT_EQ(doubled.per_post_total.count(), 8);
  EXPECT_DOUBLE_EQ(*ComputeBonson(doubled, 2000).e, 1.5);  // same mix, same index
}

TEST(CountHistogramTest, ExactMedianAndMean) {
  CountHistogram h;
  for (int v : {5, 1, 9, 1}) h.Add(v);
  EXPECT_DOUBLE_EQ(*h.Median(), 3);  // (1+5)/2
  EXPECT_DOUBLE_EQ(*h.Mean(), 4);
  h.Add(100);
  EXPECT_DOUBLE_EQ(*h.Median(), 5);
  EXPECT_FALSE(CountHistogram().Median().has_value());
}

}  // namespace
}  // namespace liputan::report
