// Example posts (issue 15 item 6): the top K per agency, label set and label, kept in the
// mergeable state, written to report.json and report.md.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <random>

#include "common/error.h"
#include "corpora/post_reader.h"
#include "report/calendar.h"
#include "report/examples_markdown.h"
#include "report/post_examples.h"
#include "report/post_url.h"
#include "report/report_builder.h"
#include "report/report_state.h"
#include "report/report_writer.h"
#include "report/state_reader.h"
#include "report/state_writer.h"

namespace liputan::report {
namespace {

using nlohmann::json;

const std::string kData = std::string(LIPUTAN_SOURCE_DIR) + "/tests/data/report/";

AgencyRegistry Registry() { return AgencyRegistry::ReadCsv(kData + "agencies.csv"); }

std::vector<Post> FixturePosts() {
  PostReader reader({kData + "labeled.jsonl"});
  std::vector<Post> posts;
  Post post;
  while (reader.Next(post)) posts.push_back(post);
  return posts;
}

Post Labeled(std::string id, const std::string& author, double sector_p, const std::string& text,
             PostKind kind = PostKind::kOriginal) {
  Post p;
  p.id = std::move(id);
  p.author_handle = author;
  p.created_at = ParseDate("2024-03-10");
  p.kind = kind;
  p.text = text;
  p.predictions["sektor"] = {{"kesehatan", sector_p}, {"umum", 1 - sector_p}};
  p.predictions["fungsi"] = {{"info_layanan", 0.5}};
  return p;
}

Report Build(const ReportState& state, int examples = kDefaultExamplesPerLabel) {
  ReportOptions options;
  options.examples = examples;
  return BuildReport(state, ReportTaxonomy::Default(), options);
}

// report.json's document.
json Doc(const ReportState& state, int examples = kDefaultExamplesPerLabel) {
  return ReportToJson(Build(state, examples));
}

std::vector<std::string> Ids(const json& list) {
  std::vector<std::string> ids;
  for (const json& e : list) ids.push_back(e.at("id"));
  return ids;
}

TEST(TopExamplesTest, BestProbabilityFirstThenTheLesserId) {
  TopExamples top;
  for (const auto& [id, p] : std::vector<std::pair<std::string, int64_t>>{
           {"20", 5}, {"100", 9}, {"3", 9}, {"9", 1}, {"21", 9}}) {
    top.Insert({id, 0, p, "t" + id}, 3);
  }
  std::vector<std::string> ids;
  for (const PostExample& e : top.posts()) ids.push_back(e.id);
  // Ids compare as numbers: "3" < "21" < "100".
  EXPECT_EQ(ids, (std::vector<std::string>{"3", "21", "100"}));
  EXPECT_FALSE(top.MayEnter(9, "200", 3));
  EXPECT_TRUE(top.MayEnter(9, "99", 3));
  EXPECT_TRUE(top.MayEnter(10, "999", 3));
}

TEST(TopExamplesTest, OnePostIsOneExampleWhateverTheOrder) {
  std::vector<PostExample> examples;
  for (int i = 0; i < 40; ++i) {
    // Ten ids, each seen up to four times (as when shards overlap), with ties everywhere.
    examples.push_back({std::to_string(1000 + i % 10), i % 3, 500 + (i % 10) % 4, "x"});
  }
  std::mt19937 rng(5);
  std::optional<std::vector<PostExample>> first;
  for (int round = 0; round < 20; ++round) {
    std::shuffle(examples.begin(), examples.end(), rng);
    TopExamples top;
    for (const PostExample& e : examples) top.Insert(e, 4);
    ASSERT_EQ(top.posts().size(), 4u);
    for (size_t i = 1; i < top.posts().size(); ++i) {
      EXPECT_NE(top.posts()[i].id, top.posts()[i - 1].id);
      EXPECT_TRUE(RanksBefore(top.posts()[i - 1], top.posts()[i]));
    }
    if (!first) first = top.posts();
    EXPECT_EQ(top.posts(), *first);
  }
  EXPECT_EQ((*first)[0].created_at, 0);  // of a post read twice, the earlier reading
}

TEST(PostUrlTest, OnlyTweetIdsOfPlainHandlesAreLinked) {
  EXPECT_EQ(PostUrl("DinkesContoh", "1790000000000000001"),
            "https://x.com/DinkesContoh/status/1790000000000000001");
  EXPECT_EQ(PostUrl("@dinkes_kota", "12"), "https://x.com/dinkes_kota/status/12");
  EXPECT_EQ(PostUrl("DinkesContoh", "mast:123"), "");
  EXPECT_EQ(PostUrl("DinkesContoh", ""), "");
  EXPECT_EQ(PostUrl("", "12"), "");
  EXPECT_EQ(PostUrl("a\"onmouseover=x", "12"), "");
  EXPECT_EQ(PostUrl("javascript:alert(1)//", "12"), "");
}

// The fixture: Dinkes has three originals labeled kesehatan at 0.9 (ids 2001-2003), a reply and
// a retweet; the retweet's words are someone else's and never an example.
TEST(ReportExamplesTest, TheLikeliestOwnPostsOfEachLabel) {
  const AgencyRegistry registry = Registry();
  ReportState state(registry, {});
  for (const Post& p : FixturePosts()) state.Add(p);
  Post retweet = Labeled("1", "DinkesContoh", 1.0, "kata orang lain", PostKind::kRetweet);
  state.Add(retweet);
  const json report = Doc(state);
  const json& kesehatan = report.at("examples").at("DinkesContoh").at("sektor").at("kesehatan");
  EXPECT_EQ(Ids(kesehatan), (std::vector<std::string>{"2001", "2002", "2003"}));
  EXPECT_EQ(kesehatan[0].at("text"), "Jadwal imunisasi di puskesmas");
  EXPECT_EQ(kesehatan[0].at("url"), "https://x.com/DinkesContoh/status/2001");
  EXPECT_EQ(kesehatan[0].at("created_at"), "2024-03-01T01:00:00Z");
  EXPECT_DOUBLE_EQ(kesehatan[0].at("probability").get<double>(), 0.9);
  EXPECT_EQ(report.dump().find("kata orang lain"), std::string::npos);
  // The province (a vertical account) is not an agency of the report: no examples.
  for (const auto& [handle, sets] : report.at("examples").items()) {
    EXPECT_NE(registry.agencies()[registry.Find(handle)].vertical(), true) << handle;
  }
  // Fewer shown than kept; none at all: no block, and no text anywhere in the document.
  EXPECT_EQ(Doc(state, 1).at("examples").at("DinkesContoh").at("sektor").at("kesehatan").size(),
            1u);
  const json none = Doc(state, 0);
  EXPECT_FALSE(none.contains("examples"));
  EXPECT_EQ(none.dump().find("Jadwal imunisasi"), std::string::npos);
}

TEST(ReportExamplesTest, NonNumericIdsHaveNoLink) {
  const AgencyRegistry registry = Registry();
  ReportState state(registry, {});
  state.Add(Labeled("mast:77", "DinkesContoh", 0.7, "dari Mastodon"));
  const json e = Doc(state).at("examples").at("DinkesContoh").at("sektor").at("kesehatan")[0];
  EXPECT_EQ(e.at("id"), "mast:77");
  EXPECT_TRUE(e.at("url").is_null());
}

// DESIGN.md §8 for the examples: many posts with tied probabilities, K = 2 so that most do not
// make the list, split over shards at random and merged through the state's JSON in any order:
// the state and the report are the one pass's, byte for byte.
TEST(ReportExamplesTest, MergedShardsKeepTheOnePassExamples) {
  const AgencyRegistry registry = Registry();
  std::vector<Post> posts = FixturePosts();
  std::mt19937 rng(42);
  for (int i = 0; i < 300; ++i) {
    const char* author = i % 3 == 0   ? "DinkesContoh"
                         : i % 3 == 1 ? "KominfoContoh"
                                      : "DisdikContoh";
    posts.push_back(Labeled(std::to_string(3000 + rng() % 200), author, 0.5 + (rng() % 4) * 0.1,
                            "unggahan " + std::to_string(i)));
  }
  ReportState single(registry, {}, 2);
  for (const Post& p : posts) single.Add(p);
  const std::string expected = RenderMarkdown(Build(single)) + RenderJson(Build(single));
  for (size_t shards : {2u, 4u, 7u}) {
    std::vector<ReportState> parts(shards, ReportState(registry, {}, 2));
    for (const Post& p : posts) parts[rng() % shards].Add(p);
    std::shuffle(parts.begin(), parts.end(), rng);
    ReportState merged = ReadState(StateText(parts[0]), registry, "p0");
    for (size_t s = 1; s < shards; ++s) merged.Merge(ReadState(StateText(parts[s]), registry, "p"));
    EXPECT_EQ(StateText(merged), StateText(single)) << shards;
    EXPECT_EQ(RenderMarkdown(Build(merged)) + RenderJson(Build(merged)), expected) << shards;
  }
}

TEST(ReportExamplesTest, MergingKeepsTheLesserKAndOldStatesHaveNone) {
  const AgencyRegistry registry = Registry();
  ReportState three(registry, {}), one(registry, {}, 1);
  for (const Post& p : FixturePosts()) (p.id < "2005" ? three : one).Add(p);
  three.Merge(one);
  EXPECT_EQ(three.examples_per_label(), 1);
  for (const auto& [set, labels] : three.Examples(registry.Find("DinkesContoh"))) {
    for (const auto& [label, list] : labels) EXPECT_EQ(list.size(), 1u) << set << ":" << label;
  }
  // A state written before examples were kept: it reads, with none, and a merge keeps none.
  json old = json::parse(StateText(three));
  old.erase("examples");
  ReportState read = ReadState(old.dump(), registry, "old.json");
  EXPECT_EQ(read.examples_per_label(), 0);
  ReportState fresh(registry, {});
  for (const Post& p : FixturePosts()) fresh.Add(p);
  fresh.Merge(read);
  EXPECT_FALSE(Doc(fresh).contains("examples"));
  // --no-examples at a reduce: a state it writes holds no text either.
  ReportState limited(registry, {});
  for (const Post& p : FixturePosts()) limited.Add(p);
  limited.LimitExamples(0);
  EXPECT_EQ(StateText(limited).find("Jadwal imunisasi"), std::string::npos);
}

TEST(ReportExamplesTest, BrokenExamplesInAStateAreRefused) {
  const AgencyRegistry registry = Registry();
  ReportState state(registry, {});
  for (const Post& p : FixturePosts()) state.Add(p);
  const json good = json::parse(StateText(state));
  auto refused = [&](const std::function<void(json&)>& damage) {
    json broken = good;
    damage(broken);
    try {
      ReadState(broken.dump(), registry, "part.json");
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kData);
      EXPECT_EQ(e.location(), "part.json");
      return e.message();
    }
    return std::string("accepted");
  };
  ASSERT_EQ(
      good.at("examples").at("agencies").at("dinkescontoh").at("sektor").at("kesehatan").size(),
      3u);
  EXPECT_NE(refused([](json& j) { j["examples"]["per_label"] = 1000; }).find("per_label"),
            std::string::npos);
  EXPECT_NE(refused([](json& j) {
              j["examples"]["agencies"]["dinkescontoh"]["sektor"]["kesehatan"][0][2] = 2000000000;
            }).find("probability"),
            std::string::npos);
  EXPECT_NE(refused([](json& j) {
              j["examples"]["agencies"]["dinkescontoh"]["warna"] = json::object();
            }).find("warna"),
            std::string::npos);
  EXPECT_NE(refused([](json& j) {
              j["examples"]["agencies"]["dinkescontoh"]["sektor"]["kesehatan"][0] = "x";
            }),
            "accepted");
}

TEST(ExamplesMarkdownTest, EscapesEveryMarkupCharacterAndLineBreak) {
  EXPECT_EQ(EscapeMarkdown("a|b *c* `d` [e](f) <g> _h_ ~i~ &j \\k"),
            "a\\|b \\*c\\* \\`d\\` \\[e\\](f) \\<g\\> \\_h\\_ \\~i\\~ \\&j \\\\k");
  EXPECT_EQ(EscapeMarkdown("satu\r\n# dua\nthree\rfour"), "satu # dua three four");
}

TEST(ExamplesMarkdownTest, HostileTextStaysText) {
  const AgencyRegistry registry = Registry();
  ReportState state(registry, {});
  state.Add(
      Labeled("2999", "DinkesContoh", 0.99,
              "<script>alert(\"x\")</script>\n| a | b |\n[klik](javascript:alert(1)) `kode`"));
  const std::string md = RenderMarkdown(Build(state));
  const size_t section = md.find("## Contoh unggahan");
  ASSERT_NE(section, std::string::npos);
  const std::string examples = md.substr(section);
  EXPECT_EQ(examples.find("<script>"), std::string::npos);
  EXPECT_EQ(examples.find(" [klik](javascript"), std::string::npos);
  EXPECT_NE(examples.find("\\<script\\>alert(\"x\")\\</script\\> \\| a \\| b \\| \\[klik\\]"),
            std::string::npos)
      << examples;
  EXPECT_NE(
      examples.find("[x.com/DinkesContoh/status/2999](https://x.com/DinkesContoh/status/2999)"),
      std::string::npos)
      << examples;
  EXPECT_NE(examples.find("### Dinas Kesehatan Kab. Contoh (@DinkesContoh)"), std::string::npos)
      << examples;
  // Without examples report.md ends where it ended before them.
  EXPECT_EQ(RenderMarkdown(Build(state, 0)), md.substr(0, section - 1));
}

}  // namespace
}  // namespace liputan::report
