#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "report/report_model.h"

namespace liputan::report {

// One agency's examples (a value of Report::examples): label set → label → posts, best first.
using ExampleSets = std::map<std::string, std::map<std::string, std::vector<ExampleRow>>>;

// The (label set, label) pairs of one agency's examples in the order readers see them (report.md
// and report.html): the label sets in Report::LabelSetOrder (the taxonomy's sector and function
// sets, then others by name); within a set the labels in the taxonomy's order, then any other by
// name.
std::vector<std::pair<std::string, std::string>> ExampleLabelOrder(const ExampleSets& sets,
                                                                   const Report& report);

}  // namespace liputan::report
