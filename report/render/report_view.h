#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace liputan::render {

// What the presentation renderers (HTML, XLSX, GEXF/GraphML, word-statistics CSV) show: a flat,
// already-computed view of one report. The renderers compute nothing statistical except word
// keyness; report/ computes the metrics and view_from_report.h fills this from its Report, so the
// renderers can be built and tested without the aggregation code. Agencies and categories are
// referred to by id / slug; display names come from `agencies` and `categories`.

inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
inline bool IsMissing(double value) { return std::isnan(value); }

// A display name in both report languages; an empty one falls back to the other, then to the slug.
struct LocalizedName {
  std::string id;  // Bahasa Indonesia
  std::string en;
};

struct AgencyInfo {
  std::string id;      // stable key (the registry's handle or slug)
  std::string name;    // "Dinas Kesehatan Kabupaten Pemalang"
  std::string type;    // registry type: dinas, badan, kecamatan, pemda, ...
  std::string handle;  // @DinkesPemalang (without the @)
};

// A headline number. `key` names it in the UI strings (templates/strings.tsv); unknown keys are
// shown as they are. `format`: "percent" (value in [0,1]), "number", "decimal".
struct Kpi {
  std::string factor;  // "konten", "partisipasi", "integrasi", or "" for general
  std::string key;
  double value = kMissing;
  std::string format = "number";
};

// One category's share of an agency's own posts on one axis: classify-and-count (raw) and the
// confusion-matrix corrected share, each with a 95% interval (missing when not computed).
struct ShareRow {
  std::string category;
  int64_t count = 0;
  double raw = 0.0;
  double raw_low = kMissing;
  double raw_high = kMissing;
  double corrected = kMissing;
  double corrected_low = kMissing;
  double corrected_high = kMissing;
};

struct AgencyMix {
  std::string agency;
  std::string axis;  // "sektor" or "fungsi"
  std::vector<ShareRow> shares;
};

// A labelled rectangular table of numbers (rows × cols).
struct Matrix {
  std::vector<std::string> rows;
  std::vector<std::string> cols;
  std::vector<std::vector<double>> values;  // values[row][col]
};

struct AxisMatrix {
  std::string axis;  // "sektor", "fungsi", "joint"
  Matrix matrix;
};

// Chi-square test of homogeneity of the agencies' mixes on one axis.
struct HomogeneityTest {
  std::string axis;
  double chi_square = kMissing;
  int64_t df = 0;
  double p_value = kMissing;
  double cramers_v = kMissing;
};

// Correspondence analysis of the agency × category table: the first two dimensions.
struct CaPoint {
  std::string id;    // agency id or category slug
  std::string kind;  // "agency" or "category"
  double x = 0.0;
  double y = 0.0;
};

struct CaMap {
  std::string axis;
  double inertia_x = kMissing;  // share of total inertia on dimension 1, in [0,1]
  double inertia_y = kMissing;
  std::vector<CaPoint> points;
};

// Posts of one agency in one period, by kind.
struct ActivityRow {
  std::string agency;
  std::string period;  // "2024-03", "2024-Q1", "2024"
  int64_t original = 0;
  int64_t reply = 0;
  int64_t retweet = 0;
  int64_t quote = 0;
};

// Posts in one category in one period (all agencies), for the content mix over time.
struct PeriodMixRow {
  std::string period;
  std::string axis;
  std::string category;
  int64_t count = 0;
};

// Engagement lift of a category: mean engagement of its posts over the agency's (or all
// agencies', agency == "") mean. 1.0 = average.
struct LiftRow {
  std::string agency;
  std::string axis;
  std::string category;
  int64_t posts = 0;
  double lift = kMissing;
};

struct EngagementSummary {
  std::string agency;
  int64_t posts = 0;
  double zero_engagement_share = kMissing;  // in [0,1]
  double median_engagement = kMissing;      // interactions per post
  double mean_engagement = kMissing;
};

struct NetworkNode {
  std::string id;  // agency id
  int64_t in_degree = 0;
  int64_t out_degree = 0;
  double in_strength = 0.0;
  double out_strength = 0.0;
  double betweenness = 0.0;
};

struct NetworkEdge {
  std::string source;
  std::string target;
  std::string layer;  // "mention", "retweet", "quote", "reply"
  double weight = 0.0;
};

struct Network {
  std::vector<NetworkNode> nodes;  // every registry agency, isolates included
  std::vector<NetworkEdge> edges;
  std::vector<Kpi> metrics;  // density, reciprocity, centralization, ...
};

