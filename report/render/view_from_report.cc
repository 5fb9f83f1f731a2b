#include "report/render/view_from_report.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <tuple>

#include "report/calendar.h"
#include "report/examples_block.h"

namespace liputan::render {
namespace {

using report::AgencyReport;
using report::MetricBlock;
using report::Report;
using report::Share;

double Value(const Share& share) { return share ? *share : kMissing; }

std::string DatePart(const std::optional<int64_t>& time) {
  return time ? FormatTimestamp(*time).substr(0, 10) : "";
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

void AddAgencies(const Report& report, ReportView& view) {
  for (const AgencyReport& agency : report.agencies)
    view.agencies.push_back({agency.handle, agency.name, agency.type, agency.handle});
}

void AddOverview(const Report& report, ReportView& view) {
  const report::Overview& o = report.overview;
  const report::GraphMetrics& network = report.network.total.Union();
  view.overview = {
      {"konten", "basic_service_share", Value(o.basic_service_share), "percent"},
      {"konten", "service_info_share", Value(o.service_information_share), "percent"},
      {"konten", "symbolic_share", Value(o.symbolic_share), "percent"},
      {"partisipasi", "zero_engagement_share", Value(o.zero_engagement_share), "percent"},
      {"partisipasi", "bonson_e", Value(o.mean_e), "decimal"},
      {"partisipasi", "reply_rate", Value(o.response_rate), "percent"},
      {"integrasi", "density", network.density, "decimal"},
      {"integrasi", "reciprocity", Value(network.reciprocity), "decimal"},
      {"integrasi", "isolate_share", network.isolate_share, "percent"}};
  if (o.hub_coverage_out)
    view.overview.push_back({"integrasi", "hub_coverage", *o.hub_coverage_out, "percent"});
  for (const AgencyReport& agency : report.agencies) {
    const MetricBlock& t = agency.total;
    view.agency_kpis[agency.handle] = {
        {"konten", "posts_total", static_cast<double>(t.activity.posts), "number"},
        {"konten", "basic_service_share", Value(t.content.basic_service_share), "percent"},
        {"konten", "service_info_share", Value(t.content.service_information_share), "percent"},
        {"partisipasi", "zero_engagement_share", Value(t.engagement.bonson.zero_share), "percent"},
        {"partisipasi", "bonson_e", Value(t.engagement.bonson.e), "decimal"},
        {"integrasi", "in_degree", static_cast<double>(t.integration.Union().in_degree), "number"}};
  }
}

// The corrected shares of one label set per agency, when the report has them.
const std::vector<std::pair<std::string, report::CorrectedShares>>* CorrectedAgencies(
    const Report& report, const std::string& axis) {
  if (!report.corrected_shares) return nullptr;
  for (const report::CorrectedLabelSet& set : report.corrected_shares->label_sets)
    if (set.label_set == axis) return &set.agencies;
  return nullptr;
}

// Raw shares per agency and axis, with the corrected ones where the report has them.
void AddMixes(const Report& report, ReportView& view) {
  for (const std::string& axis : view.axes) {
    const std::vector<std::string>& labels =
        axis == report.taxonomy.sector_set ? report.taxonomy.sectors : report.taxonomy.functions;
    const auto* corrected_agencies = CorrectedAgencies(report, axis);
    for (const AgencyReport& agency : report.agencies) {
      const report::LabelMix& block = agency.total.content.Mix(axis);
      if (block.labeled == 0) continue;
      std::map<std::string, const report::CorrectedShare*> corrected;
      for (size_t i = 0; corrected_agencies != nullptr && i < corrected_agencies->size(); ++i) {
        const auto& [handle, shares] = (*corrected_agencies)[i];
        if (handle != agency.handle) continue;
        for (const report::CorrectedShare& share : shares.shares) corrected[share.label] = &share;
      }
      AgencyMix mix{agency.handle, axis, {}};
      for (const std::string& label : labels) {
        ShareRow row;
        row.category = label;
        const auto count = block.counts.find(label);
        row.count = count == block.counts.end() ? 0 : count->second;
        const auto share = block.shares.find(label);
        row.raw = share == block.shares.end() ? kMissing : Value(share->second);
        if (const auto it = corrected.find(label); it != corrected.end()) {
          row.corrected = it->second->adjusted;
          row.corrected_low = Value(it->second->adjusted_low);
          row.corrected_high = Value(it->second->adjusted_high);
        }
        mix.shares.push_back(row);
      }
      view.mixes.push_back(std::move(mix));
      if (axis != report.taxonomy.sector_set) continue;
      view.agency_sector.rows.push_back(agency.handle);
      std::vector<double> counts;
      for (const ShareRow& row : view.mixes.back().shares)
        counts.push_back(static_cast<double>(row.count));
      view.agency_sector.values.push_back(counts);
      view.agency_sector.cols = labels;
    }
  }
}

void AddComparison(const Report& report, ReportView& view) {
  for (const std::string& axis : view.axes) {
    const auto c = std::find_if(report.comparison.begin(), report.comparison.end(),
                                [&](const report::AxisComparison& a) { return a.axis == axis; });
    if (c == report.comparison.end()) continue;
    AxisMatrix distance{axis, {c->agencies, c->agencies, {}}};
    for (const std::vector<double>& row : c->divergence) {
      std::vector<double> values;
      for (double v : row) values.push_back(std::sqrt(std::max(0.0, v)));
      distance.matrix.values.push_back(values);
    }
    if (!distance.matrix.values.empty()) view.jsd.push_back(std::move(distance));
    const report::ChiSquareResult& chi = c->chi_square;
    if (chi.defined)
      view.homogeneity.push_back({axis, chi.statistic, chi.df, chi.p_value, chi.cramers_v});
    if (!c->correspondence || !c->correspondence->defined) continue;
    const report::Correspondence& ca = *c->correspondence;
    const auto inertia = [&](size_t i) {
      return ca.principal_inertia.size() > i && ca.total_inertia > 0
                 ? ca.principal_inertia[i] / ca.total_inertia
                 : kMissing;
    };
    CaMap map{axis, inertia(0), inertia(1), {}};
    const auto point = [](const std::vector<double>& coordinates, std::string id,
                          std::string kind) {
      return CaPoint{std::move(id), std::move(kind), coordinates.empty() ? 0.0 : coordinates[0],
                     coordinates.size() > 1 ? coordinates[1] : 0.0};
    };
    for (const auto& [agency, coordinates] : ca.rows)
      map.points.push_back(point(coordinates, agency, "agency"));
    for (const auto& [label, coordinates] : ca.columns)
      map.points.push_back(point(coordinates, label, "category"));
    view.ca.push_back(std::move(map));
  }
}

void AddPeriods(const Report& report, ReportView& view) {
  // Periods by name, as the renderers have always listed them.
  std::vector<size_t> order(report.periods.size());
  for (size_t p = 0; p < order.size(); ++p) order[p] = p;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return report.periods[a] < report.periods[b]; });
  std::map<std::tuple<std::string, std::string, std::string>, int64_t> mix;
  for (const AgencyReport& agency : report.agencies) {
    for (size_t p : order) {
      if (p >= agency.by_period.size()) continue;
      const std::string& period = report.periods[p];
      const report::ActivityMetrics& a = agency.by_period[p].activity;
      view.activity.push_back({agency.handle, period, a.original, a.reply, a.retweet, a.quote});
      for (const std::string& axis : view.axes) {
        for (const auto& [label, count] : agency.by_period[p].content.Mix(axis).counts)
          mix[{period, axis, label}] += count;
      }
    }
  }
  for (const auto& [key, count] : mix)
    view.period_mix.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
}

void AddEngagement(const Report& report, ReportView& view) {
  for (const AgencyReport& agency : report.agencies) {
    const report::EngagementMetrics& e = agency.total.engagement;
    view.engagement.push_back({agency.handle, e.observed_posts, Value(e.bonson.zero_share),
                               Value(e.bonson.median_interactions), kMissing});
    for (const auto& [key, value] : e.by_category) {
      const size_t colon = key.find(':');  // "sektor:kesehatan"
      if (colon == std::string::npos) continue;
      view.lift.push_back({agency.handle, key.substr(0, colon), key.substr(colon + 1), value.posts,
                           Value(value.lift)});
    }
  }
}

void AddNetwork(const Report& report, const EdgeStream* edges, ReportView& view) {
  std::map<std::string, std::string> by_lower;  // the edges name agencies by lower-case handle
  for (const AgencyReport& agency : report.agencies) {
    by_lower[Lower(agency.handle)] = agency.handle;
    const report::NodeMetrics& u = agency.total.integration.Union();
    view.network.nodes.push_back({agency.handle, u.in_degree, u.out_degree,
                                  static_cast<double>(u.in_strength),
                                  static_cast<double>(u.out_strength), u.betweenness});
  }
  std::map<std::tuple<std::string, std::string, std::string>, double> weights;  // over months
  auto add = [&](const std::string& from_handle, const std::string& to_handle,
                 const std::string& layer, double weight) {
    const auto from = by_lower.find(Lower(from_handle));
    const auto to = by_lower.find(Lower(to_handle));
    if (from == by_lower.end() || to == by_lower.end()) return;
    weights[{from->second, to->second, layer}] += weight;
  };
  if (edges != nullptr) {
    (*edges)(add);
  } else if (report.network.edges) {
    for (const report::NetworkEdgeRow& e : *report.network.edges)
      add(e.from, e.to, e.layer, static_cast<double>(e.weight));
  }
  for (const auto& [key, weight] : weights)
    view.network.edges.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), weight});
  const report::GraphMetrics& u = report.network.total.Union();
  view.network.metrics = {
      {"integrasi", "density", u.density, "decimal"},
      {"integrasi", "reciprocity", Value(u.reciprocity), "decimal"},
      {"integrasi", "centralization", u.in_degree_centralization, "decimal"},
      {"integrasi", "isolate_share", u.isolate_share, "percent"},
      {"integrasi", "largest_component", u.largest_weak_component_share, "percent"}};
}

