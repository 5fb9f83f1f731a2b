#pragma once

#include <functional>
#include <map>
#include <string>

#include "report/render/report_view.h"
#include "report/render/word_stats.h"
#include "report/report_model.h"

namespace liputan::render {

// network.edges of a report one edge at a time: calls its argument with (from, to, layer,
// weight) per edge, in report.json's order.
using EdgeVisitor = std::function<void(const std::string& from, const std::string& to,
                                       const std::string& layer, double weight)>;
using EdgeStream = std::function<void(const EdgeVisitor&)>;

// The presentation view of a report (report/report_model.h): its numbers copied into the
// renderers' flat model, field by field, with nothing computed here (the overview's pooled
// numbers are report/'s Report::overview). The renderers stay independent of report/'s types.
//
// Mapping choices (documented in docs/html-report.md):
// - factor scores are the ranking's 0–100 scores divided by 100; agencies are ranked by the
//   mean rank (the same order as report.md), ties by handle;
// - the JSD heatmap shows the Jensen–Shannon distance, √divergence;
// - corrected shares are the adjusted classify-and-count shares with their bootstrap interval;
//   the raw share has no interval there, so none is drawn;
// - undefined numbers stay missing (shown as "–"), never zero;
// - the model, validation and confusion source become label_validity (the note on how valid the
//   content labels are).
// `category_names` gives display names (LoadCategoryNames); `terms` adds word statistics when the
// caller counted them. `edges`, when given, stands in for Report::network.edges (a report built
// without them: ReportOptions::edges_in_document = false).
ReportView ViewFromReport(const report::Report& report,
                          const std::map<std::string, LocalizedName>& category_names,
                          const TermCounts* terms = nullptr, const EdgeStream* edges = nullptr);

// Only what the word-statistics tables need (agencies and `terms`, when given), for a render of
// csv alone: the whole view of a large report costs about as much as writing its report.json.
ReportView WordStatsViewFromReport(const report::Report& report, const TermCounts* terms);

}  // namespace liputan::render
