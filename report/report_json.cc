#include "report/report_json.h"

#include <map>
#include <nlohmann/json.hpp>

#include "report/calendar.h"
#include "report/report_edges.h"

namespace liputan::report {

using nlohmann::json;

namespace {

json Num(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }
json Int(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }
json Time(const std::optional<int64_t>& t) { return t ? json(FormatTimestamp(*t)) : json(nullptr); }

// Obj("a", x, "b", y): an object built by moving each value in. nlohmann's {{"a", x}, ...}
// initializer lists copy every pair through a temporary array, which over the tens of
// thousands of blocks of a large report costs more than computing the metrics.
void Put(json&) {}
template <typename Value, typename... Rest>
void Put(json& object, const char* key, Value&& value, Rest&&... rest) {
  object[key] = std::forward<Value>(value);
  Put(object, std::forward<Rest>(rest)...);
}
template <typename... Fields>
json Obj(Fields&&... fields) {
  json object = json::object();
  Put(object, std::forward<Fields>(fields)...);
  return object;
}

json ActivityJson(const ActivityMetrics& a) {
  return Obj("posts", a.posts, "original", a.original, "reply", a.reply, "retweet", a.retweet,
             "quote", a.quote, "days", a.days, "posts_per_day", Num(a.posts_per_day));
}

json MixJson(const LabelMix& mix) {
  json shares = json::object();
  for (const auto& [label, share] : mix.shares) shares[label] = Num(share);
  return Obj("labeled", mix.labeled, "counts", mix.counts, "shares", std::move(shares));
}

json ContentJson(const ContentMetrics& c) {
  json content = Obj("posts", c.posts, "unlabeled", c.unlabeled);
  for (const auto& [set, mix] : c.mixes) content[set] = MixJson(mix);
  content["cross"] = c.cross.empty() ? json::object() : json(c.cross);
  Put(content, "basic_service_share", Num(c.basic_service_share), "service_information_share",
      Num(c.service_information_share), "citizen_facing_share", Num(c.citizen_facing_share),
      "symbolic_share", Num(c.symbolic_share), "sector_breadth", Num(c.sector_breadth),
      "sector_breadth_strict", Num(c.sector_breadth_strict), "evenness", Num(c.evenness),
      "pd_service_coverage", Num(c.pd_service_coverage), "mandate_sectors", c.mandate_sectors,
      "mandate_alignment", Num(c.mandate_alignment));
  return content;
}

json EngagementJson(const EngagementMetrics& e) {
  const BonsonMetrics& b = e.bonson;
  json lift = json::object();
  for (const auto& [label, c] : e.by_category) {
    lift[label] = Obj("posts", c.posts, "median_interactions", Num(c.median_interactions), "lift",
                      Num(c.lift));
  }
  return Obj("broadcast_posts", e.broadcast_posts, "observed_posts", e.observed_posts,
             "excluded_young", e.excluded_young, "unknown_age", e.unknown_age, "followers",
             Int(e.followers), "P1", Num(b.p1), "P2", Num(b.p2), "P3", Num(b.p3), "C1", Num(b.c1),
             "C2", Num(b.c2), "C3", Num(b.c3), "V1", Num(b.v1), "V2", Num(b.v2), "V3", Num(b.v3),
             "V1_retweets", Num(b.v1_retweets), "V2_retweets", Num(b.v2_retweets), "V3_retweets",
             Num(b.v3_retweets), "E", Num(b.e), "E_log", Num(b.e_log), "E_norm", Num(e.e_norm),
             "er_median", Num(b.er_median), "er_mean", Num(b.er_mean), "median_interactions",
             Num(b.median_interactions), "zero_engagement_share", Num(b.zero_share), "by_category",
             std::move(lift), "followers_observed_at", Time(e.followers_observed_at));
}

json ParticipationJson(const ParticipationMetrics& p) {
  return Obj("inbound_posts", p.inbound_posts, "participants", p.participants,
             "participants_per_1000_followers", Num(p.participants_per_1000_followers), "answered",
             p.answered, "answered_within_window", p.answered_within_window, "response_rate",
             Num(p.response_rate), "median_reply_delay_hours", Num(p.median_reply_delay_hours));
}

json NodeJson(const NodeMetrics& n) {
  return Obj("in_degree", n.in_degree, "out_degree", n.out_degree, "in_centrality", n.in_centrality,
             "out_centrality", n.out_centrality, "in_strength", n.in_strength, "out_strength",
             n.out_strength, "betweenness", n.betweenness, "isolate", n.isolate);
}

json IntegrationJson(const IntegrationMetrics& i) {
  json layers = json::object();
  for (const auto& [name, node] : i.layers) layers[name] = NodeJson(node);
  return Obj("layers", std::move(layers), "amplified_posts", i.amplified_posts,
             "amplification_rate", Num(i.amplification_rate), "reuse_posts", i.reuse_posts,
             "internal_reuse_share", Num(i.internal_reuse_share), "vertical_base", i.vertical_base,
             "vertical_share", Num(i.vertical_share));
}

json AgencyJson(const AgencyReport& a, const std::vector<std::string>& periods) {
  json by_period = json::object();
  for (size_t p = 0; p < a.by_period.size() && p < periods.size(); ++p)
    by_period[periods[p]] = MetricBlockJson(a.by_period[p]);
  return Obj("handle", a.handle, "name", a.name, "type", a.type, "parent", a.parent, "urusan",
             a.urusan, "has_posts", a.has_posts, "by_period", std::move(by_period), "total",
             MetricBlockJson(a.total));
}

json GraphJson(const GraphMetrics& g) {
  return Obj("nodes", g.nodes, "ties", g.ties, "interactions", g.interactions, "density", g.density,
             "reciprocity", Num(g.reciprocity), "isolate_share", g.isolate_share, "weak_components",
             g.weak_components, "largest_weak_component_share", g.largest_weak_component_share,
             "in_degree_centralization", g.in_degree_centralization);
}

json EdgesJson(const std::vector<NetworkEdgeRow>& rows) {
  json edges = json::array();
  for (const NetworkEdgeRow& e : rows) {
    edges.push_back(
        Obj("month", e.month, "layer", e.layer, "from", e.from, "to", e.to, "weight", e.weight));
  }
  return edges;
}

json ComparisonJson(const std::vector<AxisComparison>& comparison) {
  json out = json::object();
  for (const AxisComparison& c : comparison) {
    out["jsd"][c.axis] = Obj("agencies", c.agencies, "divergence", c.divergence);
    const ChiSquareResult& chi = c.chi_square;
    out["chi_square"][c.axis] =
        Obj("defined", chi.defined, "statistic", chi.statistic, "df", chi.df, "p_value",
            chi.p_value, "cramers_v", chi.cramers_v, "agencies", chi.rows_used, "categories",
            chi.columns_used, "posts", chi.total, "small_expected_share", chi.small_expected_share);
    if (!c.correspondence) continue;
    const Correspondence& ca = *c.correspondence;
    json rows = json::array(), columns = json::array();
    for (const auto& [agency, coordinates] : ca.rows)
      rows.push_back(Obj("agency", agency, "coordinates", coordinates));
    for (const auto& [label, coordinates] : ca.columns)
      columns.push_back(Obj("label", label, "coordinates", coordinates));
    out["correspondence"][c.axis] =
        Obj("defined", ca.defined, "total_inertia", ca.total_inertia, "principal_inertia",
            ca.principal_inertia, "rows", std::move(rows), "columns", std::move(columns));
  }
  return out;
}

json CorrectedJson(const CorrectedShares& r) {
  json shares = json::array();
  for (const CorrectedShare& s : r.shares) {
    shares.push_back(Obj("label", s.label, "raw", s.raw, "adjusted", s.adjusted, "adjusted_low",
                         Num(s.adjusted_low), "adjusted_high", Num(s.adjusted_high),
                         "probabilistic_raw", s.probabilistic_raw, "probabilistic_adjusted",
                         s.probabilistic_adjusted, "probabilistic_adjusted_low",
                         Num(s.probabilistic_adjusted_low), "probabilistic_adjusted_high",
                         Num(s.probabilistic_adjusted_high)));
  }
  return Obj("posts", r.posts, "outside_labels", r.outside_labels, "shares", std::move(shares));
}

json CorrectedSharesJson(const std::optional<CorrectedSharesReport>& corrected) {
  if (!corrected) return nullptr;
  json out =
      Obj("source", corrected->source, "bootstrap_replicates", corrected->bootstrap_replicates,
          "seed", corrected->seed, "confidence", corrected->confidence);
  for (const CorrectedLabelSet& set : corrected->label_sets) {
    json agencies = json::object();
    for (const auto& [handle, shares] : set.agencies) agencies[handle] = CorrectedJson(shares);
    out["label_sets"][set.label_set] = Obj("soft_matrix_given", set.soft_matrix_given, "all",
                                           CorrectedJson(set.all), "agencies", std::move(agencies));
  }
  return out;
}

json RankingJson(const std::vector<RankingRow>& ranking) {
  json rows = json::array();
  for (const RankingRow& r : ranking) {
    rows.push_back(Obj("handle", r.handle, "name", r.name, "konten", Num(r.konten), "partisipasi",
                       Num(r.partisipasi), "integrasi", Num(r.integrasi), "rank_konten",
                       r.rank_konten, "rank_partisipasi", r.rank_partisipasi, "rank_integrasi",
                       r.rank_integrasi, "mean_rank", r.mean_rank, "finding", r.finding));
  }
  return rows;
}

json ExamplesJson(const ExamplesReport& examples) {
  json out = json::object();
  for (const auto& [handle, sets] : examples) {
    for (const auto& [set, labels] : sets) {
      for (const auto& [label, list] : labels) {
        json& rows = out[handle][set][label] = json::array();
        for (const ExampleRow& e : list) {
          rows.push_back(Obj("id", e.id, "url", e.url.empty() ? json(nullptr) : json(e.url),
                             "created_at", FormatTimestamp(e.created_at), "probability",
                             e.probability, "text", e.text));
        }
      }
    }
  }
  return out;
}

json OptionsJson(const Report& r) {
  const AggregationOptions& o = r.aggregation;
  return Obj("period", PeriodKindName(r.period), "from", Time(o.from), "to", Time(o.to),
             "exclude_retweets", o.exclude_retweets, "engagement_freeze_days",
             o.engagement_freeze_days, "response_window_hours", o.response_window_hours,
             "breadth_strict_k", r.breadth_strict_k);
}

json InputJson(const InputCounters& c) {
  return Obj("records", c.records, "agency_posts", c.agency_posts, "vertical_posts",
             c.vertical_posts, "outside_posts", c.outside_posts, "inbound_posts", c.inbound_posts,
             "out_of_range", c.out_of_range, "retweets_excluded", c.retweets_excluded, "first_post",
             Time(c.first_post), "last_post", Time(c.last_post));
}

json ModelJson(const Report& r) {
  json model = ModelSummaryJson(r.model);
  model["confusion_source"] = r.confusion_source ? json(*r.confusion_source) : json(nullptr);
  return model;
}

json TaxonomyJson(const ReportTaxonomy& t) {
  json out = json::object();
  out[t.sector_set] = t.sectors;
  out[t.function_set] = t.functions;
  Put(out, "basic_service_sectors", t.basic_service_sectors, "citizen_facing_functions",
      t.citizen_facing, "symbolic_functions", t.symbolic);
  return out;
}

// report.json's bytes in pieces of about 1 MiB: nlohmann's serializer writes straight into the
// piece (through an ostream, each token paid for a sentry and a virtual call: a fifth of the time).
class JsonPieces {
 public:
  explicit JsonPieces(const ReportSink& sink) : sink_(sink) {}

