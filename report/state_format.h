#pragma once

namespace liputan::report {

// The identity of a report state file (docs/report.md, "The state file"): the writer puts both in
// every state and the reader refuses a file whose "format" or "version" differs.
inline constexpr const char* kStateFormat = "liputan-report-state";
inline constexpr int kStateVersion = 1;

}  // namespace liputan::report
