#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace liputan::report {

// An interaction tie in one month: handles as ids of the report state's handle table.
struct EdgeKey {
  int64_t month;   // MonthIndexOf
  uint32_t layer;  // Layer
  uint32_t from;   // handle id (a local agency when aggregated from posts)
  uint32_t to;     // handle id of any account
  bool operator==(const EdgeKey&) const = default;
};

// Edge → interactions, for the hundreds of thousands of ties a large archive has: entries in one
// vector (in insertion order) and an open-addressing index of 4-byte slots over them, about 40
// bytes a tie and one or two cache misses a lookup (a node-based map cost twice both).
class EdgeMap {
 public:
  using Entry = std::pair<EdgeKey, int64_t>;

  // The weight of `key`, inserted as 0 when new. The reference lasts until the next insertion.
  int64_t& operator[](const EdgeKey& key);
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
  std::vector<Entry>::const_iterator end() const { return entries_.end(); }

 private:
  static size_t Hash(const EdgeKey& key);
  void Grow();

  std::vector<Entry> entries_;
  std::vector<uint32_t> slots_;  // entry index + 1, 0 = empty; a power of two long
};

}  // namespace liputan::report
