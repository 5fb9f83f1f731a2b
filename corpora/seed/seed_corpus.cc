#include "corpora/seed/seed_corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "common/error.h"

namespace liputan {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> cells;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    cells.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return cells;
    start = tab + 1;
  }
}

struct Columns {
  int id = -1, split = -1, sektor = -1, fungsi = -1, voice = -1, text = -1;
  size_t count = 0;
};

Columns ParseHeader(const std::vector<std::string>& cells, const std::string& where) {
  Columns c;
  c.count = cells.size();
  const std::map<std::string, int*> slots = {{"id", &c.id},           {"split", &c.split},
                                             {kSektorSet, &c.sektor}, {kFungsiSet, &c.fungsi},
                                             {"voice", &c.voice},     {"text", &c.text}};
  for (size_t i = 0; i < cells.size(); ++i) {
    auto it = slots.find(cells[i]);
    if (it == slots.end()) continue;
    if (*it->second >= 0)
      throw Error(ErrorCode::kData, "column \"" + cells[i] + "\" repeated", where);
    *it->second = static_cast<int>(i);
  }
  for (const char* need : {"id", kSektorSet, kFungsiSet, "text"}) {
    if (*slots.at(need) < 0) {
      throw Error(ErrorCode::kData, std::string("header lacks the column \"") + need + "\"", where);
    }
  }
  return c;
}

std::string Cell(const std::vector<std::string>& cells, int index) {
  return index < 0 ? std::string() : cells[static_cast<size_t>(index)];
}

SeedExample ParseRow(const std::vector<std::string>& cells, const Columns& c,
                     const std::string& where) {
  if (cells.size() != c.count) {
    throw Error(ErrorCode::kData,
                "expected " + std::to_string(c.count) + " tab-separated cells, found " +
                    std::to_string(cells.size()),
                where);
  }
  SeedExample ex;
  ex.id = Cell(cells, c.id);
  ex.split = Cell(cells, c.split);
  ex.sektor = Cell(cells, c.sektor);
  ex.fungsi = Cell(cells, c.fungsi);
  if (c.voice >= 0) ex.voice = Cell(cells, c.voice);
  ex.text = Cell(cells, c.text);
  if (ex.id.empty()) throw Error(ErrorCode::kData, "empty id", where);
  if (ex.text.empty()) throw Error(ErrorCode::kData, "empty text", where);
  if (c.split >= 0 && ex.split != "train" && ex.split != "test") {
    throw Error(ErrorCode::kData, "split must be train or test, not \"" + ex.split + "\"", where);
  }
  if (ex.voice != "agency" && ex.voice != "citizen") {
    throw Error(ErrorCode::kData, "voice must be agency or citizen, not \"" + ex.voice + "\"",
                where);
  }
  return ex;
}

bool IsTokenByte(unsigned char b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0x80;
}

}  // namespace

std::vector<SeedExample> ParseSeedCorpus(const std::string& text, const std::string& source) {
  std::vector<SeedExample> examples;
  std::set<std::string> ids;
  std::istringstream in(text);
  std::string line;
  long long line_no = 0;
  Columns columns;
  bool seen_header = false;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string where = LineLocation(source, line_no);
    // Comment lines may stand before the header: what the file is and how it was made.
    if (!seen_header && line.starts_with('#')) continue;
    if (!seen_header) {
      columns = ParseHeader(SplitTabs(line), where);
      seen_header = true;
      continue;
    }
    if (line.empty()) continue;
    SeedExample ex = ParseRow(SplitTabs(line), columns, where);
    if (!ids.insert(ex.id).second)
      throw Error(ErrorCode::kData, "repeated id \"" + ex.id + "\"", where);
    ex.line = line_no;
    examples.push_back(std::move(ex));
  }
  if (!seen_header) throw Error(ErrorCode::kData, "seed corpus has no header row", source);
  return examples;
}

std::vector<SeedExample> ReadSeedCorpus(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kNoInput, "cannot open seed corpus", path);
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw Error(ErrorCode::kIo, "read failed", path);
  return ParseSeedCorpus(text.str(), path);
}

std::vector<SeedExample> ReadGenreCorpus(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path().string());
  }
  if (files.empty()) throw Error(ErrorCode::kNoInput, "no genre files (*.tsv)", dir);
  std::sort(files.begin(), files.end());
  std::vector<SeedExample> all;
  for (const auto& file : files) {
    auto examples = ReadSeedCorpus(file);
    all.insert(all.end(), std::make_move_iterator(examples.begin()),
               std::make_move_iterator(examples.end()));
  }
  return all;
}

std::vector<TaxonomyProblem> CheckSeedLabels(const Taxonomy& taxonomy,
                                             const std::vector<SeedExample>& examples,
                                             const std::string& source) {
  std::vector<TaxonomyProblem> problems;
  for (const auto& ex : examples) {
    const std::string where = LineLocation(source, ex.line);
    if (!taxonomy.sektor().Find(ex.sektor)) {
      problems.push_back({where, "sektor label \"" + ex.sektor + "\" is not in the taxonomy"});
    }
    if (!taxonomy.fungsi().Find(ex.fungsi)) {
      problems.push_back({where, "fungsi label \"" + ex.fungsi + "\" is not in the taxonomy"});
    }
  }
  return problems;
}

std::vector<std::string> NearDuplicateTokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  for (const char ch : text) {
    const auto b = static_cast<unsigned char>(ch);
    if (IsTokenByte(b)) {
      current.push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : ch);
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  std::sort(tokens.begin(), tokens.end());
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  return tokens;
}

double TokenJaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() && b.empty()) return 1.0;
  std::vector<std::string> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  const size_t uni = a.size() + b.size() - common.size();
  return static_cast<double>(common.size()) / static_cast<double>(uni);
}

std::vector<NearDuplicatePair> FindNearDuplicates(const std::vector<std::string>& texts,
                                                  double threshold) {
  // Intern tokens as ints so the inner loop intersects sorted integer vectors.
  std::unordered_map<std::string, int> ids;
  std::vector<std::vector<int>> sets;
  for (const auto& text : texts) {
    std::vector<int> set;
    for (const auto& token : NearDuplicateTokens(text)) {
      set.push_back(ids.emplace(token, static_cast<int>(ids.size())).first->second);
    }
    std::sort(set.begin(), set.end());
    sets.push_back(std::move(set));
  }
  std::vector<NearDuplicatePair> pairs;
  for (size_t i = 0; i < sets.size(); ++i) {
    for (size_t j = i + 1; j < sets.size(); ++j) {
      const size_t small = std::min(sets[i].size(), sets[j].size());
      const size_t big = std::max(sets[i].size(), sets[j].size());
      // |A∩B|/|A∪B| <= small/big, so pairs of very different sizes cannot reach the threshold.
      if (big > 0 && static_cast<double>(small) < threshold * static_cast<double>(big)) continue;
      size_t common = 0;
      auto a = sets[i].begin(), b = sets[j].begin();
      while (a != sets[i].end() && b != sets[j].end()) {
        if (*a < *b)
          ++a;
        else if (*b < *a)
          ++b;
        else {
          ++common;
          ++a;
          ++b;
        }
      }
      const size_t uni = sets[i].size() + sets[j].size() - common;
      const double jac = uni == 0 ? 1.0 : static_cast<double>(common) / static_cast<double>(uni);
      if (jac >= threshold) pairs.push_back({i, j, jac});
    }
  }
  return pairs;
}

}  // namespace liputan
