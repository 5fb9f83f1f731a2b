#include "tokenizer/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstring>
#include <optional>

#include "common/error.h"
#include "tokenizer/utf8.h"

namespace liputan {

namespace {

struct CodePoint {
  char32_t c;
  uint32_t begin, end;  // byte range in the input line
  bool valid;
};

const icu::Normalizer2& NfkcCasefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) throw Error(ErrorCode::kInternal, "ICU NFKC_Casefold data is missing");
  return *n;
}

struct Entity {
  char32_t c;
  size_t length;
};

// Twitter's API leaves these HTML entities in tweet text: "Pemda &amp; DPRD" → "Pemda & DPRD".
std::optional<Entity> DecodeHtmlEntity(std::string_view s, size_t pos) {
  static constexpr std::pair<std::string_view, char32_t> kNamed[] = {
      {"&amp;", '&'},  {"&lt;", '<'},    {"&gt;", '>'},
      {"&quot;", '"'}, {"&apos;", '\''}, {"&nbsp;", 0xA0}};
  for (const auto& [name, c] : kNamed) {
    if (utf8::StartsWithNoCase(s, pos, name)) return Entity{c, name.size()};
  }
  if (pos + 3 >= s.size() || s[pos + 1] != '#') return std::nullopt;
  bool hex = s[pos + 2] == 'x' || s[pos + 2] == 'X';
  size_t i = pos + (hex ? 3 : 2);
  uint32_t value = 0;
  size_t digits = 0;
  for (; i < s.size() && digits < 7; ++i, ++digits) {
    char c = utf8::AsciiLower(s[i]);
    if (utf8::IsAsciiDigit(c)) {
      value = value * (hex ? 16 : 10) + (c - '0');
    } else if (hex && c >= 'a' && c <= 'f') {
      value = value * 16 + (c - 'a' + 10);
    } else {
      break;
    }
  }
  if (digits == 0 || i >= s.size() || s[i] != ';') return std::nullopt;
  return Entity{value, i + 1 - pos};
}

// "<U+1F62D>": how some R and spreadsheet exports of tweets spell characters they could not encode.
std::optional<Entity> DecodeCodePointEscape(std::string_view s, size_t pos) {
  if (!utf8::StartsWithNoCase(s, pos, "<u+")) return std::nullopt;
  uint32_t value = 0;
  size_t i = pos + 3, digits = 0;
  for (; i < s.size() && digits < 9; ++i, ++digits) {
    char c = utf8::AsciiLower(s[i]);
    if (utf8::IsAsciiDigit(c)) {
      value = value * 16 + (c - '0');
    } else if (c >= 'a' && c <= 'f') {
      value = value * 16 + (c - 'a' + 10);
    } else {
      break;
    }
  }
  if (digits < 4 || digits > 8 || i >= s.size() || s[i] != '>') return std::nullopt;
  return Entity{value, i + 1 - pos};
}

uint32_t Hex4(std::string_view s, size_t pos, bool& ok) {
  uint32_t value = 0;
  ok = pos + 4 <= s.size();
  for (size_t i = pos; ok && i < pos + 4; ++i) {
    char c = utf8::AsciiLower(s[i]);
    ok = utf8::IsAsciiDigit(c) || (c >= 'a' && c <= 'f');
    value = value * 16 + (utf8::IsAsciiDigit(c) ? c - '0' : c - 'a' + 10);
  }
  return value;
}

// "\ud83d\ude2d": Python- or JSON-style escapes that some dumps leave in the text. A surrogate
// pair gives one character; a lone surrogate is returned as is, and counted invalid by the caller.
std::optional<Entity> DecodeBackslashEscape(std::string_view s, size_t pos) {
  if (pos + 6 > s.size() || s[pos + 1] != 'u') return std::nullopt;
  bool ok;
  uint32_t first = Hex4(s, pos + 2, ok);
  if (!ok) return std::nullopt;
  if (first >= 0xD800 && first <= 0xDBFF && pos + 12 <= s.size() && s[pos + 6] == '\\' &&
      s[pos + 7] == 'u') {
    uint32_t second = Hex4(s, pos + 8, ok);
    if (ok && second >= 0xDC00 && second <= 0xDFFF) {
      return Entity{0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), 12};
    }
  }
  return Entity{first, 6};
}

