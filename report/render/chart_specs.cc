#include "report/render/chart_specs.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <numbers>
#include <set>

#include "report/render/embedded_files.h"

namespace liputan::render {
namespace {

using nlohmann::json;

json Num(double value) {
  return IsMissing(value) || std::isinf(value) ? json(nullptr) : json(value);
}

// "Komposisi konten: %s" with `arg` in place of %s.
std::string Fill(std::string text, const std::string& arg) {
  const size_t at = text.find("%s");
  return at == std::string::npos ? text : text.replace(at, 2, arg);
}

// Replaces every string "@key" by the UI string `key`, recursively.
void Localize(json& node, const Labels& labels) {
  if (node.is_string()) {
    const auto& text = node.get_ref<const std::string&>();
    if (text.size() > 1 && text[0] == '@') node = labels.Ui(text.substr(1));
  } else if (node.is_structured()) {
    for (auto& child : node) Localize(child, labels);
  }
}

json LoadSpec(const std::string& name, const Labels& labels) {
  json spec = json::parse(EmbeddedFile("charts/" + name + ".vl.json"));
  json config = json::parse(EmbeddedFile("charts/config.json"));
  if (spec.contains("config")) config.merge_patch(spec["config"]);
  spec["config"] = config;
  Localize(spec, labels);
  return spec;
}

Chart MakeChart(std::string id, std::string title, std::string description, std::string agency,
                json spec) {
  return Chart{std::move(id), std::move(title), std::move(description), std::move(agency),
               std::move(spec)};
}

std::string AxisName(const Labels& labels, const std::string& axis) {
  return labels.Ui("axis_" + axis);
}

// Category slugs of one axis in first-seen order over the mixes (the taxonomy's order).
std::vector<std::string> AxisCategories(const ReportView& view, const std::string& axis) {
  std::vector<std::string> order;
  std::set<std::string> seen;
  for (const AgencyMix& mix : view.mixes) {
    if (mix.axis != axis) continue;
    for (const ShareRow& row : mix.shares) {
      if (seen.insert(row.category).second) order.push_back(row.category);
    }
  }
  for (const PeriodMixRow& row : view.period_mix) {
    if (row.axis == axis && seen.insert(row.category).second) order.push_back(row.category);
  }
  return order;
}

int IndexOf(const std::vector<std::string>& items, const std::string& item) {
  const auto it = std::find(items.begin(), items.end(), item);
  return static_cast<int>(it - items.begin());
}

bool HasCorrected(const ReportView& view) {
  for (const AgencyMix& mix : view.mixes) {
    for (const ShareRow& row : mix.shares) {
      if (!IsMissing(row.corrected)) return true;
    }
  }
  return false;
}

json MixRows(const ReportView& view, const Labels& labels, const std::string& axis) {
  const auto categories = AxisCategories(view, axis);
  std::map<std::string, int> agency_order;
  for (size_t i = 0; i < view.agencies.size(); ++i)
    agency_order[view.agencies[i].id] = static_cast<int>(i);
  json rows = json::array();
  for (const AgencyMix& mix : view.mixes) {
    if (mix.axis != axis) continue;
    for (const ShareRow& row : mix.shares) {
      json base{
          {"agency", labels.Agency(mix.agency)},
          {"agency_order", agency_order.count(mix.agency) ? agency_order[mix.agency] : 1 << 20},
          {"category", labels.Category(row.category)},
          {"category_order", IndexOf(categories, row.category)}};
      json raw = base;
      raw.update({{"estimate", labels.Ui("estimate_raw")},
                  {"estimate_order", 0},
                  {"share", Num(row.raw)}});
      rows.push_back(raw);
      if (IsMissing(row.corrected)) continue;
      json corrected = base;
      corrected.update({{"estimate", labels.Ui("estimate_corrected")},
                        {"estimate_order", 1},
                        {"share", Num(row.corrected)}});
      rows.push_back(corrected);
    }
  }
  return rows;
}

// One agency's mix on one axis: raw and corrected share of each category with its interval.
json AgencyMixRows(const ReportView& view, const Labels& labels, const AgencyMix& mix) {
  const auto categories = AxisCategories(view, mix.axis);
  json rows = json::array();
  for (const ShareRow& row : mix.shares) {
    json base{{"category", labels.Category(row.category)},
              {"category_order", IndexOf(categories, row.category)}};
    json raw = base;
    raw.update({{"estimate", labels.Ui("estimate_raw")},
                {"estimate_order", 0},
                {"share", Num(row.raw)},
                {"low", Num(row.raw_low)},
                {"high", Num(row.raw_high)}});
    rows.push_back(raw);
    if (IsMissing(row.corrected)) continue;
    json corrected = base;
    corrected.update({{"estimate", labels.Ui("estimate_corrected")},
                      {"estimate_order", 1},
                      {"share", Num(row.corrected)},
                      {"low", Num(row.corrected_low)},
                      {"high", Num(row.corrected_high)}});
    rows.push_back(corrected);
  }
  return rows;
}

// The agency's mixes stacked vertically, one panel per axis (view.axes order), each with its own
// categories; the template's single panel is the model for every panel.
json AgencyMixSpec(const ReportView& view, const Labels& labels, const std::string& agency) {
  json spec = LoadSpec("agency_mix", labels);
  const json panel = spec["vconcat"][0];
  spec["vconcat"] = json::array();
  for (const std::string& axis : view.axes) {
    for (const AgencyMix& mix : view.mixes) {
      if (mix.agency != agency || mix.axis != axis || mix.shares.empty()) continue;
      json unit = panel;
      const json rows = AgencyMixRows(view, labels, mix);
      unit["data"] = {{"values", rows}};
      // No interval on this axis at all (no confusion matrix for it): no whisker layer, whose
      // empty extent Vega would warn about.
      const bool whiskers =
          std::any_of(rows.begin(), rows.end(), [](const json& r) { return !r["low"].is_null(); });
      if (!whiskers) unit["layer"].erase(1);
      unit["title"]["text"] = AxisName(labels, axis);
      spec["vconcat"].push_back(unit);
    }
  }
  return spec;
}

// A heatmap spec over `matrix` with values already in [0,1]; cell text from `text`.
json HeatmapSpec(const Matrix& matrix, const std::vector<std::string>& row_labels,
                 const std::vector<std::string>& col_labels, const Labels& labels,
                 const std::string& legend_title, const std::string& scheme,
                 const std::string& legend_format, const std::function<std::string(double)>& text) {
  json spec = LoadSpec("heatmap", labels);
  double max_value = 0.0;
  for (const auto& row : matrix.values) {
    for (double v : row) {
      if (!IsMissing(v)) max_value = std::max(max_value, v);
    }
  }
  json rows = json::array();
  for (size_t r = 0; r < matrix.values.size(); ++r) {
    for (size_t c = 0; c < matrix.values[r].size(); ++c) {
      const double v = matrix.values[r][c];
      rows.push_back({{"row", row_labels[r]},
                      {"row_order", r},
                      {"col", col_labels[c]},
                      {"col_order", c},
                      {"value", Num(v)},
                      {"value_norm", max_value > 0 && !IsMissing(v) ? v / max_value : 0.0},
                      {"text", IsMissing(v) ? "" : text(v)}});
    }
  }
  spec["data"] = {{"values", rows}};
  const size_t cols = std::max<size_t>(1, col_labels.size());
  spec["width"] = {{"step", std::clamp<int>(static_cast<int>(900 / cols), 12, 40)}};
  spec["height"] = {{"step", row_labels.size() > 25 ? 14 : 20}};
  spec["layer"][0]["encoding"]["color"]["scale"]["scheme"] = scheme;
  spec["layer"][0]["encoding"]["color"]["title"] = legend_title;
  spec["layer"][0]["encoding"]["color"]["legend"]["format"] = legend_format;
  if (cols > 20 || row_labels.size() > 30)
    spec["layer"].erase(1);  // too small for numbers in cells
  return spec;
}

void AddComparisonMixCharts(const ReportView& view, const Labels& labels,
                            std::vector<Chart>& charts) {
  for (const std::string& axis : view.axes) {
    json rows = MixRows(view, labels, axis);
    if (rows.empty()) continue;
    json spec = LoadSpec("mix", labels);
    spec["data"] = {{"values", rows}};
    if (!HasCorrected(view)) spec["encoding"].erase("yOffset");
    charts.push_back(MakeChart("mix-" + axis, Fill(labels.Ui("chart_mix"), AxisName(labels, axis)),
                               HasCorrected(view) ? labels.Ui("chart_mix_desc") : "", "", spec));
  }
}

// Agency × agency charts (JSD heatmaps, the sociogram) grow with the square of the agencies: for
// 500 agencies a heatmap had 250,000 cells (56 MB of spec, more than a browser draws or a reader
// reads). Past this many agencies they show the best ranked ones and say so; the CSV tables and
// report.json keep every agency.
constexpr size_t kMaxPairwiseAgencies = 40;

// The agencies pairwise charts show: all, or the kMaxPairwiseAgencies best ranked (rank, then
// id, so ties are stable).
std::set<std::string> PairwiseChartAgencies(const ReportView& view) {
  std::vector<const RankingRow*> rows;
  for (const RankingRow& row : view.ranking) rows.push_back(&row);
  std::set<std::string> shown;
  if (view.agencies.size() <= kMaxPairwiseAgencies || rows.empty()) {
    for (const AgencyInfo& agency : view.agencies) shown.insert(agency.id);
    return shown;
  }
  std::sort(rows.begin(), rows.end(), [](const RankingRow* a, const RankingRow* b) {
    return a->rank != b->rank ? a->rank < b->rank : a->agency < b->agency;
  });
  for (size_t i = 0; i < rows.size() && shown.size() < kMaxPairwiseAgencies; ++i)
    shown.insert(rows[i]->agency);
  return shown;
}

// `description`, plus a note when a pairwise chart shows only `shown` of `total` agencies.
std::string PairwiseDescription(const Labels& labels, std::string description, size_t shown,
                                size_t total) {
  if (shown >= total) return description;
  const std::string note =
      Fill(Fill(labels.Ui("chart_pairwise_subset"), std::to_string(shown)), std::to_string(total));
  return description.empty() ? note : description + " " + note;
}

// The rows and columns of `matrix` whose ids are in `keep`, in their order.
Matrix SubMatrix(const Matrix& matrix, const std::set<std::string>& keep) {
  Matrix out;
  std::vector<size_t> rows, cols;
  for (size_t r = 0; r < matrix.rows.size(); ++r) {
    if (keep.count(matrix.rows[r])) rows.push_back(r), out.rows.push_back(matrix.rows[r]);
  }
  for (size_t c = 0; c < matrix.cols.size(); ++c) {
    if (keep.count(matrix.cols[c])) cols.push_back(c), out.cols.push_back(matrix.cols[c]);
  }
  for (size_t r : rows) {
    out.values.emplace_back();
    for (size_t c : cols) out.values.back().push_back(matrix.values[r][c]);
  }
  return out;
}

void AddHeatmaps(const ReportView& view, const Labels& labels, std::vector<Chart>& charts) {
  const Matrix& counts = view.agency_sector;
  if (!counts.values.empty() && !counts.cols.empty()) {
    Matrix shares = counts;
    for (auto& row : shares.values) {
      double total = 0.0;
      for (double v : row) total += IsMissing(v) ? 0.0 : v;
      for (double& v : row) v = total > 0 && !IsMissing(v) ? v / total : 0.0;
    }
    std::vector<std::string> rows, cols;
    for (const auto& id : counts.rows) rows.push_back(labels.Agency(id));
    for (const auto& slug : counts.cols) cols.push_back(labels.Category(slug));
    json spec = HeatmapSpec(shares, rows, cols, labels, labels.Ui("share"), "blues", ".0%",
                            [&](double v) { return labels.Percent(v, 0); });
    charts.push_back(MakeChart("heatmap-agency-sector", labels.Ui("chart_heatmap"), "", "", spec));
  }
  if (view.agencies.size() < 2) return;
  const std::set<std::string> shown = PairwiseChartAgencies(view);
  for (const AxisMatrix& jsd : view.jsd) {
    if (jsd.matrix.values.empty()) continue;
    const Matrix matrix = SubMatrix(jsd.matrix, shown);
    std::vector<std::string> rows, cols;
    for (const auto& id : matrix.rows) rows.push_back(ShortAgencyLabel(view, labels, id));
    for (const auto& id : matrix.cols) cols.push_back(ShortAgencyLabel(view, labels, id));
    json spec = HeatmapSpec(matrix, rows, cols, labels, "JSD", "purples", ".1f",
                            [&](double v) { return labels.Decimal(v, 2); });
    spec["layer"][0]["encoding"]["color"]["scale"]["domain"] = {0, 1};
    spec["layer"][0]["encoding"]["color"]["scale"].erase("domainMin");
    charts.push_back(MakeChart("jsd-" + jsd.axis,
                               Fill(labels.Ui("chart_jsd"), AxisName(labels, jsd.axis)),
                               PairwiseDescription(labels, labels.Ui("chart_jsd_desc"),
                                                   matrix.rows.size(), jsd.matrix.rows.size()),
                               "", spec));
  }
}

void AddCaCharts(const ReportView& view, const Labels& labels, std::vector<Chart>& charts) {
  for (const CaMap& ca : view.ca) {
    if (ca.points.empty()) continue;
    json rows = json::array();
    for (const CaPoint& point : ca.points) {
      const bool agency = point.kind == "agency";
      rows.push_back(
          {{"label", agency ? ShortAgencyLabel(view, labels, point.id) : labels.Category(point.id)},
           {"kind", labels.Ui(agency ? "kind_agency" : "kind_category")},
           {"kind_code", agency ? "agency" : "category"},
           {"x", Num(point.x)},
           {"y", Num(point.y)}});
    }
    json spec = LoadSpec("ca_biplot", labels);
    spec["data"] = {{"values", rows}};
    const auto dimension = [&](const char* key, double inertia) {
      return labels.Ui(key) + (IsMissing(inertia) ? "" : " (" + labels.Percent(inertia) + ")");
    };
    spec["encoding"]["x"]["title"] = dimension("dimension_1", ca.inertia_x);
    spec["encoding"]["y"]["title"] = dimension("dimension_2", ca.inertia_y);
    charts.push_back(MakeChart("ca-" + ca.axis,
                               Fill(labels.Ui("chart_ca"), AxisName(labels, ca.axis)),
                               labels.Ui("chart_ca_desc"), "", spec));
  }
}

void AddActivityCharts(const ReportView& view, const Labels& labels, std::vector<Chart>& charts) {
  std::map<std::string, std::array<int64_t, 4>> by_period;
  for (const ActivityRow& row : view.activity) {
    auto& sums = by_period[row.period];
    sums[0] += row.original;
    sums[1] += row.reply;
    sums[2] += row.retweet;
    sums[3] += row.quote;
  }
  if (!by_period.empty()) {
    static const char* const kKinds[] = {"kind_original", "kind_reply", "kind_retweet",
                                         "kind_quote"};
    json rows = json::array();
    for (const auto& [period, sums] : by_period) {
      for (int k = 0; k < 4; ++k) {
        rows.push_back({{"period", period},
                        {"kind", labels.Ui(kKinds[k])},
                        {"kind_order", k},
                        {"posts", sums[k]}});
      }
    }
    json spec = LoadSpec("activity", labels);
    spec["data"] = {{"values", rows}};
    charts.push_back(MakeChart("activity", labels.Ui("chart_activity"), "", "", spec));
  }
  for (const std::string& axis : view.axes) {
    const auto categories = AxisCategories(view, axis);
    json rows = json::array();
    for (const PeriodMixRow& row : view.period_mix) {
      if (row.axis != axis) continue;
      rows.push_back({{"period", row.period},
                      {"category", labels.Category(row.category)},
                      {"category_order", IndexOf(categories, row.category)},
                      {"posts", row.count}});
    }
    if (rows.empty()) continue;
    json spec = LoadSpec("period_mix", labels);
    spec["data"] = {{"values", rows}};
    charts.push_back(MakeChart("period-mix-" + axis,
                               Fill(labels.Ui("chart_period_mix"), AxisName(labels, axis)), "", "",
                               spec));
  }
}

// Lift per agency and category when there is no regency-wide lift: agencies × categories.
void AddLiftHeatmap(const ReportView& view, const Labels& labels, const std::string& axis,
                    std::vector<Chart>& charts) {
  Matrix matrix;
  const auto categories = AxisCategories(view, axis);
  std::vector<std::string> rows, cols;
  for (const std::string& c : categories) cols.push_back(labels.Category(c));
  for (const AgencyInfo& agency : view.agencies) {
    std::vector<double> values(categories.size(), kMissing);
    bool any = false;
    for (const LiftRow& row : view.lift) {
      const int c = IndexOf(categories, row.category);
      if (row.agency != agency.id || row.axis != axis || c >= static_cast<int>(categories.size()))
        continue;
      values[c] = row.lift;
      any = any || !IsMissing(row.lift);
    }
    if (!any) continue;
    rows.push_back(labels.Agency(agency.id));
    matrix.values.push_back(values);
  }
  if (matrix.values.empty()) return;
  json spec = HeatmapSpec(matrix, rows, cols, labels, labels.Ui("engagement_lift"),
                          "redyellowgreen", ".1f", [&](double v) { return labels.Decimal(v, 1); });
  spec["layer"][0]["encoding"]["color"]["scale"] = {{"scheme", "redyellowgreen"}, {"domainMid", 1}};
  charts.push_back(MakeChart("lift-" + axis, Fill(labels.Ui("chart_lift"), AxisName(labels, axis)),
                             labels.Ui("chart_lift_desc"), "", spec));
}

void AddEngagementCharts(const ReportView& view, const Labels& labels, std::vector<Chart>& charts) {
  for (const std::string& axis : view.axes) {
    json rows = json::array();
    for (const LiftRow& row : view.lift) {
      if (row.axis != axis || !row.agency.empty() || IsMissing(row.lift)) continue;
      rows.push_back(
          {{"category", labels.Category(row.category)}, {"lift", row.lift}, {"posts", row.posts}});
    }
    if (rows.empty()) {
      AddLiftHeatmap(view, labels, axis, charts);
      continue;
    }
    json spec = LoadSpec("lift", labels);
    spec["data"] = {{"values", rows}};
    charts.push_back(MakeChart("lift-" + axis,
                               Fill(labels.Ui("chart_lift"), AxisName(labels, axis)),
                               labels.Ui("chart_lift_desc"), "", spec));
  }
  json rows = json::array();
  for (const EngagementSummary& row : view.engagement) {
    if (IsMissing(row.zero_engagement_share)) continue;
    rows.push_back({{"agency", labels.Agency(row.agency)},
                    {"share", row.zero_engagement_share},
                    {"posts", row.posts}});
  }
  if (rows.empty()) return;
  json spec = LoadSpec("zero_engagement", labels);
  spec["data"] = {{"values", rows}};
  charts.push_back(MakeChart("zero-engagement", labels.Ui("chart_zero"), "", "", spec));
}

void AddFactorChart(const ReportView& view, const Labels& labels, std::vector<Chart>& charts) {
  json rows = json::array();
  for (const RankingRow& row : view.ranking) {
    const std::pair<const char*, double> factors[] = {{"factor_konten", row.konten},
                                                      {"factor_partisipasi", row.partisipasi},
                                                      {"factor_integrasi", row.integrasi}};
    for (int f = 0; f < 3; ++f) {
      if (IsMissing(factors[f].second)) continue;
      rows.push_back({{"agency", labels.Agency(row.agency)},
                      {"rank", row.rank},
                      {"factor", labels.Ui(factors[f].first)},
                      {"factor_order", f},
                      {"score", factors[f].second}});
    }
  }
  if (rows.empty()) return;
  json spec = LoadSpec("factors", labels);
  spec["data"] = {{"values", rows}};
  charts.push_back(
      MakeChart("factors", labels.Ui("chart_factors"), labels.Ui("ranking_lede"), "", spec));
}

struct NodePlace {
  double x = 0, y = 0, lx = 0, ly = 0;
  std::string align = "center";
};

// Connected agencies on a circle (registry order), isolates in a row below it so they stay
// visible; labels just outside the circle. Deterministic, unlike a force layout.
std::map<std::string, NodePlace> PlaceNodes(const Network& network) {
  std::vector<std::string> connected, isolates;
  for (const NetworkNode& node : network.nodes) {
    (node.in_degree + node.out_degree > 0 ? connected : isolates).push_back(node.id);
  }
  std::map<std::string, NodePlace> places;
  for (size_t i = 0; i < connected.size(); ++i) {
    const double angle = std::numbers::pi / 2 - 2 * std::numbers::pi * static_cast<double>(i) /
                                                    static_cast<double>(connected.size());
    NodePlace& place = places[connected[i]];
    place.x = std::cos(angle);
    place.y = std::sin(angle);
    place.lx = 1.1 * place.x;
    place.ly = 1.1 * place.y;
    place.align = place.x > 0.2 ? "left" : place.x < -0.2 ? "right" : "center";
    if (place.align == "center") place.ly = place.y + (place.y > 0 ? 0.09 : -0.09);
  }
  for (size_t i = 0; i < isolates.size(); ++i) {
    NodePlace& place = places[isolates[i]];
    const double n = static_cast<double>(isolates.size());
    place.x = isolates.size() == 1 ? 0.0 : -1.1 + 2.2 * static_cast<double>(i) / (n - 1);
    place.y = i % 2 == 0 ? -1.25 : -1.37;
    place.lx = place.x;
    place.ly = place.y - 0.065;
  }
  return places;
}

void AddNetworkChart(const ReportView& view, const Labels& labels, std::vector<Chart>& charts) {
  if (view.network.nodes.empty()) return;
  const std::set<std::string> shown = PairwiseChartAgencies(view);
  Network network;
  for (const NetworkNode& node : view.network.nodes) {
    if (shown.count(node.id)) network.nodes.push_back(node);
  }
  for (const NetworkEdge& edge : view.network.edges) {
    if (shown.count(edge.source) && shown.count(edge.target)) network.edges.push_back(edge);
  }
  const auto places = PlaceNodes(network);
  std::vector<std::string> layers;
  for (const NetworkEdge& edge : network.edges) {
    if (std::find(layers.begin(), layers.end(), edge.layer) == layers.end())
      layers.push_back(edge.layer);
  }
  json nodes = json::array();
  for (const NetworkNode& node : network.nodes) {
    const NodePlace& p = places.at(node.id);
    nodes.push_back({{"id", node.id},
                     {"label", labels.Agency(node.id)},
                     {"short", ShortAgencyLabel(view, labels, node.id)},
                     {"x", p.x},
                     {"y", p.y},
                     {"lx", p.lx},
                     {"ly", p.ly},
                     {"align", p.align},
                     {"in_degree", node.in_degree},
                     {"out_degree", node.out_degree},
                     {"betweenness", Num(node.betweenness)},
                     {"isolate", node.in_degree + node.out_degree == 0}});
  }
  json edges = json::array();
  for (const NetworkEdge& edge : network.edges) {
    if (!places.count(edge.source) || !places.count(edge.target) || edge.source == edge.target)
      continue;
    const NodePlace& a = places.at(edge.source);
    const NodePlace& b = places.at(edge.target);
    const double dx = b.x - a.x, dy = b.y - a.y, length = std::max(1e-9, std::hypot(dx, dy));
    // Parallel layers between one pair are drawn side by side, not on top of each other.
    const int layer = IndexOf(layers, edge.layer);
    const double offset = (layer - (static_cast<double>(layers.size()) - 1) / 2) * 0.018;
    const double ox = -dy / length * offset, oy = dx / length * offset;
    edges.push_back({{"source", labels.Agency(edge.source)},
                     {"target", labels.Agency(edge.target)},
                     {"layer", labels.Ui("layer_" + edge.layer)},
                     {"layer_order", layer},
                     {"weight", edge.weight},
                     {"x", a.x + ox},
                     {"y", a.y + oy},
                     {"x2", b.x + ox},
                     {"y2", b.y + oy},
                     {"ax", a.x + ox + 0.8 * dx},
                     {"ay", a.y + oy + 0.8 * dy},
                     {"angle", -std::atan2(dy, dx) * 180 / std::numbers::pi}});
  }
  json spec = LoadSpec("network", labels);
  spec["datasets"] = {{"nodes", nodes}, {"edges", edges}};
  charts.push_back(MakeChart("network", labels.Ui("chart_network"),
                             PairwiseDescription(labels, labels.Ui("chart_network_desc"),
                                                 network.nodes.size(), view.network.nodes.size()),
                             "", spec));
}

void AddAgencyCharts(const ReportView& view, const Labels& labels, std::vector<Chart>& charts) {
  std::map<std::string, const AgencyTerms*> terms;
  for (const AgencyTerms& t : view.terms) terms[t.agency] = &t;
  for (const AgencyInfo& agency : view.agencies) {
    const std::string anchor = AgencyAnchor(view, agency.id);
    json mix = AgencyMixSpec(view, labels, agency.id);
    if (!mix["vconcat"].empty()) {
      charts.push_back(
          MakeChart(anchor + "-mix", labels.Ui("chart_agency_mix"), "", agency.id, mix));
    }
    const auto it = terms.find(agency.id);
    if (it == terms.end() || it->second->keyness.empty()) continue;
    json keyness = json::array();
    int order = 0;
    for (const KeynessRow& row : it->second->keyness) {
      keyness.push_back({{"term", row.term},
                         {"order", order++},
                         {"count", row.count},
                         {"count_rest", row.count_rest},
                         {"g2", row.g2},
                         {"log_ratio", row.log_ratio}});
    }
    json spec = LoadSpec("keyness", labels);
    spec["data"] = {{"values", keyness}};
    charts.push_back(
        MakeChart(anchor + "-keyness", labels.Ui("chart_keyness"), "", agency.id, spec));
  }
}

std::string TruncateUtf8(const std::string& text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (chars++ == max_chars) return text.substr(0, i) + "…";
  }
  return text;
}

}  // namespace

