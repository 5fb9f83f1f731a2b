#include "report/name_index.h"

#include <cstring>

namespace liputan::report {

namespace {

uint64_t Load(const char* p, size_t bytes) {
  uint64_t word = 0;
  std::memcpy(&word, p, bytes);
  return word;
}

uint64_t Mix(uint64_t h) {
  h *= 0xff51afd7ed558ccdull;
  return h ^ (h >> 32);
}

// Whether `stored` is `name`, for names of up to 16 bytes by two word comparisons rather than a
// call to memcmp.
bool Same(const std::string& stored, std::string_view name) {
  const size_t n = name.size();
  if (stored.size() != n) return false;
  const char* a = stored.data();
  const char* b = name.data();
  if (n >= 8 && n <= 16)
    return Load(a, 8) == Load(b, 8) && Load(a + n - 8, 8) == Load(b + n - 8, 8);
  if (n >= 4 && n < 8) return Load(a, 4) == Load(b, 4) && Load(a + n - 4, 4) == Load(b + n - 4, 4);
  return std::memcmp(a, b, n) == 0;
}

}  // namespace

// Words rather than bytes: the first and last 8 (or 4) bytes, overlapping for short names, and
// every 8 in between; names are mostly labels and handles of 5 to 30 bytes.
uint64_t NameIndex::Hash(std::string_view name) {
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

size_t NameIndex::Probe(std::string_view name, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  const uint64_t tag = hash >> 32;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const uint64_t entry = slots_[slot];
    if (entry == 0) return slot;
    if (entry >> 32 == tag && Same(names_[(entry & 0xffffffffu) - 1], name)) return slot;
  }
}

uint32_t NameIndex::Find(std::string_view name) const {
  if (slots_.empty()) return kNone;
  const uint64_t entry = slots_[Probe(name, Hash(name))];
  return entry == 0 ? kNone : static_cast<uint32_t>(entry & 0xffffffffu) - 1;
}

uint32_t NameIndex::Intern(std::string_view name) {
  if ((names_.size() + 1) * 2 > slots_.size()) Grow();
  const uint64_t hash = Hash(name);
  uint64_t& entry = slots_[Probe(name, hash)];
  if (entry == 0) {
    names_.emplace_back(name);
    entry = (hash >> 32) << 32 | names_.size();
  }
  return static_cast<uint32_t>(entry & 0xffffffffu) - 1;
}

void NameIndex::Grow() {
  slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (size_t id = 0; id < names_.size(); ++id) {
    const uint64_t hash = Hash(names_[id]);
    size_t slot = hash & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = (hash >> 32) << 32 | (id + 1);
  }
}

}  // namespace liputan::report
