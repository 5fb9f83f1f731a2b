#include "report/engagement_metrics.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace liputan::report {

void CountSummary::Merge(const CountSummary& other) {
  observed += other.observed;
  positive += other.positive;
  total += other.total;
}

void EngagementTally::Merge(const EngagementTally& other) {
  likes.Merge(other.likes);
  replies.Merge(other.replies);
  retweets.Merge(other.retweets);
  shares.Merge(other.shares);
  per_post_total.Merge(other.per_post_total);
  excluded_young += other.excluded_young;
  unknown_age += other.unknown_age;
}

namespace {

nlohmann::json SummaryJson(const CountSummary& s) { return {s.observed, s.positive, s.total}; }

CountSummary SummaryFromJson(const nlohmann::json& j) {
  return {j.at(0).get<int64_t>(), j.at(1).get<int64_t>(), j.at(2).get<int64_t>()};
}

// The three Bonsón ratios for one count: share of posts with ≥1, mean per post, mean per 1000 fans.
void Ratios(const CountSummary& s, std::optional<int64_t> followers, std::optional<double>& share,
            std::optional<double>& mean, std::optional<double>& per_fan) {
  if (s.observed == 0) return;
  share = static_cast<double>(s.positive) / static_cast<double>(s.observed);
  mean = static_cast<double>(s.total) / static_cast<double>(s.observed);
  if (followers && *followers > 0) per_fan = *mean / static_cast<double>(*followers) * 1000.0;
}

}  // namespace

nlohmann::json EngagementTally::ToJson() const {
  return {{"likes", SummaryJson(likes)},
          {"replies", SummaryJson(replies)},
          {"retweets", SummaryJson(retweets)},
          {"shares", SummaryJson(shares)},
          {"per_post_total", per_post_total.ToJson()},
          {"excluded_young", excluded_young},
          {"unknown_age", unknown_age}};
}

EngagementTally EngagementTally::FromJson(const nlohmann::json& j) {
  EngagementTally t;
  t.likes = SummaryFromJson(j.at("likes"));
  t.replies = SummaryFromJson(j.at("replies"));
  t.retweets = SummaryFromJson(j.at("retweets"));
  t.shares = SummaryFromJson(j.at("shares"));
  t.per_post_total = CountHistogram::FromJson(j.at("per_post_total"));
  t.excluded_young = j.at("excluded_young").get<int64_t>();
  t.unknown_age = j.at("unknown_age").get<int64_t>();
  return t;
}

BonsonMetrics ComputeBonson(const EngagementTally& tally, std::optional<int64_t> followers) {
  BonsonMetrics m;
  Ratios(tally.likes, followers, m.p1, m.p2, m.p3);
  Ratios(tally.replies, followers, m.c1, m.c2, m.c3);
  Ratios(tally.shares, followers, m.v1, m.v2, m.v3);
  Ratios(tally.retweets, followers, m.v1_retweets, m.v2_retweets, m.v3_retweets);
  if (m.p3 && m.c3 && m.v3) {
    m.e = *m.p3 + *m.c3 + *m.v3;
    m.e_log = std::log10(1.0 + *m.e);
  }
  const CountHistogram& totals = tally.per_post_total;
  if (!totals.empty()) {
    m.median_interactions = totals.Median();
    m.zero_share = static_cast<double>(totals.zeros()) / static_cast<double>(totals.count());
    if (followers && *followers > 0) {
      const double f = static_cast<double>(*followers);
      m.er_median = *totals.Median() / f;
      m.er_mean = *totals.Mean() / f;
    }
  }
  return m;
}

}  // namespace liputan::report
