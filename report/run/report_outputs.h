#pragma once

#include <set>
#include <string>
#include <vector>

#include "report/render/render_report.h"
#include "report/report_builder.h"
#include "report/report_state.h"
#include "report/report_taxonomy.h"
#include "report/run/report_request.h"
#include "report/run/word_counter.h"

// The one place a report's formats are dispatched: report/ writes json, csv and md, render/
// writes html, xlsx, gexf, graphml and csv (word lists).
namespace liputan::report {

struct OutputFormats {
  std::set<std::string> report;        // report/'s (report_writer.h)
  std::vector<std::string> render;     // render/'s (render_report.h)
  render::Lang lang = render::Lang{};  // report.html and report.xlsx
};

// The request's formats, checked before any work: unknown names and languages are kUsage,
// html without an output directory too; html's missing chart bundles are kNoInput.
OutputFormats ResolveFormats(const ReportRequest& r);

// The report document of `state` and every requested file in r.output_dir, all or none.
// `words` is required for render/'s formats only.
void WriteOutputs(const ReportRequest& r, const OutputFormats& formats, const ReportState& state,
                  const ReportTaxonomy& taxonomy, const ReportOptions& options,
                  const WordCounter* words);

}  // namespace liputan::report
