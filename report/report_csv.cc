#include "report/report_csv.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <functional>
#include <nlohmann/json.hpp>

#include "report/by_name.h"
#include "report/calendar.h"
#include "report/report_edges.h"
#include "report/report_json.h"

namespace liputan::report {

using nlohmann::json;

namespace {

// CSV cells, appended in place: numbers in shortest round-trip form (as report.json has them),
// an undefined value as empty, text quoted when needed.
void AppendText(std::string_view text, std::string& out) {
  bool plain = true;
  for (char c : text) plain = plain && c != ',' && c != '"' && c != '\n' && c != '\r';
  if (plain) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// A double as report.json writes it: nlohmann's serializer formats finite numbers with this same
// Grisu2 routine ("0.5", "1.0", "1e-07") and others as null; calling it directly spares a
// serializer and a string per cell (the JSD table alone has 375,000 rows for 500 agencies).
void AppendDouble(double value, std::string& out) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  std::array<char, 64> digits;
  char* end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), value);
  out.append(digits.data(), static_cast<size_t>(end - digits.data()));
}

void AppendCell(const json& value, std::string& out) {
  if (value.is_null()) return;
  if (value.is_boolean()) {
    out += value.get<bool>() ? "true" : "false";
  } else if (value.is_number_integer()) {
    char digits[24];
    auto [end, ec] = value.is_number_unsigned()
                         ? std::to_chars(digits, digits + sizeof digits, value.get<uint64_t>())
                         : std::to_chars(digits, digits + sizeof digits, value.get<int64_t>());
    out.append(digits, end);
  } else if (value.is_number()) {
    AppendDouble(value.get<double>(), out);
  } else if (value.is_string()) {
    AppendText(value.get_ref<const std::string&>(), out);
  } else {
    AppendText(value.dump(), out);
  }
}
void AppendCell(const std::string& text, std::string& out) { AppendText(text, out); }
void AppendCell(const char* text, std::string& out) { AppendText(text, out); }
void AppendCell(double value, std::string& out) { AppendDouble(value, out); }
void AppendCell(const Share& value, std::string& out) {
  if (value) AppendDouble(*value, out);
}
void AppendCell(int64_t value, std::string& out) { out += std::to_string(value); }
void AppendCell(const std::optional<int64_t>& value, std::string& out) {
  if (value) out += std::to_string(*value);
}
void AppendCell(int value, std::string& out) { out += std::to_string(value); }
void AppendCell(bool value, std::string& out) { out += value ? "true" : "false"; }

class CsvTable {
 public:
  explicit CsvTable(std::vector<std::string> header) {
    for (size_t i = 0; i < header.size(); ++i) text_ += (i ? "," : "") + header[i];
    text_ += "\n";
  }
  template <typename... Cells>
  void Row(const Cells&... cells) {
    bool first = true;
    ((first ? void(first = false) : text_.push_back(','), AppendCell(cells, text_)), ...);
    text_ += "\n";
  }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

// Every (period name, block) of an agency, periods by name (as report.json sorts them), then
// "total".
void ForEachBlock(const Report& report, const AgencyReport& agency,
                  const std::function<void(const std::string&, const MetricBlock&)>& fn) {
  std::vector<size_t> order(std::min(report.periods.size(), agency.by_period.size()));
  for (size_t p = 0; p < order.size(); ++p) order[p] = p;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return report.periods[a] < report.periods[b]; });
  for (size_t p : order) fn(report.periods[p], agency.by_period[p]);
  fn("total", agency.total);
}

