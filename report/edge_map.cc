#include "report/edge_map.h"

namespace liputan::report {

size_t EdgeMap::Hash(const EdgeKey& k) {
  uint64_t h = static_cast<uint64_t>(k.month) * 0x9e3779b97f4a7c15ull;
  h ^= (uint64_t{k.from} << 34 | uint64_t{k.to} << 2 | k.layer) * 0xff51afd7ed558ccdull;
  h ^= h >> 29;
  h *= 0xc4ceb9fe1a85ec53ull;
  return static_cast<size_t>(h ^ (h >> 32));
}

int64_t& EdgeMap::operator[](const EdgeKey& key) {
  if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  for (size_t slot = Hash(key) & mask;; slot = (slot + 1) & mask) {
    const uint32_t index = slots_[slot];
    if (index == 0) {
      entries_.push_back({key, 0});
      slots_[slot] = static_cast<uint32_t>(entries_.size());
      return entries_.back().second;
    }
    if (entries_[index - 1].first == key) return entries_[index - 1].second;
  }
}

void EdgeMap::Grow() {
  slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (size_t i = 0; i < entries_.size(); ++i) {
    size_t slot = Hash(entries_[i].first) & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = static_cast<uint32_t>(i + 1);
  }
}

}  // namespace liputan::report
