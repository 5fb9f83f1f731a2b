#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace liputan {

// word -> root memo shared by all threads of a Stemmer. The map is split into shards, each with
// its own mutex, so threads stemming different words rarely wait for one another. When full, new
// words are simply not remembered (no eviction), which keeps results independent of timing.
class StemCache {
 public:
  explicit StemCache(size_t capacity);

  // Copies the cached root of `word` into `root` and returns true, or returns false.
  bool Find(std::string_view word, std::string& root) const;
  void Insert(std::string_view word, const std::string& root);
  size_t size() const { return size_.load(std::memory_order_relaxed); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Shard {
    mutable std::mutex mutex;
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> map;
  };
  static constexpr size_t kShards = 64;

  Shard& ShardOf(std::string_view word) const;

  size_t shard_capacity_;
  std::unique_ptr<std::array<Shard, kShards>> shards_;
  std::atomic<size_t> size_{0};
};

}  // namespace liputan
