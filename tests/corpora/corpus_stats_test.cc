#include "corpora/corpus_stats.h"

#include <gtest/gtest.h>

namespace liputan {
namespace {

Post MakePost(const std::string& id, int64_t created_at, const std::string& handle,
              PostKind kind = PostKind::kOriginal, const std::string& lang = "in") {
  Post p;
  p.id = id;
  p.created_at = created_at;
  p.author_handle = handle;
  p.kind = kind;
  p.lang = lang;
  p.text = "teks";
  return p;
}

TEST(CorpusStats, CountsKindsAuthorsMonthsAndLanguages) {
  CorpusStats stats;
  stats.Add(MakePost("1", 1464788132, "dinkes"));  // 2016-06-01
  stats.Add(MakePost("2", 1464788132 + 3600, "dinkes", PostKind::kRetweet));
  stats.Add(MakePost("3", 1467331200, "bpbd", PostKind::kReply, "en"));  // 2016-07-01
  stats.Add(MakePost("4", 1464788132 + 7200, "bpbd"));                   // back to June
  stats.Add(MakePost("5", 0, ""));
  EXPECT_EQ(stats.posts(), 5);
  EXPECT_EQ(stats.by_month(),
            (std::map<std::string, long long>{{"2016-06", 3}, {"2016-07", 1}, {"(unknown)", 1}}));
  EXPECT_EQ(stats.by_kind().at("original"), 3);
  EXPECT_EQ(stats.by_kind().at("retweet"), 1);
  EXPECT_EQ(stats.by_author().at("@dinkes"), 2);
  EXPECT_EQ(stats.by_author().at("(unknown)"), 1);
  EXPECT_EQ(stats.by_lang().at("en"), 1);

  PostReaderStats reader;
  reader.duplicates = 2;
  reader.files_by_format["csv"] = 1;
  reader.posts_by_format["csv"] = 5;
  DiagnosticLog log(OnError::kSkip);
  log.Report({"a.csv", 7, "no id"});
  std::string text = stats.RenderText(reader, log);
  EXPECT_NE(text.find("posts\t5\n"), std::string::npos) << text;
  EXPECT_NE(text.find("duplicates dropped\t2\n"), std::string::npos);
  EXPECT_NE(text.find("csv\t5 posts in 1 file(s)"), std::string::npos);
  EXPECT_NE(text.find("2016-06\t3"), std::string::npos);
  EXPECT_NE(text.find("a.csv:7: no id"), std::string::npos);
  std::string json = stats.RenderJson(reader, log);
  EXPECT_NE(json.find("\"2016-07\": 1"), std::string::npos) << json;
  EXPECT_NE(json.find("\"first\": \"2016-06-01T13:35:32Z\""), std::string::npos) << json;
}

}  // namespace
}  // namespace liputan
