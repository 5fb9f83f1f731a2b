#pragma once

#include <array>
#include <cstdint>

#include "report/calendar.h"

namespace liputan::report {

// MonthIndexOf (report/calendar.h) remembered by day: the report state needs the month of every
// post, and a year of posts falls on a few hundred days, so all but the first post of a day cost
// one division and one comparison instead of a civil-calendar conversion. Direct-mapped (a day
// evicts the day 1024 days apart), so any order of posts gives the same months.
class MonthCache {
 public:
  int64_t MonthOf(int64_t unix_seconds) {
    if (unix_seconds < 0) return MonthIndexOf(unix_seconds);  // floor division; rare
    const int64_t day = unix_seconds / 86400;
    Entry& entry = entries_[static_cast<size_t>(day) % entries_.size()];
    if (entry.day != day) entry = {day, MonthIndexOf(unix_seconds)};
    return entry.month;
  }

 private:
  struct Entry {
    int64_t day = -1;
    int64_t month = 0;
  };
  std::array<Entry, 1024> entries_{};
};

}  // namespace liputan::report
