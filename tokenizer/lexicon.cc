#include "tokenizer/lexicon.h"

#include <cstdint>
#include <cstdio>

#include "common/error.h"

namespace liputan::lexicon {

std::string_view EmbeddedContent(std::string_view name) {
  for (const auto& file : EmbeddedFiles()) {
    if (file.name == name) return file.content;
  }
  throw Error(ErrorCode::kInternal, "lexicon " + std::string(name) + " is not embedded");
}

std::vector<std::string_view> DataLines(std::string_view content) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line[0] != '#') lines.push_back(line);
    pos = end + 1;
  }
  return lines;
}

std::string HashContent(std::string_view content) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a offset basis
  for (unsigned char c : content) {
    h ^= c;
    h *= 1099511628211ull;  // FNV prime
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "fnv1a64:%016llx", static_cast<unsigned long long>(h));
  return buffer;
}

namespace {

// 1-based line number of `line` (a view into `content`), for error messages.
long long LineNumberOf(std::string_view content, std::string_view line) {
  long long number = 1;
  for (const char* p = content.data(); p < line.data(); ++p) number += *p == '\n';
  return number;
}

}  // namespace

WordSet ParseWordList(std::string_view name, std::string_view content) {
  WordSet set;
  for (auto line : DataLines(content)) {
    if (line.find_first_of(" \t") != std::string_view::npos) {
      throw Error(ErrorCode::kData, "a word list entry holds whitespace",
                  LineLocation(std::string(name), LineNumberOf(content, line)));
    }
    set.Insert(line);
  }
  return set;
}

WordMap ParseWordMap(std::string_view name, std::string_view content) {
  WordMap map;
  for (auto line : DataLines(content)) {
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0 || tab + 1 == line.size() ||
        line.find('\t', tab + 1) != std::string_view::npos) {
      throw Error(ErrorCode::kData, "expected \"word<TAB>replacement\"",
                  LineLocation(std::string(name), LineNumberOf(content, line)));
    }
    map.Insert(line.substr(0, tab), line.substr(tab + 1));
  }
  return map;
}

}  // namespace liputan::lexicon
