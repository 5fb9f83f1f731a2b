#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "classify/classify_pipeline.h"
#include "common/error.h"
#include "corpora/post_jsonl.h"
#include "models/trainer.h"
#include "tests/classify/tiny_bundle_test.h"
#include "tests/models/topic_corpus.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::RunLiputan;
using testing::TempDir;
using testing::WriteFile;

// One tiny bundle shared by every test of this file (training takes a moment).
class ClassifyTest : public TinyBundleTest {};

TEST_F(ClassifyTest, OutputKeepsInputOrderWithManyThreads) {
  auto corpus = testing::MakeTopicCorpus(700, 11);  // 2,100 posts
  std::string input;
  for (const auto& e : corpus) input += e.text + "\n";
  WriteFile(dir_->File("in.txt"), input);
  ClassifyOptions one;
  one.threads = 1;
  ClassifyOptions many;
  many.threads = 8;
  many.batch_size = 7;  // many small batches racing through the parallel stage
  many.batches_in_flight = 16;
  std::string serial = Run(dir_->File("in.txt"), one);
  std::string parallel = Run(dir_->File("in.txt"), many);
  EXPECT_EQ(serial, parallel);
  auto lines = Lines(parallel);
  ASSERT_EQ(lines.size(), corpus.size());
  int right = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    Post post;
    std::string error;
    ASSERT_TRUE(ParsePostJson(lines[i], post, error)) << error;
    EXPECT_EQ(post.id, dir_->File("in.txt") + ":" + std::to_string(i + 1));
    EXPECT_EQ(post.text, corpus[i].text);
    ASSERT_EQ(post.predictions["label"].size(), 1u);
    right += post.predictions["label"][0].label == corpus[i].labels.at("label")[0];
    EXPECT_GT(post.token_count, 0);
  }
  EXPECT_GT(right, static_cast<int>(corpus.size() * 9 / 10));
}

TEST_F(ClassifyTest, ReadsFastTextLinesAndNormalisedJsonl) {
  Post tweet;
  tweet.id = "1400000000000000001";
  tweet.author_handle = "BPBDPemalang";
  tweet.text = "Banjir dan longsor, warga mohon siaga";
  tweet.kind = PostKind::kRetweet;
  tweet.metrics.likes = 4;
  WriteFile(dir_->File("mixed.txt"),
            "__label__kesehatan vaksinasi di puskesmas\n\n" + PostToJson(tweet) + "\n");
  ClassifyOptions options;
  options.top_k = 3;
  auto lines = Lines(Run(dir_->File("mixed.txt"), options));
  ASSERT_EQ(lines.size(), 2u);
  Post a, b;
  std::string error;
  ASSERT_TRUE(ParsePostJson(lines[0], a, error)) << error;
  ASSERT_TRUE(ParsePostJson(lines[1], b, error)) << error;
  EXPECT_EQ(a.text, "vaksinasi di puskesmas");
  EXPECT_EQ(a.true_labels["label"], std::vector<std::string>{"kesehatan"});
  EXPECT_EQ(a.predictions["label"].size(), 3u);
  EXPECT_EQ(a.predictions["label"][0].label, "kesehatan");
  EXPECT_EQ(b.id, "1400000000000000001");
  EXPECT_EQ(b.kind, PostKind::kRetweet);  // retweets stay marked
  EXPECT_EQ(b.metrics.likes, 4);
  EXPECT_EQ(b.predictions["label"][0].label, "bencana");
}

TEST_F(ClassifyTest, CsvCarriesPredictionColumnsThatReadBack) {
  WriteFile(dir_->File("c.txt"), "banjir, \"besar\" di desa\nguru dan siswa\n");
  ClassifyOptions options;
  options.format = ClassifyFormat::kCsv;
  options.top_k = 2;
  std::string csv = Run(dir_->File("c.txt"), options);
  auto lines = Lines(csv);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_NE(lines[0].find("pred:label"), std::string::npos) << lines[0];
  // PostReader reads classify's CSV back: same texts and predictions.
  WriteFile(dir_->File("c.csv"), csv);
  PostReaderOptions read;
  read.on_error = OnError::kFail;
  PostReader reader({dir_->File("c.csv")}, read);
  Post post;
  ASSERT_TRUE(reader.Next(post));
  EXPECT_EQ(post.text, "banjir, \"besar\" di desa");
  ASSERT_EQ(post.predictions["label"].size(), 2u);
  EXPECT_EQ(post.predictions["label"][0].label, "bencana");
  ASSERT_TRUE(reader.Next(post));
  EXPECT_EQ(post.predictions["label"][0].label, "pendidikan");
}

TEST_F(ClassifyTest, ReadsTwarc2PagesAndMarksRetweets) {
  // One twarc2 API page: an original tweet and a retweet whose full text sits in includes.tweets.
  std::string page =
      R"({"data":[{"id":"101","author_id":"9","created_at":"2023-01-02T03:04:05.000Z",)"
      R"("text":"Jadwal vaksinasi di puskesmas","public_metrics":{"retweet_count":1,)"
      R"("reply_count":0,"like_count":5,"quote_count":0}},)"
      R"({"id":"102","author_id":"9","created_at":"2023-01-02T04:00:00.000Z",)"
      R"("text":"RT @bpbd: Banjir di…","referenced_tweets":[{"type":"retweeted","id":"55"}],)"
      R"("public_metrics":{"retweet_count":0,"reply_count":0,"like_count":0,"quote_count":0}}],)"
      R"("includes":{"users":[{"id":"9","username":"DinkesPemalang","name":"Dinkes"},)"
      R"({"id":"8","username":"bpbd","name":"BPBD"}],)"
      R"("tweets":[{"id":"55","author_id":"8","text":"Banjir di desa, warga mohon siaga dan evakuasi",)"
      R"("created_at":"2023-01-02T02:00:00.000Z"}]},"meta":{"result_count":2}})";
  WriteFile(dir_->File("page.jsonl"), page + "\n");
  ModelBundle bundle = ModelBundle::Load(Bundle());
  PostReaderOptions read;
  read.on_error = OnError::kFail;
  auto source = OpenArchiveSource({dir_->File("page.jsonl")}, read);
  std::string out;
  ClassifyPosts(bundle, *source, [&](std::string_view d) { out += d; }, {});
  auto lines = Lines(out);
  ASSERT_EQ(lines.size(), 2u);
  Post a, b;
  std::string error;
  ASSERT_TRUE(ParsePostJson(lines[0], a, error)) << error;
  ASSERT_TRUE(ParsePostJson(lines[1], b, error)) << error;
  EXPECT_EQ(a.id, "101");
  EXPECT_EQ(a.author_handle, "DinkesPemalang");
  EXPECT_EQ(a.metrics.likes, 5);
  EXPECT_EQ(a.predictions["label"][0].label, "kesehatan");
  EXPECT_EQ(b.kind, PostKind::kRetweet);
  EXPECT_EQ(b.predictions["label"][0].label, "bencana");  // from the original's full text
}

TEST_F(ClassifyTest, OnErrorSkipsOrFailsOnBadRecords) {
  WriteFile(dir_->File("bad.jsonl"), "guru di sekolah\n{\"id\": \"1\", \"text\": \n banjir\n");
  int64_t bad = 0;
  auto lines = Lines(Run(dir_->File("bad.jsonl"), {}, OnError::kSkip, &bad));
  EXPECT_EQ(lines.size(), 2u);
  EXPECT_EQ(bad, 1);
  try {
    Run(dir_->File("bad.jsonl"), {}, OnError::kFail);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_NE(std::string(e.what()).find("bad.jsonl:2"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace liputan
