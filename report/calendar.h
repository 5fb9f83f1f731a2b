#pragma once

#include <cstdint>
#include <string>
#include <vector>

// FormatTimestamp ("2024-03-05T07:00:00Z"), which the report writes its times with.
#include "common/civil_date.h"

namespace liputan::report {

enum class PeriodKind { kMonth, kQuarter, kYear };

// "month" | "quarter" | "year"; anything else throws kUsage.
PeriodKind ParsePeriodKind(const std::string& text);
std::string PeriodKindName(PeriodKind kind);

// Months are the unit of aggregation ("2024-03"); periods are built from them at render time, so
// one partial state serves every --period.
std::string MonthOf(int64_t unix_seconds);
// The same month as a number (year × 12 + month − 1), what the state keys its months by; months
// compare as their names do (for four-digit years). MonthName(MonthIndexOf(t)) == MonthOf(t).
int64_t MonthIndexOf(int64_t unix_seconds);
std::string MonthName(int64_t month_index);
int64_t MonthIndexOfName(const std::string& month);  // "2024-03" → index; throws kInternal
// "2024-03" → "2024-03" | "2024-Q1" | "2024".
std::string PeriodOfMonth(const std::string& month, PeriodKind kind);
// Every month from `first` to `last` inclusive ("2024-11", "2024-12", "2025-01").
std::vector<std::string> MonthRange(const std::string& first, const std::string& last);
int DaysInMonth(const std::string& month);

// Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ" (UTC) to unix seconds; throws kUsage on anything
// else.
int64_t ParseDate(const std::string& text);

// Creation time encoded in a numeric tweet id (Twitter "snowflake", ids after 2010-11-04:
// milliseconds since the Twitter epoch 1288834974657 in the bits above 22). Returns false when the
// id is not such a number.
bool SnowflakeTime(const std::string& id, int64_t& unix_seconds);

}  // namespace liputan::report
