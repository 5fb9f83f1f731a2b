#include "corpora/timestamp.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace liputan {
namespace {

// The fields of a date as they are parsed, before the checks and the conversion.
struct Civil {
  int64_t year = 0;
  int month = 0;
  int day = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
  int64_t offset_seconds = 0;  // local time minus UTC
};

std::optional<int64_t> ToUnix(const Civil& c) {
  if (c.month < 1 || c.month > 12 || c.day < 1 ||
      c.day > DaysInMonth(c.year, static_cast<unsigned>(c.month)) || c.hour > 23 || c.minute > 59 ||
      c.second > 60) {
    return std::nullopt;
  }
  int64_t days =
      DaysFromCivil(c.year, static_cast<unsigned>(c.month), static_cast<unsigned>(c.day));
  return days * 86400 + c.hour * 3600 + c.minute * 60 + c.second - c.offset_seconds;
}

// A small cursor over the text with the scanning steps the formats share.
class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}
  bool Done() const { return i_ >= s_.size(); }
  char Peek() const { return Done() ? '\0' : s_[i_]; }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++i_;
    return true;
  }
  void SkipSpaces() {
    while (!Done() && s_[i_] == ' ') ++i_;
  }
  // Reads 1..max_digits digits.
  bool Number(int64_t& out, size_t min_digits, size_t max_digits) {
    size_t start = i_;
    out = 0;
    while (!Done() && std::isdigit(static_cast<unsigned char>(s_[i_])) && i_ - start < max_digits) {
      out = out * 10 + (s_[i_++] - '0');
    }
    return i_ - start >= min_digits;
  }
  bool Int(int& out, size_t min_digits, size_t max_digits) {
    int64_t v = 0;
    if (!Number(v, min_digits, max_digits)) return false;
    out = static_cast<int>(v);
    return true;
  }
  std::string_view Word() {
    size_t start = i_;
    while (!Done() && std::isalpha(static_cast<unsigned char>(s_[i_]))) ++i_;
    return s_.substr(start, i_ - start);
  }
  void SkipFraction() {
    if (Eat('.') || Eat(',')) {
      while (!Done() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
    }
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

// English and Indonesian month names and abbreviations ("Jun", "Juni", "Agu", "Agustus", "Mei").
int MonthFromName(std::string_view word) {
  if (word.size() < 3) return 0;
  std::string w;
  for (char c : word) w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  static const std::array<std::vector<std::string>, 12> kNames = {{
      {"jan", "january", "januari"},
      {"feb", "february", "februari", "pebruari"},
      {"mar", "march", "maret"},
      {"apr", "april"},
      {"may", "mei"},
      {"jun", "june", "juni"},
      {"jul", "july", "juli"},
      {"aug", "august", "agu", "agt", "agustus"},
      {"sep", "sept", "september"},
      {"oct", "october", "okt", "oktober"},
      {"nov", "november", "nop", "nopember"},
      {"dec", "december", "des", "desember"},
  }};
  for (size_t m = 0; m < kNames.size(); ++m) {
    for (const auto& name : kNames[m]) {
      if (w == name) return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

// "Z", "+07:00", "+0700", "-05", " UTC", " WIB" or nothing (UTC).
bool ParseZone(Scanner& s, int64_t& offset) {
  s.SkipSpaces();
  offset = 0;
  if (s.Done() || s.Eat('Z')) return s.Done();
  std::string_view word = s.Word();
  if (word == "UTC" || word == "GMT") {
    if (s.Done()) return true;
  } else if (word == "WIB" || word == "WITA" || word == "WIT") {
    // Indonesian zones: Western +7, Central +8, Eastern +9.
    offset = (word == "WIB" ? 7 : word == "WITA" ? 8 : 9) * 3600;
    return s.Done();
  } else if (!word.empty()) {
    return false;
  }
  int sign = s.Eat('+') ? 1 : (s.Eat('-') ? -1 : 0);
  if (sign == 0) return false;
  int hh = 0;
  int mm = 0;
  if (!s.Int(hh, 2, 2)) return false;
  s.Eat(':');
  if (!s.Done() && !s.Int(mm, 2, 2)) return false;
  offset = sign * (hh * 3600 + mm * 60);
  return s.Done();
}

// "13:35", "13:35:32", "13:35:32.123" then a zone.
bool ParseClock(Scanner& s, Civil& c) {
  if (!s.Int(c.hour, 1, 2) || !s.Eat(':') || !s.Int(c.minute, 2, 2)) return false;
  if (s.Eat(':') && !s.Int(c.second, 2, 2)) return false;
  s.SkipFraction();
  return ParseZone(s, c.offset_seconds);
}

// Optional time after a date: nothing, or a separator (T or spaces) and a clock.
bool ParseOptionalTime(Scanner& s, Civil& c) {
  if (s.Done()) return true;
  if (!s.Eat('T') && s.Peek() != ' ') return false;
  s.SkipSpaces();
  if (s.Done()) return true;
  return ParseClock(s, c);
}

std::optional<int64_t> ParseIso(std::string_view text) {
  Scanner s(text);
  Civil c;
  if (!s.Number(c.year, 4, 4) || !s.Eat('-') || !s.Int(c.month, 1, 2) || !s.Eat('-') ||
      !s.Int(c.day, 1, 2)) {
    return std::nullopt;
  }
  if (!ParseOptionalTime(s, c)) return std::nullopt;
  return ToUnix(c);
}

// "Wed Jun 01 13:35:32 +0000 2016".
std::optional<int64_t> ParseTwitterClassic(std::string_view text) {
  Scanner s(text);
  Civil c;
  if (s.Word().size() != 3 || !s.Eat(' ')) return std::nullopt;
  c.month = MonthFromName(s.Word());
  s.SkipSpaces();
  if (c.month == 0 || !s.Int(c.day, 1, 2) || !s.Eat(' ')) return std::nullopt;
  if (!s.Int(c.hour, 2, 2) || !s.Eat(':') || !s.Int(c.minute, 2, 2) || !s.Eat(':') ||
      !s.Int(c.second, 2, 2) || !s.Eat(' ')) {
    return std::nullopt;
  }
  int sign = s.Eat('+') ? 1 : (s.Eat('-') ? -1 : 0);
  int hh = 0;
  int mm = 0;
  if (sign == 0 || !s.Int(hh, 2, 2) || !s.Int(mm, 2, 2) || !s.Eat(' ')) return std::nullopt;
  c.offset_seconds = sign * (hh * 3600 + mm * 60);
  if (!s.Number(c.year, 4, 4) || !s.Done()) return std::nullopt;
  return ToUnix(c);
}

// "01/06/2021 13:35", "1-6-2021", "01.06.2021": day and month order by `order`.
std::optional<int64_t> ParseNumericDate(std::string_view text, DateOrder order) {
  Scanner s(text);
  Civil c;
  int first = 0;
  int second = 0;
  if (!s.Int(first, 1, 2)) return std::nullopt;
  char sep = s.Peek();
  if ((sep != '/' && sep != '-' && sep != '.') || !s.Eat(sep) || !s.Int(second, 1, 2) ||
      !s.Eat(sep) || !s.Number(c.year, 4, 4)) {
    return std::nullopt;
  }
  c.day = order == DateOrder::kDayFirst ? first : second;
  c.month = order == DateOrder::kDayFirst ? second : first;
  if (!ParseOptionalTime(s, c)) return std::nullopt;
  return ToUnix(c);
}

// "1 Jun 2021 13:35", "01 Juni 2021".
std::optional<int64_t> ParseDayMonthName(std::string_view text) {
  Scanner s(text);
  Civil c;
  if (!s.Int(c.day, 1, 2)) return std::nullopt;
  s.SkipSpaces();
  c.month = MonthFromName(s.Word());
  s.Eat(',');
  s.SkipSpaces();
  if (c.month == 0 || !s.Number(c.year, 4, 4)) return std::nullopt;
  s.Eat(',');
  if (!ParseOptionalTime(s, c)) return std::nullopt;
  return ToUnix(c);
}

std::optional<int64_t> ParseEpoch(std::string_view text) {
  if (text.size() < 9 || text.size() > 13) return std::nullopt;
  int64_t v = 0;
  for (char ch : text) {
    if (!std::isdigit(static_cast<unsigned char>(ch))) return std::nullopt;
    v = v * 10 + (ch - '0');
  }
  return text.size() >= 12 ? v / 1000 : v;  // milliseconds from 2001-09-09 on have 13 digits
}

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<int64_t> ParseTimestamp(std::string_view text, DateOrder order) {
  text = TrimView(text);
  if (text.empty()) return std::nullopt;
  if (auto t = ParseIso(text)) return t;
  if (auto t = ParseTwitterClassic(text)) return t;
  if (auto t = ParseNumericDate(text, order)) return t;
  if (auto t = ParseDayMonthName(text)) return t;
  return ParseEpoch(text);
}

}  // namespace liputan
