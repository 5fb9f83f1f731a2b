// The text and id conventions of the generated twarc2 archives. Ids and times are what other
// tests and a researcher's notes refer to, so they are pinned here.
#include "samples/tweet_text.h"

#include <gtest/gtest.h>

namespace liputan::samples {
namespace {

TEST(TweetTextTest, UserIdsAreStableEighteenDigits) {
  EXPECT_EQ(UserId("KominfoRancaweni"), "864987462471343056");  // as in every archive so far
  EXPECT_EQ(UserId("x").size(), 18u);
  EXPECT_NE(UserId("a"), UserId("b"));
}

TEST(TweetTextTest, IsoTimeHasMillisecondsLikeTheApi) {
  EXPECT_EQ(IsoTime(0), "1970-01-01T00:00:00.000Z");
  EXPECT_EQ(IsoTime(1793430980), "2026-10-31T07:16:20.000Z");
}

TEST(TweetTextTest, SnowflakeIdsGrowWithTime) {
  EXPECT_LT(std::stoull(SnowflakeId(1700000000, 5)), std::stoull(SnowflakeId(1700000001, 0)));
}

TEST(TweetTextTest, MentionsAndEscapes) {
  EXPECT_EQ(Mentions("@a halo @b_c, email x@y.id"), (std::vector<std::string>{"a", "b_c"}));
  EXPECT_EQ(HtmlEscape("a & <b>"), "a &amp; &lt;b&gt;");
  EXPECT_EQ(TruncateCodepoints("héllo", 2), "hé\u2026");
  EXPECT_EQ(Codepoints("héllo", 3), 2);
  EXPECT_TRUE(IsUrlStart("s.id/abc"));
  EXPECT_FALSE(IsUrlStart("sid"));
}

TEST(TweetTextTest, TcoCodesAreTenCharactersAndStable) {
  const std::string code = TcoCode("123/0");
  EXPECT_EQ(code.size(), 10u);
  EXPECT_EQ(code, TcoCode("123/0"));
  EXPECT_NE(code, TcoCode("123/1"));
}

}  // namespace
}  // namespace liputan::samples
