#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <utility>
#include <vector>

#include "report/report_state.h"

namespace liputan::report {

// network.edges of report.json: the ties between the registry's local agencies, one per month,
// layer and ordered pair, in (month, layer, from, to) order, handles by name. A compact list
// (about 24 bytes a tie) that `liputan report` streams into report.json and network_edges.csv
// instead of holding them in the Report: as nlohmann objects they cost about 560 bytes each,
// and the ties grow with agencies² × months (370,000 at a million records, 200 MB).
class ReportEdges {
 public:
  // Refers to `state`, which must outlive this.
  explicit ReportEdges(const ReportState& state);

  size_t size() const { return edges_.size(); }
  // fn(month "2024-03", layer "mention", from, to, weight) for every edge, in order.
  using Visitor = std::function<void(const std::string& month, const char* layer,
                                     const std::string& from, const std::string& to, int64_t)>;
  void ForEach(const Visitor& fn) const;
  // The array BuildReport puts at network.edges.
  nlohmann::json ToJson() const;
  // ToJson().dump()'s bytes, handed to `sink` in pieces of about 1 MiB without building the tree.
  void WriteJson(const std::function<void(std::string_view)>& sink) const;

 private:
  const ReportState& state_;
  std::vector<std::pair<EdgeKey, int64_t>> edges_;
};

}  // namespace liputan::report
