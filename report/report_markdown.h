#pragma once

#include <string>

#include "report/report_model.h"

namespace liputan::report {

// report.md: a readable summary in Indonesian with the input, the note on how valid the content
// labels are, the ranking, findings, the per-agency and network summaries, the chi-square table,
// corrected shares and the example posts (docs/report.md).
std::string RenderMarkdown(const Report& report);

}  // namespace liputan::report
