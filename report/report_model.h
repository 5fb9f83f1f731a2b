#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "report/contingency_statistics.h"
#include "report/corrected_shares.h"
#include "report/engagement_metrics.h"
#include "report/interaction_graph.h"
#include "report/model_summary.h"
#include "report/report_state.h"
#include "report/report_taxonomy.h"

namespace liputan::report {

// The report as BuildReport computes it: every number of docs/metrics.md, typed. report.json is
// one serialisation of it (report/report_json.h), the CSV tables and report.md others
// (report/report_writer.h), and report/render's presentations read it too. An empty optional is
// a metric that is undefined (null in report.json, an empty CSV cell, "–" in report.md).
using Share = std::optional<double>;

// The comparison's axis of sector × function pairs.
inline constexpr char kJointAxis[] = "joint";

// One label set's content mix: posts with a top label, and per label its posts and share (the
// taxonomy's labels and any other the posts carry).
struct LabelMix {
  int64_t labeled = 0;
  std::map<std::string, int64_t> counts;
  std::map<std::string, Share> shares;
};

struct ActivityMetrics {
  int64_t posts = 0, original = 0, reply = 0, retweet = 0, quote = 0;
  double days = 0;  // of the period inside the analysed range
  Share posts_per_day;
};

struct ContentMetrics {
  int64_t posts = 0, unlabeled = 0;
  // Label set ("sektor", "fungsi": ReportTaxonomy's names) → its mix.
  std::map<std::string, LabelMix> mixes;
  std::map<std::string, std::map<std::string, int64_t>> cross;  // sector → function → posts
  Share basic_service_share, service_information_share, citizen_facing_share, symbolic_share;
  Share sector_breadth, sector_breadth_strict, evenness, pd_service_coverage;
  std::set<std::string> mandate_sectors;
  Share mandate_alignment;

  const LabelMix& Mix(const std::string& label_set) const;  // an empty mix when absent
};

struct CategoryEngagement {
  int64_t posts = 0;
  Share median_interactions, lift;
};

struct EngagementMetrics {
  int64_t broadcast_posts = 0, observed_posts = 0, excluded_young = 0, unknown_age = 0;
  std::optional<int64_t> followers;
  std::optional<int64_t> followers_observed_at;  // unix seconds
  BonsonMetrics bonson;                          // P1..V3, E, E_log, ER, Z
  Share e_norm;                                  // E_log min–max normalised over the agencies
  std::map<std::string, CategoryEngagement> by_category;  // "sektor:x" / "fungsi:y"
};

struct ParticipationMetrics {
  int64_t inbound_posts = 0, participants = 0, answered = 0, answered_within_window = 0;
  Share participants_per_1000_followers, response_rate, median_reply_delay_hours;
};

struct InteractionMode {
  Share push_share, networking_share, pull_share;
};

struct IntegrationMetrics {
  // Layer name ("mention", ..., "union") → the agency's node measures. Per period only "union";
  // the whole range has every layer.
  std::map<std::string, NodeMetrics> layers;
  int64_t amplified_posts = 0, reuse_posts = 0, vertical_base = 0;
  Share amplification_rate, internal_reuse_share, vertical_share;

  const NodeMetrics& Union() const;
};

// One agency's metrics over one period (or the whole range).
struct MetricBlock {
  ActivityMetrics activity;
  ContentMetrics content;
  EngagementMetrics engagement;
  ParticipationMetrics participation;
  InteractionMode interaction_mode;
  IntegrationMetrics integration;
};

struct AgencyReport {
  std::string handle;  // as the registry writes it
  std::string name, type, parent;
  std::vector<std::string> urusan;
  bool has_posts = false;
  MetricBlock total;
  std::vector<MetricBlock> by_period;  // Report::periods' order
};

struct HubCoverage {
  std::string handle;
  double coverage_out = 0, coverage_in = 0;
};

struct EiIndex {
  int64_t internal_ties = 0, external_ties = 0;
  Share ei_index, ei_index_weighted;
};

// The graph measures among the local agencies of one period.
struct NetworkSummary {
  // (layer name, measures without the per-node ones): kLayerNames' order, then "union".
  std::vector<std::pair<std::string, GraphMetrics>> layers;
  std::vector<HubCoverage> hubs;
  EiIndex ei;