bool IsScalarValue(char32_t c) { return c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF); }

// The byte that Windows-1252 decodes to `c`, or -1.
int Cp1252Byte(char32_t c) {
  if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return c <= 0xFF ? static_cast<int>(c) : -1;
  if (c >= 0x80 && c <= 0x9F) return static_cast<int>(c);  // bytes 1252 leaves undefined
  static constexpr std::pair<char32_t, int> kHigh[] = {
      {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85},
      {0x2020, 0x86}, {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A},
      {0x2039, 0x8B}, {0x0152, 0x8C}, {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92},
      {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97},
      {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B}, {0x0153, 0x9C},
      {0x017E, 0x9E}, {0x0178, 0x9F}};
  for (const auto& [code, byte] : kHigh) {
    if (code == c) return byte;
  }
  return -1;
}

// Mojibake: UTF-8 bytes that were decoded as Windows-1252 and encoded again, as in "ðŸ˜­" for 😭.
// A lead character Â..ô followed by the right number of continuation characters is decoded back.
void RepairMojibake(std::vector<CodePoint>& cps) {
  size_t out = 0;
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i].c;
    size_t len = (c >= 0xC2 && c <= 0xDF)   ? 2
                 : (c >= 0xE0 && c <= 0xEF) ? 3
                 : (c >= 0xF0 && c <= 0xF4) ? 4
                                            : 0;
    if (len != 0 && i + len <= cps.size()) {
      std::string bytes(1, static_cast<char>(c));
      for (size_t k = 1; k < len; ++k) {
        int b = Cp1252Byte(cps[i + k].c);
        if (b < 0x80 || b > 0xBF) break;
        bytes.push_back(static_cast<char>(b));
      }
      auto d = bytes.size() == len ? utf8::Decode(bytes, 0) : utf8::Decoded{0, 0, false};
      if (d.valid && d.size == len) {
        cps[out++] = {d.cp, cps[i].begin, cps[i + len - 1].end, true};
        i += len - 1;
        continue;
      }
    }
    cps[out++] = cps[i];
  }
  cps.resize(out);
}

bool IsSpace(char32_t c) { return c == 0x85 || u_isUWhiteSpace(static_cast<UChar32>(c)); }
bool IsControl(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }
bool IsFormat(char32_t c) { return u_charType(static_cast<UChar32>(c)) == U_FORMAT_CHAR; }

// Dashes become '-', curly and angle quotes become ' or " (default mode only).
char PunctuationReplacement(char32_t c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
    case 0x02BC:
    case 0x2039:
    case 0x203A:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
      return '"';
    case 0x2212:
      return '-';
    default:
      break;
  }
  if (u_charType(static_cast<UChar32>(c)) == U_DASH_PUNCTUATION) return '-';
  return 0;
}

class Writer {
 public:
  explicit Writer(NormalizedText& out) : out_(out) {}
  void Bytes(std::string_view bytes, uint32_t b, uint32_t e) {
    out_.storage.append(bytes);
    out_.begin.insert(out_.begin.end(), bytes.size(), b);
    out_.end.insert(out_.end.end(), bytes.size(), e);
  }
  void Char(char c, uint32_t b, uint32_t e) {
    out_.storage.push_back(c);
    out_.begin.push_back(b);
    out_.end.push_back(e);
  }
  void CodePoint(char32_t c, uint32_t b, uint32_t e) {
    std::string bytes;  // at most 4 bytes: stays in the small-string buffer
    utf8::Append(c, bytes);
    Bytes(bytes, b, e);
  }

 private:
  NormalizedText& out_;
};

}  // namespace

bool IsEmojiComponent(char32_t c) {
  if (c < 0xA9) return false;
  if (c == 0x200D || c == 0xFE0F || c == 0xFE0E || c == 0x20E3) return true;
  if ((c >= 0xE0020 && c <= 0xE007F) || (c >= 0x1F3FB && c <= 0x1F3FF) ||
      (c >= 0x1F1E6 && c <= 0x1F1FF)) {
    return true;
  }
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EXTENDED_PICTOGRAPHIC);
}

