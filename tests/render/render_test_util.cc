#include "tests/render/render_test_util.h"

#include <archive.h>
#include <archive_entry.h>

#include <filesystem>
#include <regex>
#include <stdexcept>

#include "tests/support/cli_runner.h"

namespace liputan::render::testing {

std::map<std::string, std::string> ReadZip(const std::string& path) {
  std::map<std::string, std::string> entries;
  archive* zip = archive_read_new();
  archive_read_support_format_zip(zip);
  if (archive_read_open_filename(zip, path.c_str(), 65536) != ARCHIVE_OK) {
    archive_read_free(zip);
    throw std::runtime_error("cannot open zip " + path);
  }
  archive_entry* entry = nullptr;
  while (archive_read_next_header(zip, &entry) == ARCHIVE_OK) {
    std::string data;
    char buffer[65536];
    la_ssize_t n = 0;
    while ((n = archive_read_data(zip, buffer, sizeof buffer)) > 0)
      data.append(buffer, static_cast<size_t>(n));
    entries[archive_entry_pathname(entry)] = data;
  }
  archive_read_free(zip);
  return entries;
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size()))
    ++count;
  return count;
}

static std::string Unescape(std::string text) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + 1)) {
      text.replace(at, std::string(from).size(), to);
    }
  }
  return text;
}

std::vector<std::string> SharedStrings(const std::string& xml) {
  std::vector<std::string> strings;
  const std::regex si("<si>(.*?)</si>");
  const std::regex t("<t[^>]*>([^<]*)</t>");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), si); it != std::sregex_iterator();
       ++it) {
    const std::string inner = (*it)[1];
    std::string text;
    for (auto jt = std::sregex_iterator(inner.begin(), inner.end(), t);
         jt != std::sregex_iterator(); ++jt)
      text += (*jt)[1];
    strings.push_back(Unescape(text));
  }
  return strings;
}

std::vector<std::string> SheetNames(const std::string& workbook_xml) {
  std::vector<std::string> names;
  const std::regex sheet("<sheet name=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(workbook_xml.begin(), workbook_xml.end(), sheet);
       it != std::sregex_iterator(); ++it) {
    names.push_back(Unescape((*it)[1]));
  }
  return names;
}

std::vector<std::string> HeaderRow(const std::string& sheet_xml,
                                   const std::vector<std::string>& shared) {
  std::vector<std::string> header;
  const size_t begin = sheet_xml.find("<row r=\"1\"");
  if (begin == std::string::npos) return header;
  const std::string row = sheet_xml.substr(begin, sheet_xml.find("</row>", begin) - begin);
  const std::regex cell("<c r=\"[A-Z]+1\"[^>]*t=\"s\"[^>]*><v>([0-9]+)</v></c>");
  for (auto it = std::sregex_iterator(row.begin(), row.end(), cell); it != std::sregex_iterator();
       ++it) {
    header.push_back(shared.at(std::stoul((*it)[1])));
  }
  return header;
}

size_t RowCount(const std::string& sheet_xml) { return Count(sheet_xml, "<row "); }

void WriteFakeBundles(const std::string& node_modules) {
  const std::pair<const char*, const char*> packages[] = {{"vega", "vega.min.js"},
                                                          {"vega-lite", "vega-lite.min.js"},
                                                          {"vega-embed", "vega-embed.min.js"}};
  for (const auto& [package, file] : packages) {
    std::filesystem::create_directories(node_modules + "/" + package + "/build");
    liputan::testing::WriteFile(node_modules + "/" + package + "/build/" + file,
                                std::string("/* fake ") + package + " */ var s = \"</script>\";\n");
    liputan::testing::WriteFile(node_modules + "/" + package + "/package.json",
                                "{\"version\": \"0.0.0-test\"}");
  }
}

}  // namespace liputan::render::testing
