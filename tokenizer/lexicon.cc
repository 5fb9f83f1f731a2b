#include "tokenizer/lexicon.h"

#include <cstdint>
#include <cstring>

#include "common/error.h"
#include "common/hash64.h"

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

std::string HashContent(std::string_view content) { return Fnv1a64Tag(Fnv1a64(content)); }

uint64_t WordTable::Hash(std::string_view word) {
  // Eight bytes at a time with one multiply each: words are short, so this is a few cycles where
  // a byte-at-a-time hash is a chain of dependent multiplies. The result is only used in memory.
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = word.size() * kMul;
  const char* p = word.data();
  size_t n = word.size();
  for (; n >= 8; n -= 8, p += 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    h = (h ^ x) * kMul;
    h ^= h >> 32;
  }
  if (n > 0) {
    uint64_t x = 0;
    std::memcpy(&x, p, n);
    h = (h ^ x) * kMul;
    h ^= h >> 32;
  }
  return h;
}

uint32_t WordTable::Find(std::string_view word) const {
  if (slots_.empty() || word.empty()) return kAbsent;
  const size_t bit = FilterBit(word);
  if ((filter_[bit >> 6] >> (bit & 63) & 1) == 0) return kAbsent;
  const size_t mask = slots_.size() - 1;
  for (size_t i = Hash(word) & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.length == 0) return kAbsent;
    if (slot.length == word.size() &&
        std::memcmp(arena_.data() + slot.offset, word.data(), word.size()) == 0) {
      return slot.value;
    }
  }
}

uint32_t WordTable::Insert(std::string_view word, uint32_t value) {
  if (word.empty()) return kAbsent;
  if (uint32_t existing = Find(word); existing != kAbsent) return existing;
  if ((count_ + 1) * 2 > slots_.size()) Grow();  // load factor at most 1/2
  const size_t mask = slots_.size() - 1;
  size_t i = Hash(word) & mask;
  while (slots_[i].length != 0) i = (i + 1) & mask;
  slots_[i] = {static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(word.size()), value};
  arena_.append(word);
  const size_t bit = FilterBit(word);
  filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  ++count_;
  return value;
}

void WordTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.length == 0) continue;
    size_t i = Hash(std::string_view(arena_).substr(slot.offset, slot.length)) & mask;
    while (slots_[i].length != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
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
