#pragma once

#include <cstdint>
#include <string>

namespace liputan {

// Proleptic Gregorian calendar arithmetic on days since 1970-01-01 (UTC), after Howard Hinnant's
// days_from_civil / civil_from_days ("chrono-Compatible Low-Level Date Algorithms"): exact for
// every int64 day count a timestamp can hold, no table, no time zone, no locale.
struct CivilDate {
  int64_t year = 1970;
  unsigned month = 1;  // 1..12
  unsigned day = 1;    // 1..31
};

int64_t DaysFromCivil(int64_t year, unsigned month, unsigned day);
CivilDate CivilFromDays(int64_t days);

// The day of a unix time, rounding towards the past (-1 s is 1969-12-31).
int64_t DayOfUnixTime(int64_t unix_seconds);
bool IsLeapYear(int64_t year);
int DaysInMonth(int64_t year, unsigned month);  // month 1..12

// "2021-06-01T13:35:32Z": ISO 8601 in UTC, the form our JSONL, CSV and report JSON write.
std::string FormatTimestamp(int64_t unix_seconds);

}  // namespace liputan