void AddRanking(const Report& report, ReportView& view) {
  std::vector<const report::RankingRow*> rows;
  for (const report::RankingRow& row : report.ranking) rows.push_back(&row);
  std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) {
    return a->mean_rank != b->mean_rank ? a->mean_rank < b->mean_rank : a->handle < b->handle;
  });
  int64_t rank = 0;
  for (const report::RankingRow* row : rows) {
    const auto score = [](const Share& v) { return v ? *v / 100.0 : kMissing; };
    view.ranking.push_back({row->handle,
                            ++rank,
                            score(row->konten),
                            score(row->partisipasi),
                            score(row->integrasi),
                            row->mean_rank,
                            {row->finding, ""}});
  }
  view.overall_key = "mean_rank";
}

// The user's validation (`report --validation`), when there is one.
void AddValidatedHere(const Report& report, LabelValidity& v) {
  if (!report.model || !report.model->validation) return;
  const report::ValidationSummary& validation = *report.model->validation;
  v.validation_file = validation.file;
  v.validation_weighted = validation.sample == "validate";
  v.validation_assumes_srs = validation.simple_random_sample_assumed;
  std::map<std::string, const report::ValidatedScores*> sets;  // the last of a name
  std::vector<std::string> names;
  for (const report::ValidatedScores& s : validation.label_sets) {
    if (!sets.count(s.label_set)) names.push_back(s.label_set);
    sets[s.label_set] = &s;
  }
  for (const std::string& axis : report.LabelSetOrder(names)) {
    const report::ValidatedScores& s = *sets.at(axis);
    v.validated_here.push_back(
        {axis, s.macro_f1, Value(s.macro_f1_low), Value(s.macro_f1_high), s.labeled_posts});
  }
}