std::string AgencyAnchor(const ReportView& view, const std::string& agency_id) {
  for (size_t i = 0; i < view.agencies.size(); ++i) {
    if (view.agencies[i].id == agency_id) return "agency-" + std::to_string(i + 1);
  }
  return "agency-x";
}

std::string ShortAgencyLabel(const ReportView& view, const Labels& labels,
                             const std::string& agency_id) {
  for (const AgencyInfo& agency : view.agencies) {
    if (agency.id == agency_id && !agency.handle.empty()) return "@" + agency.handle;
  }
  return TruncateUtf8(labels.Agency(agency_id), 22);
}

std::vector<Chart> BuildCharts(const ReportView& view, const Labels& labels) {
  std::vector<Chart> charts;
  const bool compare = view.agencies.size() > 1;  // one agency: nothing to compare it with
  AddFactorChart(view, labels, charts);
  if (compare) {
    AddComparisonMixCharts(view, labels, charts);
    AddHeatmaps(view, labels, charts);
    AddCaCharts(view, labels, charts);
  }
  AddActivityCharts(view, labels, charts);
  AddEngagementCharts(view, labels, charts);
  if (compare) AddNetworkChart(view, labels, charts);
  AddAgencyCharts(view, labels, charts);
  return charts;
}

}  // namespace liputan::render
