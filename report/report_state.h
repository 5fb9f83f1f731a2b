#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "corpora/post.h"
#include "report/agency_registry.h"
#include "report/count_histogram.h"
#include "report/engagement_metrics.h"

namespace liputan::report {

// Options that change what is aggregated. They are recorded in the state, and states built with
// different ones refuse to merge (their sums would mean different things).
struct AggregationOptions {
  std::optional<int64_t> from;    // keep posts with created_at >= from (unix seconds)
  std::optional<int64_t> to;      // keep posts with created_at < to
  bool exclude_retweets = false;  // drop retweets everywhere (default: integration only)
  int engagement_freeze_days = 7;
  int response_window_hours = 72;

  bool operator==(const AggregationOptions&) const = default;
};

// The fixed-point scale of summed probabilities, so that sums are integers and merging in any
// order gives bit-identical totals.
inline constexpr double kProbabilityScale = 1e9;

// Everything the report needs about one local agency in one calendar month.
struct AgencyMonth {
  std::array<int64_t, 4> posts_by_kind{};  // original, reply, retweet, quote
  // Content mix over O_a ∪ R_a (originals, quotes, replies) with a top label.
  int64_t content_posts = 0;
  int64_t unlabeled = 0;  // content posts without a prediction for a label set
  std::map<std::string, int64_t> sector, function;
  std::map<std::string, int64_t> cross;  // "sector\tfunction" → posts
  std::map<std::string, int64_t> sector_probability, function_probability;  // fixed point
  // Engagement over O_a (originals and quotes).
  EngagementTally engagement;
  std::map<std::string, CountHistogram> engagement_by_label;  // "sektor:x" / "fungsi:y" → totals
  int64_t broadcast_posts = 0;                                // |O_a|
  int64_t pull_posts = 0;  // O_a in a pull function carrying a URL
  // Outgoing integration.
  int64_t reuse_total = 0, reuse_internal = 0;    // retweets+quotes by a; source in A
  int64_t vertical_base = 0, vertical_hits = 0;   // retweets+mentions by a; to vertical list
  std::unordered_set<std::string> amplified_ids;  // hashed: ids share long prefixes  // a's posts
                                                  // (dated by id) retweeted/quoted by another in A
  // Latest follower count seen this month: (observed_at or created_at, followers).
  std::optional<std::pair<int64_t, int64_t>> followers;

  void Merge(const AgencyMonth& other);
  bool operator==(const AgencyMonth&) const = default;
};

enum class Layer { kMention, kRetweet, kReply, kQuote };
inline constexpr std::array<const char*, 4> kLayerNames = {"mention", "retweet", "reply", "quote"};

struct EdgeKey {
  std::string month;
  int layer;
  std::string from;  // registry handle (local or vertical)
  std::string to;    // any handle
  auto operator<=>(const EdgeKey&) const = default;
};

// Aggregation hashes edges (an ordered map spent a quarter of the time comparing month strings);
// everything that reads them in order goes through ReportState::SortedEdges().
struct EdgeKeyHash {
  size_t operator()(const EdgeKey& k) const {
    const std::hash<std::string> h;
    return h(k.month) ^ (h(k.from) * 31) ^ (h(k.to) * 1000003) ^ static_cast<size_t>(k.layer);
  }
};
using EdgeMap = std::unordered_map<EdgeKey, int64_t, EdgeKeyHash>;

struct InboundPost {
  int64_t created_at = 0;
  std::string author;
  bool operator==(const InboundPost&) const = default;
};

// Input counters: what was read, and why records did not count.
struct InputCounters {
  int64_t records = 0;
  int64_t agency_posts = 0;    // by a local agency of the registry
  int64_t vertical_posts = 0;  // by a provincial/national account of the registry (not aggregated)
  int64_t outside_posts = 0;   // by accounts outside the registry
  int64_t inbound_posts = 0;   // outside posts that mention or reply to a local agency
  int64_t out_of_range = 0;    // outside --from/--to
  int64_t retweets_excluded = 0;                 // dropped by --exclude-retweets
  std::optional<int64_t> first_post, last_post;  // created_at range of the kept posts

  void Merge(const InputCounters& other);
  bool operator==(const InputCounters&) const = default;
};

// The mergeable aggregation state (DESIGN.md §8). Add() every post, or Merge() partial states
// built on shards: either way the state, and so the report, is identical (sums, exact
// histograms and sets only; no floating-point accumulation). It grows with agencies × months,
// with the distinct engagement values, and with the ids needed for matching (inbound posts and
// the agencies' replies for responsiveness, internally amplified post ids), not with all records.
class ReportState {
 public:
  ReportState(const AgencyRegistry& registry, AggregationOptions options);

  void Add(const Post& post);
  // Throws kData when the other state was built with other options or another registry.
  void Merge(const ReportState& other);

  nlohmann::json ToJson() const;
  // `name` is used in messages. Throws kData when the JSON is not a state or its registry
  // fingerprint differs from `registry`'s.
  static ReportState FromJson(const nlohmann::json& json, const AgencyRegistry& registry,
                              const std::string& name);

  const AgencyRegistry& registry() const { return *registry_; }
  const AggregationOptions& options() const { return options_; }
  const InputCounters& counters() const { return counters_; }
  // handle → month → state, local agencies only; agencies without posts are absent.
  const std::map<std::string, std::map<std::string, AgencyMonth>>& agencies() const {
    return agencies_;
  }
  const EdgeMap& edges() const { return edges_; }
  // The edges in (month, layer, from, to) order: what serialisation and rendering use.
  std::vector<std::pair<EdgeKey, int64_t>> SortedEdges() const;
  // agency handle → inbound post id → post; agency handle → replied-to id → earliest reply time.
  const std::map<std::string, std::unordered_map<std::string, InboundPost>>& inbound() const {
    return inbound_;
  }
  const std::map<std::string, std::unordered_map<std::string, int64_t>>& replies() const {
    return replies_;
  }

  bool operator==(const ReportState& other) const;

 private:
  void AddAgencyPost(const Post& post, const Agency& agency);
  void AddContent(const Post& post, AgencyMonth& state);
  void AddEngagement(const Post& post, AgencyMonth& state);
  void AddEdges(const Post& post, const Agency& agency, const std::string& month);
  void AddInbound(const Post& post);

  const AgencyRegistry* registry_;
  AggregationOptions options_;
  InputCounters counters_;
  std::map<std::string, std::map<std::string, AgencyMonth>> agencies_;
  EdgeMap edges_;
  std::map<std::string, std::unordered_map<std::string, InboundPost>> inbound_;
  std::map<std::string, std::unordered_map<std::string, int64_t>> replies_;
};

int KindIndex(PostKind kind);

}  // namespace liputan::report
