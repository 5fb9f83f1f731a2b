#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "report/render/labels.h"
#include "report/render/report_view.h"

namespace liputan::render {

// One cell of a tabular output: text, a number, or empty (a missing value).
struct Cell {
  enum class Kind { kEmpty, kText, kNumber };
  Kind kind = Kind::kEmpty;
  std::string text;
  double number = 0.0;

  static Cell Text(std::string value) { return {Kind::kText, std::move(value), 0.0}; }
  static Cell Number(double value) {
    return IsMissing(value) ? Cell{} : Cell{Kind::kNumber, "", value};
  }
  static Cell Integer(int64_t value) { return {Kind::kNumber, "", static_cast<double>(value)}; }
};

// How a column's numbers are shown in a spreadsheet.
enum class ColumnFormat { kText, kInteger, kDecimal, kPercent };

struct Column {
  std::string key;  // stable snake_case name (CSV header); its UI string labels XLSX headers
  ColumnFormat format = ColumnFormat::kText;
};

// A tidy table of the report (one row per observation), the unit of the XLSX sheets and CSVs.
struct Table {
  std::string
      key;  // stable name: file name of its CSV; its UI string "sheet_<key>" names the sheet
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
};

// Every table the view has rows for, in a fixed order. Category and agency names are the
// localized display names beside their ids.
std::vector<Table> BuildTables(const ReportView& view, const Labels& labels);

// The two word-statistics tables alone (keys "top_terms" and "keywords").
std::vector<Table> BuildWordStatsTables(const ReportView& view, const Labels& labels);

// RFC 4180 CSV with the columns' keys as header; numbers in full precision with '.' decimals.
std::string TableToCsv(const Table& table);

}  // namespace liputan::render
