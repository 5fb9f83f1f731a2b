#include "report/render/html_report.h"

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/version.h"
#include "report/render/embedded_files.h"
#include "report/render/html_escape.h"
#include "report/render/mustache.h"
#include "report/render/validity_note.h"

namespace liputan::render {
namespace {

using nlohmann::json;
using Map = MustacheValue::Map;
using List = MustacheValue::List;

std::string Template(const std::string& name) {
  return std::string(EmbeddedFile("templates/" + name));
}

Map UiStrings(const Labels& labels) {
  Map ui;
  std::istringstream in{std::string(EmbeddedFile("templates/strings.tsv"))};
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::string key = line.substr(0, line.find('\t'));
    ui.emplace(key, labels.Ui(key));
  }
  return ui;
}

List KpiList(const std::vector<Kpi>& kpis, const Labels& labels) {
  List list;
  for (const Kpi& kpi : kpis) {
    list.push_back(
        Map{{"label", labels.Ui(kpi.key)}, {"value", labels.Format(kpi.value, kpi.format)}});
  }
  return list;
}

Map ChartContext(const Chart& chart) {
  return Map{{"id", chart.id}, {"title", chart.title}, {"desc", chart.description}};
}

List ChartList(const std::vector<Chart>& charts, const std::string& agency) {
  List list;
  for (const Chart& chart : charts) {
    if (chart.agency == agency) list.push_back(ChartContext(chart));
  }
  return list;
}

std::string Finding(const LocalizedName& finding, const Labels& labels) {
  const std::string& first = labels.lang() == Lang::kId ? finding.id : finding.en;
  return !first.empty() ? first : labels.lang() == Lang::kId ? finding.en : finding.id;
}

std::string Pct(double score) {
  return IsMissing(score) ? "0" : std::to_string(static_cast<int>(score * 100 + 0.5));
}

Map FactorCard(const std::string& factor, const ReportView& view, const Labels& labels) {
  std::vector<Kpi> kpis;
  for (const Kpi& kpi : view.overview) {
    if (kpi.factor == factor) kpis.push_back(kpi);
  }
  return Map{{"key", factor},
             {"name", labels.Ui("factor_" + factor)},
             {"desc", labels.Ui("factor_" + factor + "_desc")},
             {"kpis", KpiList(kpis, labels)},
             {"has_kpis", !kpis.empty()}};
}

List RankingRows(const ReportView& view, const Labels& labels) {
  List rows;
  for (const RankingRow& row : view.ranking) {
    rows.push_back(Map{{"rank", std::to_string(row.rank)},
                       {"agency", labels.Agency(row.agency)},
                       {"anchor", AgencyAnchor(view, row.agency)},
                       {"konten", labels.Decimal(row.konten, 2)},
                       {"partisipasi", labels.Decimal(row.partisipasi, 2)},
                       {"integrasi", labels.Decimal(row.integrasi, 2)},
                       {"konten_pct", Pct(row.konten)},
                       {"partisipasi_pct", Pct(row.partisipasi)},
                       {"integrasi_pct", Pct(row.integrasi)},
                       {"overall", labels.Decimal(row.overall, 2)},
                       {"finding", Finding(row.finding, labels)}});
  }
  return rows;
}

List HomogeneityRows(const ReportView& view, const Labels& labels) {
  List rows;
  for (const HomogeneityTest& test : view.homogeneity) {
    const bool tiny = !IsMissing(test.p_value) && test.p_value < 0.0001;
    rows.push_back(
        Map{{"axis", labels.Ui("axis_" + test.axis)},
            {"chi_square", labels.Decimal(test.chi_square, 1)},
            {"df", labels.Integer(test.df)},
            {"p_value", tiny ? "< " + labels.Decimal(0.0001, 4) : labels.Decimal(test.p_value, 4)},
            {"cramers_v", labels.Decimal(test.cramers_v, 2)}});
  }
  return rows;
}

Map TermsContext(const AgencyTerms* terms, const Labels& labels) {
  List top, keywords;
  if (terms != nullptr) {
    for (const TermRow& row : terms->top) {
      top.push_back(Map{{"term", row.term},
                        {"count", labels.Integer(row.count)},
                        {"per_10k", labels.Decimal(row.per_10k, 1)}});
    }
    for (const KeynessRow& row : terms->keyness) {
      keywords.push_back(Map{{"term", row.term},
                             {"count", labels.Integer(row.count)},
                             {"count_rest", labels.Integer(row.count_rest)},
                             {"g2", labels.Decimal(row.g2, 1)},
                             {"log_ratio", labels.Decimal(row.log_ratio, 2)}});
    }
  }
  return Map{{"has_terms", terms != nullptr && !terms->top.empty()},
             {"tokens", labels.Integer(terms != nullptr ? terms->tokens : 0)},
             {"top_terms", top},
             {"keywords", keywords},
             {"has_keywords", !keywords.empty()}};
}

// One example post: its text (escaped by the template, like every value), its label, the
// label's probability, date and interactions when known, and the link to the post on X.
Map ExampleContext(const ExamplePost& post, const Labels& labels) {
  return Map{
      {"text", post.text},
      {"date", post.date},
      {"category", post.category.empty() ? "" : labels.Category(post.category)},
      {"probability", IsMissing(post.probability) ? "" : labels.Percent(post.probability, 0)},
      {"has_engagement", post.engagement.has_value()},
      {"engagement", labels.Integer(post.engagement.value_or(0))},
      {"url", post.url}};
}

// The agency's example posts grouped by label set, in the view's order.
List ExampleGroups(const ReportView& view, const std::string& agency, const Labels& labels) {
  List groups;
  std::string axis;
  List posts;
  auto close = [&] {
    if (posts.empty()) return;
    groups.push_back(Map{{"axis", axis},
                         {"axis_name", axis.empty() ? "" : labels.Ui("axis_" + axis)},
                         {"count", labels.Integer(static_cast<int64_t>(posts.size()))},
                         {"posts", posts}});
    posts.clear();
  };
  for (const ExamplePost& post : view.examples) {
    if (post.agency != agency) continue;
    if (post.axis != axis) close();
    axis = post.axis;
    posts.push_back(ExampleContext(post, labels));
  }
  close();
  return groups;
}

List AgencySections(const ReportView& view, const Labels& labels,
                    const std::vector<Chart>& charts) {
  std::map<std::string, const AgencyTerms*> terms;
  for (const AgencyTerms& t : view.terms) terms[t.agency] = &t;
  std::map<std::string, const RankingRow*> ranks;
  for (const RankingRow& r : view.ranking) ranks[r.agency] = &r;
  List sections;
  for (const AgencyInfo& agency : view.agencies) {
    const auto kpis_it = view.agency_kpis.find(agency.id);
    const std::vector<Kpi> no_kpis;
    const std::vector<Kpi>& kpis = kpis_it == view.agency_kpis.end() ? no_kpis : kpis_it->second;
    const List examples = ExampleGroups(view, agency.id, labels);
    const auto rank = ranks.find(agency.id);
    const auto found = terms.find(agency.id);
    Map section{{"id", agency.id},
                {"anchor", AgencyAnchor(view, agency.id)},
                {"name", labels.Agency(agency.id)},
                {"handle", agency.handle},
                {"type", agency.type},
                {"rank", rank == ranks.end() ? "" : std::to_string(rank->second->rank)},
                {"finding", rank == ranks.end() ? "" : Finding(rank->second->finding, labels)},
                {"kpis", KpiList(kpis, labels)},
                {"has_kpis", !kpis.empty()},
                {"charts", ChartList(charts, agency.id)},
                {"examples", examples},
                {"has_examples", !examples.empty()}};
    const Map word_stats = TermsContext(found == terms.end() ? nullptr : found->second, labels);
    section.insert(word_stats.begin(), word_stats.end());
    sections.push_back(section);
  }
  return sections;
}

// Vega's number formats in the report's language, and vega-embed's menu in it.
json EmbedOptions(const Labels& labels) {
  json options{
      {"renderer", "svg"},
      {"actions", {{"export", true}, {"source", false}, {"compiled", false}, {"editor", false}}}};
  if (labels.lang() == Lang::kId) {
    options["formatLocale"] = {
        {"decimal", ","}, {"thousands", "."}, {"grouping", {3}}, {"currency", {"Rp", ""}}};
    options["i18n"] = {{"SVG_ACTION", "Simpan sebagai SVG"}, {"PNG_ACTION", "Simpan sebagai PNG"}};
  }
  return options;
}

std::string PeriodText(const ReportView& view) {
  if (view.period_from.empty() && view.period_to.empty()) return "";
  return view.period_from + " – " + view.period_to;
}

int64_t TotalPosts(const ReportView& view) {
  int64_t total = 0;
  for (const ActivityRow& row : view.activity)
    total += row.original + row.reply + row.retweet + row.quote;
  return total;
}

Map PageContext(const ReportView& view, const Labels& labels, const std::vector<Chart>& charts,
                const ChartBundles& bundles) {
  json specs = json::object();
  for (const Chart& chart : charts) specs[chart.id] = chart.spec;
  std::vector<Kpi> general;
  for (const Kpi& kpi : view.overview) {
    if (kpi.factor != "konten" && kpi.factor != "partisipasi" && kpi.factor != "integrasi")
      general.push_back(kpi);
  }
  // With a single agency there is no comparison section; its regency-wide charts join the overview.
  const bool has_comparison = view.agencies.size() > 1;
  List overview_charts, comparison_charts;
  for (const Chart& chart : charts) {
    if (!chart.agency.empty()) continue;
    (chart.id == "factors" || !has_comparison ? overview_charts : comparison_charts)
        .push_back(ChartContext(chart));
  }
  const int64_t posts = TotalPosts(view);
  return Map{
      {"lang", std::string(labels.code())},
      {"title", view.title.empty() ? labels.Ui("report_title") : view.title},
      {"version", std::string(kVersion)},
      {"generated_at", view.generated_at},
      {"period", PeriodText(view)},
      {"agency_count", labels.Integer(static_cast<int64_t>(view.agencies.size()))},
      {"posts_total", posts > 0 ? labels.Integer(posts) : ""},
      {"validity_note", ValidityNote(view, labels)},
      {"ui", UiStrings(labels)},
      {"factors", List{FactorCard("konten", view, labels), FactorCard("partisipasi", view, labels),
                       FactorCard("integrasi", view, labels)}},
      {"general_kpis", KpiList(general, labels)},
      {"has_general_kpis", !general.empty()},
      {"single_agency", view.agencies.size() == 1},
      {"has_ranking", !view.ranking.empty()},
      {"overall_label", labels.Ui(view.overall_key)},
      {"ranking", RankingRows(view, labels)},
      {"overview_charts", overview_charts},
      {"has_comparison", has_comparison},
      {"comparison_charts", comparison_charts},
      {"homogeneity", HomogeneityRows(view, labels)},
      {"has_homogeneity", !view.homogeneity.empty()},
      {"network_metrics", KpiList(view.network.metrics, labels)},
      {"has_network_metrics", !view.network.metrics.empty()},
      {"agencies", AgencySections(view, labels, charts)},
      {"css", Template("style.css")},
      {"errors_js", Template("errors.js")},
      {"boot_js", Template("boot.js")},
      {"specs_json", JsonForScript(specs)},
      {"embed_options_json", JsonForScript(EmbedOptions(labels))},
      {"vega_js", bundles.vega},
      {"vega_lite_js", bundles.vega_lite},
      {"vega_embed_js", bundles.vega_embed},
      {"vega_version", bundles.vega_version},
      {"vega_lite_version", bundles.vega_lite_version},
      {"vega_embed_version", bundles.vega_embed_version},
  };
}

}  // namespace

std::string RenderHtml(const ReportView& view, const Labels& labels,
                       const std::vector<Chart>& charts, const ChartBundles& bundles) {
  const MustachePartials partials{{"chart", Template("chart.mustache")},
                                  {"kpis", Template("kpis.mustache")}};
  return RenderMustache(Template("report.mustache"), PageContext(view, labels, charts, bundles),
                        partials, "report.mustache");
}

}  // namespace liputan::render
