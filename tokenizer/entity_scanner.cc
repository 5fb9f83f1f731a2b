#include "tokenizer/entity_scanner.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "tokenizer/normalizer.h"
#include "tokenizer/utf8.h"

namespace liputan {

namespace {

using utf8::AsciiLower;
using utf8::IsAsciiAlnum;
using utf8::IsAsciiAlpha;
using utf8::IsAsciiDigit;
using utf8::StartsWithNoCase;

constexpr size_t kMaxHost = 253;       // RFC 1035 name length: bounds a failed lookahead
constexpr size_t kMaxEmailLocal = 64;  // RFC 5321 local part

bool At(std::string_view s, size_t i, char c) { return i < s.size() && s[i] == c; }
bool DigitAt(std::string_view s, size_t i) { return i < s.size() && IsAsciiDigit(s[i]); }
bool AlnumAt(std::string_view s, size_t i) { return i < s.size() && IsAsciiAlnum(s[i]); }

size_t DigitRun(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && IsAsciiDigit(s[j])) ++j;
  return j - i;
}

int DigitsValue(std::string_view s, size_t i, size_t n) {
  int v = 0;
  for (size_t k = 0; k < n; ++k) v = v * 10 + (s[i + k] - '0');
  return v;
}

// Top-level domains that make a dotted name a link without "http" or "www.": the ones seen in
// Indonesian tweets (pemalangkab.go.id, bit.ly, s.id, goo.gl, forms.gle).
bool IsKnownTld(std::string_view tld) {
  static constexpr std::array<std::string_view, 30> kTlds = {
      "app", "biz",  "co", "com",   "dev",  "edu", "gl", "gle", "go",   "gov",
      "id",  "info", "io", "link",  "live", "ly",  "my", "net", "news", "online",
      "org", "site", "sg", "store", "tech", "tv",  "uk", "us",  "web",  "xyz"};
  std::string lower;
  for (char c : tld) lower.push_back(AsciiLower(c));
  return lower != "go" && lower != "web" &&
         std::find(kTlds.begin(), kTlds.end(), lower) != kTlds.end();
}

// Characters a URL may hold: printable ASCII except space, quotes, angle brackets and the
// backslash of "\n" escapes in dumps. Non-ASCII (e.g. the "…" of truncated tweets) ends it.
bool IsUrlChar(char c) {
  return c > 0x20 && c < 0x7F && c != '<' && c != '>' && c != '"' && c != '\\' && c != '`' &&
         c != '{' && c != '}' && c != '|';
}

// Extends a URL over its path and drops trailing punctuation that belongs to the sentence.
size_t UrlEnd(std::string_view s, size_t pos, size_t i) {
  while (i < s.size() && IsUrlChar(s[i])) ++i;
  while (i > pos) {
    char c = s[i - 1];
    if (c == ')') {
      auto span = s.substr(pos, i - pos);
      if (std::count(span.begin(), span.end(), '(') >= std::count(span.begin(), span.end(), ')'))
        break;
    } else if (std::string_view(".,;:!?'\"*").find(c) == std::string_view::npos) {
      break;
    }
    --i;
  }
  return i - pos;
}

// A dotted host name at pos: returns its end, and the begin of its last label.
size_t HostEnd(std::string_view s, size_t pos, size_t& labels, size_t& last_label) {
  size_t i = pos;
  labels = 0;
  while (i < s.size() && i - pos < kMaxHost) {
    size_t start = i;
    while (i < s.size() && i - pos < kMaxHost && (IsAsciiAlnum(s[i]) || s[i] == '-')) ++i;
    if (i == start) break;
    ++labels;
    last_label = start;
    if (At(s, i, '.') && AlnumAt(s, i + 1)) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

bool IsWordCodePoint(char32_t c) {
  if (c < 0x80) return IsAsciiAlnum(static_cast<char>(c)) || c == '_';
  if (IsEmojiComponent(c)) return false;
  int8_t type = u_charType(static_cast<UChar32>(c));
  return (U_MASK(type) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK | U_GC_NO_MASK)) != 0;
}

bool IsEmojiModifier(char32_t c) { return c >= 0x1F3FB && c <= 0x1F3FF; }
bool IsRegionalIndicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }
bool IsTag(char32_t c) { return c >= 0xE0020 && c <= 0xE007F; }

char32_t CodePointAt(std::string_view s, size_t i, size_t& size) {
  if (i >= s.size()) {
    size = 0;
    return 0;
  }
  auto d = utf8::Decode(s, i);
  size = d.size;
  return d.cp;
}

// "WIB", "WITA", "WIT" (Indonesia's time zones) after a time, past up to two spaces.
bool ZoneFollows(std::string_view s, size_t i) {
  for (int k = 0; k < 2 && At(s, i, ' '); ++k) ++i;
  for (std::string_view zone : {"wita", "wib", "wit"}) {
    if (StartsWithNoCase(s, i, zone) && !AlnumAt(s, i + zone.size())) return true;
  }
  return false;
}

// A separator followed by a digit continues a number: "1.000" or "3,5".
bool NumberContinues(std::string_view s, size_t i) {
  return (At(s, i, '.') || At(s, i, ',')) && DigitAt(s, i + 1);
}

size_t MatchDate(std::string_view s, size_t pos) {
  size_t a = DigitRun(s, pos);
  if (a == 4) {  // 2021-09-10
    size_t i = pos + 4;
    char sep = i < s.size() ? s[i] : 0;
    if (sep != '-' && sep != '/') return 0;
    size_t b = DigitRun(s, i + 1);
    if (b < 1 || b > 2 || !At(s, i + 1 + b, sep)) return 0;
    size_t c = DigitRun(s, i + 2 + b);
    if (c < 1 || c > 2) return 0;
    int month = DigitsValue(s, i + 1, b), day = DigitsValue(s, i + 2 + b, c);
    size_t end = i + 2 + b + c;
    if (month < 1 || month > 12 || day < 1 || day > 31 || NumberContinues(s, end)) return 0;
    return end - pos;
  }
  if (a < 1 || a > 2) return 0;
  size_t i = pos + a;
  char sep = i < s.size() ? s[i] : 0;
  if (sep != '/' && sep != '-' && sep != '.') return 0;
  size_t b = DigitRun(s, i + 1);
  if (b < 1 || b > 2 || !At(s, i + 1 + b, sep)) return 0;
  size_t c = DigitRun(s, i + 2 + b);
  if (c != 2 && c != 4) return 0;
  int first = DigitsValue(s, pos, a), second = DigitsValue(s, i + 1, b);
  size_t end = i + 2 + b + c;
  if (first < 1 || first > 31 || second < 1 || second > 31 || std::min(first, second) > 12 ||
      NumberContinues(s, end) || (sep == '.' && c == 2)) {
    return 0;
  }
  return end - pos;
}

size_t MatchTime(std::string_view s, size_t pos, std::string_view previous) {
  size_t h = DigitRun(s, pos);
  if (h < 1 || h > 2) return 0;
  size_t i = pos + h;
  char sep = i < s.size() ? s[i] : 0;
  if (sep != ':' && sep != '.') return 0;
  if (DigitRun(s, i + 1) != 2) return 0;
  int hour = DigitsValue(s, pos, h), minute = DigitsValue(s, i + 1, 2);
  size_t end = i + 3;
  if (At(s, end, sep) && DigitRun(s, end + 1) == 2) end += 3;  // seconds
  if (hour > 24 || minute > 59 || DigitAt(s, end) || NumberContinues(s, end)) return 0;
  if (sep == ':') return end - pos;
  // "08.00" is a time; "3.50" is a decimal unless "pukul"/"jam" precede it or a zone follows.
  bool cue = false;
  for (std::string_view word : {"pukul", "jam", "pkl", "pk"}) {
    cue = cue || (previous.size() == word.size() && StartsWithNoCase(previous, 0, word));
  }
  if (cue || h == 2 || ZoneFollows(s, end)) return end - pos;
  return 0;
}

// Digit groups of a phone number separated by single '-' or ' ' (groups after a space need 3+
// digits). Returns the end; counts digits into `digits`, stopping before `max_digits` is passed.
size_t PhoneGroups(std::string_view s, size_t i, size_t& digits, size_t max_digits) {
  size_t run = DigitRun(s, i);
  digits += run;
  i += run;
  while (i + 1 < s.size() && (s[i] == '-' || s[i] == ' ')) {
    size_t next = DigitRun(s, i + 1);
    if (next == 0 || (s[i] == ' ' && next < 3) || digits + next > max_digits) break;
    digits += next;
    i += 1 + next;
  }
  return i;
}

size_t MatchPhone(std::string_view s, size_t pos) {
  size_t digits = 0, end;
  if (s[pos] == '+') {  // +62 812-3456-7890
    if (!DigitAt(s, pos + 1)) return 0;
    end = PhoneGroups(s, pos + 1, digits, 15);
    if (digits < 9) return 0;
  } else if (s[pos] == '(') {  // (0285) 123456
    size_t area = DigitRun(s, pos + 1);
    if (!At(s, pos + 1, '0') || area < 2 || area > 5 || !At(s, pos + 1 + area, ')')) return 0;
    size_t i = pos + 2 + area;
    if (At(s, i, ' ')) ++i;
    if (!DigitAt(s, i)) return 0;
    digits = area;
    end = PhoneGroups(s, i, digits, 13);
    if (digits < 8) return 0;
  } else {  // 0812-3456-7890, 081234567890, 021 1234567
    if (s[pos] != '0') return 0;
    size_t first = DigitRun(s, pos);
    end = PhoneGroups(s, pos, digits, 13);
    bool grouped = end != pos + first;
    if (digits < (grouped ? 9u : 10u) || (grouped && (first < 3 || first > 5))) return 0;
  }
  if (DigitAt(s, end) || AlnumAt(s, end)) return 0;
  return end - pos;
}

// Words that may stick to an amount: "10rb", "5kg", "2x", "3jam" split into number and word.
bool IsUnit(std::string_view word) {
  static constexpr std::array<std::string_view, 43> kUnits = {
      "an",   "bln", "bulan", "cm",      "detik", "dtk",   "gb",   "gr",     "ha",
      "hari", "jam", "jt",    "juta",    "k",     "kali",  "kb",   "kg",     "km",
      "l",    "lt",  "m",     "mb",      "mbps",  "menit", "mg",   "miliar", "milyar",
      "ml",   "mm",  "mnt",   "org",     "orang", "pcs",   "rb",   "ribu",   "t",
      "th",   "thn", "tahun", "triliun", "unit",  "x",     "porsi"};
  std::string lower;
  for (char c : word) lower.push_back(AsciiLower(c));
  return lower != "an" && std::find(kUnits.begin(), kUnits.end(), lower) != kUnits.end();
}

size_t MatchNumber(std::string_view s, size_t pos) {
  size_t i = pos + DigitRun(s, pos);
  while (NumberContinues(s, i)) i += 1 + DigitRun(s, i + 1);
  if (At(s, i, '%')) return i + 1 - pos;
  if (i < s.size() && (IsAsciiAlpha(s[i]) || s[i] == '_')) {
    size_t j = i;
    while (j < s.size() && IsAsciiAlpha(s[j])) ++j;
    bool joined = AlnumAt(s, j) || (At(s, j, '_') && AlnumAt(s, j + 1));
    if (joined || !IsUnit(s.substr(i, j - i))) return 0;  // "4g", "5x_y": a word
  }
  return i - pos;
}

}  // namespace

