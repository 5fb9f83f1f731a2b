#pragma once

#include <string>

#include "report/render/labels.h"
#include "report/render/report_view.h"

namespace liputan::render {

// The report as one Excel workbook: a sheet per table (tables.h; sheet names and column headers
// in the report's language) and, per axis, a sheet with a native stacked-percent bar chart of the
// content mix (raw, and corrected when available), so the chart stays editable in Excel.
// Returns the workbook's bytes; libxlsxwriter needs a file of its own, so it is built in a
// scratch file beside `path` (removed after, and on SIGINT/SIGTERM). Throws liputan::Error (kIo)
// when the scratch file cannot be written.
std::string RenderXlsx(const ReportView& view, const Labels& labels, const std::string& path);

}  // namespace liputan::render
