#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <utility>
#include <vector>

#include "report/report_state.h"

namespace liputan::report {

// report.json's "examples": {agency handle (as the registry writes it): {label set: {label:
// [{id, url, created_at, probability, text}, ...]}}}, the best `per_label` examples of each
// label, best first (docs/report.md "Example posts"). `url` is the post on X (PostUrl) or null;
// agencies without examples are left out. Local agencies only, in any case: the object's keys
// are sorted.
nlohmann::json ExamplesJson(const ReportState& state, int per_label);

// The (label set, label) pairs of one agency's examples (`sets`, a value of "examples") in the
// order readers see them: sektor, fungsi, then other sets by name; within a set the labels in
// the order of report.json's `taxonomy` (its value for that set), then any other by name.
std::vector<std::pair<std::string, std::string>> ExampleLabelOrder(const nlohmann::json& sets,
                                                                   const nlohmann::json& taxonomy);

}  // namespace liputan::report
