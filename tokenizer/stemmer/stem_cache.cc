#include "tokenizer/stemmer/stem_cache.h"

namespace liputan {

StemCache::StemCache(size_t capacity)
    : shard_capacity_((capacity + kShards - 1) / kShards),
      shards_(std::make_unique<std::array<Shard, kShards>>()) {}

StemCache::Shard& StemCache::ShardOf(std::string_view word) const {
  // The map hashes with the low bits; pick the shard from a differently mixed value.
  uint64_t h = Hash{}(word)*0x9e3779b97f4a7c15ull;
  return (*shards_)[h >> 58];
}

bool StemCache::Find(std::string_view word, std::string& root) const {
  Shard& shard = ShardOf(word);
  std::lock_guard lock(shard.mutex);
  auto it = shard.map.find(word);
  if (it == shard.map.end()) return false;
  root = it->second;
  return true;
}

void StemCache::Insert(std::string_view word, const std::string& root) {
  Shard& shard = ShardOf(word);
  std::lock_guard lock(shard.mutex);
  if (shard.map.size() >= shard_capacity_) return;
  if (shard.map.emplace(std::string(word), root).second) {
    size_.fetch_add(1, std::memory_order_relaxed);
  }
}

}  // namespace liputan
