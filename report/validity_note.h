#pragma once

#include <string>

#include "report/report_model.h"

namespace liputan::report {

// The paragraph near the top of report.md that tells, in plain Indonesian, how far the content
// labels can be trusted: the model's macro-F1 on real posts labeled by people, or that the labels
// are not validated there (from the model or the input), and which confusion matrix, if any,
// corrects the shares. Read from the report's model, validation and confusion source (report.json's
// "model" block, docs/report.md). report/render writes the same note into report.html.
std::string ValidityNoteMarkdown(const Report& report);

}  // namespace liputan::report
