#include "tokenizer/elongation_reducer.h"

#include <vector>

#include "tokenizer/utf8.h"

namespace liputan {

namespace {

struct Run {
  size_t begin;
  size_t length;
};

constexpr size_t kMaxRunsToTry = 6;  // 2^6 candidates at most per word

void Build(std::string_view word, const std::vector<Run>& runs, unsigned doubled,
           std::string& out) {
  out.clear();
  size_t pos = 0;
  for (size_t r = 0; r < runs.size(); ++r) {
    out.append(word.substr(pos, runs[r].begin - pos));
    // Only the first kMaxRunsToTry runs have a bit; shifting by 32 or more would be undefined
    // (a word with dozens of runs, found by UBSan on a 10 MB line).
    const bool twice = r < kMaxRunsToTry && ((doubled >> r) & 1u) != 0;
    out.append(twice ? 2 : 1, word[runs[r].begin]);
    pos = runs[r].begin + runs[r].length;
  }
  out.append(word.substr(pos));
}

}  // namespace

bool ElongationReducer::Reduce(std::string_view word, std::string& out) const {
  bool any = false;  // most words have no run of three: answer without touching the run list
  for (size_t i = 2; i < word.size() && !any; ++i) {
    any = word[i] == word[i - 1] && word[i] == word[i - 2];
  }
  if (!any) return false;
  thread_local std::vector<Run> runs;
  runs.clear();
  for (size_t i = 0; i < word.size();) {
    size_t j = i + 1;
    while (j < word.size() && word[j] == word[i]) ++j;
    if (j - i >= 3 && utf8::IsAsciiAlpha(word[i])) runs.push_back({i, j - i});
    i = j;
  }
  if (runs.empty()) return false;
  if (known_ != nullptr && runs.size() <= kMaxRunsToTry) {
    for (unsigned doubled = (1u << runs.size()); doubled-- > 0;) {
      Build(word, runs, doubled, out);
      if (known_->Contains(out)) return true;
    }
  }
  Build(word, runs, 0, out);
  return true;
}

}  // namespace liputan
