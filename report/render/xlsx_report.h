#pragma once

#include <string>

#include "report/render/labels.h"
#include "report/render/report_view.h"

namespace liputan::render {

// The report as one Excel workbook: a sheet per table (tables.h; sheet names and column headers
// in the report's language) and, per axis, a sheet with a native stacked-percent bar chart of the
// content mix (raw, and corrected when available), so the chart stays editable in Excel.
// Written atomically to `path`. Throws liputan::Error (kIo) when it cannot be written.
void WriteXlsx(const ReportView& view, const Labels& labels, const std::string& path);

}  // namespace liputan::render
