#pragma once

#include <functional>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "report/render/report_view.h"
#include "report/render/word_stats.h"

namespace liputan::render {

// network.edges of a report one edge at a time: calls its argument with (from, to, layer,
// weight) per edge, in the document's order.
using EdgeVisitor = std::function<void(const std::string& from, const std::string& to,
                                       const std::string& layer, double weight)>;
using EdgeStream = std::function<void(const EdgeVisitor&)>;

// Builds the presentation view from the report document of report/ (report.json, format
// "liputan-report" version 1; see report/report_builder.cc and docs/report.md). It reads the
// document only, so the renderers stay independent of the aggregation code's C++ types, and a
// saved report.json can be re-rendered (`liputan report --merge` output included).
//
// Mapping choices (documented in docs/html-report.md):
// - factor scores are report.json's 0–100 ranking scores divided by 100; agencies are ranked by
//   report.json's mean rank (the same order as report.md), ties by handle;
// - the JSD heatmap shows the Jensen–Shannon distance, √(divergence in report.json);
// - corrected shares are report.json's adjusted classify-and-count shares with their bootstrap
//   interval; the raw share has no interval there, so none is drawn;
// - missing or null numbers stay missing (shown as "–"), never zero;
// - "model" becomes label_validity (the note on how valid the content labels are); a document
//   without it (written before it existed) leaves label_validity.known false: no note.
// `category_names` gives display names (LoadCategoryNames); `terms` adds word statistics when the
// caller counted them (report.json holds none). Throws liputan::Error (kData) when `report` is not
// a liputan report document.
// `edges`, when given, stands in for the document's network.edges (a document built without
// them: ReportOptions::edges_in_document = false).
ReportView ViewFromReportJson(const nlohmann::json& report,
                              const std::map<std::string, LocalizedName>& category_names,
                              const TermCounts* terms = nullptr, const EdgeStream* edges = nullptr);

// Only what the word-statistics tables need (agencies and `terms`, when given), for a render of
// csv alone: the whole view of a large report costs about as much as writing its report.json.
ReportView WordStatsViewFromReportJson(const nlohmann::json& report, const TermCounts* terms);

}  // namespace liputan::render
