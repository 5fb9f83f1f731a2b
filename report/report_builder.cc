#include "report/report_builder.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <numeric>
#include <set>
#include <unordered_set>

#include "common/parallel_for.h"
#include "report/contingency_statistics.h"
#include "report/distribution_math.h"
#include "report/finding_writer.h"
#include "report/interaction_graph.h"
#include "report/overview.h"
#include "report/post_url.h"
#include "report/report_edges.h"

namespace liputan::report {

namespace {

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
  std::vector<HubCoverage> hub;      // per hub agency
  EiIndex ei;
};

std::string LayerName(size_t layer) {
  return layer < kLayerNames.size() ? kLayerNames[layer] : "union";
}

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

  Report Build();

 private:
  // One period's (or the whole range's) share of the report: a block per local agency, their
  // E_log (for E_norm, normalised over all agencies) and the network summary.
  struct ViewPart {
    std::vector<MetricBlock> blocks;
    std::vector<std::optional<double>> e_log;
    NetworkSummary network;
  };
  // `totals` (the agencies' sums over the whole range, in local_ order) serve the whole range's
  // view; a period's view sums its own months.
  ViewPart BuildView(const PeriodView& view, const std::vector<AgencyMonth>& totals) const;
  void BuildPeriods();
  // The registry index of one of local_'s agencies (they point into the registry).
  int RegistryIndex(const Agency& agency) const {
    return static_cast<int>(&agency - registry_.agencies().data());
  }
  MetricBlock AgencyBlock(const Agency& agency, const AgencyMonth& m, const PeriodView& period,
                          const PeriodGraphs& graphs, std::optional<double>& e_log_out) const;
  ActivityMetrics Activity(const AgencyMonth& m, const PeriodView& period) const;
  ContentMetrics Content(const Agency& agency, const AgencyMonth& m,
                         const PeriodView& period) const;
  EngagementMetrics Engagement(const AgencyMonth& m, std::optional<int64_t> followers,
                               std::optional<double>& e_log_out) const;
  ParticipationMetrics Participation(const Agency& agency, const PeriodView& period,
                                     std::optional<int64_t> followers) const;
  IntegrationMetrics Integration(const Agency& agency, const AgencyMonth& m,
                                 const PeriodGraphs& graphs, bool per_layer) const;
  PeriodGraphs Graphs(const PeriodView& period) const;
  std::vector<AxisComparison> Comparison(const std::vector<AgencyMonth>& totals) const;
  std::optional<CorrectedSharesReport> Corrected(const std::vector<AgencyMonth>& totals) const;
  ExamplesReport Examples(int per_label) const;

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

ActivityMetrics Builder::Activity(const AgencyMonth& m, const PeriodView& period) const {
  const auto& k = m.posts_by_kind;
  const int64_t posts = k[0] + k[1] + k[2] + k[3];
  return {
      posts, k[0], k[1], k[2], k[3], period.days, Ratio(static_cast<double>(posts), period.days)};
}

LabelMix Shares(const std::vector<std::string>& labels,
                const std::map<std::string, int64_t>& counts) {
  LabelMix mix;
  for (const auto& [label, count] : counts) mix.labeled += count;
  const double labeled = static_cast<double>(mix.labeled);
  for (const std::string& label : labels) {
    auto it = counts.find(label);
    const int64_t n = it == counts.end() ? 0 : it->second;
    mix.counts[label] = n;
    mix.shares[label] = Ratio(static_cast<double>(n), labeled);
  }
  // Labels the taxonomy does not know (another model's label set) are kept, not dropped.
  for (const auto& [label, count] : counts) {
    if (mix.counts.emplace(label, count).second)
      mix.shares[label] = Ratio(static_cast<double>(count), labeled);
  }
  return mix;
}

double CountOf(const std::map<std::string, int64_t>& counts, const std::string& label) {
  auto it = counts.find(label);
  return it == counts.end() ? 0.0 : static_cast<double>(it->second);
}

ContentMetrics Builder::Content(const Agency& agency, const AgencyMonth& m,
                                const PeriodView& period) const {
  ContentMetrics content;
  content.posts = m.content_posts;
  content.unlabeled = m.unlabeled;
  const LabelMix& sectors = content.mixes[taxonomy_.sector_set] =
      Shares(taxonomy_.sectors, m.sector);
  const LabelMix& functions = content.mixes[taxonomy_.function_set] =
      Shares(taxonomy_.functions, m.function);
  for (const auto& [key, count] : m.cross) {
    const size_t tab = key.find('\t');
    content.cross[key.substr(0, tab)][key.substr(tab + 1)] = count;
  }
  const double ns = static_cast<double>(sectors.labeled),
               nf = static_cast<double>(functions.labeled);
  double bss = 0, cfs = 0, sym = 0;
  for (const std::string& s : taxonomy_.basic_service_sectors) bss += CountOf(m.sector, s);
  for (const std::string& f : taxonomy_.citizen_facing) cfs += CountOf(m.function, f);
  for (const std::string& f : taxonomy_.symbolic) sym += CountOf(m.function, f);
  // A grouping the taxonomy does not have (a user's own label set) gives no share, not 0.
  const auto share = [](bool defined, double count, double of) {
    return defined ? Ratio(count, of) : std::nullopt;
  };
  const bool has_service_information = !taxonomy_.service_information.empty();
  content.basic_service_share = share(!taxonomy_.basic_service_sectors.empty(), bss, ns);
  content.service_information_share =
      share(has_service_information, CountOf(m.function, taxonomy_.service_information), nf);
  content.citizen_facing_share = share(!taxonomy_.citizen_facing.empty(), cfs, nf);
  content.symbolic_share = share(!taxonomy_.symbolic.empty(), sym, nf);
  const std::vector<std::string> substantive = taxonomy_.SubstantiveSectors();
  std::vector<double> counts;
  int broad = 0, strict = 0;
  for (const std::string& s : substantive) {
    counts.push_back(CountOf(m.sector, s));
    broad += counts.back() >= 1;
    strict += counts.back() >= options_.breadth_strict_k;
  }
  const double k = static_cast<double>(substantive.size());
  content.sector_breadth = sectors.labeled > 0 ? Ratio(broad, k) : std::nullopt;
  content.sector_breadth_strict = sectors.labeled > 0 ? Ratio(strict, k) : std::nullopt;
  const double substantive_total = std::accumulate(counts.begin(), counts.end(), 0.0);
  if (substantive_total > 0) content.evenness = Evenness(counts, static_cast<int>(k));
  // PD service coverage: basic-service sector-months with ≥1 service-information post.
  int covered = 0, cells = 0;
  for (int64_t month : period.month_index) {
    for (const std::string& s : taxonomy_.basic_service_sectors) {
      ++cells;
      if (state_.CrossCount(RegistryIndex(agency), month, s, taxonomy_.service_information) >= 1)
        ++covered;
    }
  }
  content.pd_service_coverage = Ratio(covered, cells);
  for (const std::string& code : agency.urusan) {
    auto it = taxonomy_.urusan_to_sector.find(code);
    if (it != taxonomy_.urusan_to_sector.end()) content.mandate_sectors.insert(it->second);
  }
  double in_mandate = 0;
  for (const std::string& s : content.mandate_sectors) in_mandate += CountOf(m.sector, s);
  if (!content.mandate_sectors.empty()) content.mandate_alignment = Ratio(in_mandate, ns);
  return content;
}

EngagementMetrics Builder::Engagement(const AgencyMonth& m, std::optional<int64_t> followers,
                                      std::optional<double>& e_log_out) const {
  EngagementMetrics out;
  out.bonson = ComputeBonson(m.engagement, followers);
  e_log_out = out.bonson.e_log;
  const EngagementTally& t = m.engagement;
  const std::optional<double> all = t.per_post_total.Median();
  for (const auto& [label, histogram] : m.engagement_by_label) {
    out.by_category[label] = {histogram.count(), histogram.Median(),
                              all && *all > 0 ? Ratio(*histogram.Median(), *all) : std::nullopt};
  }
  out.broadcast_posts = m.broadcast_posts;
  out.observed_posts = t.per_post_total.count();
  out.excluded_young = t.excluded_young;
  out.unknown_age = t.unknown_age;
  out.followers = followers;
  if (m.followers) out.followers_observed_at = m.followers->first;
  return out;
}

ParticipationMetrics Builder::Participation(const Agency& agency, const PeriodView& period,
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
  ParticipationMetrics out;
  out.inbound_posts = inbound;
  out.participants = static_cast<int64_t>(participants.size());
  if (followers && *followers > 0)
    out.participants_per_1000_followers = u / static_cast<double>(*followers) * 1000;
  out.answered = answered;
  out.answered_within_window = within;
  out.response_rate = Ratio(static_cast<double>(within), static_cast<double>(inbound));
  if (median) out.median_reply_delay_hours = *median / 3600.0;
  return out;
}

IntegrationMetrics Builder::Integration(const Agency& agency, const AgencyMonth& m,
                                        const PeriodGraphs& graphs, bool per_layer) const {
  IntegrationMetrics out;
  const int index = local_index_.at(agency.handle);
  // Per period only the union; the layers per agency are in the whole-range block.
  for (size_t layer = per_layer ? 0 : kLayerNames.size(); layer < graphs.layers.size(); ++layer)
    out.layers[LayerName(layer)] = graphs.layers[layer].node[index];
  out.amplified_posts = static_cast<int64_t>(m.amplified_ids.size());
  out.amplification_rate =
      Ratio(static_cast<double>(m.amplified_ids.size()), static_cast<double>(m.broadcast_posts));
  out.reuse_posts = m.reuse_total;
  out.internal_reuse_share =
      Ratio(static_cast<double>(m.reuse_internal), static_cast<double>(m.reuse_total));
  out.vertical_base = m.vertical_base;
  out.vertical_share =
      Ratio(static_cast<double>(m.vertical_hits), static_cast<double>(m.vertical_base));
  return out;
}

MetricBlock Builder::AgencyBlock(const Agency& agency, const AgencyMonth& m,
                                 const PeriodView& period, const PeriodGraphs& graphs,
                                 std::optional<double>& e_log_out) const {
  std::optional<int64_t> followers;
  if (m.followers) followers = m.followers->second;
  const double own = static_cast<double>(m.broadcast_posts + m.posts_by_kind[1]);
  MetricBlock block;
  block.activity = Activity(m, period);
  block.content = Content(agency, m, period);
  block.engagement = Engagement(m, followers, e_log_out);
  block.participation = Participation(agency, period, followers);
  block.interaction_mode = {
      Ratio(static_cast<double>(m.broadcast_posts), own),
      Ratio(static_cast<double>(m.posts_by_kind[1]), own),
      // The state counts pull posts by fungsi's labels; a function set without a pull grouping
      // (a user's own, BindLabelSets) has no pull share rather than a share of 0.
      taxonomy_.pull.empty()
          ? Share{}
          : Ratio(static_cast<double>(m.pull_posts), static_cast<double>(m.broadcast_posts))};
  block.integration = Integration(agency, m, graphs, period.name == "total");
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
    out.hub.push_back(
        {a->display_handle, graphs.back().HubCoverageOut(h), graphs.back().HubCoverageIn(h)});
  }
  const double e = static_cast<double>(external_ties.size()),
               i = static_cast<double>(internal_ties.size());
  const double ew = static_cast<double>(external_weight), iw = static_cast<double>(internal_weight);
  out.ei = {static_cast<int64_t>(internal_ties.size()), static_cast<int64_t>(external_ties.size()),
            Ratio(e - i, e + i), Ratio(ew - iw, ew + iw)};
  return out;
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
std::vector<std::vector<double>> JsdMatrix(const CountTable& table) {
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

std::vector<AxisComparison> Builder::Comparison(const std::vector<AgencyMonth>& totals) const {
  std::vector<std::string> joint;
  for (const std::string& s : taxonomy_.sectors) {
    for (const std::string& f : taxonomy_.functions) joint.push_back(s + "\t" + f);
  }
  struct Axis {
    const std::string name;
    const std::vector<std::string>* labels;
    std::map<std::string, int64_t> AgencyMonth::*counts;
  };
  const Axis axes[] = {{taxonomy_.sector_set, &taxonomy_.sectors, &AgencyMonth::sector},
                       {taxonomy_.function_set, &taxonomy_.functions, &AgencyMonth::function},
                       {kJointAxis, &joint, &AgencyMonth::cross}};
  std::vector<AxisComparison> out;
  for (const Axis& axis : axes) {
    AxisComparison& c = out.emplace_back();
    c.axis = axis.name;
    CountTable table;
    for (size_t i = 0; i < local_.size(); ++i) {
      std::vector<double> row = Vector(*axis.labels, totals[i].*axis.counts);
      if (std::accumulate(row.begin(), row.end(), 0.0) == 0) continue;  // no content: no mix
      c.agencies.push_back(local_[i]->display_handle);
      table.push_back(std::move(row));
    }
    c.divergence = JsdMatrix(table);
    c.chi_square = ChiSquareHomogeneity(table);
    if (axis.labels == &joint) continue;
    const CorrespondenceAnalysis ca = ComputeCorrespondenceAnalysis(table);
    Correspondence& out_ca = c.correspondence.emplace();
    out_ca.defined = ca.defined;
    out_ca.total_inertia = ca.total_inertia;
    out_ca.principal_inertia = ca.inertia;
    for (size_t r = 0; r < ca.row_coords.size(); ++r)
      out_ca.rows.emplace_back(c.agencies[ca.row_index[r]], ca.row_coords[r]);
    for (size_t col = 0; col < ca.column_coords.size(); ++col)
      out_ca.columns.emplace_back((*axis.labels)[ca.column_index[col]], ca.column_coords[col]);
  }
  return out;
}

std::optional<CorrectedSharesReport> Builder::Corrected(
    const std::vector<AgencyMonth>& totals) const {
  if (!options_.confusion) return std::nullopt;
  CorrectedSharesReport out{options_.confusion_source,
                            options_.corrected.bootstrap_replicates,
                            options_.corrected.seed,
                            options_.corrected.confidence,
                            {}};
  struct Axis {
    const std::string name;
    std::map<std::string, int64_t> AgencyMonth::*counts;
    std::map<std::string, int64_t> AgencyMonth::*probability;
  };
  const Axis axes[] = {
      {taxonomy_.sector_set, &AgencyMonth::sector, &AgencyMonth::sector_probability},
      {taxonomy_.function_set, &AgencyMonth::function, &AgencyMonth::function_probability}};
  auto one = [&](const ConfusionMatrix& cm, const AgencyMonth& m, const Axis& axis) {
    std::map<std::string, double> probability;
    for (const auto& [label, fixed] : m.*axis.probability)
      probability[label] = static_cast<double>(fixed) / kProbabilityScale;
    return CorrectShares(cm, m.*axis.counts, probability, options_.corrected);
  };
  for (const Axis& axis : axes) {
    auto it = options_.confusion->find(axis.name);
    if (it == options_.confusion->end()) continue;
    CorrectedLabelSet set{axis.name, !it->second.soft.empty(), {}, {}};
    AgencyMonth all;
    for (const AgencyMonth& m : totals) all.Merge(m);
    set.all = one(it->second, all, axis);
    for (size_t i = 0; i < local_.size(); ++i) {
      if ((totals[i].*axis.counts).empty()) continue;
      set.agencies.emplace_back(local_[i]->display_handle, one(it->second, totals[i], axis));
    }
    out.label_sets.push_back(std::move(set));
  }
  return out;
}

ExamplesReport Builder::Examples(int per_label) const {
  ExamplesReport out;
  for (const Agency* agency : local_) {
    auto& sets = out[agency->display_handle];
    for (const auto& [set, labels] : state_.Examples(RegistryIndex(*agency))) {
      for (const auto& [label, examples] : labels) {
        std::vector<ExampleRow> list;
        for (size_t i = 0; i < examples.size() && i < static_cast<size_t>(per_label); ++i) {
          const PostExample& e = examples[i];
          list.push_back({e.id, PostUrl(agency->display_handle, e.id), e.created_at,
                          static_cast<double>(e.probability) / kProbabilityScale, e.text});
        }
        if (!list.empty()) sets[set][label] = std::move(list);
      }
    }
    if (sets.empty()) out.erase(agency->display_handle);
  }
  return out;
}

// min–max normalisation × 100 of E_log over the agencies that have it (egovbench, reference §2.2).
std::vector<std::optional<double>> NormalizeEngagement(
    const std::vector<std::optional<double>>& e_log) {
  double lo = INFINITY, hi = -INFINITY;
  for (const auto& v : e_log) {
    if (!v) continue;
    lo = std::min(lo, *v);
    hi = std::max(hi, *v);
  }
  std::vector<std::optional<double>> out(e_log.size());
  for (size_t i = 0; i < e_log.size(); ++i) {
    if (e_log[i] && hi > lo) out[i] = 100 * (*e_log[i] - lo) / (hi - lo);
  }
  return out;
}

Builder::ViewPart Builder::BuildView(const PeriodView& view,
                                     const std::vector<AgencyMonth>& totals) const {
  ViewPart part;
  PeriodGraphs graphs = Graphs(view);
  part.e_log.resize(local_.size());
  for (size_t i = 0; i < local_.size(); ++i) {
    const Agency& agency = *local_[i];
    const AgencyMonth m =
        view.name == "total" ? totals[i] : state_.Sum(RegistryIndex(agency), view.month_index);
    part.blocks.push_back(AgencyBlock(agency, m, view, graphs, part.e_log[i]));
  }
  const std::vector<std::optional<double>> e_norm = NormalizeEngagement(part.e_log);
  for (size_t i = 0; i < local_.size(); ++i) part.blocks[i].engagement.e_norm = e_norm[i];
  for (size_t l = 0; l < graphs.layers.size(); ++l) {
    graphs.layers[l].node.clear();  // the agencies' blocks hold them
    part.network.layers.emplace_back(LayerName(l), std::move(graphs.layers[l]));
  }
  part.network.hubs = std::move(graphs.hub);
  part.network.ei = graphs.ei;
  return part;
}

Report Builder::Build() {
  Report report;
  report.generator = options_.generator;
  report.period = options_.period;
  report.aggregation = state_.options();
  report.breadth_strict_k = options_.breadth_strict_k;
  report.input = state_.counters();
  report.model = options_.model;
  if (options_.confusion) {
    report.confusion_source = DescribeConfusionSource(
        *options_.confusion, options_.confusion_source, options_.confusion_from_model);
  }
  report.taxonomy = taxonomy_;
  for (const PeriodView& p : periods_) report.periods.push_back(p.name);

  std::vector<PeriodView> views = periods_;
  views.push_back(total_);
  for (const Agency* a : local_) {
    AgencyReport& agency = report.agencies.emplace_back();
    agency.handle = a->display_handle;
    agency.name = a->name;
    agency.type = a->type;
    agency.parent = a->parent;
    agency.urusan = a->urusan;
    agency.has_posts = state_.HasPosts(RegistryIndex(*a));
    agency.by_period.resize(periods_.size());
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
  auto comparison = std::async(std::launch::async, [&] { return Comparison(totals); });
  auto corrected = std::async(std::launch::async, [&] { return Corrected(totals); });
  // The views are independent: built side by side, the whole range (the slowest, with
  // betweenness) first, then put into the report in order.
  std::vector<ViewPart> parts(views.size());
  ParallelFor(views.size(), [&](size_t i) {
    const size_t v = (i + views.size() - 1) % views.size();  // total (the last view) first
    parts[v] = BuildView(views[v], totals);
  });
  report.network.by_period.resize(periods_.size());
  for (size_t v = 0; v < views.size(); ++v) {
    const bool total = v == periods_.size();
    for (size_t i = 0; i < local_.size(); ++i) {
      MetricBlock& block = total ? report.agencies[i].total : report.agencies[i].by_period[v];
      block = std::move(parts[v].blocks[i]);
    }
    (total ? report.network.total : report.network.by_period[v]) = std::move(parts[v].network);
  }
  if (options_.edges_in_document) {
    auto& rows = report.network.edges.emplace();
    ReportEdges(state_).ForEach([&](const std::string& month, const char* layer,
                                    const std::string& from, const std::string& to,
                                    int64_t weight) {
      rows.push_back({month, layer, from, to, weight});
    });
  }
  report.comparison = comparison.get();
  report.corrected_shares = corrected.get();
  report.ranking = BuildRanking(report);
  const int examples = std::min(options_.examples, state_.examples_per_label());
  if (examples > 0) report.examples = Examples(examples);
  report.overview = ComputeOverview(report);
  return report;
}

}  // namespace

Report BuildReport(const ReportState& state, const ReportTaxonomy& taxonomy,
                   const ReportOptions& options) {
  return Builder(state, taxonomy, options).Build();
}

}  // namespace liputan::report
