#include "report/examples_block.h"

#include <algorithm>

namespace liputan::report {

std::vector<std::pair<std::string, std::string>> ExampleLabelOrder(const ExampleSets& sets,
                                                                   const Report& report) {
  std::vector<std::pair<std::string, std::string>> out;
  std::vector<std::string> set_names;
  for (const auto& [set, labels] : sets) set_names.push_back(set);
  const ReportTaxonomy& t = report.taxonomy;
  for (const std::string& set : report.LabelSetOrder(set_names)) {
    const auto& labels = sets.at(set);
    std::vector<std::string> label_order;
    const std::vector<std::string>* known = set == t.sector_set     ? &t.sectors
                                            : set == t.function_set ? &t.functions
                                                                    : nullptr;
    if (known != nullptr) {
      for (const std::string& label : *known)
        if (labels.count(label)) label_order.push_back(label);
    }
    for (const auto& [label, rows] : labels) {
      if (std::find(label_order.begin(), label_order.end(), label) == label_order.end())
        label_order.push_back(label);
    }
    for (const std::string& label : label_order) out.emplace_back(set, label);
  }
  return out;
}

}  // namespace liputan::report
