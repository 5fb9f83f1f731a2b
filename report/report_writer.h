#pragma once

#include <nlohmann/json_fwd.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace liputan::report {

// A rendered output: file name inside the output directory and its bytes.
using RenderedFile = std::pair<std::string, std::string>;

// "json,csv,md" → {"json", "csv", "md"}; unknown names throw kUsage naming every valid format
// (html, xlsx, gexf and graphml belong to the report/render library; `liputan report` splits them
// off first, and they are refused here with a message saying so).
std::set<std::string> ParseFormats(const std::string& list);

// report.json: the document, pretty-printed, keys in a fixed order.
std::string RenderJson(const nlohmann::json& report);
// The tidy CSV tables of docs/report.md, one file per table.
std::vector<RenderedFile> RenderCsvTables(const nlohmann::json& report);
// report.md: a readable summary with the ranking, findings and the main tables.
std::string RenderMarkdown(const nlohmann::json& report);

std::vector<RenderedFile> RenderReport(const nlohmann::json& report,
                                       const std::set<std::string>& formats);

// Writes all files into `dir` (created if missing) so that a failure leaves none of them changed:
// every file is first written to a temporary file beside its target, and only when all are
// complete are they renamed into place. Throws kIo.
void WriteReportFiles(const std::string& dir, const std::vector<RenderedFile>& files);

// Renders the report in `formats` into `dir` with the same all-or-nothing guarantee, holding only
// one rendered file in memory at a time.
void WriteReport(const std::string& dir, const nlohmann::json& report,
                 const std::set<std::string>& formats);

}  // namespace liputan::report
