#include "corpora/post_jsonl.h"

#include <gtest/gtest.h>

#include "corpora/timestamp.h"

namespace liputan {
namespace {

Post FullPost() {
  Post p;
  p.id = "1400000000000000123";  // above 2^53: must survive as a string
  p.author_id = "987654321";
  p.author_handle = "dinkes_jabar";
  p.author_name = "Dinas Kesehatan \"Jabar\"\t\\ 🇮🇩";
  p.author_followers = 125000;
  p.observed_at = 1622554600;
  p.created_at = 1622554532;
  p.lang = "in";
  p.text = "RT-nya:\nVaksinasi\u00a0gratis di #puskesmas, cek https://t.co/x \x01";
  p.kind = PostKind::kQuote;
  p.replied_to_id = "11";
  p.replied_to_handle = "warga";
  p.quoted_id = "12";
  p.quoted_handle = "kemenkes";
  p.mentions = {"kemenkes", "warga"};
  p.hashtags = {"puskesmas"};
  p.urls = {"https://example.go.id/vaksin?a=1&b=2"};
  p.metrics.likes = 0;  // zero, not absent
  p.metrics.retweets = 17;
  p.metrics.impressions = 1234567;
  p.true_labels["sektor"] = {"kesehatan"};
  p.true_labels["fungsi"] = {"layanan", "informasi"};
  p.predictions["sektor"] = {{"kesehatan", 0.1 + 0.2}, {"sosial", 1e-9}};
  p.predictions["fungsi"] = {{"layanan", 1.0}};
  p.token_count = 9;
  p.source_file = "arsip/dinkes.jsonl.gz";
  p.source_line = 42;
  return p;
}

TEST(PostJsonl, RoundTripIsExact) {
  Post original = FullPost();
  std::string line = PostToJson(original);
  EXPECT_EQ(line.find('\n'), std::string::npos) << "one record per line";
  Post back;
  std::string error;
  ASSERT_TRUE(ParsePostJson(line, back, error)) << error;
  EXPECT_EQ(back, original);
  EXPECT_EQ(back.predictions.at("sektor")[0].probability, 0.1 + 0.2);
  EXPECT_EQ(PostToJson(back), line);
}

TEST(PostJsonl, DefaultPostRoundTripsWithNulls) {
  Post original;
  original.id = "1";
  std::string line = PostToJson(original);
  EXPECT_NE(line.find("\"created_at\":null"), std::string::npos);
  EXPECT_NE(line.find("\"likes\":null"), std::string::npos);
  EXPECT_NE(line.find("\"token_count\":null"), std::string::npos);
  Post back;
  std::string error;
  ASSERT_TRUE(ParsePostJson(line, back, error)) << error;
  EXPECT_EQ(back, original);
}

TEST(PostJsonl, WritesDocumentedFieldOrderAndForms) {
  Post p;
  p.id = "5";
  p.created_at = 1464788132;
  p.kind = PostKind::kRetweet;
  std::string line = PostToJson(p);
  EXPECT_EQ(line.rfind("{\"id\":\"5\",\"created_at\":\"2016-06-01T13:35:32Z\",", 0), 0u) << line;
  EXPECT_NE(line.find("\"kind\":\"retweet\""), std::string::npos);
}

TEST(PostJsonl, ReadsMinimalHandWrittenLines) {
  Post p;
  std::string error;
  ASSERT_TRUE(
      ParsePostJson(R"({"id":"7","text":"halo","created_at":1464788132,"extra":[1]})", p, error))
      << error;
  EXPECT_EQ(p.text, "halo");
  EXPECT_EQ(p.created_at, 1464788132);
  EXPECT_EQ(p.kind, PostKind::kOriginal);
  EXPECT_EQ(p.token_count, -1);
}

TEST(PostJsonl, RejectsBadValuesWithAMessage) {
  Post p;
  std::string error;
  EXPECT_FALSE(ParsePostJson(R"({"id":"7","kind":"thread"})", p, error));
  EXPECT_NE(error.find("\"kind\""), std::string::npos);
  EXPECT_FALSE(ParsePostJson(R"({"id":"7","created_at":"kemarin"})", p, error));
  EXPECT_NE(error.find("not a date"), std::string::npos);
  EXPECT_FALSE(ParsePostJson(R"({"id":"7","metrics":{"likes":"many"}})", p, error));
  EXPECT_FALSE(ParsePostJson(R"({"text":"no id"})", p, error));
  EXPECT_EQ(error, "no \"id\"");
  EXPECT_FALSE(ParsePostJson(R"({"id":"7","text":"cut in ha)", p, error));
  EXPECT_EQ(error.rfind("invalid JSON", 0), 0u);
}

TEST(PostJsonl, SniffsTheSchema) {
  EXPECT_TRUE(LooksLikePostJson(PostToJson(FullPost())));
  EXPECT_FALSE(LooksLikePostJson(R"({"data":[{"id":"1"}]})"));
}

}  // namespace
}  // namespace liputan
