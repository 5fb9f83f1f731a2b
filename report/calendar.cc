#include "report/calendar.h"

#include <charconv>
#include <climits>
#include <cstdio>

#include "common/civil_date.h"
#include "common/error.h"

namespace liputan::report {

namespace {

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

void SplitMonth(const std::string& month, int& year, int& mon) {
  if (std::sscanf(month.c_str(), "%d-%d", &year, &mon) != 2 || mon < 1 || mon > 12) {
    throw Error(ErrorCode::kInternal, "bad month key \"" + month + "\"");
  }
}

}  // namespace

PeriodKind ParsePeriodKind(const std::string& text) {
  if (text == "month") return PeriodKind::kMonth;
  if (text == "quarter") return PeriodKind::kQuarter;
  if (text == "year") return PeriodKind::kYear;
  throw Error(ErrorCode::kUsage, "--period must be month, quarter or year, not \"" + text + "\"");
}

std::string PeriodKindName(PeriodKind kind) {
  switch (kind) {
    case PeriodKind::kMonth:
      return "month";
    case PeriodKind::kQuarter:
      return "quarter";
    case PeriodKind::kYear:
      return "year";
  }
  return "month";
}

std::string MonthOf(int64_t unix_seconds) {
  // Posts come in runs of nearby times; remembering the last day's month saves a format per post.
  thread_local int64_t cached_day = INT64_MIN;
  thread_local std::string cached_month;
  const int64_t day = DayOfUnixTime(unix_seconds);
  if (day == cached_day) return cached_month;
  const CivilDate c = CivilFromDays(day);
  char text[48];
  std::snprintf(text, sizeof text, "%04lld-%02u", static_cast<long long>(c.year), c.month);
  cached_day = day;
  cached_month = text;
  return cached_month;
}

int64_t MonthIndexOf(int64_t unix_seconds) {
  const CivilDate c = CivilFromDays(DayOfUnixTime(unix_seconds));
  return c.year * 12 + static_cast<int64_t>(c.month) - 1;
}

std::string MonthName(int64_t month_index) {
  const int64_t y = FloorDiv(month_index, 12);
  const unsigned m = static_cast<unsigned>(month_index - y * 12) + 1;
  char text[48];
  std::snprintf(text, sizeof text, "%04lld-%02u", static_cast<long long>(y), m);
  return text;
}

int64_t MonthIndexOfName(const std::string& month) {
  long long year = 0;
  int mon = 0;
  if (std::sscanf(month.c_str(), "%lld-%d", &year, &mon) != 2 || mon < 1 || mon > 12 ||
      year > 100000000000LL || year < -100000000000LL || MonthName(year * 12 + mon - 1) != month) {
    throw Error(ErrorCode::kInternal, "bad month key \"" + month + "\"");
  }
  return year * 12 + mon - 1;
}

std::string PeriodOfMonth(const std::string& month, PeriodKind kind) {
  int year, mon;
  SplitMonth(month, year, mon);
  char text[48];
  switch (kind) {
    case PeriodKind::kMonth:
      return month;
    case PeriodKind::kQuarter:
      std::snprintf(text, sizeof text, "%04d-Q%d", year, (mon - 1) / 3 + 1);
      return text;
    case PeriodKind::kYear:
      std::snprintf(text, sizeof text, "%04d", year);
      return text;
  }
  return month;
}

std::vector<std::string> MonthRange(const std::string& first, const std::string& last) {
  std::vector<std::string> months;
  int y, m, last_y, last_m;
  SplitMonth(first, y, m);
  SplitMonth(last, last_y, last_m);
  while (y < last_y || (y == last_y && m <= last_m)) {
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d", y, m);
    months.emplace_back(text);
    if (++m > 12) {
      m = 1;
      ++y;
    }
  }
  return months;
}

int DaysInMonth(const std::string& month) {
  int y, m;
  SplitMonth(month, y, m);
  return liputan::DaysInMonth(y, static_cast<unsigned>(m));
}

int64_t ParseDate(const std::string& text) {
  int y, mo, d, h = 0, mi = 0, s = 0;
  char tail = 0;
  const bool date_only =
      text.size() == 10 && std::sscanf(text.c_str(), "%4d-%2d-%2d", &y, &mo, &d) == 3;
  const bool date_time = !date_only &&
                         std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h,
                                     &mi, &s, &tail) == 7 &&
                         tail == 'Z';
  if ((!date_only && !date_time) || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 ||
      s > 60) {
    throw Error(ErrorCode::kUsage,
                "expected a date YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, got \"" + text + "\"");
  }
  return DaysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 +
         mi * 60 + s;
}

bool SnowflakeTime(const std::string& id, int64_t& unix_seconds) {
  uint64_t value = 0;
  auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), value);
  if (ec != std::errc() || end != id.data() + id.size()) return false;
  // Snowflake ids are above 2^22 · (ms since the epoch); anything smaller is a pre-2010 sequential
  // id.
  if (value < (uint64_t{1} << 40)) return false;
  unix_seconds = static_cast<int64_t>(((value >> 22) + 1288834974657ull) / 1000);
  return true;
}

}  // namespace liputan::report
