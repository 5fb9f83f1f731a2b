#pragma once

#include <string>

#include "report/render/labels.h"
#include "report/render/report_view.h"

namespace liputan::render {

// The note at the top of report.html's overview on how far the content labels can be trusted, in
// the report's language (templates/strings.tsv "validity_*" and "confusion_*"): the model's
// macro-F1 on real posts labeled by people, or that the labels (the model's or the input's) are
// not validated there, and which confusion matrix, if any, corrects the shares. Plain text (the
// template escapes it); "" when the view does not know (a report.json written before the "model"
// block). report/validity_note.h writes the same note into report.md.
std::string ValidityNote(const ReportView& view, const Labels& labels);

}  // namespace liputan::render
