#include "report/render/report_view_adapter.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "report/content_labels.h"
#include "report/examples_block.h"

namespace liputan::render {
namespace {

using nlohmann::json;

const json kNull = nullptr;

// The value at a path of object keys, or null when any step is missing.
const json& At(const json& node, std::initializer_list<const char*> path) {
  const json* current = &node;
  for (const char* key : path) {
    if (!current->is_object()) return kNull;
    const auto it = current->find(key);
    if (it == current->end()) return kNull;
    current = &*it;
  }
  return *current;
}

const json& F(const json& node, const char* key) { return At(node, {key}); }

double Number(const json& node) { return node.is_number() ? node.get<double>() : kMissing; }
int64_t Integer(const json& node) { return node.is_number() ? node.get<int64_t>() : 0; }
std::string Text(const json& node) { return node.is_string() ? node.get<std::string>() : ""; }

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::vector<std::string> Strings(const json& node) {
  std::vector<std::string> out;
  if (node.is_array()) {
    for (const json& item : node) out.push_back(Text(item));
  }
  return out;
}

// Sum of shares × base over agencies, divided by the sum of bases: a regency-wide share.
double Pooled(const json& agencies, std::initializer_list<const char*> share,
              std::initializer_list<const char*> base) {
  double numerator = 0, denominator = 0;
  for (const json& agency : agencies) {
    const double s = Number(At(F(agency, "total"), share));
    const double n = Number(At(F(agency, "total"), base));
    if (IsMissing(s) || IsMissing(n)) continue;
    numerator += s * n;
    denominator += n;
  }
  return denominator > 0 ? numerator / denominator : kMissing;
}

void AddAgencies(const json& doc, ReportView& view) {
  for (const json& agency : doc.at("agencies")) {
    view.agencies.push_back({Text(F(agency, "handle")), Text(F(agency, "name")),
                             Text(F(agency, "type")), Text(F(agency, "handle"))});
  }
}

void AddOverview(const json& doc, ReportView& view) {
  const json& agencies = doc.at("agencies");
  const json& network = At(doc, {"network", "total", "layers", "union"});
  double e_sum = 0;
  int e_count = 0;
  for (const json& agency : agencies) {
    const double e = Number(At(agency, {"total", "engagement", "E"}));
    if (!IsMissing(e)) e_sum += e, ++e_count;
  }
  view.overview = {
      {"konten", "basic_service_share",
       Pooled(agencies, {"content", "basic_service_share"}, {"content", "sektor", "labeled"}),
       "percent"},
      {"konten", "service_info_share",
       Pooled(agencies, {"content", "service_information_share"}, {"content", "fungsi", "labeled"}),
       "percent"},
      {"konten", "symbolic_share",
       Pooled(agencies, {"content", "symbolic_share"}, {"content", "fungsi", "labeled"}),
       "percent"},
      {"partisipasi", "zero_engagement_share",
       Pooled(agencies, {"engagement", "zero_engagement_share"}, {"engagement", "observed_posts"}),
       "percent"},
      {"partisipasi", "bonson_e", e_count > 0 ? e_sum / e_count : kMissing, "decimal"},
      {"partisipasi", "reply_rate",
       Pooled(agencies, {"participation", "response_rate"}, {"participation", "inbound_posts"}),
       "percent"},
      {"integrasi", "density", Number(F(network, "density")), "decimal"},
      {"integrasi", "reciprocity", Number(F(network, "reciprocity")), "decimal"},
      {"integrasi", "isolate_share", Number(F(network, "isolate_share")), "percent"}};
  const json& hubs = At(doc, {"network", "total", "hubs"});
  if (hubs.is_array() && !hubs.empty()) {
    view.overview.push_back(
        {"integrasi", "hub_coverage", Number(hubs[0]["coverage_out"]), "percent"});
  }
  for (const json& agency : agencies) {
    const json& total = F(agency, "total");
    view.agency_kpis[Text(F(agency, "handle"))] = {
        {"konten", "posts_total", Number(At(total, {"activity", "posts"})), "number"},
        {"konten", "basic_service_share", Number(At(total, {"content", "basic_service_share"})),
         "percent"},
        {"konten", "service_info_share",
         Number(At(total, {"content", "service_information_share"})), "percent"},
        {"partisipasi", "zero_engagement_share",
         Number(At(total, {"engagement", "zero_engagement_share"})), "percent"},
        {"partisipasi", "bonson_e", Number(At(total, {"engagement", "E"})), "decimal"},
        {"integrasi", "in_degree",
         Number(At(total, {"integration", "layers", "union", "in_degree"})), "number"}};
  }
}

// Raw shares per agency and axis, with the corrected ones from corrected_shares when present.
void AddMixes(const json& doc, ReportView& view) {
  for (const std::string axis : {"sektor", "fungsi"}) {
    const std::vector<std::string> labels = Strings(At(doc, {"taxonomy", axis.c_str()}));
    const json& corrected_agencies =
        At(doc, {"corrected_shares", "label_sets", axis.c_str(), "agencies"});
    for (const json& agency : doc.at("agencies")) {
      const std::string handle = Text(F(agency, "handle"));
      const json& block = At(agency, {"total", "content", axis.c_str()});
      if (Integer(F(block, "labeled")) == 0) continue;
      std::map<std::string, const json*> corrected;
      for (const json& share : At(corrected_agencies, {handle.c_str(), "shares"})) {
        if (share.is_object()) corrected[Text(F(share, "label"))] = &share;
      }
      AgencyMix mix{handle, axis, {}};
      for (const std::string& label : labels) {
        ShareRow row;
        row.category = label;
        row.count = Integer(At(block, {"counts", label.c_str()}));
        row.raw = Number(At(block, {"shares", label.c_str()}));
        if (const auto it = corrected.find(label); it != corrected.end()) {
          row.corrected = Number(F((*it->second), "adjusted"));
          row.corrected_low = Number(F((*it->second), "adjusted_low"));
          row.corrected_high = Number(F((*it->second), "adjusted_high"));
        }
        mix.shares.push_back(row);
      }
      view.mixes.push_back(std::move(mix));
      if (axis != "sektor") continue;
      view.agency_sector.rows.push_back(handle);
      std::vector<double> counts;
      for (const ShareRow& row : view.mixes.back().shares)
        counts.push_back(static_cast<double>(row.count));
      view.agency_sector.values.push_back(counts);
      view.agency_sector.cols = labels;
    }
  }
}

void AddComparison(const json& doc, ReportView& view) {
  for (const std::string axis : {"sektor", "fungsi"}) {
    const json& jsd = At(doc, {"comparison", "jsd", axis.c_str()});
    AxisMatrix distance{axis, {Strings(F(jsd, "agencies")), Strings(F(jsd, "agencies")), {}}};
    for (const json& row : At(jsd, {"divergence"})) {
      std::vector<double> values;
      for (const json& v : row)
        values.push_back(IsMissing(Number(v)) ? kMissing : std::sqrt(std::max(0.0, Number(v))));
      distance.matrix.values.push_back(values);
    }
    if (!distance.matrix.values.empty()) view.jsd.push_back(std::move(distance));
    const json& chi = At(doc, {"comparison", "chi_square", axis.c_str()});
    if (F(chi, "defined") == true) {
      view.homogeneity.push_back({axis, Number(F(chi, "statistic")), Integer(F(chi, "df")),
                                  Number(F(chi, "p_value")), Number(F(chi, "cramers_v"))});
    }
    const json& ca = At(doc, {"comparison", "correspondence", axis.c_str()});
    if (F(ca, "defined") != true) continue;
    const double total = Number(F(ca, "total_inertia"));
    const json& principal = F(ca, "principal_inertia");
    const auto inertia = [&](size_t i) {
      return principal.is_array() && principal.size() > i && total > 0
                 ? Number(principal[i]) / total
                 : kMissing;
    };
    CaMap map{axis, inertia(0), inertia(1), {}};
    const auto point = [](const json& coordinates, std::string id, std::string kind) {
      const double x =
          coordinates.is_array() && !coordinates.empty() ? Number(coordinates[0]) : 0.0;
      const double y =
          coordinates.is_array() && coordinates.size() > 1 ? Number(coordinates[1]) : 0.0;
      return CaPoint{std::move(id), std::move(kind), x, y};
    };
    for (const json& row : F(ca, "rows"))
      map.points.push_back(point(F(row, "coordinates"), Text(F(row, "agency")), "agency"));
    for (const json& col : F(ca, "columns"))
      map.points.push_back(point(F(col, "coordinates"), Text(F(col, "label")), "category"));
    view.ca.push_back(std::move(map));
  }
}

void AddPeriods(const json& doc, ReportView& view) {
  std::map<std::tuple<std::string, std::string, std::string>, int64_t> mix;
  for (const json& agency : doc.at("agencies")) {
    const json& by_period = F(agency, "by_period");
    if (!by_period.is_object()) continue;
    for (const auto& [period, block] : by_period.items()) {
      const json& a = F(block, "activity");
      view.activity.push_back({Text(F(agency, "handle")), period, Integer(F(a, "original")),
                               Integer(F(a, "reply")), Integer(F(a, "retweet")),
                               Integer(F(a, "quote"))});
      for (const std::string axis : {"sektor", "fungsi"}) {
        const json& counts = At(block, {"content", axis.c_str(), "counts"});
        if (!counts.is_object()) continue;
        for (const auto& [label, count] : counts.items())
          mix[{period, axis, label}] += Integer(count);
      }
    }
  }
  for (const auto& [key, count] : mix) {
    view.period_mix.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
  }
}

void AddEngagement(const json& doc, ReportView& view) {
  for (const json& agency : doc.at("agencies")) {
    const std::string handle = Text(F(agency, "handle"));
    const json& e = At(agency, {"total", "engagement"});
    view.engagement.push_back({handle, Integer(F(e, "observed_posts")),
                               Number(F(e, "zero_engagement_share")),
                               Number(F(e, "median_interactions")), kMissing});
    const json& by_category = F(e, "by_category");
    if (!by_category.is_object()) continue;
    for (const auto& [key, value] : by_category.items()) {
      const size_t colon = key.find(':');  // "sektor:kesehatan"
      if (colon == std::string::npos) continue;
      view.lift.push_back({handle, key.substr(0, colon), key.substr(colon + 1),
                           Integer(F(value, "posts")), Number(F(value, "lift"))});
    }
  }
}

void AddNetwork(const json& doc, const EdgeStream* edges, ReportView& view) {
  std::map<std::string, std::string> by_lower;  // report.json edges use lower-case handles
  for (const json& agency : doc.at("agencies")) {
    const std::string handle = Text(F(agency, "handle"));
    by_lower[Lower(handle)] = handle;
    const json& u = At(agency, {"total", "integration", "layers", "union"});
    view.network.nodes.push_back({handle, Integer(F(u, "in_degree")), Integer(F(u, "out_degree")),
                                  Number(F(u, "in_strength")), Number(F(u, "out_strength")),
                                  Number(F(u, "betweenness"))});
  }
  std::map<std::tuple<std::string, std::string, std::string>, double>
      weights;  // summed over months
  auto add = [&](const std::string& from_handle, const std::string& to_handle,
                 const std::string& layer, double weight) {
    const auto from = by_lower.find(Lower(from_handle));
    const auto to = by_lower.find(Lower(to_handle));
    if (from == by_lower.end() || to == by_lower.end()) return;
    weights[{from->second, to->second, layer}] += weight;
  };
  if (edges != nullptr) {
    (*edges)(add);
  } else {
    for (const json& edge : At(doc, {"network", "edges"}))
      add(Text(F(edge, "from")), Text(F(edge, "to")), Text(F(edge, "layer")),
          Number(F(edge, "weight")));
  }
  for (const auto& [key, weight] : weights) {
    view.network.edges.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), weight});
  }
  const json& u = At(doc, {"network", "total", "layers", "union"});
  view.network.metrics = {
      {"integrasi", "density", Number(F(u, "density")), "decimal"},
      {"integrasi", "reciprocity", Number(F(u, "reciprocity")), "decimal"},
      {"integrasi", "centralization", Number(F(u, "in_degree_centralization")), "decimal"},
      {"integrasi", "isolate_share", Number(F(u, "isolate_share")), "percent"},
      {"integrasi", "largest_component", Number(F(u, "largest_weak_component_share")), "percent"}};
}

