#pragma once

#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "tokenizer/tokenizer_options.h"
#include "tokenizer/utf8.h"

namespace liputan::testing {

// One row of tests/data/tokenizer_cases.tsv: group, options, input, expected tokens, types.
struct TokenizerCase {
  int line = 0;
  std::string group, options, input, expected, types;
};

// Undoes the escapes the table allows in its input column: \t \n \r \\ \xHH (a raw byte, for
// invalid UTF-8) and \u{HEX} (a code point).
inline std::string Unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out.push_back(s[i]);
      continue;
    }
    char c = s[++i];
    if (c == 't')
      out.push_back('\t');
    else if (c == 'n')
      out.push_back('\n');
    else if (c == 'r')
      out.push_back('\r');
    else if (c == '\\')
      out.push_back('\\');
    else if (c == 'x')
      out.push_back(static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16))), i += 2;
    else if (c == 'u' && i + 1 < s.size() && s[i + 1] == '{') {
      size_t close = s.find('}', i);
      utf8::Append(static_cast<char32_t>(std::stoul(s.substr(i + 2, close - i - 2), nullptr, 16)),
                   out);
      i = close;
    } else {
      out.push_back('\\'), out.push_back(c);
    }
  }
  return out;
}

inline std::vector<TokenizerCase> LoadCases(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<TokenizerCase> cases;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      cols.push_back(
          line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (cols.size() < 4 || cols.size() > 5) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": expected 4 or 5 columns");
    }
    cases.push_back(
        {number, cols[0], cols[1], Unescape(cols[2]), cols[3], cols.size() > 4 ? cols[4] : ""});
  }
  return cases;
}

// "default", or a comma-separated list of: preserve, split_clitics, drop_stopwords,
// drop_punctuation, reject, stem.
inline TokenizerOptions ParseCaseOptions(const std::string& spec) {
  TokenizerOptions o;
  for (size_t start = 0; start <= spec.size();) {
    size_t comma = std::min(spec.find(',', start), spec.size());
    std::string name = spec.substr(start, comma - start);
    start = comma + 1;
    if (name == "default" || name.empty()) continue;
    if (name == "preserve")
      o.preserve = true;
    else if (name == "split_clitics")
      o.split_clitics = true;
    else if (name == "drop_stopwords")
      o.drop_stopwords = true;
    else if (name == "drop_punctuation")
      o.drop_punctuation = true;
    else if (name == "reject")
      o.invalid_utf8 = InvalidUtf8Policy::kReject;
    else if (name == "stem")
      o.stem = true;
    else
      throw std::runtime_error("unknown option in case table: " + name);
  }
  return o;
}

}  // namespace liputan::testing