  void Text(std::string_view text) {
    out_ += text;
    FlushIfFull();
  }
  // `value` as json::dump() writes it, compact; containers down to `depth` levels are written
  // member by member, so that no piece holds a large subtree (the JSD matrices).
  void Value(const json& value, int depth) {
    if (depth > 0 && value.is_array()) {
      Text("[");
      for (size_t i = 0; i < value.size(); ++i) {
        if (i > 0) Text(",");
        Value(value[i], depth - 1);
      }
      Text("]");
    } else if (depth > 0 && value.is_object()) {
      Text("{");
      bool first = true;
      for (const auto& [name, member] : value.items()) {
        Key(name, first);
        Value(member, depth - 1);
      }
      Text("}");
    } else {
      Dump(value);
    }
  }
  void Key(const std::string& name, bool& first) {
    if (!first) out_ += ',';
    first = false;
    Dump(json(name));
    out_ += ':';
  }
  void Flush() {
    if (!out_.empty()) sink_(out_);
    out_.clear();
  }

 private:
  void Dump(const json& value) {
    nlohmann::detail::serializer<json> serializer(
        nlohmann::detail::output_adapter<char, std::string>(out_), ' ',
        json::error_handler_t::strict);
    serializer.dump(value, false, false, 0);
    FlushIfFull();
  }
  void FlushIfFull() {
    if (out_.size() >= (1u << 20)) Flush();
  }

