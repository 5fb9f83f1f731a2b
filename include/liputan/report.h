#pragma once

#include <string>
#include <vector>

#include "liputan/export.h"
#include "liputan/post.h"

// A minimal report facade over what `liputan report` does today: classified posts in, report
// files out. It is kept small on purpose: a typed report model (read the metrics as C++ values)
// is being designed and will extend this header.
namespace liputan {

struct ReportOptions {
  std::string agencies_csv;  // registry: handle,name,type,urusan,parent (required)
  std::string output_dir;    // created if missing
  // Any of json, csv, md (report files) and html, xlsx, gexf, graphml (rendered).
  std::vector<std::string> formats{"json", "md", "html"};
  std::string lang = "id";       // report.html and report.xlsx: id | en
  std::string period = "month";  // month | quarter | year
};

// Aggregates the posts (classified: Post::predictions filled, e.g. by Classifier or `liputan
// classify`) per agency and period and writes the report files into options.output_dir, all
// or none. Returns the paths written. Throws liputan::Error (kUsage: bad options; kNoInput:
// missing registry or, for html, chart bundles; kIo: write failures).
LIPUTAN_API std::vector<std::string> WriteReport(const std::vector<Post>& posts,
                                                 const ReportOptions& options);

// The same from files: archives read with ArchiveReader, usually `liputan classify` output.
LIPUTAN_API std::vector<std::string> WriteReportFromFiles(const std::vector<std::string>& inputs,
                                                          const ReportOptions& options);

}  // namespace liputan
