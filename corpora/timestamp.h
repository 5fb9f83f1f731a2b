#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// FormatTimestamp and DaysFromCivil, which the readers and writers of Post records use with it.
#include "common/civil_date.h"

namespace liputan {

// Day order for numeric dates such as 03/04/2021: day first is the Indonesian (and most
// non-US) convention; US exports put the month first.
enum class DateOrder { kDayFirst, kMonthFirst };

// Parses the date formats found in tweet archives to unix seconds (UTC). Accepted:
//   2021-06-01T13:35:32.000Z, 2021-06-01T13:35:32+07:00, 2021-06-01 13:35:32 (UTC assumed),
//   2021-06-01 13:35, 2021-06-01 (midnight UTC)              ISO 8601 and its SQL-ish variants
//   Wed Jun 01 13:35:32 +0000 2016                           Twitter API v1.1 and tweets.js
//   01/06/2021 13:35[:32], 01-06-2021, 01.06.2021            numeric, order by `order`
//   1 Jun 2021 13:35, 1 Juni 2021, 1 Mei 2021                day month-name year (English and
//                                                            Indonesian month names)
//   1622554532 or 1622554532000                              unix seconds or milliseconds
// Returns nullopt for anything else (and for impossible dates such as 2021-02-30).
std::optional<int64_t> ParseTimestamp(std::string_view text,
                                      DateOrder order = DateOrder::kDayFirst);

}  // namespace liputan
