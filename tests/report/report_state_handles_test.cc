// Handles reach the report state in any case, with "@" and stray spaces; the state keys them as
// NormalizeHandle does (report/agency_registry.h) without copying the ones already normal.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/report_state.h"
#include "report/state_writer.h"

namespace liputan::report {
namespace {

using nlohmann::json;

AgencyRegistry Registry() {
  return AgencyRegistry::ParseCsv(
      "handle,name,type\nDinKes,Dinas Kesehatan,opd\nDisdik,Dinas Pendidikan,opd\n"
      "JatengProv,Provinsi,provinsi\n",
      "agencies.csv");
}

Post MakePost(const std::string& id, const std::string& author, PostKind kind) {
  Post post;
  post.id = id;
  post.author_handle = author;
  post.created_at = 1709251200 + std::stoll(id);  // March 2024
  post.kind = kind;
  return post;
}

// The same posts twice: handles as written by people, and as NormalizeHandle makes them.
std::vector<Post> Posts(bool normalized) {
  auto h = [&](const std::string& raw) { return normalized ? NormalizeHandle(raw) : raw; };
  std::vector<Post> posts;
  Post original = MakePost("1", h("@DINKES "), PostKind::kOriginal);
  original.mentions = {h("@JatengProv"), h("jatengprov"), h("DinKes"),
                       h(" @Warga1"),    h(""),           h("DISDIK")};
  posts.push_back(original);
  Post question = MakePost("2", h("Warga1"), PostKind::kReply);
  question.replied_to_id = "1";
  question.replied_to_handle = h("@dinkes");
  question.mentions = {h("DISDIK"), h("@DinKes")};
  posts.push_back(question);
  Post retweet = MakePost("3", h("dinkes"), PostKind::kRetweet);
  retweet.retweeted_id = "9";
  retweet.retweeted_handle = h("@JATENGPROV");
  posts.push_back(retweet);
  Post quote = MakePost("4", h("DinKes"), PostKind::kQuote);
  quote.quoted_id = "1700000000000000000";
  quote.quoted_handle = h("@Disdik");
  posts.push_back(quote);
  Post answer = MakePost("5", h("DINKES"), PostKind::kReply);
  answer.replied_to_id = "2";
  answer.replied_to_handle = h("@Warga1");
  answer.mentions = {h("WARGA1"), h("Warga2 ")};
  posts.push_back(answer);
  return posts;
}

// The state as a tree: the writer's text, parsed.
json StateJson(const ReportState& state) { return json::parse(StateText(state)); }

json StateOf(const AgencyRegistry& registry, const std::vector<Post>& posts) {
  ReportState state(registry, {});
  for (const Post& post : posts) state.Add(post);
  return json::parse(StateText(state));
}

TEST(ReportStateHandlesTest, HandlesCountAsTheirNormalForm) {
  const AgencyRegistry registry = Registry();
  const json raw = StateOf(registry, Posts(false));
  EXPECT_EQ(raw, StateOf(registry, Posts(true)));
  const json& counters = raw.at("counters");
  EXPECT_EQ(counters.at("agency_posts"), 4);
  EXPECT_EQ(counters.at("outside_posts"), 1);
  EXPECT_EQ(counters.at("inbound_posts"), 1);
  // One tie per account: the province once although named twice, no tie to itself or to an
  // empty handle, and the account replied to is not also mentioned.
  EXPECT_EQ(raw.at("edges"), json::parse(R"([
    ["2024-03","mention","dinkes","disdik",1],
    ["2024-03","mention","dinkes","jatengprov",1],
    ["2024-03","mention","dinkes","warga1",1],
    ["2024-03","mention","dinkes","warga2",1],
    ["2024-03","retweet","dinkes","jatengprov",1],
    ["2024-03","reply","dinkes","warga1",1],
    ["2024-03","quote","dinkes","disdik",1]])"));
  // The citizen's question addresses both agencies, under its author's normal handle.
  EXPECT_EQ(raw.at("inbound").at("dinkes"), json::parse(R"([["2",1709251202,"warga1"]])"));
  EXPECT_EQ(raw.at("inbound").at("disdik"), raw.at("inbound").at("dinkes"));
  const json& month = raw.at("agencies").at("dinkes").at("2024-03");
  // Retweets and mentions (1 + 3 + 1), of which to the province: the retweet and one mention.
  EXPECT_EQ(month.at("vertical"), json({5, 2}));
  EXPECT_EQ(month.at("reuse"), json({2, 1}));  // the quote of Disdik is internal
}

// A copied state owns its tallies: adding to the copy leaves the original as it was, and a state
// merged with itself equals one merged with its copy.
TEST(ReportStateCopyTest, CopiesAreIndependent) {
  const AgencyRegistry registry = Registry();
  ReportState original(registry, {});
  for (const Post& post : Posts(true)) original.Add(post);
  const json before = StateJson(original);
  ReportState copy = original;
  EXPECT_EQ(StateJson(copy), before);
  Post later = MakePost("6", "dinkes", PostKind::kOriginal);
  later.created_at -= 20 * 86400;  // February: a month before the others
  copy.Add(later);
  copy.Add(MakePost("7", "dinkes", PostKind::kOriginal));
  EXPECT_EQ(StateJson(original), before);
  EXPECT_EQ(StateJson(copy).at("agencies").at("dinkes").at("2024-03").at("posts_by_kind"),
            json({2, 1, 1, 1}));
  ReportState self = copy;
  self.Merge(self);
  ReportState twice = copy;
  twice.Merge(ReportState(copy));
  EXPECT_EQ(StateJson(self), StateJson(twice));
  EXPECT_EQ(StateJson(self).at("agencies").at("dinkes").at("2024-02").at("posts_by_kind"),
            json({2, 0, 0, 0}));
}

}  // namespace
}  // namespace liputan::report