  const GraphMetrics& Union() const;  // the last layer's; empty measures when there is none
};

struct NetworkEdgeRow {
  std::string month, layer, from, to;
  int64_t weight = 0;
};

struct NetworkReport {
  NetworkSummary total;
  std::vector<NetworkSummary> by_period;  // Report::periods' order
  // network.edges, when ReportOptions::edges_in_document; else the caller streams them from
  // ReportEdges.
  std::optional<std::vector<NetworkEdgeRow>> edges;
};

struct Correspondence {
  bool defined = false;
  double total_inertia = 0;
  std::vector<double> principal_inertia;
  std::vector<std::pair<std::string, std::vector<double>>> rows;     // agency, coordinates
  std::vector<std::pair<std::string, std::vector<double>>> columns;  // label, coordinates
};

// The agencies' mixes compared on one axis: a label set, or "joint" (sector × function).
struct AxisComparison {
  std::string axis;
  std::vector<std::string> agencies;            // those with content on the axis
  std::vector<std::vector<double>> divergence;  // Jensen–Shannon, bits
  ChiSquareResult chi_square;
  std::optional<Correspondence> correspondence;  // none for "joint"
};

struct CorrectedLabelSet {
  std::string label_set;
  bool soft_matrix_given = false;
  CorrectedShares all;
  std::vector<std::pair<std::string, CorrectedShares>> agencies;  // handle, registry order
};

struct CorrectedSharesReport {
  std::string source;
  int bootstrap_replicates = 0;
  uint64_t seed = 0;
  double confidence = 0;
  std::vector<CorrectedLabelSet> label_sets;
};

struct RankingRow {
  std::string handle, name;
  Share konten, partisipasi, integrasi;  // 0–100
  int rank_konten = 0, rank_partisipasi = 0, rank_integrasi = 0;
  double mean_rank = 0;
  std::string finding;
};

struct ExampleRow {
  std::string id;
  std::string url;  // "" when the post has no address on X
  int64_t created_at = 0;
  double probability = 0;
  std::string text;
};

// Handle → label set → label → the best examples, best first.
using ExamplesReport =
    std::map<std::string, std::map<std::string, std::map<std::string, std::vector<ExampleRow>>>>;

// The regency-wide numbers of the overview: shares pooled over the agencies (each agency's share
// weighted by its base), the mean of E, and the network's headline measures.
struct Overview {
  Share basic_service_share, service_information_share, symbolic_share;
  Share zero_engagement_share, mean_e, response_rate;
  Share hub_coverage_out;  // the first hub's, when there is one
};

struct Report {
  std::string generator;
  // options
  PeriodKind period = PeriodKind::kMonth;
  AggregationOptions aggregation;
  int breadth_strict_k = 3;
  InputCounters input;
  // "model": the bundle that labeled the posts (none: the input's labels) and where the matrix
  // correcting the shares was measured (none: no matrix).
  std::optional<ModelSummary> model;
  std::optional<std::string> confusion_source;
  ReportTaxonomy taxonomy;
  std::vector<std::string> periods;
  std::vector<AgencyReport> agencies;  // the local agencies, registry order
  NetworkReport network;
  std::vector<AxisComparison> comparison;  // the label sets, then "joint"
  std::optional<CorrectedSharesReport> corrected_shares;
  std::vector<RankingRow> ranking;         // agencies' order
  std::optional<ExamplesReport> examples;  // none: --no-examples
  Overview overview;

  // `label_sets` in the order the report lists them: the taxonomy's sector and function sets
  // first, then any other by name.
  std::vector<std::string> LabelSetOrder(const std::vector<std::string>& label_sets) const;
  // Whether any agency's posts carry a content label: raw archives read without a model have
  // none, and then there is nothing whose validity to discuss.
  bool HasContentLabels() const;
};

}  // namespace liputan::report
