#include "annotate/annotation_xlsx_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "common/atomic_output_file.h"
#include "common/error.h"
#include "common/temp_file.h"

namespace liputan {
namespace {

const char kPostsSheet[] = "posts";
const char kCodebookSheet[] = "codebook";

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* wrap = nullptr;
  lxw_format* suggestion = nullptr;
  lxw_format* probability = nullptr;
};

Formats MakeFormats(lxw_workbook* workbook) {
  Formats f;
  f.header = workbook_add_format(workbook);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0xE5E7EB);
  f.wrap = workbook_add_format(workbook);
  format_set_text_wrap(f.wrap);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  f.suggestion = workbook_add_format(workbook);
  format_set_bg_color(f.suggestion, 0xFFF4C2);  // pale yellow: the model's guess, not an answer
  format_set_align(f.suggestion, LXW_ALIGN_VERTICAL_TOP);
  f.probability = workbook_add_format(workbook);
  format_set_num_format(f.probability, "0.0000");
  format_set_align(f.probability, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Excel reads "_xHHHH_" in a cell as the character U+HHHH (ECMA-376 ST_Xstring) and libxlsxwriter
// passes such text through, so a post that happens to contain it would change; "_x005F_" is the
// escaped "_" that keeps it literal.
std::string EscapeXstring(const std::string& s) {
  if (s.find("_x") == std::string::npos) return s;
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "_x") == 0 && i + 7 <= s.size() && s[i + 6] == '_' &&
        std::all_of(s.begin() + i + 2, s.begin() + i + 6, IsHex))
      out += "_x005F";
    out += s[i];
  }
  return out;
}

void Check(lxw_error status, const std::string& path, const std::string& what) {
  if (status == LXW_NO_ERROR) return;
  if (status == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
    throw Error(ErrorCode::kData, what + ": longer than the 32767 characters an Excel cell holds",
                path);
  }
  throw Error(ErrorCode::kIo, what + ": " + lxw_strerror(status), path);
}

// The values of one row by column name, and which columns are numbers.
std::map<std::string, std::string> RowCells(const AnnotationFile& file, const AnnotationRow& row,
                                            std::map<std::string, double>& numbers) {
  std::map<std::string, std::string> cells = {
      {"id", row.id},           {"agency", row.agency}, {"created_at", row.created_at},
      {"url", row.url},         {"text", row.text},     {"strategy", row.strategy},
      {"stratum", row.stratum}, {"status", row.status}, {"coder", row.coder},
      {"note", row.note}};
  if (row.inclusion_p != 0) numbers["inclusion_p"] = row.inclusion_p;
  for (const auto& set : file.label_sets) {
    auto s = row.suggested.find(set);
    if (s != row.suggested.end()) cells["suggested_" + set] = s->second;
    auto p = row.suggested_p.find(set);
    if (p != row.suggested_p.end() && p->second != 0)
      numbers["suggested_" + set + "_p"] = p->second;
    auto l = row.labels.find(set);
    if (l != row.labels.end()) cells[set] = l->second;
  }
  for (const auto& [column, value] : row.extra) cells.emplace(column, value);
  return cells;
}

class PostsSheet {
 public:
  PostsSheet(lxw_workbook* workbook, const AnnotationFile& file, const Formats& formats,
             const std::string& path)
      : sheet_(workbook_add_worksheet(workbook, kPostsSheet)),
        file_(file),
        formats_(formats),
        path_(path),
        columns_(AnnotationColumns(file)) {}

  void Write() {
    for (size_t c = 0; c < columns_.size(); ++c) {
      Check(worksheet_write_string(sheet_, 0, Col(c), columns_[c].c_str(), formats_.header), path_,
            "header");
      worksheet_set_column(sheet_, Col(c), Col(c), Width(columns_[c]), Format(columns_[c]));
    }
    for (size_t r = 0; r < file_.rows.size(); ++r)
      WriteRow(static_cast<lxw_row_t>(r + 1), file_.rows[r]);
    worksheet_freeze_panes(sheet_, 1, 0);
    worksheet_autofilter(sheet_, 0, 0, static_cast<lxw_row_t>(file_.rows.size()),
                         Col(columns_.size() - 1));
  }

  // A dropdown on column `column` for every data row.
  void Validate(const std::string& column, lxw_data_validation& validation) {
    if (file_.rows.empty()) return;
    for (size_t c = 0; c < columns_.size(); ++c) {
      if (columns_[c] != column) continue;
      Check(worksheet_data_validation_range(
                sheet_, 1, Col(c), static_cast<lxw_row_t>(file_.rows.size()), Col(c), &validation),
            path_, "dropdown of " + column);
    }
  }

 private:
  static lxw_col_t Col(size_t c) { return static_cast<lxw_col_t>(c); }

  double Width(const std::string& column) const {
    if (column == "text") return 70;
    if (column == "url") return 30;
    if (column == "id" || column == "stratum" || column == "created_at") return 22;
    return 16;
  }

