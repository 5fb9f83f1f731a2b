#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace liputan::report {

// Strings ↔ dense ids (0, 1, 2, ... in order of first insertion): the report state's label and
// handle tables, looked up several times for every post. An open-addressing table of 8-byte slots
// holding part of each name's hash beside its id, so a lookup hashes the name once (a word at a
// time) and compares strings only on a hash match: no allocation and no node per name, as
// std::unordered_map<std::string, uint32_t> had. The lookups are inline, being most of the cost
// of adding a post's labels.
class NameIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The id of `name`, or kNone.
  uint32_t Find(std::string_view name) const {
    if (slots_.empty()) return kNone;
    const uint64_t entry = slots_[Probe(name, Hash(name))];
    return entry == 0 ? kNone : static_cast<uint32_t>(entry) - 1;
  }
  // The id of `name`, given the next id when it is new.
  uint32_t Intern(std::string_view name) {
    if ((names_.size() + 1) * 2 > slots_.size()) Grow();
    const uint64_t hash = Hash(name);
    uint64_t& entry = slots_[Probe(name, hash)];
    if (entry == 0) Insert(name, hash, entry);
    return static_cast<uint32_t>(entry) - 1;
  }
  const std::string& name(uint32_t id) const { return names_[id]; }
  const std::vector<std::string>& names() const { return names_; }

 private:
  static uint64_t Load(const char* p, size_t bytes) {
    uint64_t word = 0;
    std::memcpy(&word, p, bytes);
    return word;
  }
  static uint64_t Mix(uint64_t h) {
    h *= 0xff51afd7ed558ccdull;
    return h ^ (h >> 32);
  }
  // Words rather than bytes: the first and last 8 (or 4) bytes, overlapping for short names, and
  // every 8 in between; names are mostly labels and handles of 5 to 30 bytes.
  static uint64_t Hash(std::string_view name) {
    const char* p = name.data();
    size_t n = name.size();
    uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
    uint64_t first = 0, last = 0;
    if (n >= 8) {
      for (; n > 16; p += 8, n -= 8) h = Mix(h ^ Load(p, 8));
      first = Load(p, 8);
      last = Load(p + n - 8, 8);
    } else if (n >= 4) {
      first = Load(p, 4);
      last = Load(p + n - 4, 4);
    } else if (n > 0) {
      first = uint64_t{static_cast<unsigned char>(p[0])} << 16 |
              uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
              static_cast<unsigned char>(p[n - 1]);
    }
    h = Mix(Mix(h ^ first) ^ last) * 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 29);
  }
  // Whether `stored` is `name`: for up to 16 bytes two word comparisons, not a call to memcmp.
  static bool Same(const std::string& stored, std::string_view name) {
    const size_t n = name.size();
    if (stored.size() != n) return false;
    const char* a = stored.data();
    const char* b = name.data();
    if (n >= 8 && n <= 16)
      return Load(a, 8) == Load(b, 8) && Load(a + n - 8, 8) == Load(b + n - 8, 8);
    if (n >= 4 && n < 8)
      return Load(a, 4) == Load(b, 4) && Load(a + n - 4, 4) == Load(b + n - 4, 4);
    return std::memcmp(a, b, n) == 0;
  }
  // The slot holding `name`, or the empty slot where it would go.
  size_t Probe(std::string_view name, uint64_t hash) const {
    const size_t mask = slots_.size() - 1;
    const uint64_t tag = hash >> 32;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
      const uint64_t entry = slots_[slot];
      if (entry == 0) return slot;
      if (entry >> 32 == tag && Same(names_[static_cast<uint32_t>(entry) - 1], name)) return slot;
    }
  }
  void Insert(std::string_view name, uint64_t hash, uint64_t& slot);
  void Grow();

  std::vector<std::string> names_;
  // (hash >> 32) << 32 | (id + 1); 0 = empty. A power of two long, at most half full.
  std::vector<uint64_t> slots_;
};

}  // namespace liputan::report
