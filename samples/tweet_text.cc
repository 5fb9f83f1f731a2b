#include "samples/tweet_text.h"

#include <cctype>

#include "common/civil_date.h"
#include "common/hash64.h"

namespace liputan::samples {

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

std::vector<std::string> Mentions(const std::string& text) {
  std::vector<std::string> handles;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '@' ||
        (i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_'))) {
      continue;
    }
    size_t j = i + 1;
    while (j < text.size() &&
           (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) {
      ++j;
    }
    if (j > i + 1) handles.push_back(text.substr(i + 1, j - i - 1));
    i = j - 1;
  }
  return handles;
}

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

bool IsUrlStart(const std::string& token) {
  return StartsWith(token, "http://") || StartsWith(token, "https://") ||
         StartsWith(token, "s.id/") || StartsWith(token, "bit.ly/") ||
         StartsWith(token, "rancawenikab.go.id");
}

std::string HtmlEscape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

std::string TcoCode(const std::string& seed) {
  static const char kAlphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
  uint64_t h = Fnv1a64(seed, kFnv1a64LegacyBasis);
  std::string code;
  for (int i = 0; i < 10; ++i) {
    code += kAlphabet[h % (sizeof kAlphabet - 1)];
    h = h / (sizeof kAlphabet - 1) + (h << 7) + kSplitMix64Gamma;
  }
  return code;
}

int64_t Codepoints(const std::string& text, size_t byte_end) {
  int64_t n = 0;
  for (size_t i = 0; i < byte_end && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string TruncateCodepoints(const std::string& text, int64_t limit) {
  int64_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && n++ == limit) {
      return text.substr(0, i) + "\u2026";
    }
  }
  return text;
}

std::string SnowflakeId(int64_t time, uint64_t sequence) {
  const uint64_t ms = static_cast<uint64_t>(time) * 1000 + sequence % 1000 - 1288834974657ULL;
  return std::to_string((ms << 22) | (sequence & 0x3FFFFF));
}

std::string UserId(const std::string& handle) {
  const uint64_t h = Fnv1a64(handle, kFnv1a64LegacyBasis);
  return std::to_string(100000000000000000ULL + h % 900000000000000000ULL);
}

std::string IsoTime(int64_t unix_seconds) {
  std::string text = FormatTimestamp(unix_seconds);  // "...T01:22:13Z"
  return text.insert(text.size() - 1, ".000");
}

}  // namespace liputan::samples
