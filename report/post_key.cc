#include "report/post_key.h"

#include <charconv>
#include <cstdio>

#include "common/hash64.h"

namespace liputan::report {

namespace {

constexpr uint64_t kHashed = uint64_t{1} << 63;

uint64_t HashKey(std::string_view text) { return Fnv1a64(text, kFnv1a64LegacyBasis) | kHashed; }

}  // namespace

uint64_t PostKey(std::string_view id) {
  if (id.empty() || id.size() > 19 || (id.size() > 1 && id.front() == '0')) return HashKey(id);
  // 19 digits cannot overflow 64 bits, so a plain loop reads the value (std::from_chars checked
  // for overflow at every digit, several times the cost for the ids of every reply and citizen
  // post).
  uint64_t value = 0;
  for (char c : id) {
    const unsigned digit = static_cast<unsigned char>(c) - unsigned{'0'};
    if (digit > 9) return HashKey(id);
    value = value * 10 + digit;
  }
  return value & kHashed ? HashKey(id) : value;
}

std::string PostKeyText(uint64_t key) {
  char text[24];
  if (key & kHashed) {
    std::snprintf(text, sizeof text, "#%016llx", static_cast<unsigned long long>(key));
  } else {
    std::snprintf(text, sizeof text, "%llu", static_cast<unsigned long long>(key));
  }
  return text;
}

uint64_t PostKeyFromText(std::string_view text) {
  if (text.size() == 17 && text.front() == '#') {
    uint64_t value = 0;
    auto [end, ec] = std::from_chars(text.data() + 1, text.data() + text.size(), value, 16);
    if (ec == std::errc() && end == text.data() + text.size() && (value & kHashed)) return value;
  }
  return PostKey(text);
}

}  // namespace liputan::report
