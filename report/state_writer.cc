#include "report/state_writer.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

#include "report/calendar.h"
#include "report/post_key.h"
#include "report/state_format.h"

namespace liputan::report {

namespace {

using nlohmann::json;

// The small parts of the state (one agency's months, the counters, the options, the examples)
// go through nlohmann trees: they are bounded by the registry, not by the number of posts.

json OptionalJson(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }

json MonthToJson(const AgencyMonth& m) {
  json by_label = json::object();
  for (const auto& [label, h] : m.engagement_by_label) by_label[label] = h.ToJson();
  json amplified = json::array();
  for (uint64_t key : m.amplified_ids.keys()) amplified.push_back(PostKeyText(key));
  return {
      {"posts_by_kind", m.posts_by_kind},
      {"content_posts", m.content_posts},
      {"unlabeled", m.unlabeled},
      {"sector", m.sector},
      {"function", m.function},
      {"cross", m.cross},
      {"sector_probability", m.sector_probability},
      {"function_probability", m.function_probability},
      {"engagement", m.engagement.ToJson()},
      {"engagement_by_label", by_label},
      {"broadcast_posts", m.broadcast_posts},
      {"pull_posts", m.pull_posts},
      {"reuse", {m.reuse_total, m.reuse_internal}},
      {"vertical", {m.vertical_base, m.vertical_hits}},
      {"amplified_ids", amplified},
      {"followers", m.followers ? json{m.followers->first, m.followers->second} : json(nullptr)}};
}

// An agency's months: {"YYYY-MM": month, ...}.
json MonthsToJson(const ReportState& state, int index) {
  json by_month = json::object();
  for (int64_t month : state.Months(index))
    by_month[MonthName(month)] = MonthToJson(state.Month(index, month));
  return by_month;
}

// The label sets are written only when they are not the default ones, so a state of sektor and
// fungsi keeps the bytes (and the version) it had before they could be chosen; the reader takes
// their absence for the defaults.
json OptionsToJson(const AggregationOptions& o) {
  json out = {{"from", OptionalJson(o.from)},
              {"to", OptionalJson(o.to)},
              {"exclude_retweets", o.exclude_retweets},
              {"engagement_freeze_days", o.engagement_freeze_days},
              {"response_window_hours", o.response_window_hours}};
  if (o.label_sets != AggregationOptions{}.label_sets) out["label_sets"] = o.label_sets;
  return out;
}

json CountersToJson(const InputCounters& c) {
  return {{"records", c.records},
          {"agency_posts", c.agency_posts},
          {"vertical_posts", c.vertical_posts},
          {"outside_posts", c.outside_posts},
          {"inbound_posts", c.inbound_posts},
          {"out_of_range", c.out_of_range},
          {"retweets_excluded", c.retweets_excluded},
          {"first_post", OptionalJson(c.first_post)},
          {"last_post", OptionalJson(c.last_post)}};
}

// "examples": {"per_label": K, "agencies": {handle: {set: {label: [[id, created_at,
// probability, text], ...]}}}}, lists best first; agencies without examples left out.
json ExamplesToJson(const ReportState& state) {
  json agencies = json::object();
  const std::vector<Agency>& registry = state.registry().agencies();
  for (size_t index = 0; index < registry.size(); ++index) {
    json sets = json::object();
    for (const auto& [set, labels] : state.Examples(static_cast<int>(index))) {
      for (const auto& [label, examples] : labels) {
        json list = json::array();
        for (const PostExample& e : examples)
          list.push_back({e.id, e.created_at, e.probability, e.text});
        sets[set][label] = std::move(list);
      }
    }
    if (!sets.empty()) agencies[registry[index].handle] = std::move(sets);
  }
  json out = json::object();
  out["per_label"] = state.examples_per_label();
  out["agencies"] = std::move(agencies);
  return out;
}

// Appends a JSON string exactly as nlohmann's dump() writes it.
void AppendJsonString(const std::string& text, std::string& out) { out += json(text).dump(); }

// Text gathered for the sink, handed over once it passes 1 MiB (and at the end).
class Pieces {
 public:
  explicit Pieces(const std::function<void(std::string_view)>& sink) : sink_(sink) {}
  std::string& out() { return out_; }
  void Flush(bool force = false) {
    if (force || out_.size() >= (1u << 20)) {
      if (!out_.empty()) sink_(out_);
      out_.clear();
    }
  }

