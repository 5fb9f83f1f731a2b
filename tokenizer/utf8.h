#pragma once

// Internal UTF-8 helpers shared by the tokenizer stages (not part of the public interface).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace liputan::utf8 {

constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t cp = 0;    // the code point, or kReplacement when invalid
  uint32_t size = 1;  // bytes consumed (at least 1)
  bool valid = true;
};

// Decodes one code point at s[pos] (pos < s.size()). An invalid sequence (bad lead, truncated,
// overlong, surrogate, > U+10FFFF) consumes its maximal valid prefix (at least one byte), so one
// broken character gives one U+FFFD as the Unicode standard recommends.
inline Decoded Decode(std::string_view s, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  unsigned char c = p[pos];
  if (c < 0x80) return {c, 1, true};
  int len;
  char32_t cp;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2, cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3, cp = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;  // overlong
    if (c == 0xED) hi = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4, cp = c & 0x07;
    if (c == 0xF0) lo = 0x90;  // overlong
    if (c == 0xF4) hi = 0x8F;  // > U+10FFFF
  } else {
    return {kReplacement, 1, false};
  }
  for (int i = 1; i < len; ++i) {
    if (pos + i >= n) return {kReplacement, static_cast<uint32_t>(i), false};
    unsigned char b = p[pos + i];
    unsigned char l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
    if (b < l || b > h) return {kReplacement, static_cast<uint32_t>(i), false};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, static_cast<uint32_t>(len), true};
}

inline void Append(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

inline bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

// True when every byte is printable ASCII (0x20..0x7E): such text needs no Unicode work.
inline bool IsPrintableAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c < 0x20 || c > 0x7E) return false;
  }
  return true;
}

// ASCII case-insensitive prefix test; `lower_prefix` must be lowercase.
inline bool StartsWithNoCase(std::string_view s, size_t pos, std::string_view lower_prefix) {
  if (pos > s.size() || s.size() - pos < lower_prefix.size()) return false;
  for (size_t i = 0; i < lower_prefix.size(); ++i) {
    if (AsciiLower(s[pos + i]) != lower_prefix[i]) return false;
  }
  return true;
}

}  // namespace liputan::utf8
