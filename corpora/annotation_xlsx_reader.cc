#include "corpora/annotation_xlsx_reader.h"

#include <archive.h>
#include <archive_entry.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>

#include "common/error.h"
#include "common/string_source.h"
#include "corpora/post_csv.h"

namespace liputan {
namespace {

// A workbook part larger than this is refused (a zip bomb, or no annotation file).
constexpr la_int64_t kMaxPartBytes = la_int64_t{1} << 30;

// The parts of the zip a sheet needs: the workbook, its relations, shared strings, worksheets.
bool WantedPart(const std::string& name) {
  return name == "xl/workbook.xml" || name == "xl/_rels/workbook.xml.rels" ||
         name == "xl/sharedStrings.xml" || name.rfind("xl/worksheets/", 0) == 0;
}

std::map<std::string, std::string> ReadParts(const std::string& path) {
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
  } else {
    throw Error(ErrorCode::kNoInput, "cannot open the workbook", path);
  }
  std::unique_ptr<archive, int (*)(archive*)> zip(archive_read_new(), archive_read_free);
  archive_read_support_format_zip(zip.get());
  const char kNotZip[] = "not an .xlsx workbook (not a zip archive)";
  if (archive_read_open_filename(zip.get(), path.c_str(), 65536) != ARCHIVE_OK)
    throw Error(ErrorCode::kData, kNotZip, path);
  std::map<std::string, std::string> parts;
  archive_entry* entry = nullptr;
  int status = ARCHIVE_OK;
  while ((status = archive_read_next_header(zip.get(), &entry)) == ARCHIVE_OK) {
    const char* name = archive_entry_pathname(entry);
    if (name == nullptr || !WantedPart(name)) continue;
    std::string& data = parts[name];
    char buffer[65536];
    la_ssize_t n = 0;
    while ((n = archive_read_data(zip.get(), buffer, sizeof buffer)) > 0) {
      data.append(buffer, static_cast<size_t>(n));
      if (static_cast<la_int64_t>(data.size()) > kMaxPartBytes)
        throw Error(ErrorCode::kData, std::string(name) + " is too large", path);
    }
    if (n < 0) throw Error(ErrorCode::kData, std::string(name) + ": damaged zip member", path);
  }
  if (status != ARCHIVE_EOF) throw Error(ErrorCode::kData, kNotZip, path);
  return parts;
}

using XmlDoc = std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)>;

XmlDoc ParseXml(const std::string& xml, const std::string& part, const std::string& path) {
  // No network and no entity expansion: the workbook is untrusted input.
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), part.c_str(), nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == nullptr || xmlDocGetRootElement(doc) == nullptr) {
    if (doc) xmlFreeDoc(doc);
    throw Error(ErrorCode::kData, part + ": malformed XML", path);
  }
  return XmlDoc(doc, xmlFreeDoc);
}

bool Is(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, BAD_CAST name) == 0;
}

std::string Attr(const xmlNode* node, const char* name) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (xmlStrcmp(a->name, BAD_CAST name) != 0) continue;
    xmlChar* value = xmlNodeGetContent(reinterpret_cast<const xmlNode*>(a));
    std::string out = value ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return out;
  }
  return "";
}

// The r:id attribute of a <sheet> (namespaced "id"; transitional or strict namespace).
std::string RelationId(const xmlNode* node) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (xmlStrcmp(a->name, BAD_CAST "id") == 0 && a->ns != nullptr) {
      xmlChar* value = xmlNodeGetContent(reinterpret_cast<const xmlNode*>(a));
      std::string out = value ? reinterpret_cast<const char*>(value) : "";
      xmlFree(value);
      return out;
    }
  }
  return "";
}

void AppendUtf8(long code, std::string& out) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// OOXML escapes characters XML cannot hold as _xHHHH_ (ECMA-376 ST_Xstring), and a literal
// "_xHHHH_" as "_x005F_xHHHH_"; Excel decodes both, and so do we.
std::string UnescapeXstring(const std::string& s) {
  if (s.find("_x") == std::string::npos) return s;
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "_x") == 0 && i + 7 <= s.size() && s[i + 6] == '_' &&
        std::all_of(s.begin() + i + 2, s.begin() + i + 6, IsHex)) {
      const long code = std::strtol(s.substr(i + 2, 4).c_str(), nullptr, 16);
      if (code < 0xD800 || code > 0xDFFF) {  // a lone surrogate is no character
        AppendUtf8(code, out);
        i += 6;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// The text of <t> elements below `node`, skipping phonetic runs (<rPh>).
void AppendText(const xmlNode* node, std::string& out) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (Is(c, "rPh")) continue;
    if (Is(c, "t")) {
      xmlChar* text = xmlNodeGetContent(c);
      if (text) out += reinterpret_cast<const char*>(text);
      xmlFree(text);
    } else if (c->type == XML_ELEMENT_NODE) {
      AppendText(c, out);
    }
  }
}

