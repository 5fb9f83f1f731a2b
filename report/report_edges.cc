#include "report/report_edges.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "report/calendar.h"

namespace liputan::report {

ReportEdges::ReportEdges(const ReportState& state) : state_(state) {
  const AgencyRegistry& registry = state.registry();
  // Registry handles have the first ids, in registry order (ReportState's handle table).
  auto is_local = [&](uint32_t handle) {
    return handle < registry.agencies().size() && registry.IsLocal(static_cast<int>(handle));
  };
  for (const auto& edge : state.edges()) {
    if (is_local(edge.first.from) && is_local(edge.first.to)) edges_.push_back(edge);
  }
  // Handles by name through their rank among the registry's handles, so that sorting hundreds of
  // thousands of edges compares integers, not strings.
  std::vector<uint32_t> by_name(registry.agencies().size());
  for (uint32_t id = 0; id < by_name.size(); ++id) by_name[id] = id;
  std::sort(by_name.begin(), by_name.end(),
            [&](uint32_t a, uint32_t b) { return state.HandleName(a) < state.HandleName(b); });
  std::vector<uint32_t> rank(by_name.size());
  for (uint32_t r = 0; r < by_name.size(); ++r) rank[by_name[r]] = r;
  std::sort(edges_.begin(), edges_.end(), [&](const auto& x, const auto& y) {
    const EdgeKey& a = x.first;
    const EdgeKey& b = y.first;
    if (a.month != b.month) return a.month < b.month;
    if (a.layer != b.layer) return a.layer < b.layer;
    if (a.from != b.from) return rank[a.from] < rank[b.from];
    return rank[a.to] < rank[b.to];
  });
}

void ReportEdges::ForEach(const Visitor& fn) const {
  std::string month_name;
  int64_t named_month = INT64_MIN;
  for (const auto& [key, weight] : edges_) {
    if (key.month != named_month) month_name = MonthName(named_month = key.month);
    fn(month_name, kLayerNames[key.layer], state_.HandleName(key.from), state_.HandleName(key.to),
       weight);
  }
}

nlohmann::json ReportEdges::ToJson() const {
  nlohmann::json edges = nlohmann::json::array();
  ForEach([&](const std::string& month, const char* layer, const std::string& from,
              const std::string& to, int64_t weight) {
    nlohmann::json edge = nlohmann::json::object();
    edge["month"] = month;
    edge["layer"] = layer;
    edge["from"] = from;
    edge["to"] = to;
    edge["weight"] = weight;
    edges.push_back(std::move(edge));
  });
  return edges;
}

void ReportEdges::WriteJson(const std::function<void(std::string_view)>& sink) const {
  // Keys in nlohmann's (sorted) order, strings escaped by nlohmann itself, so the bytes are
  // ToJson().dump()'s; a handle's escaped form is made once, not once per edge.
  std::vector<std::string> quoted;
  auto quote = [&](const std::string& name, size_t id) -> const std::string& {
    if (quoted.size() <= id) quoted.resize(id + 1);
    if (quoted[id].empty()) quoted[id] = nlohmann::json(name).dump();
    return quoted[id];
  };
  std::string out = "[", month_name;
  int64_t named_month = INT64_MIN;
  bool first = true;
  for (const auto& [key, weight] : edges_) {
    if (!first) out += ',';
    first = false;
    if (key.month != named_month) month_name = MonthName(named_month = key.month);
    out += "{\"from\":";
    out += quote(state_.HandleName(key.from), key.from);
    out += ",\"layer\":\"";
    out += kLayerNames[key.layer];
    out += "\",\"month\":\"";
    out += month_name;
    out += "\",\"to\":";
    out += quote(state_.HandleName(key.to), key.to);
    out += ",\"weight\":";
    out += std::to_string(weight);
    out += '}';
    if (out.size() >= (1u << 20)) {
      sink(out);
      out.clear();
    }
  }
  out += ']';
  sink(out);
}

}  // namespace liputan::report