size_t EntityScanner::MatchUrl(std::string_view s, size_t pos, size_t* host_end) {
  size_t scheme = StartsWithNoCase(s, pos, "https://")  ? 8
                  : StartsWithNoCase(s, pos, "http://") ? 7
                                                        : 0;
  if (scheme != 0) {
    if (pos + scheme >= s.size() || !IsUrlChar(s[pos + scheme])) return 0;
    size_t length = UrlEnd(s, pos, pos + scheme);
    return length > scheme ? length : 0;
  }
  size_t labels = 0, last_label = pos;
  size_t end = HostEnd(s, pos, labels, last_label);
  if (host_end != nullptr) *host_end = end;
  bool www = StartsWithNoCase(s, pos, "www.") && labels >= 3;
  if (labels < 2 || (!www && !IsKnownTld(s.substr(last_label, end - last_label)))) return 0;
  if (At(s, end, '@') || At(s, end, '_')) return 0;
  if (end < s.size() && (s[end] == '/' || (s[end] == ':' && DigitAt(s, end + 1)))) {
    return UrlEnd(s, pos, end);
  }
  return end - pos;
}

size_t EntityScanner::MatchEmail(std::string_view s, size_t pos) {
  size_t i = pos;
  while (i < s.size() && i - pos < kMaxEmailLocal &&
         (IsAsciiAlnum(s[i]) || std::string_view("._%+-").find(s[i]) != std::string_view::npos)) {
    ++i;
  }
  if (!At(s, i, '@') || i == pos || s[i - 1] == '.') return 0;
  size_t labels = 0, last_label = i + 1;
  size_t end = HostEnd(s, i + 1, labels, last_label);
  if (labels < 2 || end - last_label < 2 || !IsAsciiAlpha(s[last_label])) return 0;
  return end - pos;
}

