#include "tokenizer/stemmer/stem_cache.h"

#include <cstring>

#include "common/probe_hash.h"

namespace liputan {

StemCache::StemCache(size_t capacity)
    : shard_capacity_((capacity + (1u << kShardBits) - 1) >> kShardBits),
      shards_(std::make_unique<Shard[]>(1u << kShardBits)) {}

StemCache::~StemCache() = default;

bool StemCache::Find(std::string_view word, std::string& root) const {
  uint64_t h = ProbeHash(word);
  uint32_t tag = static_cast<uint32_t>(h >> 32) | 1;
  Shard& shard = ShardOf(h);
  std::lock_guard lock(shard.mutex);
  if (shard.slots.empty()) return false;
  size_t mask = shard.slots.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& slot = shard.slots[i];
    if (slot.tag == 0) return false;
    if (slot.tag == tag && slot.word_length == word.size() &&
        std::memcmp(shard.arena.data() + slot.offset, word.data(), word.size()) == 0) {
      root.assign(shard.arena.data() + slot.offset + slot.word_length, slot.root_length);
      return true;
    }
  }
}

void StemCache::Grow(Shard& shard) {
  std::vector<Slot> old = std::move(shard.slots);
  shard.slots.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  size_t mask = shard.slots.size() - 1;
  for (const Slot& slot : old) {
    if (slot.tag == 0) continue;
    std::string_view word(shard.arena.data() + slot.offset, slot.word_length);
    size_t i = ProbeHash(word) & mask;
    while (shard.slots[i].tag != 0) i = (i + 1) & mask;
    shard.slots[i] = slot;
  }
}

void StemCache::Insert(std::string_view word, const std::string& root) {
  if (word.size() > UINT16_MAX || root.size() > UINT16_MAX) return;
  uint64_t h = ProbeHash(word);
  uint32_t tag = static_cast<uint32_t>(h >> 32) | 1;
  Shard& shard = ShardOf(h);
  std::lock_guard lock(shard.mutex);
  if (shard.used >= shard_capacity_) return;
  if (shard.arena.size() + word.size() + root.size() > UINT32_MAX) return;
  if ((shard.used + 1) * 2 > shard.slots.size()) Grow(shard);
  size_t mask = shard.slots.size() - 1;
  size_t i = h & mask;
  for (; shard.slots[i].tag != 0; i = (i + 1) & mask) {
    const Slot& slot = shard.slots[i];
    if (slot.tag == tag && slot.word_length == word.size() &&
        std::memcmp(shard.arena.data() + slot.offset, word.data(), word.size()) == 0) {
      return;  // another thread stored it first
    }
  }
  shard.slots[i] = Slot{tag, static_cast<uint32_t>(shard.arena.size()),
                        static_cast<uint16_t>(word.size()), static_cast<uint16_t>(root.size())};
  shard.arena.append(word).append(root);
  ++shard.used;
  size_.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace liputan
