#include "common/error.h"

#include <gtest/gtest.h>

namespace liputan {
namespace {

TEST(Error, WhatJoinsLocationAndMessage) {
  Error e(ErrorCode::kData, "invalid UTF-8 in \"text\"", LineLocation("tweets.jsonl", 17));
  EXPECT_STREQ(e.what(), "tweets.jsonl:17: invalid UTF-8 in \"text\"");
  EXPECT_EQ(e.code(), ErrorCode::kData);
  EXPECT_EQ(static_cast<int>(e.code()), 65);
}

TEST(Error, WithoutLocationIsJustTheMessage) {
  Error e(ErrorCode::kUsage, "no input given");
  EXPECT_STREQ(e.what(), "no input given");
}

}  // namespace
}  // namespace liputan
