#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace liputan::report {

// A set of post keys (report/post_key.h) in about 8 bytes a key: a sorted, distinct vector plus
// an unsorted tail of recent inserts that is sorted and merged in once it is as long as the
// sorted part (amortised O(log n) an insert, no node per key as a hash set would need).
class PostIdSet {
 public:
  void Insert(uint64_t key) {
    keys_.push_back(key);
    if (keys_.size() - sorted_ > std::max<size_t>(sorted_, 32)) Compact();
  }
  void Merge(const PostIdSet& other);
  size_t size() const {
    Compact();
    return keys_.size();
  }
  bool empty() const { return keys_.empty(); }
  // Ascending, distinct.
  const std::vector<uint64_t>& keys() const {
    Compact();
    return keys_;
  }
  bool operator==(const PostIdSet& other) const { return keys() == other.keys(); }

 private:
  void Compact() const;

  // Logically the set; the sorted/tail split is a cache, hence mutable.
  mutable std::vector<uint64_t> keys_;
  mutable size_t sorted_ = 0;  // keys_[0, sorted_) is sorted and distinct
};

}  // namespace liputan::report
