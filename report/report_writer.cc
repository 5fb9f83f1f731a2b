#include "report/report_writer.h"

#include <filesystem>
#include <functional>
#include <future>
#include <sstream>

#include "common/error.h"
#include "common/output_group.h"
#include "common/parallel_for.h"
#include "report/report_edges.h"

namespace liputan::report {

std::set<std::string> ParseFormats(const std::string& list) {
  std::set<std::string> formats;
  std::stringstream stream(list);
  std::string name;
  while (std::getline(stream, name, ',')) {
    if (name.empty()) continue;
    if (name == "json" || name == "csv" || name == "md") {
      formats.insert(name);
    } else if (name == "html" || name == "xlsx" || name == "gexf" || name == "graphml") {
      // The presentation formats are written by liputan::render; `liputan report` splits them
      // off the list before calling this.
      throw Error(ErrorCode::kUsage, "format \"" + name +
                                         "\" is written by report/render, not report/ (report/ "
                                         "writes json, csv, md)");
    } else {
      throw Error(
          ErrorCode::kUsage,
          "unknown format \"" + name + "\" (expected json, csv, md, html, xlsx, gexf or graphml)");
    }
  }
  if (formats.empty()) throw Error(ErrorCode::kUsage, "--formats names no format");
  return formats;
}

std::vector<RenderedFile> RenderReport(const Report& report, const std::set<std::string>& formats) {
  std::vector<RenderedFile> files;
  if (formats.count("json")) files.emplace_back("report.json", RenderJson(report));
  if (formats.count("csv")) {
    for (RenderedFile& f : RenderCsvTables(report)) files.push_back(std::move(f));
  }
  if (formats.count("md")) files.emplace_back("report.md", RenderMarkdown(report));
  return files;
}

namespace {

// The CSV tables and report.md that `formats` asks for, in RenderReport's order.
std::vector<RenderedFile> RenderTablesAndMarkdown(const Report& report,
                                                  const std::set<std::string>& formats,
                                                  const ReportEdges* edges) {
  std::vector<std::pair<std::string, std::function<std::string()>>> jobs;
  if (formats.count("csv")) {
    for (const auto& table : CsvTables()) {
      const CsvTableRenderer render = table.second;  // not a structured binding: clang 14 lambdas
      jobs.emplace_back(table.first, [render, &report, edges] { return render(report, edges); });
    }
  }
  if (formats.count("md"))
    jobs.emplace_back("report.md", [&report] { return RenderMarkdown(report); });
  // The tables are independent: rendered side by side, each into its own slot.
  std::vector<RenderedFile> files(jobs.size());
  ParallelFor(jobs.size(), [&](size_t i) { files[i] = {jobs[i].first, jobs[i].second()}; });
  return files;
}

}  // namespace

void RenderReportStreamed(const Report& report, const std::set<std::string>& formats,
                          const ReportFileEmitter& emit, const ReportEdges* edges) {
  // The tables are rendered on another thread while report.json streams out on this one (each
  // is about half of the writing), and held until it is written: tens of megabytes of text for
  // a large report, against the time of one of the two.
  std::future<std::vector<RenderedFile>> tables = std::async(
      std::launch::async, [&] { return RenderTablesAndMarkdown(report, formats, edges); });
  if (formats.count("json")) {
    emit("report.json", [&](const ReportSink& sink) { StreamJson(report, sink, edges); });
  }
  for (const RenderedFile& file : tables.get()) {
    emit(file.first, [&](const ReportSink& sink) { sink(file.second); });
  }
}

namespace {

void MakeDirectory(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error(ErrorCode::kIo, "cannot create output directory: " + ec.message(), dir);
}

}  // namespace

void AddReportFiles(OutputGroup& group, const std::string& dir, const Report& report,
                    const std::set<std::string>& formats, const ReportEdges* edges) {
  // report.json streams straight to its temporary file; the tables are rendered beside it.
  RenderReportStreamed(
      report, formats,
      [&](const std::string& name, const ReportProducer& produce) {
        group.AddStreamed((std::filesystem::path(dir) / name).string(), produce);
      },
      edges);
}

void WriteReport(const std::string& dir, const Report& report,
                 const std::set<std::string>& formats) {
  MakeDirectory(dir);
  OutputGroup group;
  AddReportFiles(group, dir, report, formats);
  group.Commit();
}

void WriteReportFiles(const std::string& dir, const std::vector<RenderedFile>& files) {
  MakeDirectory(dir);
  OutputGroup group;
  for (const auto& [name, content] : files) {
    group.Add((std::filesystem::path(dir) / name).string(), content);
  }
  group.Commit();
}

}  // namespace liputan::report
