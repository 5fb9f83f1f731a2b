#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpora/post.h"
#include "corpora/taxonomy/taxonomy.h"
#include "report/agency_registry.h"
#include "report/count_histogram.h"
#include "report/edge_map.h"
#include "report/engagement_metrics.h"
#include "report/month_cache.h"
#include "report/name_index.h"
#include "report/post_examples.h"
#include "report/post_id_set.h"

namespace liputan::report {

// Options that change what is aggregated. They are recorded in the state, and states built with
// different ones refuse to merge (their sums would mean different things).
struct AggregationOptions {
  std::optional<int64_t> from;    // keep posts with created_at >= from (unix seconds)
  std::optional<int64_t> to;      // keep posts with created_at < to
  bool exclude_retweets = false;  // drop retweets everywhere (default: integration only)
  int engagement_freeze_days = 7;
  int response_window_hours = 72;
  // The label sets whose top labels are tallied: the sector role, then the function role
  // (ReportTaxonomy::sector_set, function_set). Predictions of any other set are not read.
  std::array<std::string, 2> label_sets{kSektorSet, kFungsiSet};

  bool operator==(const AggregationOptions&) const = default;
};

// Posts dated from 2100-01-01 (or before 1970) are counted out of range: broken dates, not posts.
inline constexpr int64_t kLatestPostDate = 4102444800;

// The fixed-point scale of summed probabilities, so that sums are integers and merging in any
// order gives bit-identical totals.
inline constexpr double kProbabilityScale = 1e9;

// Everything the report needs about one local agency over some months, with labels by name: what
// ReportState::Sum() returns for the report builder.
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
  int64_t reuse_total = 0, reuse_internal = 0;   // retweets+quotes by a; source in A
  int64_t vertical_base = 0, vertical_hits = 0;  // retweets+mentions by a; to vertical list
  PostIdSet amplified_ids;  // a's posts (dated by id) retweeted/quoted by another agency in A
  // Latest follower count seen: (observed_at or created_at, followers).
  std::optional<std::pair<int64_t, int64_t>> followers;

  void Merge(const AgencyMonth& other);
  bool operator==(const AgencyMonth&) const = default;
};

// The state's storage (report/month_tally.h, report/agency_data.h): internal to report/.
struct MonthTally;
struct AgencyData;

enum class Layer { kMention, kRetweet, kReply, kQuote };
inline constexpr std::array<const char*, 4> kLayerNames = {"mention", "retweet", "reply", "quote"};

// A citizen's post that addresses a local agency: its id key (report/post_key.h), time and
// author (handle id).
struct InboundPost {
  uint64_t id = 0;
  int64_t created_at = 0;
  uint32_t author = 0;
};

// An agency's reply: the key of the post it answered and the earliest reply time.
struct AgencyReply {
  uint64_t id = 0;
  int64_t created_at = 0;
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
// histograms and sets only; no floating-point accumulation). What it holds:
// - per local agency × month: counts by kind and label, engagement histograms (memory grows with
//   the distinct engagement values), the ids of its internally amplified posts (8 bytes each);
// - interaction edges per month, layer and pair of handles (bounded by agencies × addressed
//   accounts × months), and one string per distinct outside account addressed or addressing;
// - for responsiveness, 24 bytes per citizen post addressing an agency and 16 bytes per agency
//   reply (a reply and its question may come in any order or shard, so neither can be dropped
//   before the end; replies to other agencies are kept too, as a reply's handle may not be the
//   replied post's author in every source);
// - per local agency, label set and top label, the `examples_per_label` best examples
//   (PostExample: the only post text kept), agencies × labels × K at most.
// A state goes to a file through WriteState (report/state_writer.h) and comes back through
// ReadState (report/state_reader.h), both streaming: --emit-state, then --merge.
class ReportState {
 public:
  ReportState(const AgencyRegistry& registry, AggregationOptions options,
              int examples_per_label = kDefaultExamplesPerLabel);

  void Add(const Post& post);
  // Throws kData when the other state was built with other options (label sets included) or
  // another registry.
  void Merge(const ReportState& other);