// One block's rows of agency_metrics.csv: every scalar metric named by its path in report.json
// (report_json.cc's MetricBlockJson) and in that document's sorted key order, written from the
// struct without building the tree (the tree of every block is as much work again as report.json;
// ReportWriterTest.AgencyMetricsNameEveryScalarOfTheBlocksJson holds the two to the same paths).
// The mixes, the cross-tab and engagement by category have tables of their own; the mandate
// sectors, a list, have none.
void MetricRows(CsvTable& t, const std::string& handle, const std::string& period,
                const MetricBlock& b) {
  auto row = [&](const char* section, const char* metric, const auto& value) {
    t.Row(handle, period, section, metric, value);
  };
  const ActivityMetrics& a = b.activity;
  row("activity", "days", a.days);
  row("activity", "original", a.original);
  row("activity", "posts", a.posts);
  row("activity", "posts_per_day", a.posts_per_day);
  row("activity", "quote", a.quote);
  row("activity", "reply", a.reply);
  row("activity", "retweet", a.retweet);
  const ContentMetrics& c = b.content;
  row("content", "basic_service_share", c.basic_service_share);
  row("content", "citizen_facing_share", c.citizen_facing_share);
  row("content", "evenness", c.evenness);
  row("content", "mandate_alignment", c.mandate_alignment);
  row("content", "pd_service_coverage", c.pd_service_coverage);
  row("content", "posts", c.posts);
  row("content", "sector_breadth", c.sector_breadth);
  row("content", "sector_breadth_strict", c.sector_breadth_strict);
  row("content", "service_information_share", c.service_information_share);
  row("content", "symbolic_share", c.symbolic_share);
  row("content", "unlabeled", c.unlabeled);
  const EngagementMetrics& e = b.engagement;
  const BonsonMetrics& m = e.bonson;
  for (const auto& [name, value] : {std::pair{"C1", m.c1},
                                    {"C2", m.c2},
                                    {"C3", m.c3},
                                    {"E", m.e},
                                    {"E_log", m.e_log},
                                    {"E_norm", e.e_norm},
                                    {"P1", m.p1},
                                    {"P2", m.p2},
                                    {"P3", m.p3},
                                    {"V1", m.v1},
                                    {"V1_retweets", m.v1_retweets},
                                    {"V2", m.v2},
                                    {"V2_retweets", m.v2_retweets},
                                    {"V3", m.v3},
                                    {"V3_retweets", m.v3_retweets}})
    row("engagement", name, value);
  row("engagement", "broadcast_posts", e.broadcast_posts);
  row("engagement", "er_mean", m.er_mean);
  row("engagement", "er_median", m.er_median);
  row("engagement", "excluded_young", e.excluded_young);
  row("engagement", "followers", e.followers);
  row("engagement", "followers_observed_at",
      e.followers_observed_at ? FormatTimestamp(*e.followers_observed_at) : std::string());
  row("engagement", "median_interactions", m.median_interactions);
  row("engagement", "observed_posts", e.observed_posts);
  row("engagement", "unknown_age", e.unknown_age);
  row("engagement", "zero_engagement_share", m.zero_share);
  const IntegrationMetrics& i = b.integration;
  row("integration", "amplification_rate", i.amplification_rate);
  row("integration", "amplified_posts", i.amplified_posts);
  row("integration", "internal_reuse_share", i.internal_reuse_share);
  for (const auto& [layer, n] : i.layers) {
    const std::string prefix = "layers." + layer + ".";
    auto node = [&](const char* name, const auto& value) {
      t.Row(handle, period, "integration", prefix + name, value);
    };
    node("betweenness", n.betweenness);
    node("in_centrality", n.in_centrality);
    node("in_degree", n.in_degree);
    node("in_strength", n.in_strength);
    node("isolate", n.isolate);
    node("out_centrality", n.out_centrality);
    node("out_degree", n.out_degree);
    node("out_strength", n.out_strength);
  }
  row("integration", "reuse_posts", i.reuse_posts);
  row("integration", "vertical_base", i.vertical_base);
  row("integration", "vertical_share", i.vertical_share);
  const InteractionMode& mode = b.interaction_mode;
  row("interaction_mode", "networking_share", mode.networking_share);
  row("interaction_mode", "pull_share", mode.pull_share);
  row("interaction_mode", "push_share", mode.push_share);
  const ParticipationMetrics& p = b.participation;
  row("participation", "answered", p.answered);
  row("participation", "answered_within_window", p.answered_within_window);
  row("participation", "inbound_posts", p.inbound_posts);
  row("participation", "median_reply_delay_hours", p.median_reply_delay_hours);
  row("participation", "participants", p.participants);
  row("participation", "participants_per_1000_followers", p.participants_per_1000_followers);
  row("participation", "response_rate", p.response_rate);
}

std::string AgencyMetrics(const Report& report, const ReportEdges*) {
  CsvTable t({"handle", "period", "section", "metric", "value"});
  for (const AgencyReport& agency : report.agencies) {
    ForEachBlock(report, agency, [&](const std::string& period, const MetricBlock& block) {
      MetricRows(t, agency.handle, period, block);
    });
  }
  return t.text();
}

