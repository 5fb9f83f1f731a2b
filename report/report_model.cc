#include "report/report_model.h"

#include <algorithm>

namespace liputan::report {

const LabelMix& ContentMetrics::Mix(const std::string& label_set) const {
  static const LabelMix kEmpty;
  const auto it = mixes.find(label_set);
  return it == mixes.end() ? kEmpty : it->second;
}

const NodeMetrics& IntegrationMetrics::Union() const {
  static const NodeMetrics kNone;
  const auto it = layers.find("union");
  return it == layers.end() ? kNone : it->second;
}

const GraphMetrics& NetworkSummary::Union() const {
  static const GraphMetrics kNone;
  return layers.empty() ? kNone : layers.back().second;
}

std::vector<std::string> Report::LabelSetOrder(const std::vector<std::string>& label_sets) const {
  std::vector<std::string> order;
  const auto has = [&](const std::string& set) {
    return std::find(label_sets.begin(), label_sets.end(), set) != label_sets.end();
  };
  for (const std::string* known : {&taxonomy.sector_set, &taxonomy.function_set})
    if (has(*known)) order.push_back(*known);
  std::vector<std::string> others;
  for (const std::string& set : label_sets) {
    if (set != taxonomy.sector_set && set != taxonomy.function_set &&
        std::find(others.begin(), others.end(), set) == others.end())
      others.push_back(set);
  }
  std::sort(others.begin(), others.end());
  order.insert(order.end(), others.begin(), others.end());
  return order;
}

bool Report::HasContentLabels() const {
  for (const AgencyReport& agency : agencies) {
    for (const std::string* set : {&taxonomy.sector_set, &taxonomy.function_set})
      if (agency.total.content.Mix(*set).labeled > 0) return true;
  }
  return false;
}

}  // namespace liputan::report
