#include "report/report_builder.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <nlohmann/json.hpp>
#include <numeric>
#include <set>
#include <unordered_set>

#include "common/parallel_for.h"
#include "report/contingency_statistics.h"
#include "report/distribution_math.h"
#include "report/examples_block.h"
#include "report/finding_writer.h"
#include "report/interaction_graph.h"
#include "report/report_edges.h"

namespace liputan::report {

using nlohmann::json;

namespace {

json Num(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

// Obj("a", x, "b", y): an object built by moving each value in. nlohmann's {{"a", x}, ...}
// initializer lists copy every pair through a temporary array, which over the tens of
// thousands of blocks of a large report cost more than computing the metrics.
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

std::optional<double> Ratio(double numerator, double denominator) {
  if (denominator <= 0) return std::nullopt;
  return numerator / denominator;
}

struct PeriodView {
  std::string name;  // "2024-03", "2024-Q1", "2024" or "total"
  std::vector<std::string> months;
  std::vector<int64_t> month_index;  // the same months (MonthIndexOf), consecutive
  double days = 0;

  bool Contains(int64_t month) const {
    return !month_index.empty() && month >= month_index.front() && month <= month_index.back();
  }
};

// The graph measures of one period: per layer and union, on the local agencies.
struct PeriodGraphs {
  std::vector<GraphMetrics> layers;  // kLayerNames order, then the union
  std::vector<json> hub;             // per hub agency
  json ei;
};

class Builder {
 public:
  Builder(const ReportState& state, const ReportTaxonomy& taxonomy, const ReportOptions& options)
      : state_(state), taxonomy_(taxonomy), options_(options), registry_(state.registry()) {
    local_of_registry_.assign(registry_.agencies().size(), -1);
    for (size_t i = 0; i < registry_.agencies().size(); ++i) {
      if (registry_.IsLocal(static_cast<int>(i))) {
        local_index_[registry_.agencies()[i].handle] = static_cast<int>(local_.size());
        local_of_registry_[i] = static_cast<int>(local_.size());
        local_.push_back(&registry_.agencies()[i]);
      }
    }
    total_.name = "total";
    BuildPeriods();
    // The edges by month, so a period's graphs visit only its months' edges.
    edges_.assign(state.edges().begin(), state.edges().end());
    std::sort(edges_.begin(), edges_.end(),
              [](const auto& a, const auto& b) { return a.first.month < b.first.month; });
  }

  json Build();

 private:
  // One period's (or the whole range's) share of the document: a block per local agency, their
  // E_log (for E_norm, normalised over all agencies) and the network summary.
  struct ViewPart {
    std::vector<json> blocks;
    std::vector<std::optional<double>> e_log;
    json network;
  };
  // `totals` (the agencies' sums over the whole range, in local_ order) serve the whole range's
  // view; a period's view sums its own months.
  ViewPart BuildView(const PeriodView& view, const std::vector<AgencyMonth>& totals) const;
  void BuildPeriods();
  // The registry index of one of local_'s agencies (they point into the registry).
  int RegistryIndex(const Agency& agency) const {
    return static_cast<int>(&agency - registry_.agencies().data());
  }
  json AgencyBlock(const Agency& agency, const AgencyMonth& m, const PeriodView& period,
                   const PeriodGraphs& graphs, std::optional<double>& e_log_out) const;
  json Activity(const AgencyMonth& m, const PeriodView& period) const;
  json Content(const Agency& agency, const AgencyMonth& m, const PeriodView& period) const;
  json Engagement(const AgencyMonth& m, std::optional<int64_t> followers,
                  std::optional<double>& e_log_out) const;
  json Participation(const Agency& agency, const PeriodView& period,
                     std::optional<int64_t> followers) const;
  json Integration(const Agency& agency, const AgencyMonth& m, const PeriodGraphs& graphs,
                   bool per_layer) const;
  PeriodGraphs Graphs(const PeriodView& period) const;
  json GraphJson(const GraphMetrics& g) const;
  json Comparison(const std::vector<AgencyMonth>& totals) const;
  json Corrected(const std::vector<AgencyMonth>& totals) const;
  json Inputs() const;
  json Model() const;

  const ReportState& state_;
  const ReportTaxonomy& taxonomy_;
  const ReportOptions& options_;
  const AgencyRegistry& registry_;
  std::vector<const Agency*> local_;
  std::map<std::string, int> local_index_;
  std::vector<int> local_of_registry_;              // registry index → index in local_, or -1
  std::vector<std::pair<EdgeKey, int64_t>> edges_;  // ascending months
  std::vector<PeriodView> periods_;
  PeriodView total_;
};

void Builder::BuildPeriods() {
  const AggregationOptions& o = state_.options();
  const InputCounters& c = state_.counters();
  std::optional<int64_t> first = o.from ? o.from : c.first_post;
  std::optional<int64_t> last = o.to ? std::optional<int64_t>(*o.to - 1) : c.last_post;
  if (!first || !last || *last < *first) return;
  const std::vector<std::string> months = MonthRange(MonthOf(*first), MonthOf(*last));
  total_.months = months;
  for (const std::string& month : months) {
    const std::string name = PeriodOfMonth(month, options_.period);
    if (periods_.empty() || periods_.back().name != name) periods_.push_back({name, {}, {}, 0});
    periods_.back().months.push_back(month);
    periods_.back().month_index.push_back(MonthIndexOfName(month));
    total_.month_index.push_back(MonthIndexOfName(month));
    // Days of the month inside the analysed range: whole months unless --from/--to cut them.
    const int64_t start = ParseDate(month + "-01");
    const int64_t end = start + int64_t{DaysInMonth(month)} * 86400;
    const int64_t lo = std::max(start, o.from.value_or(start));
    const int64_t hi = std::min(end, o.to.value_or(end));
    const double days = hi > lo ? static_cast<double>(hi - lo) / 86400.0 : 0.0;
    periods_.back().days += days;
    total_.days += days;
  }
}

json Builder::Activity(const AgencyMonth& m, const PeriodView& period) const {
  const auto& k = m.posts_by_kind;
  const int64_t posts = k[0] + k[1] + k[2] + k[3];
  return Obj("posts", posts, "original", k[0], "reply", k[1], "retweet", k[2], "quote", k[3],
             "days", period.days, "posts_per_day",
             Num(Ratio(static_cast<double>(posts), period.days)));
}

json Shares(const std::vector<std::string>& labels, const std::map<std::string, int64_t>& counts,
            int64_t& labeled) {
  labeled = 0;
  for (const auto& [label, count] : counts) labeled += count;
  json counts_json = json::object(), shares_json = json::object();
  for (const std::string& label : labels) {
    auto it = counts.find(label);
    const int64_t n = it == counts.end() ? 0 : it->second;
    counts_json[label] = n;
    shares_json[label] = Num(Ratio(static_cast<double>(n), static_cast<double>(labeled)));
  }
  // Labels the taxonomy does not know (another model's label set) are kept, not dropped.
  for (const auto& [label, count] : counts) {
    if (!counts_json.contains(label)) {
      counts_json[label] = count;
      shares_json[label] = Num(Ratio(static_cast<double>(count), static_cast<double>(labeled)));
    }
  }
  return Obj("labeled", labeled, "counts", std::move(counts_json), "shares",
             std::move(shares_json));
}

double CountOf(const std::map<std::string, int64_t>& counts, const std::string& label) {
  auto it = counts.find(label);
  return it == counts.end() ? 0.0 : static_cast<double>(it->second);
}

json Builder::Content(const Agency& agency, const AgencyMonth& m, const PeriodView& period) const {
  int64_t sector_n = 0, function_n = 0;
  json content = {{"posts", m.content_posts}, {"unlabeled", m.unlabeled}};
  content["sektor"] = Shares(taxonomy_.sectors, m.sector, sector_n);
  content["fungsi"] = Shares(taxonomy_.functions, m.function, function_n);
  json cross = json::object();
  for (const auto& [key, count] : m.cross) {
    const size_t tab = key.find('\t');
    cross[key.substr(0, tab)][key.substr(tab + 1)] = count;
  }
  content["cross"] = std::move(cross);
  const double ns = static_cast<double>(sector_n), nf = static_cast<double>(function_n);
  double bss = 0, cfs = 0, sym = 0;
  for (const std::string& s : taxonomy_.basic_service_sectors) bss += CountOf(m.sector, s);
  for (const std::string& f : taxonomy_.citizen_facing) cfs += CountOf(m.function, f);
  for (const std::string& f : taxonomy_.symbolic) sym += CountOf(m.function, f);
  content["basic_service_share"] = Num(Ratio(bss, ns));
  content["service_information_share"] =
      Num(Ratio(CountOf(m.function, taxonomy_.service_information), nf));
  content["citizen_facing_share"] = Num(Ratio(cfs, nf));
  content["symbolic_share"] = Num(Ratio(sym, nf));
  const std::vector<std::string> substantive = taxonomy_.SubstantiveSectors();
  std::vector<double> counts;
  int broad = 0, strict = 0;
  for (const std::string& s : substantive) {
    counts.push_back(CountOf(m.sector, s));
    broad += counts.back() >= 1;
    strict += counts.back() >= options_.breadth_strict_k;
  }
  const double k = static_cast<double>(substantive.size());
  content["sector_breadth"] = Num(sector_n > 0 ? Ratio(broad, k) : std::nullopt);
  content["sector_breadth_strict"] = Num(sector_n > 0 ? Ratio(strict, k) : std::nullopt);
  const double substantive_total = std::accumulate(counts.begin(), counts.end(), 0.0);
  content["evenness"] =
      Num(substantive_total > 0 ? std::optional<double>(Evenness(counts, static_cast<int>(k)))
                                : std::nullopt);
  // PD service coverage: basic-service sector-months with ≥1 service-information post.
  int covered = 0, cells = 0;
  for (int64_t month : period.month_index) {
    for (const std::string& s : taxonomy_.basic_service_sectors) {
      ++cells;
      if (state_.CrossCount(RegistryIndex(agency), month, s, taxonomy_.service_information) >= 1)
        ++covered;
    }
  }
  content["pd_service_coverage"] = Num(Ratio(covered, cells));
  std::set<std::string> home;
  for (const std::string& code : agency.urusan) {
    auto it = taxonomy_.urusan_to_sector.find(code);
    if (it != taxonomy_.urusan_to_sector.end()) home.insert(it->second);
  }
  double in_mandate = 0;
  for (const std::string& s : home) in_mandate += CountOf(m.sector, s);
  content["mandate_sectors"] = home;
  content["mandate_alignment"] = Num(home.empty() ? std::nullopt : Ratio(in_mandate, ns));
  return content;
}

json Builder::Engagement(const AgencyMonth& m, std::optional<int64_t> followers,
                         std::optional<double>& e_log_out) const {
  const BonsonMetrics b = ComputeBonson(m.engagement, followers);
  e_log_out = b.e_log;
  const EngagementTally& t = m.engagement;
  json lift = json::object();
  const std::optional<double> all = t.per_post_total.Median();
  for (const auto& [label, histogram] : m.engagement_by_label) {
    lift[label] =
        Obj("posts", histogram.count(), "median_interactions", Num(histogram.Median()), "lift",
            Num(all && *all > 0 ? Ratio(*histogram.Median(), *all) : std::nullopt));
  }
  return Obj("broadcast_posts", m.broadcast_posts, "observed_posts", t.per_post_total.count(),
             "excluded_young", t.excluded_young, "unknown_age", t.unknown_age, "followers",
             followers ? json(*followers) : json(nullptr), "P1", Num(b.p1), "P2", Num(b.p2), "P3",
             Num(b.p3), "C1", Num(b.c1), "C2", Num(b.c2), "C3", Num(b.c3), "V1", Num(b.v1), "V2",
             Num(b.v2), "V3", Num(b.v3), "V1_retweets", Num(b.v1_retweets), "V2_retweets",
             Num(b.v2_retweets), "V3_retweets", Num(b.v3_retweets), "E", Num(b.e), "E_log",
             Num(b.e_log), "E_norm", nullptr, "er_median", Num(b.er_median), "er_mean",
             Num(b.er_mean), "median_interactions", Num(b.median_interactions),
             "zero_engagement_share", Num(b.zero_share), "by_category", std::move(lift));
}

json Builder::Participation(const Agency& agency, const PeriodView& period,
                            std::optional<int64_t> followers) const {
  int64_t inbound = 0, answered = 0, within = 0;
  std::vector<uint32_t> participants;
  CountHistogram delays;
  const int64_t window = int64_t{state_.options().response_window_hours} * 3600;
  const int index = RegistryIndex(agency);
  const std::vector<AgencyReply>& replies = state_.Replies(index);
  // Both lists are sorted by id: one merge pass matches every inbound post with its reply.
  auto reply = replies.begin();
  for (const InboundPost& post : state_.Inbound(index)) {
    if (!period.Contains(MonthIndexOf(post.created_at))) continue;
    ++inbound;
    participants.push_back(post.author);
    while (reply != replies.end() && reply->id < post.id) ++reply;
    if (reply == replies.end() || reply->id != post.id || reply->created_at < post.created_at)
      continue;
    ++answered;
    const int64_t delay = reply->created_at - post.created_at;
    within += delay <= window;
    delays.Add(delay);
  }
  std::sort(participants.begin(), participants.end());
  participants.erase(std::unique(participants.begin(), participants.end()), participants.end());
  const double u = static_cast<double>(participants.size());
  const std::optional<double> median = delays.Median();
  return Obj("inbound_posts", inbound, "participants", participants.size(),
             "participants_per_1000_followers",
             Num(followers && *followers > 0
                     ? std::optional<double>(u / static_cast<double>(*followers) * 1000)
                     : std::nullopt),
             "answered", answered, "answered_within_window", within, "response_rate",
             Num(Ratio(static_cast<double>(within), static_cast<double>(inbound))),
             "median_reply_delay_hours",
             Num(median ? std::optional<double>(*median / 3600.0) : std::nullopt));
}

json Builder::Integration(const Agency& agency, const AgencyMonth& m, const PeriodGraphs& graphs,
                          bool per_layer) const {
  json out;
  const int index = local_index_.at(agency.handle);
  // Per period only the union; the layers per agency are in the whole-range block.
  for (size_t layer = per_layer ? 0 : kLayerNames.size(); layer < graphs.layers.size(); ++layer) {
    const NodeMetrics& n = graphs.layers[layer].node[index];
    const std::string name = layer < kLayerNames.size() ? kLayerNames[layer] : "union";
    out["layers"][name] =
        Obj("in_degree", n.in_degree, "out_degree", n.out_degree, "in_centrality", n.in_centrality,
            "out_centrality", n.out_centrality, "in_strength", n.in_strength, "out_strength",
            n.out_strength, "betweenness", n.betweenness, "isolate", n.isolate);
  }
  out["amplified_posts"] = m.amplified_ids.size();
  out["amplification_rate"] = Num(
      Ratio(static_cast<double>(m.amplified_ids.size()), static_cast<double>(m.broadcast_posts)));
  out["reuse_posts"] = m.reuse_total;
  out["internal_reuse_share"] =
      Num(Ratio(static_cast<double>(m.reuse_internal), static_cast<double>(m.reuse_total)));
  out["vertical_base"] = m.vertical_base;
  out["vertical_share"] =
      Num(Ratio(static_cast<double>(m.vertical_hits), static_cast<double>(m.vertical_base)));
  return out;
}

json Builder::AgencyBlock(const Agency& agency, const AgencyMonth& m, const PeriodView& period,
                          const PeriodGraphs& graphs, std::optional<double>& e_log_out) const {
  std::optional<int64_t> followers;
  if (m.followers) followers = m.followers->second;
  const int64_t own = m.broadcast_posts + m.posts_by_kind[1];
  json block;
  block["activity"] = Activity(m, period);
  block["content"] = Content(agency, m, period);
  block["engagement"] = Engagement(m, followers, e_log_out);
  block["participation"] = Participation(agency, period, followers);
  block["interaction_mode"] = Obj(
      "push_share", Num(Ratio(static_cast<double>(m.broadcast_posts), static_cast<double>(own))),
      "networking_share",
      Num(Ratio(static_cast<double>(m.posts_by_kind[1]), static_cast<double>(own))), "pull_share",
      Num(Ratio(static_cast<double>(m.pull_posts), static_cast<double>(m.broadcast_posts))));
  block["integration"] = Integration(agency, m, graphs, period.name == "total");
  block["engagement"]["followers_observed_at"] =
      m.followers ? json(FormatTimestamp(m.followers->first)) : json(nullptr);
  return block;
}

PeriodGraphs Builder::Graphs(const PeriodView& period) const {
  const int n = static_cast<int>(local_.size());
  std::vector<InteractionGraph> graphs(kLayerNames.size() + 1, InteractionGraph(n));
  std::unordered_set<uint64_t> internal_ties, external_ties;  // from << 32 | to (handle ids)
  int64_t internal_weight = 0, external_weight = 0;
  auto local = [&](uint32_t handle) {
    return handle < local_of_registry_.size() ? local_of_registry_[handle] : -1;
  };
  auto first = edges_.end(), last = edges_.end();
  if (!period.month_index.empty()) {
    auto month_less = [](const std::pair<EdgeKey, int64_t>& e, int64_t m) {
      return e.first.month < m;
    };
    first = std::lower_bound(edges_.begin(), edges_.end(), period.month_index.front(), month_less);
    last = std::lower_bound(first, edges_.end(), period.month_index.back() + 1, month_less);
  }
  for (auto it = first; it != last; ++it) {
    const auto& [key, weight] = *it;
    const int from = local(key.from);
    if (from < 0) continue;
    const int to = local(key.to);
    const uint64_t tie = uint64_t{key.from} << 32 | key.to;
    if (to < 0) {
      external_ties.insert(tie);
      external_weight += weight;
      continue;
    }
    internal_ties.insert(tie);
    internal_weight += weight;
    graphs[key.layer].AddInteraction(from, to, weight);
    graphs.back().AddInteraction(from, to, weight);
  }
  PeriodGraphs out;
  // Node betweenness for the whole range only: per period it would cost O(n·m) per layer and month.
  if (period.name == "total") {
    // Betweenness is O(nodes × ties) per graph: the five graphs are computed side by side, each
    // on one thread in its fixed order, so the numbers do not depend on the threads.
    std::vector<std::future<GraphMetrics>> computed;
    for (const InteractionGraph& g : graphs)
      computed.push_back(std::async(std::launch::async, [&g] { return g.Compute(true); }));
    for (auto& metrics : computed) out.layers.push_back(metrics.get());
  } else {
    for (const InteractionGraph& g : graphs) out.layers.push_back(g.Compute(false));
  }
  for (const Agency* a : local_) {
    if (!a->hub()) continue;
    const int h = local_index_.at(a->handle);
    out.hub.push_back({{"handle", a->display_handle},
                       {"coverage_out", graphs.back().HubCoverageOut(h)},
                       {"coverage_in", graphs.back().HubCoverageIn(h)}});
  }
  const double e = static_cast<double>(external_ties.size()),
               i = static_cast<double>(internal_ties.size());
  const double ew = static_cast<double>(external_weight), iw = static_cast<double>(internal_weight);
  out.ei = {{"internal_ties", internal_ties.size()},
            {"external_ties", external_ties.size()},
            {"ei_index", Num(Ratio(e - i, e + i))},
            {"ei_index_weighted", Num(Ratio(ew - iw, ew + iw))}};
  return out;
}

json Builder::GraphJson(const GraphMetrics& g) const {
  json out =
      Obj("nodes", g.nodes, "ties", g.ties, "interactions", g.interactions, "density", g.density,
          "reciprocity", Num(g.reciprocity), "isolate_share", g.isolate_share, "weak_components",
          g.weak_components, "largest_weak_component_share", g.largest_weak_component_share,
          "in_degree_centralization", g.in_degree_centralization);
  return out;
}

json Builder::Inputs() const {
  const InputCounters& c = state_.counters();
  auto time = [](const std::optional<int64_t>& t) {
    return t ? json(FormatTimestamp(*t)) : json(nullptr);
  };
  return {{"records", c.records},
          {"agency_posts", c.agency_posts},
          {"vertical_posts", c.vertical_posts},
          {"outside_posts", c.outside_posts},
          {"inbound_posts", c.inbound_posts},
          {"out_of_range", c.out_of_range},
          {"retweets_excluded", c.retweets_excluded},
          {"first_post", time(c.first_post)},
          {"last_post", time(c.last_post)}};
}

// report.json's "model": where the content labels came from, their scores on real posts, and
// where the matrix correcting the shares was measured (docs/report.md).
json Builder::Model() const {
  json model = ModelSummaryJson(options_.model);
  model["confusion_source"] =
      options_.confusion
          ? json(DescribeConfusionSource(*options_.confusion, options_.confusion_source,
                                         options_.confusion_from_model))
          : json(nullptr);
  return model;
}

std::vector<double> Vector(const std::vector<std::string>& labels,
                           const std::map<std::string, int64_t>& counts) {
  std::vector<double> v;
  for (const std::string& label : labels) v.push_back(CountOf(counts, label));
  return v;
}

// All pairwise Jensen–Shannon divergences, as JSD = H(m) − (H(p) + H(q))/2 in bits with each
// row normalised and its entropy computed once (the pairwise loop is n², so this matters for
// hundreds of agencies); equal to JensenShannonDivergence() pair by pair.
json JsdMatrix(const CountTable& table) {
  const size_t n = table.size();
  std::vector<std::vector<double>> p(n);
  std::vector<double> h(n, 0.0);
  for (size_t a = 0; a < n; ++a) {
    p[a] = liputan::report::Normalize(table[a]);
    for (double x : p[a]) h[a] -= x > 0 ? x * std::log2(x) : 0;
  }
  // Rows on all cores (a row's pairs are independent of the others'); each entry is written by
  // one row's task only, so the matrix does not depend on the threads.
  std::vector<std::vector<double>> d(n, std::vector<double>(n, 0.0));
  ParallelFor(n, [&](size_t a) {
    for (size_t b = a + 1; b < n; ++b) {
      double hm = 0;
      for (size_t i = 0; i < p[a].size(); ++i) {
        const double m = (p[a][i] + p[b][i]) / 2;
        if (m > 0) hm -= m * std::log2(m);
      }
      d[a][b] = std::clamp(hm - (h[a] + h[b]) / 2, 0.0, 1.0);
    }
  });
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = a + 1; b < n; ++b) d[b][a] = d[a][b];
  }
  return d;
}

json Builder::Comparison(const std::vector<AgencyMonth>& totals) const {
  std::vector<std::string> joint;
  for (const std::string& s : taxonomy_.sectors) {
    for (const std::string& f : taxonomy_.functions) joint.push_back(s + "\t" + f);
  }
  struct Axis {
    const char* name;
    const std::vector<std::string>* labels;
    std::map<std::string, int64_t> AgencyMonth::*counts;
  };
  const Axis axes[] = {{"sektor", &taxonomy_.sectors, &AgencyMonth::sector},
                       {"fungsi", &taxonomy_.functions, &AgencyMonth::function},
                       {"joint", &joint, &AgencyMonth::cross}};
  json out;
  for (const Axis& axis : axes) {
    std::vector<std::string> names;
    CountTable table;
    for (size_t i = 0; i < local_.size(); ++i) {
      std::vector<double> row = Vector(*axis.labels, totals[i].*axis.counts);
      if (std::accumulate(row.begin(), row.end(), 0.0) == 0) continue;  // no content: no mix
      names.push_back(local_[i]->display_handle);
      table.push_back(std::move(row));
    }
    json matrix = JsdMatrix(table);
    out["jsd"][axis.name] = {{"agencies", names}, {"divergence", std::move(matrix)}};
    const ChiSquareResult chi = ChiSquareHomogeneity(table);
    out["chi_square"][axis.name] = {{"defined", chi.defined},
                                    {"statistic", chi.statistic},
                                    {"df", chi.df},
                                    {"p_value", chi.p_value},
                                    {"cramers_v", chi.cramers_v},
                                    {"agencies", chi.rows_used},
                                    {"categories", chi.columns_used},
                                    {"posts", chi.total},
                                    {"small_expected_share", chi.small_expected_share}};
    if (std::string(axis.name) == "joint") continue;
    const CorrespondenceAnalysis ca = ComputeCorrespondenceAnalysis(table);
    json rows = json::array(), columns = json::array();
    for (size_t r = 0; r < ca.row_coords.size(); ++r) {
      rows.push_back({{"agency", names[ca.row_index[r]]}, {"coordinates", ca.row_coords[r]}});
    }
    for (size_t c = 0; c < ca.column_coords.size(); ++c) {
      columns.push_back(
          {{"label", (*axis.labels)[ca.column_index[c]]}, {"coordinates", ca.column_coords[c]}});
    }
    out["correspondence"][axis.name] = {{"defined", ca.defined},
                                        {"total_inertia", ca.total_inertia},
                                        {"principal_inertia", ca.inertia},
                                        {"rows", rows},
                                        {"columns", columns}};
  }
  return out;
}

json Builder::Corrected(const std::vector<AgencyMonth>& totals) const {
  if (!options_.confusion) return nullptr;
  json out = {{"source", options_.confusion_source},
              {"bootstrap_replicates", options_.corrected.bootstrap_replicates},
              {"seed", options_.corrected.seed},
              {"confidence", options_.corrected.confidence}};
  struct Axis {
    const char* name;
    std::map<std::string, int64_t> AgencyMonth::*counts;
    std::map<std::string, int64_t> AgencyMonth::*probability;
  };
  const Axis axes[] = {{"sektor", &AgencyMonth::sector, &AgencyMonth::sector_probability},
                       {"fungsi", &AgencyMonth::function, &AgencyMonth::function_probability}};
  auto one = [&](const ConfusionMatrix& cm, const AgencyMonth& m, const Axis& axis) {
    std::map<std::string, double> probability;
    for (const auto& [label, fixed] : m.*axis.probability)
      probability[label] = static_cast<double>(fixed) / kProbabilityScale;
    const CorrectedShares r = CorrectShares(cm, m.*axis.counts, probability, options_.corrected);
    json shares = json::array();
    for (const CorrectedShare& s : r.shares) {
      shares.push_back({{"label", s.label},
                        {"raw", s.raw},
                        {"adjusted", s.adjusted},
                        {"adjusted_low", Num(s.adjusted_low)},
                        {"adjusted_high", Num(s.adjusted_high)},
                        {"probabilistic_raw", s.probabilistic_raw},
                        {"probabilistic_adjusted", s.probabilistic_adjusted},
                        {"probabilistic_adjusted_low", Num(s.probabilistic_adjusted_low)},
                        {"probabilistic_adjusted_high", Num(s.probabilistic_adjusted_high)}});
    }
    return json{{"posts", r.posts}, {"outside_labels", r.outside_labels}, {"shares", shares}};
  };
  for (const Axis& axis : axes) {
    auto it = options_.confusion->find(axis.name);
    if (it == options_.confusion->end()) continue;
    out["label_sets"][axis.name]["soft_matrix_given"] = !it->second.soft.empty();
    AgencyMonth all;
    for (const AgencyMonth& m : totals) all.Merge(m);
    out["label_sets"][axis.name]["all"] = one(it->second, all, axis);
    json agencies = json::object();
    for (size_t i = 0; i < local_.size(); ++i) {
      if ((totals[i].*axis.counts).empty()) continue;
      agencies[local_[i]->display_handle] = one(it->second, totals[i], axis);
    }
    out["label_sets"][axis.name]["agencies"] = agencies;
  }
  return out;
}

// min–max normalisation × 100 of E_log over the agencies that have it (egovbench, reference §2.2).
void NormalizeEngagement(json& agencies, const std::string& period,
                         const std::vector<std::optional<double>>& e_log) {
  double lo = INFINITY, hi = -INFINITY;
  for (const auto& v : e_log) {
    if (!v) continue;
    lo = std::min(lo, *v);
    hi = std::max(hi, *v);
  }
  for (size_t i = 0; i < e_log.size(); ++i) {
    json& block = period == "total" ? agencies[i]["total"] : agencies[i]["by_period"][period];
    block["engagement"]["E_norm"] =
        e_log[i] && hi > lo ? json(100 * (*e_log[i] - lo) / (hi - lo)) : json(nullptr);
  }
}

Builder::ViewPart Builder::BuildView(const PeriodView& view,
                                     const std::vector<AgencyMonth>& totals) const {
  ViewPart part;
  const PeriodGraphs graphs = Graphs(view);
  part.e_log.resize(local_.size());
  for (size_t i = 0; i < local_.size(); ++i) {
    const Agency& agency = *local_[i];
    const AgencyMonth m =
        view.name == "total" ? totals[i] : state_.Sum(RegistryIndex(agency), view.month_index);
    part.blocks.push_back(AgencyBlock(agency, m, view, graphs, part.e_log[i]));
  }
  json layers = json::object();
  for (size_t l = 0; l < graphs.layers.size(); ++l) {
    layers[l < kLayerNames.size() ? kLayerNames[l] : "union"] = GraphJson(graphs.layers[l]);
  }
  part.network = Obj("layers", std::move(layers), "hubs", graphs.hub, "ei", graphs.ei);
  return part;
}

json Builder::Build() {
  json doc;
  doc["format"] = "liputan-report";
  doc["version"] = 1;
  doc["generator"] = options_.generator;
  const AggregationOptions& o = state_.options();
  doc["options"] = {{"period", PeriodKindName(options_.period)},
                    {"from", o.from ? json(FormatTimestamp(*o.from)) : json(nullptr)},
                    {"to", o.to ? json(FormatTimestamp(*o.to)) : json(nullptr)},
                    {"exclude_retweets", o.exclude_retweets},
                    {"engagement_freeze_days", o.engagement_freeze_days},
                    {"response_window_hours", o.response_window_hours},
                    {"breadth_strict_k", options_.breadth_strict_k}};
  doc["input"] = Inputs();
  doc["model"] = Model();
  doc["taxonomy"] = {{"sektor", taxonomy_.sectors},
                     {"fungsi", taxonomy_.functions},
                     {"basic_service_sectors", taxonomy_.basic_service_sectors},
                     {"citizen_facing_functions", taxonomy_.citizen_facing},
                     {"symbolic_functions", taxonomy_.symbolic}};
  json period_names = json::array();
  for (const PeriodView& p : periods_) period_names.push_back(p.name);
  doc["periods"] = period_names;

  std::vector<PeriodView> views = periods_;
  views.push_back(total_);
  json agencies = json::array();
  for (const Agency* a : local_) {
    const bool has_posts = state_.HasPosts(RegistryIndex(*a));
    agencies.push_back({{"handle", a->display_handle},
                        {"name", a->name},
                        {"type", a->type},
                        {"parent", a->parent},
                        {"urusan", a->urusan},
                        {"has_posts", has_posts},
                        {"by_period", json::object()}});
  }
  // The state's id lists sort their unsorted tails on first read: read them all here, on one
  // thread, so that the views only read. Summing an agency's months does it for the amplified ids
  // of every month it visits, and the whole-range totals visit them all.
  std::vector<AgencyMonth> totals;
  for (const Agency* a : local_) {
    state_.Inbound(RegistryIndex(*a));
    state_.Replies(RegistryIndex(*a));
    totals.push_back(state_.Sum(RegistryIndex(*a), total_.month_index));
  }
  // The comparison and the corrected shares (bootstrap) need only the totals: computed beside
  // the views.
  std::future<json> comparison = std::async(std::launch::async, [&] { return Comparison(totals); });
  std::future<json> corrected = std::async(std::launch::async, [&] { return Corrected(totals); });
  // The views are independent: built side by side, the whole range (the slowest, with
  // betweenness) first, then put into the document in order.
  std::vector<ViewPart> parts(views.size());
  ParallelFor(views.size(), [&](size_t i) {
    const size_t v = (i + views.size() - 1) % views.size();  // total (the last view) first
    parts[v] = BuildView(views[v], totals);
  });
  json network = {{"by_period", json::object()}};
  for (size_t v = 0; v < views.size(); ++v) {
    const std::string& name = views[v].name;
    for (size_t i = 0; i < local_.size(); ++i) {
      if (name == "total") {
        agencies[i]["total"] = std::move(parts[v].blocks[i]);
      } else {
        agencies[i]["by_period"][name] = std::move(parts[v].blocks[i]);
      }
    }
    NormalizeEngagement(agencies, name, parts[v].e_log);
    if (name == "total") {
      network["total"] = std::move(parts[v].network);
    } else {
      network["by_period"][name] = std::move(parts[v].network);
    }
  }
  doc["agencies"] = std::move(agencies);
  doc["network"] = std::move(network);
  if (options_.edges_in_document) doc["network"]["edges"] = ReportEdges(state_).ToJson();
  doc["comparison"] = comparison.get();
  doc["corrected_shares"] = corrected.get();
  doc["ranking"] = BuildRanking(doc);
  const int examples = std::min(options_.examples, state_.examples_per_label());
  if (examples > 0) doc["examples"] = ExamplesJson(state_, examples);
  return doc;
}

}  // namespace

json BuildReport(const ReportState& state, const ReportTaxonomy& taxonomy,
                 const ReportOptions& options) {
  return Builder(state, taxonomy, options).Build();
}

}  // namespace liputan::report