std::string ContentMix(const Report& report, const ReportEdges*) {
  CsvTable t({"handle", "period", "label_set", "label", "posts", "share"});
  for (const AgencyReport& agency : report.agencies) {
    ForEachBlock(report, agency, [&](const std::string& period, const MetricBlock& block) {
      for (const std::string& set : {report.taxonomy.sector_set, report.taxonomy.function_set}) {
        const LabelMix& mix = block.content.Mix(set);
        for (const auto& [label, count] : mix.counts)
          t.Row(agency.handle, period, set, label, count, mix.shares.at(label));
      }
    });
  }
  return t.text();
}

std::string CrossTab(const Report& report, const ReportEdges*) {
  CsvTable t(
      {"handle", "period", report.taxonomy.sector_set, report.taxonomy.function_set, "posts"});
  for (const AgencyReport& agency : report.agencies) {
    ForEachBlock(report, agency, [&](const std::string& period, const MetricBlock& block) {
      for (const auto& [sector, row] : block.content.cross) {
        for (const auto& [function, count] : row)
          t.Row(agency.handle, period, sector, function, count);
      }
    });
  }
  return t.text();
}

std::string EngagementByCategory(const Report& report, const ReportEdges*) {
  CsvTable t({"handle", "period", "label_set", "label", "posts", "median_interactions", "lift"});
  for (const AgencyReport& agency : report.agencies) {
    ForEachBlock(report, agency, [&](const std::string& period, const MetricBlock& block) {
      for (const auto& [key, v] : block.engagement.by_category) {
        const size_t colon = key.find(':');
        t.Row(agency.handle, period, key.substr(0, colon), key.substr(colon + 1), v.posts,
              v.median_interactions, v.lift);
      }
    });
  }
  return t.text();
}

// Like agency_metrics.csv, the measures are named as report.json names them.
std::string Network(const Report& report, const ReportEdges*) {
  CsvTable t({"period", "scope", "metric", "value"});
  auto summary = [&](const std::string& period, const NetworkSummary& s) {
    const json tree = NetworkSummaryJson(s);
    for (const auto& [layer, metrics] : tree.at("layers").items()) {
      for (const auto& [name, v] : metrics.items()) t.Row(period, layer, name, v);
    }
    for (const auto& [name, v] : tree.at("ei").items()) t.Row(period, "union", name, v);
    for (const HubCoverage& hub : s.hubs) {
      const std::string scope = "hub:" + hub.handle;
      t.Row(period, scope, "coverage_out", hub.coverage_out);
      t.Row(period, scope, "coverage_in", hub.coverage_in);
    }
  };
  std::vector<std::pair<std::string, const NetworkSummary*>> periods;
  for (size_t p = 0; p < report.periods.size() && p < report.network.by_period.size(); ++p)
    periods.emplace_back(report.periods[p], &report.network.by_period[p]);
  std::sort(periods.begin(), periods.end());
  for (const auto& [period, s] : periods) summary(period, *s);
  summary("total", report.network.total);
  return t.text();
}

std::string NetworkEdges(const Report& report, const ReportEdges* edges) {
  CsvTable t({"month", "layer", "from", "to", "weight"});
  if (edges != nullptr) {
    edges->ForEach([&](const std::string& month, const char* layer, const std::string& from,
                       const std::string& to,
                       int64_t weight) { t.Row(month, layer, from, to, weight); });
  } else if (report.network.edges) {
    for (const NetworkEdgeRow& e : *report.network.edges)
      t.Row(e.month, e.layer, e.from, e.to, e.weight);
  }
  return t.text();
}

std::vector<const AxisComparison*> AxesByName(const Report& report) {
  return ByName(report.comparison, [](const AxisComparison& c) { return c.axis; });
}

std::string Jsd(const Report& report, const ReportEdges*) {
  CsvTable t({"label_set", "agency_a", "agency_b", "divergence", "distance"});
  for (const AxisComparison* c : AxesByName(report)) {
    // Each unordered pair once (the matrix is symmetric with a zero diagonal).
    for (size_t a = 0; a < c->agencies.size(); ++a) {
      for (size_t b = a + 1; b < c->agencies.size(); ++b) {
        const double d = c->divergence[a][b];
        t.Row(c->axis, c->agencies[a], c->agencies[b], d, std::sqrt(d));
      }
    }
  }
  return t.text();
}

