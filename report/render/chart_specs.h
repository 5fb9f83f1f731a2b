#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "report/render/labels.h"
#include "report/render/report_view.h"

namespace liputan::render {

// One chart of report.html: a complete Vega-Lite spec (data inlined) and where it goes.
struct Chart {
  std::string id;           // file-safe; the spec is written as charts/<id>.vl.json
  std::string title;        // localized
  std::string description;  // localized "how to read", may be empty
  std::string agency;       // agency id for a chart in an agency's section; "" = comparison
  nlohmann::json spec;
};

// Every chart the view has data for, in page order: comparison charts first, then two per
// agency (content mix with intervals, keywords). Specs come from the embedded charts/*.vl.json
// templates; charts without data are left out rather than drawn empty.
std::vector<Chart> BuildCharts(const ReportView& view, const Labels& labels);

// The anchor of an agency's section and prefix of its chart ids: "agency-1", "agency-2", ... in
// view.agencies order (agency ids may hold characters unfit for ids and file names).
std::string AgencyAnchor(const ReportView& view, const std::string& agency_id);

// A short label for crowded charts: the handle when known, else the name cut to 22 characters.
std::string ShortAgencyLabel(const ReportView& view, const Labels& labels,
                             const std::string& agency_id);

}  // namespace liputan::render
