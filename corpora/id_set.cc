#include "corpora/id_set.h"

#include "common/hash64.h"

namespace liputan {
uint64_t IdSet::Key(std::string_view id) {
  if (!id.empty() && id.size() <= 19 && id[0] != '0') {
    uint64_t v = 0;
    bool digits = true;
    for (char c : id) {
      if (c < '0' || c > '9') {
        digits = false;
        break;
      }
      v = v * 10 + static_cast<uint64_t>(c - '0');
    }
    if (digits) return v;
  }
  // FNV-1a with the top bit set, so hashed keys never equal a numeric id below 2^63.
  return Fnv1a64(id, kFnv1a64LegacyBasis) | (1ULL << 63);
}

void IdSet::Grow() {
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (uint64_t key : old) {
    if (key == 0) continue;
    size_t i = SplitMix64Mix(key) & mask;  // spreads sequential tweet ids over the table
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = key;
  }
}

bool IdSet::Insert(std::string_view id) {
  uint64_t key = Key(id);
  if (key == 0) {
    if (has_zero_) return false;
    has_zero_ = true;
    ++size_;
    return true;
  }
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  size_t i = SplitMix64Mix(key) & mask;
  while (slots_[i] != 0) {
    if (slots_[i] == key) return false;
    i = (i + 1) & mask;
  }
  slots_[i] = key;
  ++size_;
  return true;
}

}  // namespace liputan