size_t EntityScanner::MatchMention(std::string_view s, size_t pos) {
  size_t i = pos + 1;
  while (i < s.size() && (IsAsciiAlnum(s[i]) || s[i] == '_')) ++i;
  return i > pos + 1 ? i - pos : 0;
}

size_t EntityScanner::MatchHashtag(std::string_view s, size_t pos) {
  size_t i = pos + 1;
  bool has_non_digit = false;
  while (i < s.size()) {
    size_t size;
    char32_t c = CodePointAt(s, i, size);
    if (!IsWordCodePoint(c)) break;
    has_non_digit = has_non_digit || !(c >= '0' && c <= '9');
    i += size;
  }
  return has_non_digit ? i - pos : 0;
}

size_t EntityScanner::MatchEmoji(std::string_view s, size_t pos) {
  size_t size;
  char32_t c = CodePointAt(s, pos, size);
  size_t i = pos + size;
  size_t next_size;
  char32_t next = CodePointAt(s, i, next_size);
  if (c == '#' || c == '*' || (c >= '0' && c <= '9')) {  // keycap: 1️⃣
    if (next == 0xFE0F) {
      i += next_size;
      next = CodePointAt(s, i, next_size);
    }
    return next == 0x20E3 ? i + next_size - pos : 0;
  }
  if (IsRegionalIndicator(c)) {  // a flag is a pair of regional indicators: 🇮🇩
    return (IsRegionalIndicator(next) ? i + next_size : i) - pos;
  }
  if (!IsEmojiComponent(c) || c == 0x200D || c == 0xFE0F || c == 0xFE0E || c == 0x20E3 ||
      IsTag(c)) {
    return 0;
  }
  while (true) {
    c = CodePointAt(s, i, size);
    if (c == 0xFE0F || c == 0xFE0E || IsEmojiModifier(c) || IsTag(c) || c == 0x20E3) {
      i += size;
      continue;
    }
    if (c == 0x200D) {  // ZWJ sequence: 👨‍👩‍👧
      size_t after;
      char32_t joined = CodePointAt(s, i + size, after);
      if (after > 0 && joined >= 0x80 && IsEmojiComponent(joined) && joined != 0x200D) {
        i += size + after;
        continue;
      }
    }
    break;
  }
  return i - pos;
}

