#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace liputan {

// word -> root memo shared by all threads of a Stemmer. The table is split into shards, each
// with its own mutex, so threads stemming different words rarely wait for one another. Each shard
// is an open-addressing table of small slots over one character arena, so a hit costs one hash,
// one lock, and a probe in memory that stays compact. When full,
// new words are not remembered (no eviction), which keeps results independent of timing.
class StemCache {
 public:
  explicit StemCache(size_t capacity);
  ~StemCache();

  // Copies the cached root of `word` into `root` and returns true, or returns false.
  bool Find(std::string_view word, std::string& root) const;
  void Insert(std::string_view word, const std::string& root);
  size_t size() const { return size_.load(std::memory_order_relaxed); }

 private:
  // A slot points into the shard's arena, where each entry is its word followed by its root:
  // the whole table of a shard stays small and contiguous, so lookups touch few cache lines.
  struct Slot {
    uint32_t tag = 0;  // high hash bits; 0 marks an empty slot (real tags are forced odd)
    uint32_t offset = 0;
    uint16_t word_length = 0;
    uint16_t root_length = 0;
  };
  // The critical sections are a few dozen instructions, so a test-and-test-and-set lock that
  // yields when busy is cheaper than a futex-based mutex and still fair enough.
  class SpinLock {
   public:
    void lock() {
      while (locked_.exchange(true, std::memory_order_acquire)) {
        while (locked_.load(std::memory_order_relaxed)) std::this_thread::yield();
      }
    }
    void unlock() { locked_.store(false, std::memory_order_release); }

   private:
    std::atomic<bool> locked_{false};
  };
  struct Shard {
    mutable SpinLock mutex;
    std::vector<Slot> slots;  // power-of-two size, at most half full
    std::string arena;
    size_t used = 0;
  };
  static constexpr int kShardBits = 6;

  Shard& ShardOf(uint64_t hash) const { return shards_[hash >> (64 - kShardBits)]; }
  static void Grow(Shard& shard);

  size_t shard_capacity_;
  std::unique_ptr<Shard[]> shards_;
  std::atomic<size_t> size_{0};
};

}  // namespace liputan