void AddRanking(const json& doc, ReportView& view) {
  std::vector<const json*> rows;
  for (const json& row : At(doc, {"ranking"})) rows.push_back(&row);
  std::stable_sort(rows.begin(), rows.end(), [](const json* a, const json* b) {
    const double ra = Number(F((*a), "mean_rank")), rb = Number(F((*b), "mean_rank"));
    return ra != rb ? ra < rb : Text(F((*a), "handle")) < Text(F((*b), "handle"));
  });
  int64_t rank = 0;
  for (const json* row : rows) {
    const auto score = [&](const char* key) {
      const double v = Number((*row)[key]);
      return IsMissing(v) ? kMissing : v / 100.0;
    };
    view.ranking.push_back({Text(F((*row), "handle")),
                            ++rank,
                            score("konten"),
                            score("partisipasi"),
                            score("integrasi"),
                            Number(F((*row), "mean_rank")),
                            {Text(F((*row), "finding")), ""}});
  }
  view.overall_key = "mean_rank";
}

// report.json's "model.validation" (`report --validation`), when there is one.
void AddValidatedHere(const json& validation, LabelValidity& v) {
  if (!validation.is_object()) return;
  v.validation_file = Text(F(validation, "file"));
  v.validation_weighted = Text(F(validation, "sample")) == "validate";
  v.validation_assumes_srs = F(validation, "interval_assumes_simple_random_sample").is_boolean() &&
                             F(validation, "interval_assumes_simple_random_sample").get<bool>();
  const json& sets = F(validation, "label_sets");
  if (!sets.is_object()) return;
  for (const std::string& axis : report::ValidityLabelSetOrder(sets)) {
    const json& s = sets.at(axis);
    v.validated_here.push_back({axis, Number(F(s, "macro_f1")), Number(F(s, "macro_f1_low")),
                                Number(F(s, "macro_f1_high")), Integer(F(s, "labeled_posts"))});
  }
}