  lxw_format* Format(const std::string& column) const {
    if (column == "text" || column == "note") return formats_.wrap;
    if (column.rfind("suggested_", 0) == 0)
      return column.size() > 2 && column.compare(column.size() - 2, 2, "_p") == 0
                 ? formats_.probability
                 : formats_.suggestion;
    if (column == "inclusion_p") return formats_.probability;
    return nullptr;
  }

  void WriteRow(lxw_row_t r, const AnnotationRow& row) {
    std::map<std::string, double> numbers;
    const auto cells = RowCells(file_, row, numbers);
    for (size_t c = 0; c < columns_.size(); ++c) {
      const std::string& column = columns_[c];
      if (auto n = numbers.find(column); n != numbers.end()) {
        Check(worksheet_write_number(sheet_, r, Col(c), n->second, Format(column)), path_,
              "row of post " + row.id);
        continue;
      }
      auto it = cells.find(column);
      if (it == cells.end() || it->second.empty()) continue;
      Check(worksheet_write_string(sheet_, r, Col(c), EscapeXstring(it->second).c_str(),
                                   Format(column)),
            path_, "the " + column + " of post " + row.id);
    }
  }

  lxw_worksheet* sheet_;
  const AnnotationFile& file_;
  const Formats& formats_;
  const std::string& path_;
  std::vector<std::string> columns_;
};

// Writes the codebook sheet; returns per label set the formula of its slug range, for dropdowns.
std::map<std::string, std::string> WriteCodebookSheet(lxw_workbook* workbook,
                                                      const std::vector<CodebookSet>& codebook,
                                                      const Formats& formats,
                                                      const std::string& path) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, kCodebookSheet);
  const char* header[] = {"label_set", "slug", "name", "description"};
  for (lxw_col_t c = 0; c < 4; ++c) worksheet_write_string(sheet, 0, c, header[c], formats.header);
  worksheet_set_column(sheet, 0, 1, 20, nullptr);
  worksheet_set_column(sheet, 2, 2, 32, formats.wrap);
  worksheet_set_column(sheet, 3, 3, 80, formats.wrap);
  worksheet_freeze_panes(sheet, 1, 0);
  std::map<std::string, std::string> ranges;
  lxw_row_t r = 1;
  for (const auto& set : codebook) {
    const lxw_row_t first = r;
    for (const auto& label : set.labels) {
      Check(worksheet_write_string(sheet, r, 0, set.name.c_str(), nullptr), path, "codebook");
      Check(worksheet_write_string(sheet, r, 1, label.slug.c_str(), nullptr), path, "codebook");
      if (!label.name.empty()) worksheet_write_string(sheet, r, 2, label.name.c_str(), nullptr);
      if (!label.description.empty())
        worksheet_write_string(sheet, r, 3, label.description.c_str(), nullptr);
      ++r;
    }
    if (r > first) {  // rows are 1-based in formulas
      ranges[set.name] = std::string("=") + kCodebookSheet + "!$B$" + std::to_string(first + 1) +
                         ":$B$" + std::to_string(r);
    }
  }
  return ranges;
}

void AddDropdowns(PostsSheet& posts, const std::map<std::string, std::string>& ranges) {
  for (const auto& [set, range] : ranges) {
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    v.value_formula = const_cast<char*>(range.c_str());
    v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;  // a label the codebook lacks stays possible
    v.error_title = const_cast<char*>("not in the codebook");
    v.error_message = const_cast<char*>("This label is not in the codebook sheet. Keep it?");
    posts.Validate(set, v);
  }
  const char* statuses[] = {"labeled", "skipped", nullptr};
  lxw_data_validation status{};
  status.validate = LXW_VALIDATION_TYPE_LIST;
  status.value_list = const_cast<char**>(statuses);
  status.input_title = const_cast<char*>("status");
  status.input_message = const_cast<char*>("labeled when done, skipped to leave the post out");
  posts.Validate("status", status);
}

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

void WriteAnnotationXlsx(const std::string& path, const AnnotationFile& file,
                         const std::vector<CodebookSet>& codebook) {
  // libxlsxwriter writes to a path of its own: a scratch file beside the target, then copied
  // into an AtomicOutputFile so the target is never seen half written.
  TempFile scratch = CreateTempFileBeside(ResolveRenameTarget(path), path);
  ::close(scratch.fd);
  struct RemoveScratch {
    TempFile& file;
    ~RemoveScratch() { ReleaseTempFile(file, true); }
  } cleanup{scratch};
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(scratch.path.c_str(), &options);
  if (workbook == nullptr) throw Error(ErrorCode::kIo, "cannot create workbook", path);
  const Formats formats = MakeFormats(workbook);
  PostsSheet posts(workbook, file, formats, path);
  try {
    posts.Write();
    AddDropdowns(posts, WriteCodebookSheet(workbook, codebook, formats, path));
  } catch (...) {
    workbook_close(workbook);
    throw;
  }
  Check(workbook_close(workbook), path, "cannot write workbook");
  AtomicOutputFile out(path);
  out.Write(ReadBytes(scratch.path));
  out.Commit();
}

}  // namespace liputan
