#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
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

// A hash table of words with open addressing, a power-of-two size and FNV-1a: lookups take a
// string_view, allocate nothing and never divide (std::unordered_map's prime modulo cost a
// quarter of the tokenizer's time). Each word may carry a value index. Immutable once built.
class WordTable {
 public:
  static constexpr uint32_t kAbsent = UINT32_MAX;
  // Adds `word` with `value` (the first insertion of a word wins) and returns its value.
  uint32_t Insert(std::string_view word, uint32_t value);
  // The value of `word`, or kAbsent.
  uint32_t Find(std::string_view word) const;
  size_t size() const { return count_; }
  template <class F>
  void ForEach(F f) const {
    for (const Slot& slot : slots_) {
      if (slot.length != 0)
        f(std::string_view(arena_).substr(slot.offset, slot.length), slot.value);
    }
  }

 private:
  struct Slot {
    uint32_t offset = 0;
    uint32_t length = 0;  // 0: empty (words are never empty)
    uint32_t value = 0;
  };
  static uint64_t Hash(std::string_view word);
  // A one-bit-per-key filter on length, first, second and last byte: most words of a tweet are
  // not slang or stopwords, and this rejects them before any hashing or probing.
  static size_t FilterBit(std::string_view word) {
    auto b = [&](size_t i) { return static_cast<size_t>(static_cast<unsigned char>(word[i])); };
    return (word.size() * 0x9E5u + b(0) * 0x3Bu + b(word.size() > 1) * 0x2D5u +
            b(word.size() - 1) * 0x11u) &
           (kFilterBits - 1);
  }
  void Grow();

  static constexpr size_t kFilterBits = 1u << 14;
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(kFilterBits / 64, 0);
  std::string arena_;
  std::vector<Slot> slots_;
  size_t count_ = 0;
};

// A set of words that answers string_view queries without building a std::string.
class WordSet {
 public:
  void Insert(std::string_view word) { table_.Insert(word, 0); }
  bool Contains(std::string_view word) const { return table_.Find(word) != WordTable::kAbsent; }
  size_t size() const { return table_.size(); }

 private:
  WordTable table_;
};

// word → replacement, answering string_view queries.
class WordMap {
 public:
  void Insert(std::string_view key, std::string_view value) {
    if (table_.Insert(key, static_cast<uint32_t>(values_.size())) == values_.size()) {
      values_.emplace_back(value);
    }
  }
  const std::string* Find(std::string_view key) const {
    uint32_t i = table_.Find(key);
    return i == WordTable::kAbsent ? nullptr : &values_[i];
  }
  size_t size() const { return table_.size(); }
  template <class F>
  void ForEach(F f) const {
    table_.ForEach([&](std::string_view key, uint32_t i) { f(key, values_[i]); });
  }

 private:
  WordTable table_;
  std::vector<std::string> values_;
};

// Parsers for the two shapes of lexicon: one entry a line, and "key<TAB>value" a line. A malformed
// line throws liputan::Error (kData) naming "<name>:<line>".
WordSet ParseWordList(std::string_view name, std::string_view content);
WordMap ParseWordMap(std::string_view name, std::string_view content);

}  // namespace liputan::lexicon
