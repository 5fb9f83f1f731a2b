#include "corpora/annotation_file.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "common/atomic_output_file.h"
#include "common/byte_source.h"
#include "common/error.h"
#include "corpora/annotation_xlsx_reader.h"
#include "corpora/csv_parser.h"
#include "corpora/post_csv.h"
#include "corpora/qdpx_reader.h"
#include "corpora/text_input.h"

namespace liputan {
namespace {

const char kSuggestedPrefix[] = "suggested_";
const char kProbabilitySuffix[] = "_p";

// The fixed columns before and after the label sets (AnnotationColumns).
const std::vector<std::string> kLeadingColumns = {"id",   "agency",   "created_at", "url",
                                                  "text", "strategy", "stratum",    "inclusion_p"};
const std::vector<std::string> kTrailingColumns = {"status", "coder", "note"};

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Label sets named by the header: S for every "suggested_S" (not "suggested_S_p") with a column S.
std::vector<std::string> LabelSetsOfHeader(const std::vector<std::string>& header,
                                           const std::vector<std::string>& given) {
  std::set<std::string> columns(header.begin(), header.end());
  std::vector<std::string> sets = given;
  const std::string prefix = kSuggestedPrefix;
  for (const auto& column : header) {
    if (column.rfind(prefix, 0) != 0 || EndsWith(column, kProbabilitySuffix)) continue;
    std::string set = column.substr(prefix.size());
    if (!set.empty() && columns.count(set) &&
        std::find(sets.begin(), sets.end(), set) == sets.end())
      sets.push_back(set);
  }
  return sets;
}

// A probability cell: empty is 0; otherwise a number in [0, 1].
double ParseProbability(const std::string& cell, const std::string& column,
                        const std::string& location) {
  if (cell.empty()) return 0.0;
  double value = 0;
  auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (ec != std::errc() || end != cell.data() + cell.size() || !(value >= 0.0 && value <= 1.0)) {
    throw Error(ErrorCode::kData, column + " is \"" + cell + "\", not a number from 0 to 1",
                location);
  }
  return value;
}

std::string FormatProbability(double p) {
  if (p == 0.0) return "";
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, p);
  return ec == std::errc() ? std::string(buffer, end) : std::string();
}

class RowDecoder {
 public:
  RowDecoder(const std::vector<std::string>& header, const AnnotationFile& file) : file_(file) {
    for (size_t i = 0; i < header.size(); ++i) index_[header[i]] = i;
  }

  AnnotationRow Decode(const std::vector<std::string>& fields, const std::string& location) const {
    AnnotationRow row;
    row.id = Cell(fields, "id");
    row.agency = Cell(fields, "agency");
    row.created_at = Cell(fields, "created_at");
    row.url = Cell(fields, "url");
    row.text = Cell(fields, "text");
    row.strategy = Cell(fields, "strategy");
    row.stratum = Cell(fields, "stratum");
    row.inclusion_p = ParseProbability(Cell(fields, "inclusion_p"), "inclusion_p", location);
    for (const auto& set : file_.label_sets) {
      const std::string suggested = kSuggestedPrefix + set;
      row.suggested[set] = Cell(fields, suggested);
      row.suggested_p[set] = ParseProbability(Cell(fields, suggested + kProbabilitySuffix),
                                              suggested + "_p", location);
      row.labels[set] = Cell(fields, set);
    }
    row.status = Cell(fields, "status");
    if (!row.status.empty() && row.status != "labeled" && row.status != "skipped") {
      throw Error(ErrorCode::kData,
                  "status is \"" + row.status + "\"; it must be empty, labeled or skipped",
                  location);
    }
    row.coder = Cell(fields, "coder");
    row.note = Cell(fields, "note");
    for (const auto& column : file_.extra_columns) row.extra[column] = Cell(fields, column);
    return row;
  }

 private:
  std::string Cell(const std::vector<std::string>& fields, const std::string& column) const {
    auto it = index_.find(column);
    return it == index_.end() ? std::string() : fields[it->second];
  }

  const AnnotationFile& file_;
  std::map<std::string, size_t> index_;
};

void CheckHeader(const std::vector<std::string>& header, const AnnotationFile& file,
                 const std::string& location) {
  std::set<std::string> columns;
  for (const auto& column : header) {
    if (!columns.insert(column).second) {
      throw Error(ErrorCode::kData, "the header names column \"" + column + "\" twice", location);
    }
  }
  for (const char* needed : {"id", "text"}) {
    if (!columns.count(needed)) {
      throw Error(ErrorCode::kData,
                  std::string("no \"") + needed + "\" column; is this an annotation file?",
                  location);
    }
  }
  if (file.label_sets.empty()) {
    throw Error(ErrorCode::kData,
                "no label column: expected suggested_S and S columns for a label set S", location);
  }
  for (const auto& set : file.label_sets) {
    if (!columns.count(set)) {
      throw Error(ErrorCode::kData, "no \"" + set + "\" label column", location);
    }
  }
}

std::vector<std::string> ExtraColumns(const std::vector<std::string>& header,
                                      const AnnotationFile& file) {
  std::vector<std::string> known = AnnotationColumns(file);
  std::set<std::string> known_set(known.begin(), known.end());
  std::vector<std::string> extra;
  for (const auto& column : header)
    if (!known_set.count(column)) extra.push_back(column);
  return extra;
}

}  // namespace

