#include "report/run/report_outputs.h"

#include <algorithm>
#include <filesystem>
#include <future>
#include <sstream>

#include "common/data_paths.h"
#include "common/error.h"
#include "common/leave_to_exit.h"
#include "common/output_group.h"
#include "report/render/chart_bundles.h"
#include "report/report_edges.h"
#include "report/report_writer.h"

namespace liputan::report {
namespace {

const char kDefaultFormats[] = "json,csv,md";

// Whether the Vega bundles report.html inlines can be found (--node-modules, LIPUTAN_NODE_MODULES,
// the source tree's node_modules), so that html can be a default format without failing where
// they are not installed.
bool ChartBundlesFound(const std::string& node_modules) {
  const std::filesystem::path dir = render::ResolveNodeModules(node_modules);
  std::error_code ec;
  for (const char* file : {"vega/build/vega.min.js", "vega-lite/build/vega-lite.min.js",
                           "vega-embed/build/vega-embed.min.js"}) {
    if (!std::filesystem::is_regular_file(dir / file, ec)) return false;
  }
  return true;
}

// Splits a format list into report/'s formats (json, csv, md) and render/'s (html, xlsx, gexf,
// graphml, csv); csv goes to both (report/ writes its tables, render/ the word lists).
std::string SplitRenderFormats(const std::string& list, std::vector<std::string>& render_formats) {
  std::string report_formats;
  std::stringstream stream(list);
  std::string name;
  while (std::getline(stream, name, ',')) {
    if (name.empty()) continue;
    const bool report_knows = name == "json" || name == "csv" || name == "md";
    if (render::IsRenderFormat(name)) render_formats.push_back(name);
    if (report_knows || !render::IsRenderFormat(name)) {
      report_formats += (report_formats.empty() ? "" : ",") + name;
    }
  }
  return report_formats;
}

void Mark(const ReportRequest& r, const char* phase) {
  if (r.timer) r.timer->Mark(phase);
}

}  // namespace

OutputFormats ResolveFormats(const ReportRequest& r) {
  std::string list = r.formats;
  if (list.empty()) {
    list = kDefaultFormats;
    if (!r.output_dir.empty() && ChartBundlesFound(r.node_modules)) list += ",html";
  }
  OutputFormats out;
  const std::string report_formats = SplitRenderFormats(list, out.render);
  // Only render formats (--formats html): report/ writes nothing of its own.
  if (!report_formats.empty() || out.render.empty()) out.report = ParseFormats(report_formats);
  out.lang = render::ParseLang(r.lang);
  if (std::find(out.render.begin(), out.render.end(), "html") != out.render.end()) {
    if (r.output_dir.empty()) throw Error(ErrorCode::kUsage, "--formats html needs -o DIR");
    render::LoadChartBundles(r.node_modules);  // missing bundles: kNoInput, before any work
  }
  return out;
}

void WriteOutputs(const ReportRequest& r, const OutputFormats& formats, const ReportState& state,
                  const ReportTaxonomy& taxonomy, const ReportOptions& options,
                  const WordCounter* words) {
  // The edges between agencies stay in the state's compact form and are streamed into the files
  // (held in the report they would be its largest part). They are sorted while the report is
  // built: they read only the state's edges and handle names, which building leaves alone.
  std::future<ReportEdges> sorted_edges =
      std::async(std::launch::async, [&state] { return ReportEdges(state); });
  auto report_owner = std::make_unique<const Report>(BuildReport(state, taxonomy, options));
  const Report& report = *report_owner;
  const ReportEdges edges = sorted_edges.get();
  Mark(r, "build");
  // One group for report/'s files and render/'s: a signal or a failed write leaves the whole new
  // report or the whole old one, never a mix.
  OutputGroup group;
  group.MakeDirectories(r.output_dir);
  AddReportFiles(group, r.output_dir, report, formats.report, &edges);
  if (!formats.render.empty()) {
    render::RenderOptions ro;
    ro.out_dir = r.output_dir;
    ro.formats = formats.render;
    ro.lang = formats.lang;
    ro.node_modules = r.node_modules;
    // An installed liputan's category names (share/liputan/taxonomy); "" = the build tree's.
    if (r.taxonomy.empty()) ro.taxonomy_dir = FindDataPath("taxonomy");
    ro.group = &group;
    const render::EdgeStream edge_stream = [&edges](const render::EdgeVisitor& visit) {
      edges.ForEach([&](const std::string&, const char* layer, const std::string& from,
                        const std::string& to,
                        int64_t weight) { visit(from, to, layer, static_cast<double>(weight)); });
    };
    Mark(r, "write");
    render::RenderFromReport(report, ro, words ? &words->terms() : nullptr, &edge_stream);
  }
  group.Commit();
  Mark(r, formats.render.empty() ? "write" : "render");
  if (r.leave_to_exit) LeaveToExit(std::move(report_owner));
}

}  // namespace liputan::report