std::string Text(const xmlNode* node) {
  std::string out;
  AppendText(node, out);
  return UnescapeXstring(out);
}

std::vector<std::string> SharedStrings(const std::map<std::string, std::string>& parts,
                                       const std::string& path) {
  std::vector<std::string> strings;
  auto it = parts.find("xl/sharedStrings.xml");
  if (it == parts.end()) return strings;
  XmlDoc doc = ParseXml(it->second, it->first, path);
  for (const xmlNode* si = xmlDocGetRootElement(doc.get())->children; si; si = si->next)
    if (Is(si, "si")) strings.push_back(Text(si));
  return strings;
}

// The zip part of the sheet named "posts", else of the first sheet.
std::pair<std::string, std::string> ChooseSheet(const std::map<std::string, std::string>& parts,
                                                const std::string& path) {
  auto workbook = parts.find("xl/workbook.xml");
  auto rels = parts.find("xl/_rels/workbook.xml.rels");
  if (workbook == parts.end() || rels == parts.end()) {
    if (parts.count("xl/worksheets/sheet1.xml")) return {"sheet1", "xl/worksheets/sheet1.xml"};
    throw Error(ErrorCode::kData, "not an .xlsx workbook (no xl/workbook.xml)", path);
  }
  std::map<std::string, std::string> targets;
  XmlDoc rels_doc = ParseXml(rels->second, rels->first, path);
  for (const xmlNode* r = xmlDocGetRootElement(rels_doc.get())->children; r; r = r->next)
    if (Is(r, "Relationship")) targets[Attr(r, "Id")] = Attr(r, "Target");
  std::vector<std::pair<std::string, std::string>> sheets;  // name, relation id
  XmlDoc doc = ParseXml(workbook->second, workbook->first, path);
  for (const xmlNode* n = xmlDocGetRootElement(doc.get())->children; n; n = n->next) {
    if (!Is(n, "sheets")) continue;
    for (const xmlNode* s = n->children; s; s = s->next)
      if (Is(s, "sheet")) sheets.emplace_back(Attr(s, "name"), RelationId(s));
  }
  if (sheets.empty()) throw Error(ErrorCode::kData, "the workbook has no sheet", path);
  auto chosen = sheets.front();
  for (const auto& s : sheets)
    if (s.first == "posts") chosen = s;
  std::string target = targets[chosen.second];
  target = target.rfind('/', 0) == 0 ? target.substr(1) : "xl/" + target;
  if (!parts.count(target))
    throw Error(ErrorCode::kData, "sheet \"" + chosen.first + "\" is missing from the zip", path);
  return {chosen.first, target};
}

// "C7" -> column 2 (0-based); row is returned through `row` (1-based), 0 when absent.
bool ParseCellRef(const std::string& ref, size_t& column, long long& row) {
  size_t i = 0;
  column = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z')
    column = column * 26 + (ref[i++] - 'A' + 1);
  if (i == 0 || column > 16384) return false;
  --column;
  row = 0;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9' || row > 1048576) return false;
    row = row * 10 + (ref[i] - '0');
  }
  return true;
}

