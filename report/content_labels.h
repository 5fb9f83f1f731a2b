#pragma once

// What report.md's and report.html's validity notes both read from the report.json document.
// Header-only: report/render reads the document, not report/'s C++ types, and does not link it.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "corpora/taxonomy/taxonomy.h"  // the default label sets' names (header-only constants)

namespace liputan::report {

// The label sets of a "model" block's "label_sets" in the order the report lists them: sektor,
// fungsi, then any other by name.
inline std::vector<std::string> ValidityLabelSetOrder(const nlohmann::json& label_sets) {
  std::vector<std::string> order;
  for (const char* known : kDefaultLabelSets)
    if (label_sets.contains(known)) order.push_back(known);
  for (const auto& [name, entry] : label_sets.items())
    if (!IsDefaultLabelSet(name)) order.push_back(name);
  return order;
}

// Whether any agency's posts carry a content label: raw archives read without a model have none,
// and then there is nothing whose validity to discuss.
inline bool ReportHasContentLabels(const nlohmann::json& report) {
  for (const nlohmann::json& agency : report.at("agencies")) {
    const nlohmann::json& content = agency.at("total").at("content");
    for (const char* set : kDefaultLabelSets)
      if (content.at(set).at("labeled").get<int64_t>() > 0) return true;
  }
  return false;
}

}  // namespace liputan::report
