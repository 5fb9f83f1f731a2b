#include "report/post_key.h"

#include <gtest/gtest.h>

#include "report/post_id_set.h"

namespace liputan::report {
namespace {

TEST(PostKeyTest, TweetIdsAreKeptExactlyAndOtherIdsHashed) {
  EXPECT_EQ(PostKey("1767123456789012345"), 1767123456789012345ull);
  EXPECT_EQ(PostKey("7"), 7u);
  EXPECT_EQ(PostKey("0"), 0u);
  EXPECT_EQ(PostKey("9223372036854775807"), 9223372036854775807ull);  // 2^63 - 1, the largest
  EXPECT_EQ(PostKeyText(PostKey("1767123456789012345")), "1767123456789012345");
  // Not a plain decimal below 2^63: a hash with the top bit set, never equal to a real id.
  for (const char* id : {"abc", "0123", "9223372036854775808", "9999999999999999999",
                         "12345678901234567890", "", "-5", "+5", "12 ", "1:2", "1/2"}) {
    EXPECT_NE(PostKey(id) >> 63, 0u) << id;
  }
  EXPECT_NE(PostKey("0123"), PostKey("123"));  // a leading zero is another id
  EXPECT_EQ(PostKey("mastodon:42"), PostKey("mastodon:42"));
  EXPECT_NE(PostKey("mastodon:42"), PostKey("mastodon:43"));
}

TEST(PostKeyTest, StateTextReadsBack) {
  for (const char* id : {"1767123456789012345", "abc", "", "0123"}) {
    const uint64_t key = PostKey(id);
    EXPECT_EQ(PostKeyFromText(PostKeyText(key)), key) << id;
  }
  EXPECT_EQ(PostKeyText(PostKey("abc")).size(), 17u);  // "#" + 16 hex digits
  // A state written before keys existed holds raw ids: they key as the ids themselves.
  EXPECT_EQ(PostKeyFromText("abc"), PostKey("abc"));
  EXPECT_EQ(PostKeyFromText("1767123456789012345"), 1767123456789012345ull);
}

TEST(PostIdSetTest, KeepsDistinctKeysInOrderWhateverTheInsertOrder) {
  PostIdSet a, b;
  for (uint64_t i = 0; i < 5000; ++i) a.Insert((i * 7919) % 3000);  // every key, some twice
  for (uint64_t i = 3000; i-- > 0;) b.Insert(i);
  EXPECT_EQ(a.size(), 3000u);
  EXPECT_EQ(a, b);
  EXPECT_TRUE(std::is_sorted(a.keys().begin(), a.keys().end()));
  PostIdSet c;
  c.Insert(2999);
  c.Insert(5000);
  c.Merge(a);
  EXPECT_EQ(c.size(), 3001u);
  EXPECT_EQ(c.keys().back(), 5000u);
}

}  // namespace
}  // namespace liputan::report