// "FILE:SHEET!C7" for column 2 (0-based) of row 7.
std::string CellName(const std::string& path, const std::string& sheet, size_t column,
                     long long row) {
  std::string letters;
  for (size_t c = column + 1; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return path + ":" + sheet + "!" + letters + std::to_string(row);
}

struct SheetRow {
  long long number = 0;  // the sheet's 1-based row number
  std::vector<std::string> cells;
};

class SheetReader {
 public:
  SheetReader(const std::string& path, std::string sheet, std::vector<std::string> shared)
      : path_(path), sheet_(std::move(sheet)), shared_(std::move(shared)) {}

  std::vector<SheetRow> Read(const std::string& xml, const std::string& part) {
    XmlDoc doc = ParseXml(xml, part, path_);
    std::vector<SheetRow> rows;
    for (const xmlNode* n = xmlDocGetRootElement(doc.get())->children; n; n = n->next) {
      if (!Is(n, "sheetData")) continue;
      for (const xmlNode* r = n->children; r; r = r->next)
        if (Is(r, "row")) ReadRow(r, rows);
    }
    return rows;
  }

 private:
  std::string CellName(size_t column, long long row) const {
    return liputan::CellName(path_, sheet_, column, row);
  }

  void ReadRow(const xmlNode* r, std::vector<SheetRow>& rows) {
    SheetRow row;
    const std::string number = Attr(r, "r");
    row.number =
        number.empty() ? (rows.empty() ? 1 : rows.back().number + 1) : std::atoll(number.c_str());
    size_t next_column = 0;
    for (const xmlNode* c = r->children; c; c = c->next) {
      if (!Is(c, "c")) continue;
      size_t column = next_column;
      long long unused_row = 0;
      const std::string ref = Attr(c, "r");
      if (!ref.empty() && !ParseCellRef(ref, column, unused_row))
        throw Error(ErrorCode::kData, "bad cell reference \"" + ref + "\"",
                    LineLocation(path_, row.number));
      next_column = column + 1;
      std::string value = Value(c, column, row.number);
      if (value.empty()) continue;
      if (row.cells.size() <= column) row.cells.resize(column + 1);
      row.cells[column] = std::move(value);
    }
    if (!row.cells.empty()) rows.push_back(std::move(row));  // blank rows are skipped, as in CSV
  }

  std::string Value(const xmlNode* c, size_t column, long long row) const {
    const std::string type = Attr(c, "t");
    std::string v;
    bool has_v = false;
    for (const xmlNode* k = c->children; k; k = k->next) {
      if (Is(k, "is") && type == "inlineStr") return Text(k);
      if (!Is(k, "v")) continue;
      xmlChar* text = xmlNodeGetContent(k);
      v = text ? reinterpret_cast<const char*>(text) : "";
      xmlFree(text);
      has_v = true;
    }
    if (!has_v) return "";
    if (type == "s") {
      char* end = nullptr;
      const unsigned long index = std::strtoul(v.c_str(), &end, 10);
      if (v.empty() || *end != '\0' || index >= shared_.size())
        throw Error(ErrorCode::kData, "shared string " + v + " does not exist",
                    CellName(column, row));
      return shared_[index];
    }
    if (type == "b") return v == "1" ? "TRUE" : "FALSE";
    if (type == "e")
      throw Error(ErrorCode::kData, "the cell holds the error " + v, CellName(column, row));
    return type == "str" ? UnescapeXstring(v) : v;  // numbers and ISO dates as stored
  }

  const std::string& path_;
  std::string sheet_;
  std::vector<std::string> shared_;
};

// The sheet as CSV text, and per CSV line the sheet row it came from (for messages).
std::string ToCsv(const std::vector<SheetRow>& rows, const std::string& path,
                  const std::string& sheet, std::map<long long, long long>& line_to_row) {
  const size_t width = rows.front().cells.size();
  std::string csv;
  long long line = 1;
  for (const SheetRow& row : rows) {
    for (size_t c = width; c < row.cells.size(); ++c) {
      if (row.cells[c].empty()) continue;
      throw Error(ErrorCode::kData, "a value in a column without a header",
                  CellName(path, sheet, c, row.number));
    }
    line_to_row[line] = row.number;
    for (size_t c = 0; c < width; ++c) {
      if (c > 0) csv += ',';
      const std::string cell = c < row.cells.size() ? row.cells[c] : "";
      AppendCsvField(csv, cell);
      for (char ch : cell) line += ch == '\n';
    }
    csv += '\n';
    ++line;
  }
  return csv;
}

// Reads the CSV through ReadAnnotationCsv (one set of rules for both formats), in memory under
// the workbook's name, and turns the CSV line of any error it throws into the sheet's row.
AnnotationFile ReadThroughCsv(std::string csv, const std::string& path,
                              const std::map<long long, long long>& line_to_row,
                              const std::vector<std::string>& label_sets) {
  try {
    return ReadAnnotationCsv(MakeStringSource(std::move(csv), path), label_sets);
  } catch (const Error& e) {
    std::string location = e.location();
    if (location.rfind(path + ":", 0) == 0) {
      auto it = line_to_row.upper_bound(std::atoll(location.c_str() + path.size() + 1));
      location = it == line_to_row.begin() ? path : LineLocation(path, std::prev(it)->second);
    }
    throw Error(e.code(), e.message(), location);
  }
}

}  // namespace

AnnotationFile ReadAnnotationXlsx(const std::string& path,
                                  const std::vector<std::string>& label_sets) {
  const std::map<std::string, std::string> parts = ReadParts(path);
  const auto [sheet, part] = ChooseSheet(parts, path);
  SheetReader reader(path, sheet, SharedStrings(parts, path));
  const std::vector<SheetRow> rows = reader.Read(parts.at(part), part);
  if (rows.empty()) throw Error(ErrorCode::kData, "sheet \"" + sheet + "\" is empty", path);
  std::map<long long, long long> line_to_row;
  return ReadThroughCsv(ToCsv(rows, path, sheet, line_to_row), path, line_to_row, label_sets);
}

}  // namespace liputan