size_t EntityScanner::MatchEmoticon(std::string_view s, size_t pos) {
  static constexpr std::array<std::string_view, 38> kEmoticons = {
      ":)", ":-)", ":(",  ":-(", ":d",  ":-d", ":p",  ":-p", ":v", ":'(", ":')", ":*", ":3",
      ":/", ":-/", ":o",  ":|",  ":]",  ":[",  ";)",  ";-)", ";(", ";d",  "=)",  "=(", "=d",
      "<3", "</3", "^_^", "^^",  "^.^", "-_-", "-.-", "t_t", "xd", ">_<", "o_o", ":'v"};
  // Most positions cannot start an emoticon: reject them before the list is searched.
  switch (AsciiLower(s[pos])) {
    case ':':
    case ';':
    case '=':
    case '<':
    case '^':
    case '-':
    case '>':
    case 't':
    case 'x':
    case 'o':
      break;
    default:
      return 0;
  }
  size_t best = 0;
  const char first = AsciiLower(s[pos]);
  for (auto e : kEmoticons) {
    if (e[0] == first && e.size() > best && StartsWithNoCase(s, pos, e)) best = e.size();
  }
  if (best == 0) return 0;
  char last = AsciiLower(s[pos + best - 1]);
  size_t i = pos + best;
  if (std::string_view(")(dp3v").find(last) != std::string_view::npos) {
    while (i < s.size() && AsciiLower(s[i]) == last) ++i;
  }
  if (AlnumAt(s, i) && IsAsciiAlnum(last)) return 0;  // ":dasar", "<30"
  if (At(s, i, '/') && last == '/') return 0;         // "://"
  return i - pos;
}

