#include "report/render/render_report.h"

#include <algorithm>
#include <filesystem>

#include "common/atomic_output_file.h"
#include "common/error.h"
#include "report/render/chart_bundles.h"
#include "report/render/chart_specs.h"
#include "report/render/html_report.h"
#include "report/render/network_export.h"
#include "report/render/tables.h"
#include "report/render/view_from_report.h"
#include "report/render/xlsx_report.h"

namespace liputan::render {
namespace {

bool Wants(const RenderOptions& options, std::string_view format) {
  return std::find(options.formats.begin(), options.formats.end(), format) != options.formats.end();
}

void WriteText(const std::string& path, const std::string& text, const RenderOptions& options,
               std::vector<std::string>& written) {
  if (options.group != nullptr) {
    options.group->Add(path, text);
  } else {
    AtomicOutputFile out(path);
    out.Write(text);
    out.Commit();
  }
  written.push_back(path);
}

void MakeDirectory(const std::string& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) throw Error(ErrorCode::kIo, "cannot create output folder: " + error.message(), dir);
}

void WriteHtml(const ReportView& view, const Labels& labels, const RenderOptions& options,
               std::vector<std::string>& written) {
  // Bundles first: a missing npm install fails the run before any file is written.
  const ChartBundles bundles = LoadChartBundles(options.node_modules);
  const std::vector<Chart> charts = BuildCharts(view, labels);
  const std::string html = RenderHtml(view, labels, charts, bundles);
  const std::string chart_dir = options.out_dir + "/charts";
  if (options.group != nullptr) {
    options.group->MakeDirectories(chart_dir);  // removed with the group if it is abandoned
  } else {
    MakeDirectory(chart_dir);
  }
  for (const Chart& chart : charts)
    WriteText(chart_dir + "/" + chart.id + ".vl.json", chart.spec.dump(2) + "\n", options, written);
  WriteText(options.out_dir + "/report.html", html, options, written);
}

}  // namespace

#ifndef LIPUTAN_DEFAULT_TAXONOMY_DIR
#define LIPUTAN_DEFAULT_TAXONOMY_DIR "corpora/taxonomy"
#endif

std::vector<std::string> RenderFromReport(const report::Report& report,
                                          const RenderOptions& options, const TermCounts* terms,
                                          const EdgeStream* edges) {
  const std::string dir =
      options.taxonomy_dir.empty() ? LIPUTAN_DEFAULT_TAXONOMY_DIR : options.taxonomy_dir;
  std::map<std::string, LocalizedName> names;
  if (std::filesystem::is_directory(dir)) names = LoadCategoryNames(dir);  // else slugs stand in
  // csv alone is the word lists, which need none of the rest of the view.
  const bool words_only = std::all_of(options.formats.begin(), options.formats.end(),
                                      [](const std::string& f) { return f == "csv"; });
  if (words_only) return RenderReport(WordStatsViewFromReport(report, terms), options);
  return RenderReport(ViewFromReport(report, names, terms, edges), options);
}

const std::vector<std::string>& RenderFormats() {
  static const std::vector<std::string> kFormats{"html", "xlsx", "gexf", "graphml", "csv"};
  return kFormats;
}

bool IsRenderFormat(std::string_view format) {
  const auto& formats = RenderFormats();
  return std::find(formats.begin(), formats.end(), format) != formats.end();
}

std::vector<std::string> RenderReport(const ReportView& view, const RenderOptions& options) {
  const Labels labels(options.lang, view);
  std::vector<std::string> written;
  if (options.group != nullptr) {
    options.group->MakeDirectories(options.out_dir);
  } else {
    MakeDirectory(options.out_dir);
  }
  if (Wants(options, "html")) WriteHtml(view, labels, options, written);
  if (Wants(options, "xlsx")) {
    const std::string path = options.out_dir + "/report.xlsx";
    WriteText(path, RenderXlsx(view, labels, path), options, written);
  }
  if (Wants(options, "gexf"))
    WriteText(options.out_dir + "/network.gexf", NetworkToGexf(view, labels), options, written);
  if (Wants(options, "graphml")) {
    WriteText(options.out_dir + "/network.graphml", NetworkToGraphml(view, labels), options,
              written);
  }
  if (Wants(options, "csv")) {
    for (const Table& table : BuildWordStatsTables(view, labels)) {
      WriteText(options.out_dir + "/" + table.key + ".csv", TableToCsv(table), options, written);
    }
  }
  return written;
}

}  // namespace liputan::render
