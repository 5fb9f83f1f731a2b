#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace liputan {

// A fast hash for the probes of in-memory open-addressing tables keyed by short strings (words,
// roots): eight bytes at a time, multiply-xorshift. Not stable across versions; values that are
// persisted use common/hash64.h.
inline uint64_t ProbeHash(std::string_view s) {
  uint64_t h = 0x9e3779b97f4a7c15ull ^ (s.size() * 0xbf58476d1ce4e5b9ull);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, s.data() + i, 8);
    h = (h ^ chunk) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 29);
}

}  // namespace liputan
