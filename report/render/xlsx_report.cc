#include "report/render/xlsx_report.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "common/error.h"
#include "common/temp_file.h"
#include "report/render/tables.h"

namespace liputan::render {
namespace {

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* integer = nullptr;
  lxw_format* decimal = nullptr;
  lxw_format* percent = nullptr;
};

Formats MakeFormats(lxw_workbook* workbook) {
  Formats formats;
  formats.header = workbook_add_format(workbook);
  format_set_bold(formats.header);
  format_set_bg_color(formats.header, 0xE5E7EB);
  format_set_text_wrap(formats.header);
  formats.integer = workbook_add_format(workbook);
  format_set_num_format(formats.integer, "#,##0");
  formats.decimal = workbook_add_format(workbook);
  format_set_num_format(formats.decimal, "0.000");
  formats.percent = workbook_add_format(workbook);
  format_set_num_format(formats.percent, "0.0%");
  return formats;
}

// Excel sheet names: at most 31 characters, none of []:*?/\, unique within the workbook.
std::string SheetName(const std::string& wanted, std::set<std::string>& used) {
  std::string name;
  for (char c : wanted) name += std::string("[]:*?/\\").find(c) == std::string::npos ? c : '-';
  std::string base = name.substr(0, 28);
  while (!base.empty() && (static_cast<unsigned char>(base.back()) & 0xC0) == 0x80) base.pop_back();
  if (!base.empty() && (static_cast<unsigned char>(base.back()) & 0x80) != 0) base.pop_back();
  if (name.size() > 31) name = base;
  for (int n = 2; used.count(name) != 0; ++n) name = base + " " + std::to_string(n);
  used.insert(name);
  return name;
}

lxw_format* CellFormat(const Formats& formats, ColumnFormat format) {
  switch (format) {
    case ColumnFormat::kInteger:
      return formats.integer;
    case ColumnFormat::kDecimal:
      return formats.decimal;
    case ColumnFormat::kPercent:
      return formats.percent;
    default:
      return nullptr;
  }
}

void WriteTableSheet(lxw_workbook* workbook, const Table& table, const std::string& sheet_name,
                     const Formats& formats, const Labels& labels) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheet_name.c_str());
  for (size_t c = 0; c < table.columns.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    worksheet_write_string(sheet, 0, col, labels.Ui(table.columns[c].key).c_str(), formats.header);
    worksheet_set_column(sheet, col, col, table.columns[c].format == ColumnFormat::kText ? 24 : 13,
                         nullptr);
  }
  for (size_t r = 0; r < table.rows.size(); ++r) {
    for (size_t c = 0; c < table.rows[r].size() && c < table.columns.size(); ++c) {
      const Cell& cell = table.rows[r][c];
      const auto row = static_cast<lxw_row_t>(r + 1);
      const auto col = static_cast<lxw_col_t>(c);
      if (cell.kind == Cell::Kind::kText)
        worksheet_write_string(sheet, row, col, cell.text.c_str(), nullptr);
      if (cell.kind == Cell::Kind::kNumber) {
        worksheet_write_number(sheet, row, col, cell.number,
                               CellFormat(formats, table.columns[c].format));
      }
    }
  }
  worksheet_freeze_panes(sheet, 1, 0);
  if (!table.rows.empty()) {
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                         static_cast<lxw_col_t>(table.columns.size() - 1));
  }
}