  // Copies own their tallies; out of line, where AgencyData is complete.
  ReportState(const ReportState& other);
  ReportState(ReportState&& other) noexcept;
  ReportState& operator=(const ReportState& other);
  ReportState& operator=(ReportState&& other) noexcept;
  ~ReportState();

  const AgencyRegistry& registry() const { return *registry_; }
  const AggregationOptions& options() const { return options_; }
  const InputCounters& counters() const { return counters_; }
  // K of the examples kept per label: the constructor's, the least of merged states', 0 for a
  // state written before examples were kept.
  int examples_per_label() const { return examples_per_label_; }
  // Keeps at most `per_label` examples per label from now on (a reduce asked for fewer, or for
  // none: --no-examples then leaves no post text in a state it writes either).
  void LimitExamples(int per_label);
  // The agency's examples: label set (options().label_sets) → top label → examples, best first.
  std::map<std::string, std::map<std::string, std::vector<PostExample>>> Examples(int index) const;

  // The labels seen of label set `set` (0 sector, 1 function), in order of first sight.
  const std::vector<std::string>& Labels(int set) const {
    return labels_[static_cast<size_t>(set)].names();
  }
  // Whether the registry's agency `index` has any post in the state.
  bool HasPosts(int index) const;
  // The months in which the agency has posts, ascending (MonthIndexOf).
  std::vector<int64_t> Months(int index) const;
  // The agency's tallies of one of its Months(), with labels by name.
  AgencyMonth Month(int index, int64_t month) const;
  // The agency's tallies summed over `months` (MonthIndexOf), with labels by name.
  AgencyMonth Sum(int index, const std::vector<int64_t>& months) const;
  // Posts of the agency in `month` whose top labels were `sector` and `function`.
  int64_t CrossCount(int index, int64_t month, const std::string& sector,
                     const std::string& function) const;

  const EdgeMap& edges() const { return edges_; }
  // The name of a handle id (registry handles normalised, outside handles as first seen).
  const std::string& HandleName(uint32_t id) const { return handles_.name(id); }
  // The edges in (month, layer, from, to) order by name: what serialisation and rendering use.
  std::vector<std::pair<EdgeKey, int64_t>> SortedEdges() const;
  // The citizens' posts addressing agency `index`, ascending by id key, one per id. These two
  // sort their recent tail on first use, so even const access is not for several threads at once.
  const std::vector<InboundPost>& Inbound(int index) const;
  // The agency's replies, ascending by replied-to key, one per key (the earliest).
  const std::vector<AgencyReply>& Replies(int index) const;

 private:
  // The one reader (report/state_reader.cc) fills the tables and tallies directly; the writer
  // needs only the accessors above.
  friend class StateReader;
  struct PostLabels;

  MonthTally& Tally(int index, int64_t month);
  // The registry index of a handle in any case, with or without "@" (AgencyRegistry::Find), or
  // -1: the registry's handles are the first ids of handles_.
  int AgencyIndex(std::string_view handle) const;
  void AddAgencyPost(const Post& post, int index);
  void AddContent(PostLabels& labels, MonthTally& tally);
  void AddExamples(const Post& post, const PostLabels& labels, int index);
  void MergeExamples(const ReportState& other, const std::array<std::vector<uint32_t>, 2>& labels);
  void AddEngagement(const Post& post, const PostLabels& labels, MonthTally& tally);
  void AddReuse(const Post& post, int index, MonthTally& tally);
  void AddEdges(const Post& post, int index, int64_t month, MonthTally& tally);
  void AddInbound(const Post& post);
  void CompactInbound(const AgencyData& data) const;
  void CompactReplies(const AgencyData& data) const;
  AgencyMonth Resolve(const MonthTally& tally) const;
  uint32_t HandleId(const std::string& normalized);

  const AgencyRegistry* registry_;
  AggregationOptions options_;
  int examples_per_label_;
  InputCounters counters_;
  std::array<NameIndex, 2> labels_;   // by role: options_.label_sets
  NameIndex handles_;                 // registry handles first, in registry order
  std::vector<AgencyData> agencies_;  // by registry index (vertical ones stay empty)
  EdgeMap edges_;
  MonthCache months_;
};

int KindIndex(PostKind kind);

}  // namespace liputan::report
