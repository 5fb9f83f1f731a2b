#include "report/render/tables.h"

#include <cstdio>

namespace liputan::render {
namespace {

using Row = std::vector<Cell>;
constexpr ColumnFormat kText = ColumnFormat::kText;
constexpr ColumnFormat kInt = ColumnFormat::kInteger;
constexpr ColumnFormat kDec = ColumnFormat::kDecimal;
constexpr ColumnFormat kPct = ColumnFormat::kPercent;

Table Make(std::string key, std::vector<Column> columns) {
  return Table{std::move(key), std::move(columns), {}};
}

Table Agencies(const ReportView& view) {
  Table table = Make("agencies",
                     {{"agency_id", kText}, {"agency", kText}, {"type", kText}, {"handle", kText}});
  for (const AgencyInfo& a : view.agencies) {
    table.rows.push_back(
        {Cell::Text(a.id), Cell::Text(a.name), Cell::Text(a.type), Cell::Text(a.handle)});
  }
  return table;
}

Table Overview(const ReportView& view, const Labels& labels) {
  Table table = Make("overview", {{"agency_id", kText},
                                  {"factor", kText},
                                  {"measure", kText},
                                  {"measure_label", kText},
                                  {"value", kDec}});
  const auto add = [&](const std::string& agency, const Kpi& kpi) {
    table.rows.push_back({Cell::Text(agency), Cell::Text(kpi.factor), Cell::Text(kpi.key),
                          Cell::Text(labels.Ui(kpi.key)), Cell::Number(kpi.value)});
  };
  for (const Kpi& kpi : view.overview) add("", kpi);
  for (const AgencyInfo& agency : view.agencies) {
    const auto it = view.agency_kpis.find(agency.id);
    if (it == view.agency_kpis.end()) continue;
    for (const Kpi& kpi : it->second) add(agency.id, kpi);
  }
  return table;
}

Table Ranking(const ReportView& view, const Labels& labels) {
  Table table = Make("ranking", {{"rank", kInt},
                                 {"agency_id", kText},
                                 {"agency", kText},
                                 {"konten", kDec},
                                 {"partisipasi", kDec},
                                 {"integrasi", kDec},
                                 {view.overall_key, kDec},
                                 {"finding", kText}});
  for (const RankingRow& r : view.ranking) {
    const std::string& finding = labels.lang() == Lang::kId
                                     ? (r.finding.id.empty() ? r.finding.en : r.finding.id)
                                     : (r.finding.en.empty() ? r.finding.id : r.finding.en);
    table.rows.push_back({Cell::Integer(r.rank), Cell::Text(r.agency),
                          Cell::Text(labels.Agency(r.agency)), Cell::Number(r.konten),
                          Cell::Number(r.partisipasi), Cell::Number(r.integrasi),
                          Cell::Number(r.overall), Cell::Text(finding)});
  }
  return table;
}

Table Mix(const ReportView& view, const Labels& labels, const std::string& axis) {
  Table table = Make("mix_" + axis, {{"agency_id", kText},
                                     {"agency", kText},
                                     {"category_id", kText},
                                     {"category_label", kText},
                                     {"posts", kInt},
                                     {"raw", kPct},
                                     {"raw_low", kPct},
                                     {"raw_high", kPct},
                                     {"corrected", kPct},
                                     {"corrected_low", kPct},
                                     {"corrected_high", kPct}});
  for (const AgencyMix& mix : view.mixes) {
    if (mix.axis != axis) continue;
    for (const ShareRow& s : mix.shares) {
      table.rows.push_back({Cell::Text(mix.agency), Cell::Text(labels.Agency(mix.agency)),
                            Cell::Text(s.category), Cell::Text(labels.Category(s.category)),
                            Cell::Integer(s.count), Cell::Number(s.raw), Cell::Number(s.raw_low),
                            Cell::Number(s.raw_high), Cell::Number(s.corrected),
                            Cell::Number(s.corrected_low), Cell::Number(s.corrected_high)});
    }
  }
  return table;
}

// A matrix as a wide table: the row id and label, then one column per matrix column.
Table Wide(std::string key, const Matrix& matrix, const Labels& labels, ColumnFormat format) {
  Table table = Make(std::move(key), {{"agency_id", kText}, {"agency", kText}});
  for (const std::string& col : matrix.cols) table.columns.push_back({col, format});
  for (size_t r = 0; r < matrix.rows.size() && r < matrix.values.size(); ++r) {
    Row row{Cell::Text(matrix.rows[r]), Cell::Text(labels.Agency(matrix.rows[r]))};
    for (double v : matrix.values[r]) row.push_back(Cell::Number(v));
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table Homogeneity(const ReportView& view) {
  Table table = Make("homogeneity", {{"axis", kText},
                                     {"chi_square", kDec},
                                     {"df", kInt},
                                     {"p_value", kDec},
                                     {"cramers_v", kDec}});
  for (const HomogeneityTest& t : view.homogeneity) {
    table.rows.push_back({Cell::Text(t.axis), Cell::Number(t.chi_square), Cell::Integer(t.df),
                          Cell::Number(t.p_value), Cell::Number(t.cramers_v)});
  }
  return table;
}

Table Ca(const ReportView& view, const Labels& labels) {
  Table table = Make("correspondence", {{"axis", kText},
                                        {"kind", kText},
                                        {"id", kText},
                                        {"label", kText},
                                        {"dim1", kDec},
                                        {"dim2", kDec}});
  for (const CaMap& ca : view.ca) {
    for (const CaPoint& p : ca.points) {
      const std::string label = p.kind == "agency" ? labels.Agency(p.id) : labels.Category(p.id);
      table.rows.push_back({Cell::Text(ca.axis), Cell::Text(p.kind), Cell::Text(p.id),
                            Cell::Text(label), Cell::Number(p.x), Cell::Number(p.y)});
    }
  }
  return table;
}

Table Activity(const ReportView& view, const Labels& labels) {
  Table table = Make("activity", {{"agency_id", kText},
                                  {"agency", kText},
                                  {"period", kText},
                                  {"original", kInt},
                                  {"reply", kInt},
                                  {"retweet", kInt},
                                  {"quote", kInt}});
  for (const ActivityRow& a : view.activity) {
    table.rows.push_back({Cell::Text(a.agency), Cell::Text(labels.Agency(a.agency)),
                          Cell::Text(a.period), Cell::Integer(a.original), Cell::Integer(a.reply),
                          Cell::Integer(a.retweet), Cell::Integer(a.quote)});
  }
  return table;
}

Table PeriodMix(const ReportView& view, const Labels& labels) {
  Table table = Make("period_mix", {{"period", kText},
                                    {"axis", kText},
                                    {"category_id", kText},
                                    {"category_label", kText},
                                    {"posts", kInt}});
  for (const PeriodMixRow& p : view.period_mix) {
    table.rows.push_back({Cell::Text(p.period), Cell::Text(p.axis), Cell::Text(p.category),
                          Cell::Text(labels.Category(p.category)), Cell::Integer(p.count)});
  }
  return table;
}

Table Lift(const ReportView& view, const Labels& labels) {
  Table table = Make("engagement_lift", {{"agency_id", kText},
                                         {"axis", kText},
                                         {"category_id", kText},
                                         {"category_label", kText},
                                         {"posts", kInt},
                                         {"lift", kDec}});
  for (const LiftRow& l : view.lift) {
    table.rows.push_back({Cell::Text(l.agency), Cell::Text(l.axis), Cell::Text(l.category),
                          Cell::Text(labels.Category(l.category)), Cell::Integer(l.posts),
                          Cell::Number(l.lift)});
  }
  return table;
}

Table Engagement(const ReportView& view, const Labels& labels) {
  Table table = Make("engagement", {{"agency_id", kText},
                                    {"agency", kText},
                                    {"posts", kInt},
                                    {"zero_engagement_share", kPct},
                                    {"median_engagement", kDec},
                                    {"mean_engagement", kDec}});
  for (const EngagementSummary& e : view.engagement) {
    table.rows.push_back({Cell::Text(e.agency), Cell::Text(labels.Agency(e.agency)),
                          Cell::Integer(e.posts), Cell::Number(e.zero_engagement_share),
                          Cell::Number(e.median_engagement), Cell::Number(e.mean_engagement)});
  }
  return table;
}

Table NetworkNodes(const ReportView& view, const Labels& labels) {
  Table table = Make("network_nodes", {{"agency_id", kText},
                                       {"agency", kText},
                                       {"in_degree", kInt},
                                       {"out_degree", kInt},
                                       {"in_strength", kDec},
                                       {"out_strength", kDec},
                                       {"betweenness", kDec}});
  for (const NetworkNode& n : view.network.nodes) {
    table.rows.push_back({Cell::Text(n.id), Cell::Text(labels.Agency(n.id)),
                          Cell::Integer(n.in_degree), Cell::Integer(n.out_degree),
                          Cell::Number(n.in_strength), Cell::Number(n.out_strength),
                          Cell::Number(n.betweenness)});
  }
  return table;
}

Table NetworkEdges(const ReportView& view) {
  Table table = Make("network_edges",
                     {{"source", kText}, {"target", kText}, {"layer", kText}, {"weight", kDec}});
  for (const NetworkEdge& e : view.network.edges) {
    table.rows.push_back(
        {Cell::Text(e.source), Cell::Text(e.target), Cell::Text(e.layer), Cell::Number(e.weight)});
  }
  return table;
}

Table NetworkMetrics(const ReportView& view, const Labels& labels) {
  Table table =
      Make("network_metrics", {{"measure", kText}, {"measure_label", kText}, {"value", kDec}});
  for (const Kpi& kpi : view.network.metrics) {
    table.rows.push_back(
        {Cell::Text(kpi.key), Cell::Text(labels.Ui(kpi.key)), Cell::Number(kpi.value)});
  }
  return table;
}

std::string FormatNumber(double value) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.17g", value);
  double back = 0.0;
  for (int precision = 6; precision <= 17; ++precision) {  // shortest text that reads back exactly
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
    std::sscanf(buffer, "%lf", &back);
    if (back == value) break;
  }
  return buffer;
}

std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

std::vector<Table> BuildWordStatsTables(const ReportView& view, const Labels& labels) {
  Table top = Make("top_terms", {{"agency_id", kText},
                                 {"agency", kText},
                                 {"rank", kInt},
                                 {"term", kText},
                                 {"count", kInt},
                                 {"per_10k", kDec}});
  Table keywords = Make("keywords", {{"agency_id", kText},
                                     {"agency", kText},
                                     {"rank", kInt},
                                     {"term", kText},
                                     {"count", kInt},
                                     {"count_rest", kInt},
                                     {"g2", kDec},
                                     {"log_ratio", kDec},
                                     {"p_value", kDec}});
  for (const AgencyTerms& t : view.terms) {
    int64_t rank = 0;
    for (const TermRow& r : t.top) {
      top.rows.push_back({Cell::Text(t.agency), Cell::Text(labels.Agency(t.agency)),
                          Cell::Integer(++rank), Cell::Text(r.term), Cell::Integer(r.count),
                          Cell::Number(r.per_10k)});
    }
    rank = 0;
    for (const KeynessRow& k : t.keyness) {
      keywords.rows.push_back({Cell::Text(t.agency), Cell::Text(labels.Agency(t.agency)),
                               Cell::Integer(++rank), Cell::Text(k.term), Cell::Integer(k.count),
                               Cell::Integer(k.count_rest), Cell::Number(k.g2),
                               Cell::Number(k.log_ratio), Cell::Number(k.p_value)});
    }
  }
  return {top, keywords};
}

std::vector<Table> BuildTables(const ReportView& view, const Labels& labels) {
  std::vector<Table> tables{Overview(view, labels), Ranking(view, labels), Agencies(view)};
  for (const std::string& axis : view.axes) tables.push_back(Mix(view, labels, axis));
  tables.push_back(Wide("agency_sector", view.agency_sector, labels, kInt));
  for (const AxisMatrix& jsd : view.jsd)
    tables.push_back(Wide("jsd_" + jsd.axis, jsd.matrix, labels, kDec));
  tables.push_back(Homogeneity(view));
  tables.push_back(Ca(view, labels));
  tables.push_back(Activity(view, labels));
  tables.push_back(PeriodMix(view, labels));
  tables.push_back(Engagement(view, labels));
  tables.push_back(Lift(view, labels));
  tables.push_back(NetworkNodes(view, labels));
  tables.push_back(NetworkEdges(view));
  tables.push_back(NetworkMetrics(view, labels));
  for (Table& t : BuildWordStatsTables(view, labels)) tables.push_back(std::move(t));
  return tables;
}

std::string TableToCsv(const Table& table) {
  std::string out;
  for (size_t c = 0; c < table.columns.size(); ++c)
    out += (c ? "," : "") + CsvField(table.columns[c].key);
  out += "\n";
  for (const auto& row : table.rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (c) out += ",";
      if (row[c].kind == Cell::Kind::kText) out += CsvField(row[c].text);
      if (row[c].kind == Cell::Kind::kNumber) out += FormatNumber(row[c].number);
    }
    out += "\n";
  }
  return out;
}

}  // namespace liputan::render
