#pragma once

#include <string>
#include <utility>
#include <vector>

#include "report/report_model.h"

namespace liputan::report {

class ReportEdges;

// A rendered output: file name inside the output directory and its bytes.
using RenderedFile = std::pair<std::string, std::string>;

// The tidy CSV tables of docs/report.md, one file per table, read from the report. With `edges`,
// network_edges.csv comes from them (a report built without its edges); else from
// Report::network.edges.
std::vector<RenderedFile> RenderCsvTables(const Report& report, const ReportEdges* edges = nullptr);

// The table renderers by file name, in RenderCsvTables' order, each independent of the others
// (`liputan report` renders them side by side).
using CsvTableRenderer = std::string (*)(const Report& report, const ReportEdges* edges);
const std::vector<std::pair<const char*, CsvTableRenderer>>& CsvTables();

}  // namespace liputan::report