EntityScanner::Match EntityScanner::MatchNumeric(std::string_view s, size_t pos,
                                                 std::string_view previous) {
  if (s[pos] == '+' || s[pos] == '(') {
    size_t n = MatchPhone(s, pos);
    return {n, TokenType::kPhone};
  }
  if (size_t n = MatchDate(s, pos)) return {n, TokenType::kDate};
  if (size_t n = MatchTime(s, pos, previous)) return {n, TokenType::kTime};
  if (size_t n = MatchPhone(s, pos)) return {n, TokenType::kPhone};
  return {MatchNumber(s, pos), TokenType::kNumber};
}

size_t EntityScanner::MatchCurrency(std::string_view s, size_t pos, bool keep_dot, size_t& skip) {
  size_t word = StartsWithNoCase(s, pos, "rp") ? 2 : StartsWithNoCase(s, pos, "idr") ? 3 : 0;
  if (word == 0) return 0;
  size_t i = pos + word;
  bool dot = At(s, i, '.');
  if (dot) ++i;
  if (At(s, i, ' ')) ++i;
  if (!DigitAt(s, i)) return 0;
  size_t length = word + (dot && keep_dot ? 1 : 0);
  skip = i - pos - length;
  return length;
}

size_t EntityScanner::MatchAbbreviation(std::string_view s, size_t pos) const {
  if (abbreviations_ == nullptr) return 0;
  char lower[32];
  size_t best = 0;
  for (size_t i = pos; i < s.size() && i - pos < std::min(max_abbreviation_, sizeof lower); ++i) {
    char c = s[i];
    if (!IsAsciiAlpha(c) && c != '.') break;
    lower[i - pos] = AsciiLower(c);
    if (c == '.' && !AlnumAt(s, i + 1) &&
        abbreviations_->Contains(std::string_view(lower, i + 1 - pos))) {
      best = i + 1 - pos;
    }
  }
  return best;
}

size_t EntityScanner::MatchHtmlEntity(std::string_view s, size_t pos) {
  for (std::string_view name : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;"}) {
    if (StartsWithNoCase(s, pos, name)) return name.size();
  }
  if (!At(s, pos + 1, '#')) return 0;
  size_t i = pos + 2;
  if (At(s, i, 'x') || At(s, i, 'X')) ++i;
  size_t start = i;
  while (i < s.size() && i - start < 7 && IsAsciiAlnum(s[i])) ++i;
  return i > start && At(s, i, ';') ? i + 1 - pos : 0;
}

size_t EntityScanner::MatchCodePointEscape(std::string_view s, size_t pos, char32_t& cp) {
  if (!StartsWithNoCase(s, pos, "<u+")) return 0;
  size_t i = pos + 3;
  uint32_t value = 0;
  while (i < s.size() && i - pos < 12) {
    char c = AsciiLower(s[i]);
    if (IsAsciiDigit(c)) {
      value = value * 16 + (c - '0');
    } else if (c >= 'a' && c <= 'f') {
      value = value * 16 + (c - 'a' + 10);
    } else {
      break;
    }
    ++i;
  }
  if (i - pos < 7 || i - pos > 11 || !At(s, i, '>')) return 0;
  cp = value;
  return i + 1 - pos;
}

}  // namespace liputan
