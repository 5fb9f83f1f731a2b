#pragma once

#include <functional>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "report/report_model.h"

namespace liputan::report {

class ReportEdges;

// A receiver of a file's bytes in pieces.
using ReportSink = std::function<void(std::string_view)>;

// report.json (docs/report.md): the report as one compact JSON object, keys sorted.
//
// StreamJson hands its bytes to `sink` in pieces of about 1 MiB, one agency (or one top-level
// member) converted at a time, so that the document is never whole in memory. network.edges
// comes from `edges` when given, else from Report::network.edges (absent when neither).
void StreamJson(const Report& report, const ReportSink& sink, const ReportEdges* edges = nullptr);
// StreamJson's bytes as one string.
std::string RenderJson(const Report& report);
// The whole document as a tree (for tests and small reports; StreamJson writes the same bytes).
nlohmann::json ReportToJson(const Report& report);

// One metric block as report.json writes it under agencies[].total / by_period: its sections
// (activity, content, engagement, ...), whose dotted paths name agency_metrics.csv's metrics.
nlohmann::json MetricBlockJson(const MetricBlock& block);
// One period's network summary as report.json writes it under network.total / by_period (its
// paths name network.csv's metrics).
nlohmann::json NetworkSummaryJson(const NetworkSummary& summary);

}  // namespace liputan::report
