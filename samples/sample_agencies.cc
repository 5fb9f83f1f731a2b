#include "samples/sample_agencies.h"

#include <sstream>

#include "common/error.h"

namespace liputan::samples {

std::vector<Agency> ParseAgencies(const std::string& text, const std::string& path) {
  std::istringstream in(text);
  std::string line;
  std::vector<Agency> agencies;
  long long line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line_no == 1) {
      if (line != "handle,name,type,urusan,parent") {
        throw Error(ErrorCode::kData, "header must be handle,name,type,urusan,parent",
                    LineLocation(path, 1));
      }
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string> cells;
    std::istringstream row(line);
    for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
    if (cells.size() != 5 || cells[0].empty()) {
      throw Error(ErrorCode::kData, "expected 5 comma-separated cells with a handle",
                  LineLocation(path, line_no));
    }
    Agency a{cells[0], cells[1], cells[2], cells[3], cells[4], nullptr, ""};
    a.profile = FindProfile(a.handle);
    if (!a.profile) {
      throw Error(ErrorCode::kUsage, "no generation profile for agency \"" + a.handle + "\"",
                  LineLocation(path, line_no));
    }
    agencies.push_back(std::move(a));
  }
  return agencies;
}

}  // namespace liputan::samples