 private:
  const std::function<void(std::string_view)>& sink_;
  std::string out_;
};

// The registry's agencies by handle: the keys of a JSON object are sorted.
std::vector<int> ByHandle(const AgencyRegistry& registry) {
  std::vector<int> order(registry.agencies().size());
  for (size_t index = 0; index < order.size(); ++index) order[index] = static_cast<int>(index);
  std::sort(order.begin(), order.end(), [&registry](int a, int b) {
    return registry.agencies()[a].handle < registry.agencies()[b].handle;
  });
  return order;
}

void WriteAgencies(const ReportState& state, const std::vector<int>& order, Pieces& pieces) {
  std::string& out = pieces.out();
  out += "{\"agencies\":{";
  bool first = true;
  for (int index : order) {
    if (!state.HasPosts(index)) continue;
    if (!first) out += ',';
    first = false;
    AppendJsonString(state.registry().agencies()[index].handle, out);
    out += ':';
    out += MonthsToJson(state, index).dump();
    pieces.Flush();
  }
  out += '}';
}

// "edges": [[month, layer, from, to, weight], ...] in SortedEdges() order.
void WriteEdges(const ReportState& state, Pieces& pieces) {
  std::string& out = pieces.out();
  out += "\"edges\":[";
  bool first = true;
  for (const auto& [key, weight] : state.SortedEdges()) {
    out += first ? "[" : ",[";
    first = false;
    AppendJsonString(MonthName(key.month), out);
    out += ",\"" + std::string(kLayerNames[key.layer]) + "\",";
    AppendJsonString(state.HandleName(key.from), out);
    out += ',';
    AppendJsonString(state.HandleName(key.to), out);
    out += ',' + std::to_string(weight) + ']';
    pieces.Flush();
  }
  out += ']';
}

// "inbound": {handle: [[id, created_at, author], ...]} or "replies": {handle: [[id, created_at],
// ...]}, agencies without any left out.
void WriteIdLists(const ReportState& state, const std::vector<int>& order, bool inbound,
                  Pieces& pieces) {
  std::string& out = pieces.out();
  out += '{';
  bool first_agency = true;
  for (int index : order) {
    if (inbound ? state.Inbound(index).empty() : state.Replies(index).empty()) continue;
    if (!first_agency) out += ',';
    first_agency = false;
    AppendJsonString(state.registry().agencies()[index].handle, out);
    out += ":[";
    bool first_item = true;
    auto item = [&](uint64_t id, int64_t time) {
      out += first_item ? "[" : ",[";
      first_item = false;
      AppendJsonString(PostKeyText(id), out);
      out += ',' + std::to_string(time);
    };
    if (inbound) {
      for (const InboundPost& p : state.Inbound(index)) {
        item(p.id, p.created_at);
        out += ',';
        AppendJsonString(state.HandleName(p.author), out);
        out += ']';
        pieces.Flush();
      }
    } else {
      for (const AgencyReply& r : state.Replies(index)) {
        item(r.id, r.created_at);
        out += ']';
        pieces.Flush();
      }
    }
    out += ']';
  }
  out += '}';
}

}  // namespace

void WriteState(const ReportState& state, const std::function<void(std::string_view)>& sink) {
  Pieces pieces(sink);
  std::string& out = pieces.out();
  const std::vector<int> order = ByHandle(state.registry());
  // The top-level keys in sorted order, as the dump of an object writes them.
  WriteAgencies(state, order, pieces);
  out += ",\"counters\":" + CountersToJson(state.counters()).dump() + ',';
  WriteEdges(state, pieces);
  out += ",\"examples\":" + ExamplesToJson(state).dump();
  out += ",\"format\":" + json(kStateFormat).dump() + ",\"inbound\":";
  WriteIdLists(state, order, true, pieces);
  out += ",\"options\":" + OptionsToJson(state.options()).dump() + ",\"registry_fingerprint\":";
  AppendJsonString(state.registry().Fingerprint(), out);
  out += ",\"replies\":";
  WriteIdLists(state, order, false, pieces);
  out += ",\"version\":" + std::to_string(kStateVersion) + "}";
  pieces.Flush(true);
}

std::string StateText(const ReportState& state) {
  std::string text;
  WriteState(state, [&text](std::string_view piece) { text += piece; });
  return text;
}

}  // namespace liputan::report
