#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/output_group.h"
#include "report/render/labels.h"
#include "report/render/report_view.h"
#include "report/render/view_from_report.h"
#include "report/render/word_stats.h"

namespace liputan::render {

struct RenderOptions {
  std::string out_dir;               // created if missing
  std::vector<std::string> formats;  // any of RenderFormats()
  Lang lang = Lang::kId;
  std::string node_modules;  // chart bundles; "" = LIPUTAN_NODE_MODULES or the source tree's
  std::string taxonomy_dir;  // category names (*.tsv); "" = the source tree's corpora/taxonomy
  // When set, every file joins this group and appears when the caller commits it (with report/'s
  // files, so a signal or failure leaves the whole report or none of it); else each file is
  // written atomically on its own.
  OutputGroup* group = nullptr;
};

// The formats this library writes, and the files each one produces in out_dir:
//   html     report.html (self-contained) and charts/<chart>.vl.json per chart
//   xlsx     report.xlsx
//   gexf     network.gexf
//   graphml  network.graphml
//   csv      top_terms.csv and keywords.csv (word statistics; report/ writes the other CSVs)
const std::vector<std::string>& RenderFormats();
bool IsRenderFormat(std::string_view format);

// Writes every requested format this library knows (others are ignored, so a caller can pass the
// whole --formats list), each file atomically. Returns the paths written, in order. Throws
// liputan::Error: kNoInput when the chart bundles are missing (before anything is written),
// kIo when a file cannot be written.
std::vector<std::string> RenderReport(const ReportView& view, const RenderOptions& options);

// The one call `liputan report` needs: report/'s Report → view (ViewFromReport, category names
// from options.taxonomy_dir when readable, else slugs) → RenderReport. `terms` adds word
// statistics when the caller counted them. `edges` stands in for Report::network.edges when the
// report was built without them.
std::vector<std::string> RenderFromReport(const report::Report& report,
                                          const RenderOptions& options,
                                          const TermCounts* terms = nullptr,
                                          const EdgeStream* edges = nullptr);

}  // namespace liputan::render