namespace {

void DecodeLine(std::string_view line, bool decode_escapes, InvalidUtf8Policy policy,
                std::vector<CodePoint>& cps, size_t& invalid) {
  cps.clear();
  size_t pos = 0;
  auto invalid_here = [&](const char* what) {
    if (policy == InvalidUtf8Policy::kReject) {
      throw Error(ErrorCode::kData, std::string(what) + " at byte " + std::to_string(pos + 1));
    }
    ++invalid;
  };
  while (pos < line.size()) {
    char c = line[pos];
    if (decode_escapes && (c == '&' || c == '<' || c == '\\')) {
      auto entity = c == '&'   ? DecodeHtmlEntity(line, pos)
                    : c == '<' ? DecodeCodePointEscape(line, pos)
                               : DecodeBackslashEscape(line, pos);
      if (entity) {
        bool ok = IsScalarValue(entity->c) && entity->c != 0;
        if (!ok) invalid_here("escape of an invalid code point");
        cps.push_back({ok ? entity->c : utf8::kReplacement, static_cast<uint32_t>(pos),
                       static_cast<uint32_t>(pos + entity->length), ok});
        pos += entity->length;
        continue;
      }
    }
    auto d = utf8::Decode(line, pos);
    if (!d.valid) invalid_here("invalid UTF-8");
    cps.push_back({d.cp, static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + d.size), d.valid});
    pos += d.size;
  }
}

