#include "corpora/timestamp.h"

#include <gtest/gtest.h>

namespace liputan {
namespace {

constexpr int64_t kT = 1464788132;  // 2016-06-01T13:35:32Z

TEST(Timestamp, ParsesArchiveFormats) {
  EXPECT_EQ(ParseTimestamp("2016-06-01T13:35:32.000Z"), kT);
  EXPECT_EQ(ParseTimestamp("2016-06-01T13:35:32Z"), kT);
  EXPECT_EQ(ParseTimestamp("2016-06-01T20:35:32+07:00"), kT);
  EXPECT_EQ(ParseTimestamp("2016-06-01 20:35:32+0700"), kT);
  EXPECT_EQ(ParseTimestamp("2016-06-01 13:35:32"), kT);
  EXPECT_EQ(ParseTimestamp("2016-06-01 13:35:32 UTC"), kT);
  EXPECT_EQ(ParseTimestamp("2016-06-01 20:35:32 WIB"), kT);
  EXPECT_EQ(ParseTimestamp("Wed Jun 01 13:35:32 +0000 2016"), kT);
  EXPECT_EQ(ParseTimestamp("Wed Jun 01 20:35:32 +0700 2016"), kT);
  EXPECT_EQ(ParseTimestamp("01/06/2016 13:35:32"), kT);
  EXPECT_EQ(ParseTimestamp("06/01/2016 13:35:32", DateOrder::kMonthFirst), kT);
  EXPECT_EQ(ParseTimestamp("1 Juni 2016 13:35:32"), kT);
  EXPECT_EQ(ParseTimestamp("1 Jun 2016, 13:35:32"), kT);
  EXPECT_EQ(ParseTimestamp("1464788132"), kT);
  EXPECT_EQ(ParseTimestamp("1464788132000"), kT);
  EXPECT_EQ(ParseTimestamp("17 Agustus 1945"), -769219200);
  EXPECT_EQ(ParseTimestamp("2016-06-01"), kT - 13 * 3600 - 35 * 60 - 32);
  EXPECT_EQ(ParseTimestamp("2016-06-01 13:35"), kT - 32);
}

TEST(Timestamp, RejectsNonDates) {
  EXPECT_FALSE(ParseTimestamp(""));
  EXPECT_FALSE(ParseTimestamp("kemarin"));
  EXPECT_FALSE(ParseTimestamp("2021-02-30"));
  EXPECT_FALSE(ParseTimestamp("2021-13-01"));
  EXPECT_FALSE(ParseTimestamp("2016-06-01T25:00:00Z"));
  EXPECT_FALSE(ParseTimestamp("2016-06-01T10:00:00 xyz"));
  EXPECT_FALSE(ParseTimestamp("12345"));
}

TEST(Timestamp, FormatsAndRoundTrips) {
  EXPECT_EQ(FormatTimestamp(kT), "2016-06-01T13:35:32Z");
  EXPECT_EQ(FormatTimestamp(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatTimestamp(-1), "1969-12-31T23:59:59Z");
  for (int64_t t : {int64_t{951782400}, int64_t{4102444799}, kT, int64_t{-769219200}}) {
    EXPECT_EQ(ParseTimestamp(FormatTimestamp(t)), t) << t;
  }
}

}  // namespace
}  // namespace liputan