  const ReportSink& sink_;
  std::string out_;
};

// Writes the members of an object in key order (nlohmann's), each by its own writer.
using MemberWriters = std::map<std::string, std::function<void()>>;
void WriteObject(JsonPieces& out, const MemberWriters& members) {
  out.Text("{");
  bool first = true;
  for (const auto& [name, write] : members) {
    out.Key(name, first);
    write();
  }
  out.Text("}");
}

void WriteNetwork(const Report& report, const ReportSink& sink, const ReportEdges* edges,
                  JsonPieces& out) {
  MemberWriters members;
  members["by_period"] = [&] {
    out.Text("{");
    bool first = true;
    std::map<std::string, const NetworkSummary*> sorted;
    for (size_t p = 0; p < report.network.by_period.size() && p < report.periods.size(); ++p)
      sorted[report.periods[p]] = &report.network.by_period[p];
    for (const auto& [period, summary] : sorted) {
      out.Key(period, first);
      out.Value(NetworkSummaryJson(*summary), 0);
    }
    out.Text("}");
  };
  members["total"] = [&] { out.Value(NetworkSummaryJson(report.network.total), 0); };
  if (edges != nullptr) {
    members["edges"] = [&] {
      out.Flush();
      edges->WriteJson(sink);
    };
  } else if (report.network.edges) {
    members["edges"] = [&] { out.Value(EdgesJson(*report.network.edges), 1); };
  }
  WriteObject(out, members);
}

}  // namespace

json NetworkSummaryJson(const NetworkSummary& s) {
  json layers = json::object();
  for (const auto& [name, graph] : s.layers) layers[name] = GraphJson(graph);
  json hubs = json::array();
  for (const HubCoverage& h : s.hubs)
    hubs.push_back(
        Obj("handle", h.handle, "coverage_out", h.coverage_out, "coverage_in", h.coverage_in));
  return Obj("layers", std::move(layers), "hubs", std::move(hubs), "ei",
             Obj("internal_ties", s.ei.internal_ties, "external_ties", s.ei.external_ties,
                 "ei_index", Num(s.ei.ei_index), "ei_index_weighted", Num(s.ei.ei_index_weighted)));
}

json MetricBlockJson(const MetricBlock& b) {
  return Obj("activity", ActivityJson(b.activity), "content", ContentJson(b.content), "engagement",
             EngagementJson(b.engagement), "participation", ParticipationJson(b.participation),
             "interaction_mode",
             Obj("push_share", Num(b.interaction_mode.push_share), "networking_share",
                 Num(b.interaction_mode.networking_share), "pull_share",
                 Num(b.interaction_mode.pull_share)),
             "integration", IntegrationJson(b.integration));
}

namespace {

// The top-level members other than the agencies and the network, each as a tree (they are small
// beside those two).
using MemberTrees = std::map<std::string, std::function<json()>>;
MemberTrees SmallMembers(const Report& report) {
  MemberTrees members;
  members["format"] = [] { return json("liputan-report"); };
  members["version"] = [] { return json(1); };
  members["generator"] = [&] { return json(report.generator); };
  members["options"] = [&] { return OptionsJson(report); };
  members["input"] = [&] { return InputJson(report.input); };
  members["model"] = [&] { return ModelJson(report); };
  members["taxonomy"] = [&] { return TaxonomyJson(report.taxonomy); };
  members["periods"] = [&] { return json(report.periods); };
  members["comparison"] = [&] { return ComparisonJson(report.comparison); };
  members["corrected_shares"] = [&] { return CorrectedSharesJson(report.corrected_shares); };
  members["ranking"] = [&] { return RankingJson(report.ranking); };
  if (report.examples) members["examples"] = [&] { return ExamplesJson(*report.examples); };
  return members;
}

}  // namespace

void StreamJson(const Report& report, const ReportSink& sink, const ReportEdges* edges) {
  JsonPieces out(sink);
  MemberWriters members;
  for (auto& [name, tree] : SmallMembers(report)) {
    members[name] = [&out, tree = std::move(tree)] { out.Value(tree(), 2); };
  }
  // One agency's tree at a time: the agencies are most of the document.
  members["agencies"] = [&] {
    out.Text("[");
    for (size_t i = 0; i < report.agencies.size(); ++i) {
      if (i > 0) out.Text(",");
      out.Value(AgencyJson(report.agencies[i], report.periods), 1);
    }
    out.Text("]");
  };
  members["network"] = [&] { WriteNetwork(report, sink, edges, out); };
  WriteObject(out, members);
  out.Text("\n");
  out.Flush();
}

std::string RenderJson(const Report& report) {
  std::string text;
  StreamJson(report, [&](std::string_view piece) { text += piece; });
  return text;
}

json ReportToJson(const Report& report) {
  json doc = json::object();
  for (const auto& [name, tree] : SmallMembers(report)) doc[name] = tree();
  json& agencies = doc["agencies"] = json::array();
  for (const AgencyReport& a : report.agencies) agencies.push_back(AgencyJson(a, report.periods));
  json& network = doc["network"] = json::object();
  json& by_period = network["by_period"] = json::object();
  for (size_t p = 0; p < report.network.by_period.size() && p < report.periods.size(); ++p)
    by_period[report.periods[p]] = NetworkSummaryJson(report.network.by_period[p]);
  network["total"] = NetworkSummaryJson(report.network.total);
  if (report.network.edges) network["edges"] = EdgesJson(*report.network.edges);
  return doc;
}

}  // namespace liputan::report
