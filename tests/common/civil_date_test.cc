// The one civil-date implementation (common/civil_date.h) that the readers, the report and the
// demo generator share.
#include "common/civil_date.h"

#include <gtest/gtest.h>

namespace liputan {
namespace {

TEST(CivilDateTest, KnownDays) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
  EXPECT_EQ(DaysFromCivil(1969, 12, 31), -1);
  EXPECT_EQ(DaysFromCivil(2024, 2, 29) + 1, DaysFromCivil(2024, 3, 1));
}

TEST(CivilDateTest, RoundTripsOverFiveCenturies) {
  for (int64_t day = DaysFromCivil(1800, 1, 1); day <= DaysFromCivil(2300, 12, 31); ++day) {
    const CivilDate c = CivilFromDays(day);
    ASSERT_EQ(DaysFromCivil(c.year, c.month, c.day), day);
    ASSERT_GE(c.day, 1u);
    ASSERT_LE(static_cast<int>(c.day), DaysInMonth(c.year, c.month));
  }
}

TEST(CivilDateTest, LeapYearsAndMonthLengths) {
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2023, 12), 31);
}

TEST(CivilDateTest, DayOfUnixTimeRoundsToThePast) {
  EXPECT_EQ(DayOfUnixTime(0), 0);
  EXPECT_EQ(DayOfUnixTime(86399), 0);
  EXPECT_EQ(DayOfUnixTime(-1), -1);
  EXPECT_EQ(DayOfUnixTime(-86400), -1);
  EXPECT_EQ(DayOfUnixTime(-86401), -2);
}

TEST(CivilDateTest, FormatTimestamp) {
  EXPECT_EQ(FormatTimestamp(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatTimestamp(-1), "1969-12-31T23:59:59Z");
  EXPECT_EQ(FormatTimestamp(1464788132), "2016-06-01T13:35:32Z");
  EXPECT_EQ(FormatTimestamp(1709622000), "2024-03-05T07:00:00Z");
}

}  // namespace
}  // namespace liputan