bool AnnotationRow::labeled(const std::vector<std::string>& label_sets) const {
  if (status == "labeled") return true;
  if (!status.empty() || label_sets.empty()) return false;
  for (const auto& set : label_sets) {
    auto it = labels.find(set);
    if (it == labels.end() || it->second.empty()) return false;
  }
  return true;
}

std::vector<std::string> AnnotationColumns(const AnnotationFile& file) {
  std::vector<std::string> columns = kLeadingColumns;
  for (const auto& set : file.label_sets) {
    columns.push_back(kSuggestedPrefix + set);
    columns.push_back(kSuggestedPrefix + set + kProbabilitySuffix);
    columns.push_back(set);
  }
  columns.insert(columns.end(), kTrailingColumns.begin(), kTrailingColumns.end());
  columns.insert(columns.end(), file.extra_columns.begin(), file.extra_columns.end());
  return columns;
}

AnnotationFile ReadAnnotationFile(const std::string& path,
                                  const std::vector<std::string>& label_sets) {
  if (EndsWith(path, ".xlsx")) return ReadAnnotationXlsx(path, label_sets);
  if (EndsWith(path, ".qdpx")) return ReadQdpxAnnotations(path, label_sets);
  return ReadAnnotationCsv(OpenFileSource(path), label_sets);
}

AnnotationFile ReadAnnotationCsv(std::unique_ptr<ByteSource> source,
                                 const std::vector<std::string>& label_sets) {
  const std::string path = source->name();
  CsvOptions csv;
  csv.delimiter = ',';  // ours is always comma-separated; "|" in a stratum must not fool detection
  CsvParser parser(std::move(source), csv);
  AnnotationFile file;
  std::vector<std::string> header;
  if (!parser.Next(header)) throw Error(ErrorCode::kData, "empty annotation file", path);
  const std::string header_location = LineLocation(path, parser.line_number());
  if (!header.empty() && header[0].rfind("\xEF\xBB\xBF", 0) == 0) header[0].erase(0, 3);
  file.label_sets = LabelSetsOfHeader(header, label_sets);
  CheckHeader(header, file, header_location);
  file.extra_columns = ExtraColumns(header, file);
  RowDecoder decoder(header, file);
  std::vector<std::string> fields;
  while (parser.Next(fields)) {
    const std::string location = LineLocation(path, parser.line_number());
    if (!parser.record_problem().empty()) {
      throw Error(ErrorCode::kData, parser.record_problem(), location);
    }
    if (fields.size() != header.size()) {
      throw Error(ErrorCode::kData,
                  std::to_string(fields.size()) + " fields where the header has " +
                      std::to_string(header.size()) + " (a truncated or broken row?)",
                  location);
    }
    for (const auto& field : fields) {
      if (!IsValidUtf8(field)) throw Error(ErrorCode::kData, "invalid UTF-8", location);
    }
    file.rows.push_back(decoder.Decode(fields, location));
  }
  if (file.rows.empty()) throw Error(ErrorCode::kData, "the annotation file has no row", path);
  return file;
}

void WriteAnnotationCsv(const std::string& path, const AnnotationFile& file) {
  const std::vector<std::string> columns = AnnotationColumns(file);
  std::string out;
  auto end_record = [&out] {
    out.back() = '\n';  // the last field's comma
  };
  for (const auto& column : columns) {
    AppendCsvField(out, column);
    out += ',';
  }
  end_record();
  for (const auto& row : file.rows) {
    auto cell = [&row](const std::map<std::string, std::string>& cells, const std::string& key) {
      auto it = cells.find(key);
      return it == cells.end() ? std::string() : it->second;
    };
    std::vector<std::string> values = {
        row.id,   row.agency,   row.created_at, row.url,
        row.text, row.strategy, row.stratum,    FormatProbability(row.inclusion_p)};
    for (const auto& set : file.label_sets) {
      values.push_back(cell(row.suggested, set));
      auto p = row.suggested_p.find(set);
      values.push_back(p == row.suggested_p.end() ? "" : FormatProbability(p->second));
      values.push_back(cell(row.labels, set));
    }
    values.insert(values.end(), {row.status, row.coder, row.note});
    for (const auto& column : file.extra_columns) values.push_back(cell(row.extra, column));
    for (const auto& value : values) {
      AppendCsvField(out, value);
      out += ',';
    }
    end_record();
  }
  AtomicOutputFile output(path);
  output.Write(out);
  output.Commit();
}

std::vector<const AnnotationRow*> LabeledRows(const AnnotationFile& file) {
  std::vector<const AnnotationRow*> rows;
  for (const auto& row : file.rows)
    if (row.labeled(file.label_sets)) rows.push_back(&row);
  return rows;
}

}  // namespace liputan
