#pragma once

#include <string>
#include <vector>

#include "report/render/chart_bundles.h"
#include "report/render/chart_specs.h"
#include "report/render/labels.h"
#include "report/render/report_view.h"

namespace liputan::render {

// The text of a self-contained report.html: the embedded mustache templates filled by
// RenderMustache (which HTML-escapes every {{value}}; data never reaches a {{{raw}}} slot except as
// JsonForScript), the chart specs as one JSON object, and the chart bundles inlined.
std::string RenderHtml(const ReportView& view, const Labels& labels,
                       const std::vector<Chart>& charts, const ChartBundles& bundles);

}  // namespace liputan::render