std::string ChiSquare(const Report& report, const ReportEdges*) {
  CsvTable t({"label_set", "defined", "statistic", "df", "p_value", "cramers_v", "agencies",
              "categories", "posts", "small_expected_share"});
  for (const AxisComparison* c : AxesByName(report)) {
    const ChiSquareResult& chi = c->chi_square;
    t.Row(c->axis, chi.defined, chi.statistic, chi.df, chi.p_value, chi.cramers_v, chi.rows_used,
          chi.columns_used, chi.total, chi.small_expected_share);
  }
  return t.text();
}

std::string CorrespondenceTable(const Report& report, const ReportEdges*) {
  CsvTable t({"label_set", "kind", "name", "dim1", "dim2"});
  auto coordinate = [](const std::vector<double>& c, size_t k) {
    return k < c.size() ? Share(c[k]) : std::nullopt;
  };
  for (const AxisComparison* c : AxesByName(report)) {
    if (!c->correspondence) continue;
    for (const auto& [agency, coordinates] : c->correspondence->rows)
      t.Row(c->axis, "agency", agency, coordinate(coordinates, 0), coordinate(coordinates, 1));
    for (const auto& [label, coordinates] : c->correspondence->columns)
      t.Row(c->axis, "label", label, coordinate(coordinates, 0), coordinate(coordinates, 1));
  }
  return t.text();
}

std::string CorrectedSharesTable(const Report& report, const ReportEdges*) {
  CsvTable t({"label_set", "scope", "label", "raw", "adjusted", "adjusted_low", "adjusted_high",
              "probabilistic_raw", "probabilistic_adjusted", "probabilistic_adjusted_low",
              "probabilistic_adjusted_high"});
  if (!report.corrected_shares) return t.text();
  const auto sets = ByName(report.corrected_shares->label_sets,
                           [](const CorrectedLabelSet& s) { return s.label_set; });
  for (const CorrectedLabelSet* set : sets) {
    auto rows = [&](const std::string& scope, const CorrectedShares& result) {
      for (const CorrectedShare& s : result.shares) {
        t.Row(set->label_set, scope, s.label, s.raw, s.adjusted, s.adjusted_low, s.adjusted_high,
              s.probabilistic_raw, s.probabilistic_adjusted, s.probabilistic_adjusted_low,
              s.probabilistic_adjusted_high);
      }
    };
    rows("all", set->all);
    for (const auto* agency :
         ByName(set->agencies, [](const auto& a) -> const std::string& { return a.first; }))
      rows(agency->first, agency->second);
  }
  return t.text();
}

std::string Ranking(const Report& report, const ReportEdges*) {
  CsvTable t({"handle", "name", "konten", "partisipasi", "integrasi", "rank_konten",
              "rank_partisipasi", "rank_integrasi", "mean_rank", "finding"});
  for (const RankingRow& r : report.ranking) {
    t.Row(r.handle, r.name, r.konten, r.partisipasi, r.integrasi, r.rank_konten, r.rank_partisipasi,
          r.rank_integrasi, r.mean_rank, r.finding);
  }
  return t.text();
}

}  // namespace

const std::vector<std::pair<const char*, CsvTableRenderer>>& CsvTables() {
  static const std::vector<std::pair<const char*, CsvTableRenderer>> tables = {
      {"agency_metrics.csv", &AgencyMetrics},
      {"content_mix.csv", &ContentMix},
      {"cross_tab.csv", &CrossTab},
      {"engagement_by_category.csv", &EngagementByCategory},
      {"network.csv", &Network},
      {"network_edges.csv", &NetworkEdges},
      {"jsd.csv", &Jsd},
      {"chi_square.csv", &ChiSquare},
      {"correspondence.csv", &CorrespondenceTable},
      {"corrected_shares.csv", &CorrectedSharesTable},
      {"ranking.csv", &Ranking}};
  return tables;
}

std::vector<RenderedFile> RenderCsvTables(const Report& report, const ReportEdges* edges) {
  std::vector<RenderedFile> files;
  for (const auto& [name, render] : CsvTables()) files.emplace_back(name, render(report, edges));
  return files;
}

}  // namespace liputan::report
