#pragma once

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/output_group.h"
#include "report/report_csv.h"
#include "report/report_json.h"
#include "report/report_markdown.h"
#include "report/report_model.h"

namespace liputan::report {

class ReportEdges;

// "json,csv,md" → {"json", "csv", "md"}; unknown names throw kUsage naming every valid format
// (html, xlsx, gexf and graphml belong to the report/render library; `liputan report` splits them
// off first, and they are refused here with a message saying so).
std::set<std::string> ParseFormats(const std::string& list);

std::vector<RenderedFile> RenderReport(const Report& report, const std::set<std::string>& formats);

// The same files one at a time, report.json never whole: `emit(name, produce)` is called per
// file in RenderReport's order, and `produce(sink)` hands the file's bytes to `sink` in pieces
// (report.json in 1 MiB chunks; a CSV table or report.md in one piece). The tables and report.md
// are rendered on other threads while report.json is emitted, and held until then. Fits
// OutputGroup::AddStreamed: emit = [&](name, produce) { group.AddStreamed(dir / name, produce); }.
using ReportProducer = std::function<void(const ReportSink&)>;
using ReportFileEmitter = std::function<void(const std::string& name, const ReportProducer&)>;
// With `edges`, network.edges of report.json and network_edges.csv come from it, not from the
// report (built with ReportOptions::edges_in_document = false); the bytes are the same.
void RenderReportStreamed(const Report& report, const std::set<std::string>& formats,
                          const ReportFileEmitter& emit, const ReportEdges* edges = nullptr);

// RenderReportStreamed into `group`, the files named inside `dir` (which must exist): they
// appear when the caller commits the group, so `liputan report` adds render/'s html, charts and
// xlsx to the same all-or-nothing group.
void AddReportFiles(OutputGroup& group, const std::string& dir, const Report& report,
                    const std::set<std::string>& formats, const ReportEdges* edges = nullptr);

// Writes all files into `dir` (created if missing) so that a failure leaves none of them changed:
// every file is first written to a temporary file beside its target, and only when all are
// complete are they renamed into place. Throws kIo.
void WriteReportFiles(const std::string& dir, const std::vector<RenderedFile>& files);

// Renders the report in `formats` into `dir` with the same all-or-nothing guarantee, as
// RenderReportStreamed renders them.
void WriteReport(const std::string& dir, const Report& report,
                 const std::set<std::string>& formats);

}  // namespace liputan::report
