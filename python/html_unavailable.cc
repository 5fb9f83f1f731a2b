// Stands in for report/render/html_report.cc in the Python module. That file is the one user of
// mstch, whose Debian package (libmstch-dev) ships only a static library built without -fPIC,
// which cannot be linked into a shared object such as a Python extension. So report.html is
// the one format the module cannot write; `liputan report --merge` writes it from Report.state().
#include "common/error.h"
#include "report/render/html_report.h"

namespace liputan::render {

std::string RenderHtml(const ReportView&, const Labels&, const std::vector<Chart>&,
                       const ChartBundles&) {
  throw Error(ErrorCode::kUsage,
              "report.html cannot be written from Python (the system's mstch library is static "
              "only): write Report.state() to a file and run `liputan report --merge` on it");
}

}  // namespace liputan::render
