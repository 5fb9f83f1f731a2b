#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "report/agency_registry.h"

namespace liputan::report {

// Whether NormalizeHandle (report/agency_registry.h) would return `handle` unchanged: no "@" or
// space to strip, no upper-case ASCII. Most handles in an archive are, and need no copy to be
// looked up. Eight bytes at a time: this runs for every handle of every post.
inline bool IsNormalizedHandle(std::string_view handle) {
  const size_t n = handle.size();
  if (n == 0) return true;
  const char* p = handle.data();
  if (p[0] == '@' || p[0] == ' ' || p[n - 1] == ' ') return false;
  // A byte in 'A'..'Z' of a word, as "hasbetween" of Bit Twiddling Hacks (Anderson): each byte's
  // high bit is set when its low 7 bits are above '@' and below '[' and the byte is below 0x80,
  // with no carry or borrow between bytes.
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  auto has_upper = [](uint64_t x) {
    const uint64_t low7 = x & (kOnes * 127);
    return ((kOnes * (127 + '[') - low7) & ~x & (low7 + kOnes * (127 - '@')) & (kOnes * 128)) != 0;
  };
  auto load = [p](size_t at, size_t bytes) {
    uint64_t word = 0;  // bytes past the end stay 0, which is not upper case
    std::memcpy(&word, p + at, bytes);
    return word;
  };
  if (n >= 8) {
    for (size_t at = 0; at + 8 < n; at += 8) {
      if (has_upper(load(at, 8))) return false;
    }
    return !has_upper(load(n - 8, 8));  // the last 8 bytes, overlapping the loop's
  }
  if (n >= 4) return !has_upper(load(0, 4) | load(n - 4, 4) << 32);
  for (size_t i = 0; i < n; ++i) {
    if (static_cast<unsigned char>(p[i] - 'A') < 26) return false;
  }
  return true;
}

// A handle as NormalizeHandle keys it, copied only when normalising changes it.
class HandleKey {
 public:
  explicit HandleKey(std::string_view raw) : view_(raw) {
    if (!IsNormalizedHandle(raw)) {
      copy_ = NormalizeHandle(raw);
      view_ = copy_;
    }
  }
  HandleKey(const HandleKey&) = delete;  // view_ may point into copy_
  HandleKey& operator=(const HandleKey&) = delete;
  std::string_view view() const { return view_; }

 private:
  std::string copy_;
  std::string_view view_;
};

}  // namespace liputan::report
