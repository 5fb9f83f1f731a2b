#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "liputan/export.h"
#include "liputan/post.h"

// A minimal report facade over what `liputan report` does: classified posts in, report files
// out. The metrics as C++ values (report::Report, report/report_model.h) are internal for now,
// since their types may still change; programs read the metrics from report.json, whose schema
// docs/report.md describes.
namespace liputan {

struct ReportOptions {
  std::string agencies_csv;  // registry: handle,name,type,urusan,parent (required)
  std::string output_dir;    // created if missing
  // Any of json, csv, md (report files) and html, xlsx, gexf, graphml (rendered).
  std::vector<std::string> formats{"json", "md", "html"};
  std::string lang = "id";       // report.html and report.xlsx: id | en
  std::string period = "month";  // month | quarter | year
  // The label sets of Post::predictions that play the sector and the function role (docs/
  // report.md, "Label sets"; `liputan report --label-sets`). A user's own sets take the labels
  // their posts carry, and the Indonesian groupings (basic services, symbolic functions, ...)
  // stay empty for them. Read by WriteReport and WriteReportFromFiles; a ReportAggregate takes
  // its sets when it is made.
  std::string sector_set = "sektor";
  std::string function_set = "fungsi";
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

// The mergeable aggregation state of `liputan report` (docs/report.md: --emit-state, --merge),
// so a program can split the work: each map task adds the posts of its shard to a state and
// hands on StateText(); the reduce reads them back (FromStateText), merges them in any order and
// writes the report, byte for byte what one run over all the input writes.
class LIPUTAN_API ReportAggregate {
 public:
  // An empty state over the registry CSV (kNoInput: missing; kData: malformed), tallying the
  // label sets `sector_set` and `function_set` (ReportOptions).
  explicit ReportAggregate(const std::string& agencies_csv,
                           const std::string& sector_set = "sektor",
                           const std::string& function_set = "fungsi");
  // A state as --emit-state wrote it; `name` locates its errors (kData: not a state of this
  // registry, malformed, or one of other label sets than these).
  static ReportAggregate FromStateText(const std::string& agencies_csv, std::string_view text,
                                       const std::string& name = "state",
                                       const std::string& sector_set = "sektor",
                                       const std::string& function_set = "fungsi");
  ~ReportAggregate();
  ReportAggregate(ReportAggregate&&) noexcept;
  ReportAggregate& operator=(ReportAggregate&&) noexcept;

  void Add(const Post& post);
  // The posts of archives read as ArchiveReader reads them (bad records skipped); returns the
  // number added.
  long long AddFiles(const std::vector<std::string>& inputs);
  // kData when `other` was made over another registry or with other options.
  void Merge(const ReportAggregate& other);
  // The state's JSON text, what --emit-state writes (with its final newline); equal states give
  // equal bytes.
  std::string StateText() const;
  // Writes the report files as WriteReport does (options.agencies_csv is not read again, and the
  // label sets are the state's, not options').
  std::vector<std::string> Write(const ReportOptions& options) const;

 private:
  struct Impl;
  explicit ReportAggregate(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace liputan
