#pragma once

#include "classify/post_source.h"
#include "report/report_state.h"
#include "report/run/report_request.h"

// `liputan report` as a library call: aggregation (with in-process classification and word
// counting), the optional mergeable state, and every report format, so that the CLI is option
// parsing plus one call and the orchestration is testable and embeddable without a subprocess.
namespace liputan::report {

struct ReportResult {
  InputCounters counters;  // of the aggregated (or merged) state
};

// Aggregates the posts of `source` (classified with request.classifier() when it is given and
// the run needs it) and writes request.emit_state and the report files of request.output_dir.
// Throws liputan::Error as `liputan report` reports it: kUsage for bad options (before reading),
// kNoInput for missing files, kData for bad input, kIo for failed writes.
ReportResult Run(const ReportRequest& request, PostSource& source);

// The same from partial states (request.merge_inputs, written by emit_state): exactly the result
// of one run over all their input.
ReportResult RunMerge(const ReportRequest& request);

}  // namespace liputan::report