void AddLabelValidity(const json& doc, ReportView& view) {
  const json& model = F(doc, "model");
  if (!model.is_object()) return;
  LabelValidity& v = view.label_validity;
  v.known = true;
  v.from_model = Text(F(model, "labels_from")) == "model";
  v.any_labels = report::ReportHasContentLabels(doc);
  v.model = Text(F(model, "name"));
  const json& sets = F(model, "label_sets");
  if (sets.is_object()) {
    for (const std::string& axis : report::ValidityLabelSetOrder(sets)) {
      const json& real = sets.at(axis);
      v.label_sets.push_back({axis, real.is_object(), Number(F(real, "real_macro_f1")),
                              Integer(F(real, "real_examples")), Text(F(real, "real_source"))});
    }
  }
  v.has_confusion = F(model, "confusion_source").is_string();
  v.confusion_source = Text(F(model, "confusion_source"));
  AddValidatedHere(F(model, "validation"), v);
}

std::string DatePart(const json& time) { return Text(time).substr(0, 10); }

// An address to link to: https only, and no character that could leave an attribute (the
// template escapes them too), so an edited report.json cannot make a javascript: link.
std::string SafeUrl(const std::string& url) {
  if (url.rfind("https://", 0) != 0) return "";
  for (char c : url) {
    if (c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\') return "";
  }
  return url;
}

// report.json "examples": per agency (registry order), label set and label (ExampleLabelOrder),
// best first.
void AddExamples(const json& doc, ReportView& view) {
  const json& examples = F(doc, "examples");
  if (!examples.is_object()) return;
  for (const json& agency : doc.at("agencies")) {
    const std::string handle = Text(F(agency, "handle"));
    const json& sets = F(examples, handle.c_str());
    for (const auto& [axis, label] : report::ExampleLabelOrder(sets, F(doc, "taxonomy"))) {
      for (const json& e : sets.at(axis).at(label)) {
        if (!e.is_object()) continue;
        view.examples.push_back({handle, Text(F(e, "id")), DatePart(F(e, "created_at")),
                                 Text(F(e, "text")), label, std::nullopt, axis,
                                 Number(F(e, "probability")), SafeUrl(Text(F(e, "url")))});
      }
    }
  }
}

void CheckReportDocument(const json& report) {
  if (!report.is_object() || report.value("format", "") != "liputan-report" ||
      !report.contains("agencies") || !F(report, "agencies").is_array()) {
    throw Error(ErrorCode::kData,
                "not a liputan report document (expected \"format\": \"liputan-report\")");
  }
}

}  // namespace

ReportView WordStatsViewFromReportJson(const json& report, const TermCounts* terms) {
  CheckReportDocument(report);
  ReportView view;
  AddAgencies(report, view);
  if (terms != nullptr) view.terms = ComputeWordStats(*terms);
  return view;
}

ReportView ViewFromReportJson(const json& report,
                              const std::map<std::string, LocalizedName>& category_names,
                              const TermCounts* terms, const EdgeStream* edges) {
  CheckReportDocument(report);
  ReportView view;
  view.categories = category_names;
  const json& options = F(report, "options");
  view.period_from =
      DatePart(At(options, {"from"}).is_string() ? At(options, {"from"})
                                                 : At(report, {"input", "first_post"}));
  view.period_to = DatePart(At(options, {"to"}).is_string() ? At(options, {"to"})
                                                            : At(report, {"input", "last_post"}));
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