// A block of agency × category shares starting at `top` and a stacked-percent bar chart over it.
void WriteMixBlock(lxw_workbook* workbook, lxw_worksheet* sheet, const std::string& sheet_name,
                   const std::vector<std::string>& agencies,
                   const std::vector<std::string>& categories,
                   const std::map<std::pair<std::string, std::string>, double>& shares,
                   lxw_row_t top, const std::string& title, const Formats& formats,
                   const Labels& labels) {
  worksheet_write_string(sheet, top, 0, title.c_str(), formats.header);
  for (size_t c = 0; c < categories.size(); ++c) {
    worksheet_write_string(sheet, top, static_cast<lxw_col_t>(c + 1),
                           labels.Category(categories[c]).c_str(), formats.header);
  }
  for (size_t a = 0; a < agencies.size(); ++a) {
    const auto row = static_cast<lxw_row_t>(top + 1 + a);
    worksheet_write_string(sheet, row, 0, labels.Agency(agencies[a]).c_str(), nullptr);
    for (size_t c = 0; c < categories.size(); ++c) {
      const auto it = shares.find({agencies[a], categories[c]});
      worksheet_write_number(sheet, row, static_cast<lxw_col_t>(c + 1),
                             it == shares.end() ? 0.0 : it->second, formats.percent);
    }
  }
  lxw_chart* chart = workbook_add_chart(workbook, LXW_CHART_BAR_STACKED_PERCENT);
  const auto last = static_cast<lxw_row_t>(top + agencies.size());
  for (size_t c = 0; c < categories.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c + 1);
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(series, sheet_name.c_str(), top + 1, 0, last, 0);
    chart_series_set_values(series, sheet_name.c_str(), top + 1, col, last, col);
    chart_series_set_name_range(series, sheet_name.c_str(), top, col);
  }
  chart_title_set_name(chart, title.c_str());
  chart_axis_set_reverse(chart->y_axis);  // agencies top to bottom in registry order
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  lxw_chart_options options{};
  options.x_scale = 2.0;
  options.y_scale = std::max(1.0, 0.9 + 0.06 * static_cast<double>(agencies.size()));
  worksheet_insert_chart_opt(sheet, top, static_cast<lxw_col_t>(categories.size() + 2), chart,
                             &options);
}

void WriteMixChartSheet(lxw_workbook* workbook, const ReportView& view, const std::string& axis,
                        const std::string& sheet_name, const Formats& formats,
                        const Labels& labels) {
  std::vector<std::string> agencies, categories;
  std::map<std::pair<std::string, std::string>, double> raw, corrected;
  for (const AgencyMix& mix : view.mixes) {
    if (mix.axis != axis) continue;
    if (std::find(agencies.begin(), agencies.end(), mix.agency) == agencies.end())
      agencies.push_back(mix.agency);
    for (const ShareRow& s : mix.shares) {
      if (std::find(categories.begin(), categories.end(), s.category) == categories.end()) {
        categories.push_back(s.category);
      }
      raw[{mix.agency, s.category}] = s.raw;
      if (!IsMissing(s.corrected)) corrected[{mix.agency, s.category}] = s.corrected;
    }
  }
  if (agencies.empty()) return;
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheet_name.c_str());
  worksheet_set_column(sheet, 0, 0, 34, nullptr);
  const std::string axis_name = labels.Ui("axis_" + axis);
  WriteMixBlock(workbook, sheet, sheet_name, agencies, categories, raw, 0,
                axis_name + ": " + labels.Ui("estimate_raw"), formats, labels);
  if (corrected.empty()) return;
  const auto top =
      static_cast<lxw_row_t>(agencies.size() + 3 + std::max<size_t>(18, agencies.size() * 1.2));
  WriteMixBlock(workbook, sheet, sheet_name, agencies, categories, corrected, top,
                axis_name + ": " + labels.Ui("estimate_corrected"), formats, labels);
}

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

std::string RenderXlsx(const ReportView& view, const Labels& labels, const std::string& path) {
  // libxlsxwriter writes to a path of its own: a scratch file, read back and removed.
  TempFile scratch_file = CreateTempFileBeside(ResolveRenameTarget(path), path);
  ::close(scratch_file.fd);
  struct RemoveScratch {
    TempFile& file;
    ~RemoveScratch() { ReleaseTempFile(file, true); }
  } cleanup{scratch_file};
  const std::string& scratch = scratch_file.path;
  lxw_workbook* workbook = workbook_new(scratch.c_str());
  if (workbook == nullptr) throw Error(ErrorCode::kIo, "cannot create workbook", path);
  const Formats formats = MakeFormats(workbook);
  std::set<std::string> used;
  for (const Table& table : BuildTables(view, labels)) {
    WriteTableSheet(workbook, table, SheetName(labels.Ui("sheet_" + table.key), used), formats,
                    labels);
    if (table.key != "ranking") continue;
    for (const std::string& axis : view.axes) {  // the charts right after overview and ranking
      WriteMixChartSheet(workbook, view, axis, SheetName(labels.Ui("sheet_chart_" + axis), used),
                         formats, labels);
    }
  }
  const lxw_error status = workbook_close(workbook);
  if (status != LXW_NO_ERROR) {
    throw Error(ErrorCode::kIo, std::string("cannot write workbook: ") + lxw_strerror(status),
                path);
  }
  return ReadBytes(scratch);
}

}  // namespace liputan::render
