#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>

#include "report/count_histogram.h"

namespace liputan::report {

// Posts where one count (likes, replies, ...) was reported, how many of those were above zero, and
// the total. Absent counts are not zero (corpora/post.h), so each metric has its own denominator.
struct CountSummary {
  int64_t observed = 0;
  int64_t positive = 0;
  int64_t total = 0;

  void Add(int64_t value) {  // inline: four of these for every broadcast post
    ++observed;
    positive += value > 0;
    total += value;
  }
  void Merge(const CountSummary& other);
  bool operator==(const CountSummary&) const = default;
};

// What engagement metrics need from an agency's own broadcast posts O_a (originals and quotes),
// kept as mergeable integer tallies.
struct EngagementTally {
  CountSummary likes;     // ℓ
  CountSummary replies;   // c
  CountSummary retweets;  // s alone (egovbench comparability)
  CountSummary shares;    // s + q (quotes count 0 when absent)
  // Per-post total ℓ + c + s + q for posts whose likes and retweets were reported.
  CountHistogram per_post_total;
  int64_t excluded_young = 0;  // observed less than the freeze window after posting
  int64_t unknown_age = 0;     // no observed_at: included, age unknown

  void Merge(const EngagementTally& other);
  nlohmann::json ToJson() const;
  static EngagementTally FromJson(const nlohmann::json& json);
  bool operator==(const EngagementTally&) const = default;
};

// Bonsón & Ratkai (2013) adapted to Twitter (reference §2.2, §5.4 A). Every field is empty when
// undefined: no observed posts, or no (or zero) follower count for the per-follower ones.
struct BonsonMetrics {
  std::optional<double> p1, p2, p3, c1, c2, c3, v1, v2, v3;
  std::optional<double> v1_retweets, v2_retweets, v3_retweets;  // s alone, as egovbench does
  std::optional<double> e, e_log;
  std::optional<double> er_median, er_mean;   // per-post (ℓ+c+s+q)/F
  std::optional<double> zero_share;           // Z
  std::optional<double> median_interactions;  // median ℓ+c+s+q, defined without followers
};

BonsonMetrics ComputeBonson(const EngagementTally& tally, std::optional<int64_t> followers);

}  // namespace liputan::report
