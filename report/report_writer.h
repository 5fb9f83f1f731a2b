#pragma once

#include <functional>
#include <nlohmann/json_fwd.hpp>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/output_group.h"

namespace liputan::report {

class ReportEdges;

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

// The same files one at a time, report.json never whole: `emit(name, produce)` is called per
// file in RenderReport's order, and `produce(sink)` hands the file's bytes to `sink` in pieces
// (report.json in 1 MiB chunks; a CSV table or report.md in one piece). The tables and report.md
// are rendered on other threads while report.json is emitted, and held until then. Fits
// OutputGroup::AddStreamed: emit = [&](name, produce) { group.AddStreamed(dir / name, produce); }.
using ReportSink = std::function<void(std::string_view)>;
using ReportProducer = std::function<void(const ReportSink&)>;
using ReportFileEmitter = std::function<void(const std::string& name, const ReportProducer&)>;
// With `edges`, network.edges of report.json and network_edges.csv come from it, not from the
// document (built with ReportOptions::edges_in_document = false); the bytes are the same.
void RenderReportStreamed(const nlohmann::json& report, const std::set<std::string>& formats,
                          const ReportFileEmitter& emit, const ReportEdges* edges = nullptr);
// RenderJson(report)'s bytes, to `sink` in 1 MiB pieces (network.edges from `edges` when given).
void StreamJson(const nlohmann::json& report, const ReportSink& sink,
                const ReportEdges* edges = nullptr);

// RenderReportStreamed into `group`, the files named inside `dir` (which must exist): they
// appear when the caller commits the group, so `liputan report` adds render/'s html, charts and
// xlsx to the same all-or-nothing group.
void AddReportFiles(OutputGroup& group, const std::string& dir, const nlohmann::json& report,
                    const std::set<std::string>& formats, const ReportEdges* edges = nullptr);

// Writes all files into `dir` (created if missing) so that a failure leaves none of them changed:
// every file is first written to a temporary file beside its target, and only when all are
// complete are they renamed into place. Throws kIo.
void WriteReportFiles(const std::string& dir, const std::vector<RenderedFile>& files);

// Renders the report in `formats` into `dir` with the same all-or-nothing guarantee, as
// RenderReportStreamed renders them.
void WriteReport(const std::string& dir, const nlohmann::json& report,
                 const std::set<std::string>& formats);

}  // namespace liputan::report