// ASCII lowercase of every byte (identity outside A-Z).
struct LowerTable {
  char of[256];
  constexpr LowerTable() : of() {
    for (int c = 0; c < 256; ++c) of[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
};
constexpr LowerTable kLower;

// SWAR ("SIMD within a register") tests on eight bytes at once (Warren, Hacker's Delight §6-1).
constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
constexpr uint64_t HasZeroByte(uint64_t x) { return (x - kOnes) & ~x & kHighs; }
constexpr uint64_t HasByte(uint64_t x, unsigned char b) { return HasZeroByte(x ^ (kOnes * b)); }

// True when all eight bytes are printable ASCII other than '&', '<' and '\\' (escapes start so).
bool PlainAscii8(uint64_t x) {
  if (x & kHighs) return false;
  if ((x - kOnes * 0x20) & ~x & kHighs) return false;  // a byte below 0x20
  return !HasByte(x, 0x7F) && !HasByte(x, '&') && !HasByte(x, '<') && !HasByte(x, '\\');
}

// ASCII lowercase of eight ASCII bytes: sets bit 5 of each byte in 'A'..'Z'.
uint64_t Lowercase8(uint64_t x) {
  uint64_t above_a = x + kOnes * (0x80 - 'A');      // high bit set where byte >= 'A'
  uint64_t above_z = x + kOnes * (0x80 - 'Z' - 1);  // high bit set where byte > 'Z'
  uint64_t upper = (above_a ^ above_z) & kHighs;    // 'A' <= byte <= 'Z'
  return x | (upper >> 2);
}

// The fast path of the default mode: a line of printable ASCII (without '&', '<' or '\\': nothing
// to decode) and emoji only needs its ASCII lowercased; emoji pass unchanged, so offsets stay the
// identity. Returns false, leaving `out` unspecified, for any other line.
bool LowercaseAsciiAndEmoji(std::string_view line, std::string& out) {
  out.resize(line.size());
  char* d = out.data();
  size_t i = 0;
  for (; i + 8 <= line.size(); i += 8) {  // eight plain bytes at a time
    uint64_t x;
    std::memcpy(&x, line.data() + i, 8);
    if (!PlainAscii8(x)) break;
    x = Lowercase8(x);
    std::memcpy(d + i, &x, 8);
  }
  while (i < line.size()) {
    auto c = static_cast<unsigned char>(line[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F || c == '&' || c == '<') return false;
      if (c == '\\' && i + 1 < line.size() && line[i + 1] == 'u') return false;
      d[i++] = kLower.of[c];
      continue;
    }
    auto decoded = utf8::Decode(line, i);
    if (!decoded.valid || !IsEmojiComponent(decoded.cp)) return false;
    for (uint32_t k = 0; k < decoded.size; ++k, ++i) d[i] = line[i];
  }
  return true;
}

// The fast path of preserve mode: true when the line is valid UTF-8 without control, space or
// format characters other than ASCII ' ', so the normalised text is the line itself.
bool PreservedAsIs(std::string_view line) {
  for (size_t i = 0; i < line.size();) {
    auto c = static_cast<unsigned char>(line[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F) return false;
      ++i;
      continue;
    }
    auto d = utf8::Decode(line, i);
    if (!d.valid || IsControl(d.cp) || IsSpace(d.cp) ||
        (IsFormat(d.cp) && !IsEmojiComponent(d.cp))) {
      return false;
    }
    i += d.size;
  }
  return true;
}

}  // namespace

void Normalizer::Normalize(std::string_view line, NormalizedText& out) const {
  out.storage.clear();
  out.begin.clear();
  out.end.clear();
  out.invalid_utf8 = 0;
  if (preserve_ && PreservedAsIs(line)) {  // the common case: nothing to do at all
    out.text = line;
    return;
  }
  if (!preserve_ && LowercaseAsciiAndEmoji(line, out.storage)) {
    out.text = out.storage;
    return;
  }
  out.storage.clear();
  thread_local std::vector<CodePoint> cps;
  DecodeLine(line, !preserve_, policy_, cps, out.invalid_utf8);
  if (!preserve_) RepairMojibake(cps);
  Writer w(out);
  const icu::Normalizer2& nfkc = NfkcCasefold();
  for (size_t i = 0; i < cps.size(); ++i) {
    const CodePoint& p = cps[i];
    char32_t c = p.c;
    if (!p.valid) {
      w.CodePoint(utf8::kReplacement, p.begin, p.end);
    } else if (IsControl(c) || IsSpace(c)) {
      bool space = IsSpace(c) || c == '\t' || c == '\n' || c == '\r';
      if (space || preserve_) w.Char(' ', p.begin, p.end);  // default mode removes controls
    } else if (preserve_) {
      if (IsFormat(c) && c != 0x200D && !IsEmojiComponent(c)) {
        w.Char(' ', p.begin, p.end);
      } else {
        w.Bytes(line.substr(p.begin, p.end - p.begin), p.begin, p.end);
      }
    } else if (IsEmojiComponent(c)) {
      w.CodePoint(c, p.begin, p.end);
    } else if (c >= 0x80 && IsFormat(c)) {
      // zero-width space, soft hyphen, direction marks: removed
    } else if (char r = c >= 0x80 ? PunctuationReplacement(c) : 0) {
      w.Char(r, p.begin, p.end);
    } else {
      // A normalisation segment: this character and the combining marks that follow it.
      size_t j = i + 1;
      while (j < cps.size() && cps[j].valid && cps[j].c >= 0x80 && !IsEmojiComponent(cps[j].c) &&
             !IsSpace(cps[j].c) && !IsControl(cps[j].c) &&
             !nfkc.hasBoundaryBefore(static_cast<UChar32>(cps[j].c))) {
        ++j;
      }
      if (j == i + 1 && c < 0x80) {
        w.Char(utf8::AsciiLower(static_cast<char>(c)), p.begin, p.end);
      } else if (j == i + 1 && nfkc.isInert(static_cast<UChar32>(c))) {
        w.CodePoint(c, p.begin, p.end);
      } else {
        icu::UnicodeString segment;
        for (size_t k = i; k < j; ++k) segment.append(static_cast<UChar32>(cps[k].c));
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString normalized = nfkc.normalize(segment, status);
        std::string bytes;
        if (U_SUCCESS(status)) normalized.toUTF8String(bytes);
        w.Bytes(bytes, p.begin, cps[j - 1].end);
        i = j - 1;
      }
    }
  }
  out.text = out.storage;
  if (cps.capacity() > (1u << 16)) cps = std::vector<CodePoint>();  // after a huge line
}

}  // namespace liputan
