#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace liputan::lexicon {

// A lexicon file compiled into the binary (tokenizer/lexicons/*, see embed_lexicons.cmake).
struct EmbeddedFile {
  std::string_view name;     // file name, e.g. "slang.id.tsv"
  std::string_view content;  // the exact bytes of the file
};

std::span<const EmbeddedFile> EmbeddedFiles();
// The content of the embedded file `name`; throws liputan::Error (kInternal) when absent.
std::string_view EmbeddedContent(std::string_view name);

// The data lines of a lexicon: lines starting with '#' and blank lines are skipped; a trailing
// "\r" is dropped. Views point into `content`.
std::vector<std::string_view> DataLines(std::string_view content);

// "fnv1a64:<16 hex digits>" of the bytes: stable across platforms, for model manifests.
std::string HashContent(std::string_view content);

struct StringHash {
  using is_transparent = void;
  // FNV-1a: lexicon keys are short words, for which it is several times cheaper than the
  // library's hash of long strings.
  size_t operator()(std::string_view s) const noexcept {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h);
  }
};

// A set of words that answers string_view queries without building a std::string.
class WordSet {
 public:
  void Insert(std::string_view word) { words_.emplace(word); }
  bool Contains(std::string_view word) const { return words_.find(word) != words_.end(); }
  size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::string, StringHash, std::equal_to<>> words_;
};

// word → replacement, answering string_view queries.
class WordMap {
 public:
  void Insert(std::string_view key, std::string_view value) { map_.emplace(key, value); }
  const std::string* Find(std::string_view key) const {
    auto it = map_.find(key);
    return it == map_.end() ? nullptr : &it->second;
  }
  size_t size() const { return map_.size(); }
  template <class F>
  void ForEach(F f) const {
    for (const auto& [k, v] : map_) f(k, v);
  }

 private:
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> map_;
};

// Parsers for the two shapes of lexicon: one entry a line, and "key<TAB>value" a line. A malformed
// line throws liputan::Error (kData) naming "<name>:<line>".
WordSet ParseWordList(std::string_view name, std::string_view content);
WordMap ParseWordMap(std::string_view name, std::string_view content);

}  // namespace liputan::lexicon
