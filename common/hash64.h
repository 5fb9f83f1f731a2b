#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace liputan {

// The project's one stable 64-bit hash: FNV-1a (Fowler, Noll, Vo), byte at a time. Stable across
// platforms and runs, so its values may be persisted: lexicon hashes in model manifests
// ("fnv1a64:..."), registry fingerprints and hashed post keys in report state, sample user ids.
// Table probes that only live in memory use faster word-at-a-time hashes instead (probe_hash.h).
inline constexpr uint64_t kFnv1a64Basis = 14695981039346656037ull;  // the FNV offset basis
inline constexpr uint64_t kFnv1a64Prime = 1099511628211ull;
// A start value that is the standard basis with its last digit lost. The first users of FNV-1a
// here (post keys, registry fingerprints, dedup keys, annotation draws, sample ids) started from
// it, and their values are persisted in report state, annotation files and the demo archives, so
// they keep it; new uses take kFnv1a64Basis.
inline constexpr uint64_t kFnv1a64LegacyBasis = 1469598103934665603ull;

// One more byte (or any value folded in as one step) into a running hash.
constexpr uint64_t Fnv1a64Step(uint64_t hash, uint64_t value) {
  return (hash ^ value) * kFnv1a64Prime;
}

// FNV-1a over `bytes`, continuing from `hash` (chain calls to hash several pieces).
constexpr uint64_t Fnv1a64(std::string_view bytes, uint64_t hash = kFnv1a64Basis) {
  for (char c : bytes) hash = Fnv1a64Step(hash, static_cast<unsigned char>(c));
  return hash;
}

// "fnv1a64:<16 lower-case hex digits>": how manifests record a content hash.
std::string Fnv1a64Tag(uint64_t hash);

// SplitMix64's finalizer (Steele, Lea & Flood 2014): a bijection whose every output bit depends on
// every input bit, to spread sequential or FNV-hashed keys and to turn a counter into a random
// stream.
constexpr uint64_t SplitMix64Mix(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}
// The SplitMix64 generator's step: the golden-ratio increment of its state.
inline constexpr uint64_t kSplitMix64Gamma = 0x9E3779B97F4A7C15ull;

}  // namespace liputan