struct RankingRow {
  std::string agency;
  int64_t rank = 0;
  double konten = kMissing;  // factor scores, higher is better, in [0,1]
  double partisipasi = kMissing;
  double integrasi = kMissing;
  double overall = kMissing;
  LocalizedName finding;  // the generated plain-language finding
};

// A post quoted in the report (e.g. one of the likeliest of a label: report.json "examples").
// Its text is data: always escaped.
struct ExamplePost {
  std::string agency;
  std::string id;
  std::string date;
  std::string text;
  std::string category;
  std::optional<int64_t> engagement;  // interactions, when known (not shown otherwise)
  std::string axis;                   // the label set of `category`: "sektor", "fungsi", ...
  double probability = kMissing;      // of `category`, the post's top label
  std::string url;                    // the post on X; "" when unknown (then not linked)
};

// Word statistics of one agency (see word_stats.h for how they are computed).
struct TermRow {
  std::string term;
  int64_t count = 0;
  double per_10k = 0.0;  // occurrences per 10,000 tokens of the agency
};

struct KeynessRow {
  std::string term;
  int64_t count = 0;       // in the agency
  int64_t count_rest = 0;  // in all other agencies
  double g2 = 0.0;         // log-likelihood G², signed: negative = under-used
  double log_ratio = 0.0;  // binary log of the ratio of relative frequencies (Hardie 2014)
  double p_value = kMissing;
};

struct AgencyTerms {
  std::string agency;
  int64_t tokens = 0;
  std::vector<TermRow> top;
  std::vector<KeynessRow> keyness;
};

// One label set's scores on real posts labeled by people (report.json model.label_sets).
struct RealScore {
  std::string axis;        // "sektor", "fungsi", ...
  bool validated = false;  // the model's manifest has real_validation for it
  double macro_f1 = kMissing;
  int64_t examples = 0;
  std::string source;
};

// A label set's macro-F1 on the user's own labeled posts (report.json "model.validation").
struct ValidatedScore {
  std::string axis;
  double macro_f1 = kMissing, low = kMissing, high = kMissing;  // kMissing: no interval
  int64_t posts = 0;
};

// Where the content labels came from and how far they can be trusted (report.json "model"), for
// the note at the top of the overview.
struct LabelValidity {
  bool known = false;       // the document says (one written before the "model" block does not)
  bool from_model = false;  // labeled by the model of `-m`; else they came with the input
  bool any_labels = false;  // some agency post carries a content label
  std::string model;        // the bundle's name
  std::vector<RealScore> label_sets;  // sektor, fungsi, then others by name
  bool has_confusion = false;         // a confusion matrix corrects the shares
  std::string confusion_source;       // report.json's model.confusion_source
  // `report --validation`: the scores on the user's own labeled posts (empty without it).
  std::vector<ValidatedScore> validated_here;
  std::string validation_file;
  bool validation_weighted = false;     // a validate (stratified, weighted) sample
  bool validation_assumes_srs = false;  // the interval assumes a simple random sample
};

struct ReportView {
  std::string title;        // e.g. "Kabupaten Pemalang"; empty = generic title
  std::string period_from;  // "2024-01-01"
  std::string period_to;
  std::string generated_at;  // ISO time, shown in the footer (omit for byte-identical output)
  std::vector<AgencyInfo> agencies;
  std::map<std::string, LocalizedName> categories;  // slug → display names (both axes)
  std::vector<std::string> axes;  // the label sets, the sector set first (the taxonomy's)
  LabelValidity label_validity;
  std::vector<Kpi> overview;                            // the three factors at a glance
  std::map<std::string, std::vector<Kpi>> agency_kpis;  // agency id → its headline numbers
  std::vector<AgencyMix> mixes;
  Matrix agency_sector;  // post counts, agencies × sectors
  std::vector<AxisMatrix> jsd;
  std::vector<HomogeneityTest> homogeneity;
  std::vector<CaMap> ca;
  std::vector<ActivityRow> activity;
  std::vector<PeriodMixRow> period_mix;
  std::vector<LiftRow> lift;
  std::vector<EngagementSummary> engagement;
  Network network;
  std::vector<RankingRow> ranking;
  std::string overall_key = "overall";  // UI string naming RankingRow::overall ("mean_rank", ...)
  std::vector<ExamplePost> examples;
  std::vector<AgencyTerms> terms;
};

}  // namespace liputan::render