void AddLabelValidity(const Report& report, ReportView& view) {
  LabelValidity& v = view.label_validity;
  v.known = true;
  v.from_model = report.model && report.model->labels_from_model;
  v.any_labels = report.HasContentLabels();
  if (v.from_model) {
    v.model = report.model->name;
    std::map<std::string, const std::optional<report::RealValidation>*> sets;  // last of a name
    std::vector<std::string> names;
    for (const auto& [name, real] : report.model->label_sets) {
      if (!sets.count(name)) names.push_back(name);
      sets[name] = &real;
    }
    for (const std::string& axis : report.LabelSetOrder(names)) {
      const std::optional<report::RealValidation>& real = *sets.at(axis);
      v.label_sets.push_back({axis, real.has_value(), real ? Value(real->macro_f1) : kMissing,
                              real ? real->examples : 0, real ? real->source : ""});
    }
  }
  v.has_confusion = report.confusion_source.has_value();
  v.confusion_source = report.confusion_source.value_or("");
  AddValidatedHere(report, v);
}

// An address to link to: https only, and no character that could leave an attribute (the
// template escapes them too).
std::string SafeUrl(const std::string& url) {
  if (url.rfind("https://", 0) != 0) return "";
  for (char c : url) {
    if (c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\') return "";
  }
  return url;
}

// The example posts: per agency (registry order), label set and label (ExampleLabelOrder), best
// first.
void AddExamples(const Report& report, ReportView& view) {
  if (!report.examples) return;
  for (const AgencyReport& agency : report.agencies) {
    const auto sets = report.examples->find(agency.handle);
    if (sets == report.examples->end()) continue;
    for (const auto& [axis, label] : report::ExampleLabelOrder(sets->second, report)) {
      for (const report::ExampleRow& e : sets->second.at(axis).at(label)) {
        view.examples.push_back({agency.handle, e.id, DatePart(e.created_at), e.text, label,
                                 std::nullopt, axis, e.probability, SafeUrl(e.url)});
      }
    }
  }
}

}  // namespace

ReportView WordStatsViewFromReport(const Report& report, const TermCounts* terms) {
  ReportView view;
  AddAgencies(report, view);
  if (terms != nullptr) view.terms = ComputeWordStats(*terms);
  return view;
}

ReportView ViewFromReport(const Report& report,
                          const std::map<std::string, LocalizedName>& category_names,
                          const TermCounts* terms, const EdgeStream* edges) {
  ReportView view;
  view.categories = category_names;
  view.axes = {report.taxonomy.sector_set, report.taxonomy.function_set};
  view.period_from =
      DatePart(report.aggregation.from ? report.aggregation.from : report.input.first_post);
  // --to is exclusive in the state (the day after a plain date), as report.json's options.to.
  view.period_to = DatePart(report.aggregation.to ? report.aggregation.to : report.input.last_post);
  AddAgencies(report, view);
  AddLabelValidity(report, view);
  AddOverview(report, view);
  AddMixes(report, view);
  AddComparison(report, view);
  AddPeriods(report, view);
  AddEngagement(report, view);
  AddNetwork(report, edges, view);
  AddRanking(report, view);
  AddExamples(report, view);
  if (terms != nullptr) view.terms = ComputeWordStats(*terms);
  return view;
}

}  // namespace liputan::render
