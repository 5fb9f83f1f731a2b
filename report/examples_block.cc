#include "report/examples_block.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "corpora/taxonomy/taxonomy.h"
#include "report/calendar.h"
#include "report/post_url.h"

namespace liputan::report {

using nlohmann::json;

namespace {

json ExampleJson(const Agency& agency, const PostExample& e) {
  const std::string url = PostUrl(agency.display_handle, e.id);
  json out = json::object();
  out["id"] = e.id;
  out["url"] = url.empty() ? json(nullptr) : json(url);
  out["created_at"] = FormatTimestamp(e.created_at);
  out["probability"] = static_cast<double>(e.probability) / kProbabilityScale;
  out["text"] = e.text;
  return out;
}

}  // namespace

json ExamplesJson(const ReportState& state, int per_label) {
  json out = json::object();
  const std::vector<Agency>& agencies = state.registry().agencies();
  for (size_t index = 0; index < agencies.size(); ++index) {
    if (!state.registry().IsLocal(static_cast<int>(index))) continue;
    json sets = json::object();
    for (const auto& [set, labels] : state.Examples(static_cast<int>(index))) {
      for (const auto& [label, examples] : labels) {
        json list = json::array();
        for (size_t i = 0; i < examples.size() && i < static_cast<size_t>(per_label); ++i)
          list.push_back(ExampleJson(agencies[index], examples[i]));
        if (!list.empty()) sets[set][label] = std::move(list);
      }
    }
    if (!sets.empty()) out[agencies[index].display_handle] = std::move(sets);
  }
  return out;
}

namespace {

// `names` with the keys of `object` (an object) not yet in it appended, in key order.
void AppendMissingKeys(const json& object, std::vector<std::string>& names) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(names.begin(), names.end(), key) == names.end()) names.push_back(key);
  }
}

}  // namespace

std::vector<std::pair<std::string, std::string>> ExampleLabelOrder(const json& sets,
                                                                   const json& taxonomy) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!sets.is_object()) return out;
  std::vector<std::string> set_order;
  for (const char* set : kDefaultLabelSets) {
    if (sets.contains(set)) set_order.push_back(set);
  }
  AppendMissingKeys(sets, set_order);
  for (const std::string& set : set_order) {
    const json& labels = sets.at(set);
    if (!labels.is_object()) continue;
    std::vector<std::string> label_order;
    const auto known = taxonomy.is_object() ? taxonomy.find(set) : taxonomy.end();
    if (taxonomy.is_object() && known != taxonomy.end() && known->is_array()) {
      for (const json& label : *known) {
        if (label.is_string() && labels.contains(label.get<std::string>()))
          label_order.push_back(label.get<std::string>());
      }
    }
    AppendMissingKeys(labels, label_order);
    for (const std::string& label : label_order) out.emplace_back(set, label);
  }
  return out;
}

}  // namespace liputan::report
