#include "report/agency_registry.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/error.h"
#include "common/hash64.h"

namespace liputan::report {

std::string NormalizeHandle(std::string_view handle) {
  while (!handle.empty() && (handle.front() == '@' || handle.front() == ' '))
    handle.remove_prefix(1);
  while (!handle.empty() && handle.back() == ' ') handle.remove_suffix(1);
  std::string out(handle);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

AgencyRegistry::AgencyRegistry(std::vector<Agency> agencies) : agencies_(std::move(agencies)) {
  for (size_t i = 0; i < agencies_.size(); ++i) {
    agencies_[i].handle = NormalizeHandle(agencies_[i].handle);
    if (agencies_[i].display_handle.empty()) agencies_[i].display_handle = agencies_[i].handle;
    if (!index_.emplace(agencies_[i].handle, static_cast<int>(i)).second) {
      throw Error(ErrorCode::kData, "duplicate handle \"" + agencies_[i].handle + "\" in registry");
    }
  }
}

int AgencyRegistry::Find(std::string_view handle) const {
  auto it = index_.find(NormalizeHandle(handle));
  return it == index_.end() ? -1 : it->second;
}

std::string AgencyRegistry::Fingerprint() const {
  // FNV-1a over "handle\ttype\n" lines; collisions only matter for accidental mismatches.
  uint64_t hash = kFnv1a64LegacyBasis;
  for (const Agency& a : agencies_) {
    hash = Fnv1a64(a.handle + "\t" + (a.vertical() ? "v" : "l") + "\n", hash);
  }
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

namespace {

// Splits one CSV record (RFC 4180 quoting) starting at `pos`; records may span lines inside
// quotes. Returns false at the end of the text.
bool NextRecord(const std::string& text, size_t& pos, long long& line,
                std::vector<std::string>& fields, const std::string& name) {
  fields.clear();
  if (pos >= text.size()) return false;
  std::string field;
  bool quoted = false;
  const long long start_line = line;
  while (pos < text.size()) {
    const char c = text[pos++];
    if (quoted) {
      if (c == '"' && pos < text.size() && text[pos] == '"') {
        field += '"';
        ++pos;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      ++line;
      break;
    } else if (c != '\r') {
      field += c;
    }
  }
  if (quoted)
    throw Error(ErrorCode::kData, "unterminated quoted field", LineLocation(name, start_line));
  fields.push_back(std::move(field));
  return true;
}

std::vector<std::string> SplitCodes(const std::string& cell) {
  std::vector<std::string> codes;
  std::string code;
  for (char c : cell + ";") {
    if (c == '|' || c == ';' || c == ' ' || c == ',') {
      if (!code.empty()) codes.push_back(code);
      code.clear();
    } else {
      code += c;
    }
  }
  return codes;
}

std::string Lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

}  // namespace

AgencyRegistry AgencyRegistry::ParseCsv(const std::string& text, const std::string& name) {
  size_t pos = 0;
  long long line = 1;
  std::vector<std::string> fields;
  std::vector<std::string> header;
  std::vector<Agency> agencies;
  std::unordered_map<std::string, long long> seen;
  int handle_col = -1, name_col = -1, type_col = -1, urusan_col = -1, parent_col = -1;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) pos = 3;  // spreadsheet exports start with a BOM
  while (true) {
    const long long record_line = line;
    if (!NextRecord(text, pos, line, fields, name)) break;
    if (fields.size() == 1 && fields[0].empty()) continue;
    if (!fields[0].empty() && fields[0][0] == '#') continue;
    if (header.empty()) {
      for (std::string& f : fields) header.push_back(Lower(f));
      auto column = [&](std::initializer_list<const char*> names) {
        for (const char* n : names) {
          auto it = std::find(header.begin(), header.end(), n);
          if (it != header.end()) return static_cast<int>(it - header.begin());
        }
        return -1;
      };
      handle_col = column({"handle", "account", "username"});
      name_col = column({"name", "nama"});
      type_col = column({"type", "jenis"});
      urusan_col = column({"urusan", "home_urusan", "urusan_codes"});
      parent_col = column({"parent", "parent_government", "pemerintah"});
      if (handle_col < 0) {
        throw Error(ErrorCode::kData, "header has no \"handle\" column",
                    LineLocation(name, record_line));
      }
      continue;
    }
    auto cell = [&](int col) {
      return col >= 0 && col < static_cast<int>(fields.size()) ? fields[col] : "";
    };
    Agency agency;
    agency.display_handle = cell(handle_col);
    while (!agency.display_handle.empty() && agency.display_handle[0] == '@')
      agency.display_handle.erase(0, 1);
    agency.handle = NormalizeHandle(agency.display_handle);
    if (agency.handle.empty())
      throw Error(ErrorCode::kData, "empty handle", LineLocation(name, record_line));
    if (agency.handle.find_first_of(" \t@") != std::string::npos) {
      throw Error(ErrorCode::kData, "handle \"" + agency.handle + "\" holds a space or \"@\"",
                  LineLocation(name, record_line));
    }
    auto [it, inserted] = seen.emplace(agency.handle, record_line);
    if (!inserted) {
      throw Error(ErrorCode::kData,
                  "duplicate handle \"" + agency.handle + "\" (first on line " +
                      std::to_string(it->second) + ")",
                  LineLocation(name, record_line));
    }
    agency.name = cell(name_col);
    if (agency.name.empty()) agency.name = agency.display_handle;
    agency.type = Lower(cell(type_col));
    if (agency.type.empty()) agency.type = "opd";
    agency.urusan = SplitCodes(cell(urusan_col));
    agency.parent = cell(parent_col);
    agencies.push_back(std::move(agency));
  }
  if (header.empty()) throw Error(ErrorCode::kData, "registry is empty (no header)", name);
  return AgencyRegistry(std::move(agencies));
}

AgencyRegistry AgencyRegistry::ReadCsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kNoInput, "cannot open agencies registry", path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseCsv(buffer.str(), path);
}

}  // namespace liputan::report
