#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace liputan {

// The set of post ids already seen, for dropping duplicates across files. Numeric ids (all tweet
// ids) are stored exactly as 64-bit integers; other ids by a 64-bit hash (a false duplicate needs
// a hash collision: about one in 10^7 for a billion ids). Open addressing keeps it at 16 bytes or
// less per id, the one part of reading whose memory grows with the input.
class IdSet {
 public:
  // Adds `id`; returns false when it was already there.
  bool Insert(std::string_view id);
  size_t size() const { return size_; }

 private:
  static uint64_t Key(std::string_view id);
  void Grow();

  std::vector<uint64_t> slots_;  // 0 = empty
  size_t size_ = 0;
  bool has_zero_ = false;  // the key 0 cannot live in a slot
};

}  // namespace liputan
