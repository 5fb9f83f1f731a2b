#include "report/report_state.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <random>

#include "common/error.h"
#include "corpora/post_reader.h"
#include "report/report_builder.h"
#include "report/report_json.h"
#include "report/state_reader.h"
#include "report/state_writer.h"

namespace liputan::report {
namespace {

using nlohmann::json;

const std::string kData = std::string(LIPUTAN_SOURCE_DIR) + "/tests/data/report/";

std::vector<Post> FixturePosts() {
  PostReader reader({kData + "labeled.jsonl"});
  std::vector<Post> posts;
  Post post;
  while (reader.Next(post)) posts.push_back(post);
  return posts;
}

// The state as a tree: the writer's text, parsed.
json StateJson(const ReportState& state) { return json::parse(StateText(state)); }

AgencyRegistry FixtureRegistry() { return AgencyRegistry::ReadCsv(kData + "agencies.csv"); }

json Report(const ReportState& state, PeriodKind period = PeriodKind::kMonth) {
  ReportOptions options;
  options.period = period;
  return ReportToJson(BuildReport(state, ReportTaxonomy::Default(), options));
}

const json& AgencyTotal(const json& report, const std::string& handle) {
  for (const json& a : report.at("agencies")) {
    if (a.at("handle") == handle) return a.at("total");
  }
  throw std::runtime_error("no agency " + handle);
}

class FixtureTest : public ::testing::Test {
 protected:
  FixtureTest() : registry_(FixtureRegistry()), posts_(FixturePosts()) {}
  ReportState OnePass(AggregationOptions options = {}) const {
    ReportState state(registry_, options);
    for (const Post& p : posts_) state.Add(p);
    return state;
  }
  AgencyRegistry registry_;
  std::vector<Post> posts_;
};

TEST_F(FixtureTest, InputCountersSayWhereEveryRecordWent) {
  const json r = Report(OnePass());
  const json& in = r.at("input");
  EXPECT_EQ(in.at("records"), 15);
  EXPECT_EQ(in.at("agency_posts"), 10);
  EXPECT_EQ(in.at("vertical_posts"), 1);  // the province is a reference account
  EXPECT_EQ(in.at("outside_posts"), 4);   // citizens
  EXPECT_EQ(in.at("inbound_posts"), 2);   // of which two address an agency
  EXPECT_EQ(r.at("periods"), json({"2024-03", "2024-04"}));
  EXPECT_EQ(Report(OnePass(), PeriodKind::kQuarter).at("periods"), json({"2024-Q1", "2024-Q2"}));
}

// Dinas Kesehatan's four originals are the reference's engagement worked check (§5.4 A).
TEST_F(FixtureTest, EngagementWorkedCheckThroughThePipeline) {
  const json r = Report(OnePass());
  const json& e = AgencyTotal(r, "DinkesContoh").at("engagement");
  EXPECT_EQ(e.at("broadcast_posts"), 4);  // the retweet and the reply are not O_a
  EXPECT_DOUBLE_EQ(e.at("P1").get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(e.at("P3").get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(e.at("C3").get<double>(), 0.125);
  EXPECT_DOUBLE_EQ(e.at("V3").get<double>(), 0.375);
  EXPECT_DOUBLE_EQ(e.at("E").get<double>(), 1.5);
  EXPECT_NEAR(e.at("E_log").get<double>(), 0.39794, 5e-6);
  EXPECT_DOUBLE_EQ(e.at("er_median").get<double>(), 2.5 / 2000);
  EXPECT_DOUBLE_EQ(e.at("zero_engagement_share").get<double>(), 0.25);
  // E_norm across the compared agencies: Dinkes has the lowest E_log of the two with followers.
  EXPECT_DOUBLE_EQ(e.at("E_norm").get<double>(), 0.0);
  // Lift: info_layanan posts had totals 1 and 4 (median 2.5) against 2.5 overall.
  EXPECT_DOUBLE_EQ(e.at("by_category").at("fungsi:info_layanan").at("lift").get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(e.at("by_category").at("fungsi:kegiatan_pimpinan").at("lift").get<double>(),
                   7 / 2.5);
}

TEST_F(FixtureTest, ContentMetricsOfDinkes) {
  const json r = Report(OnePass());
  const json& c = AgencyTotal(r, "DinkesContoh").at("content");
  // O_a ∪ R_a = 4 originals + 1 reply; the retweet is not own content.
  EXPECT_EQ(c.at("posts"), 5);
  EXPECT_DOUBLE_EQ(c.at("basic_service_share").get<double>(), 0.8);        // 4 kesehatan of 5
  EXPECT_DOUBLE_EQ(c.at("service_information_share").get<double>(), 0.4);  // 2 info_layanan
  EXPECT_DOUBLE_EQ(c.at("citizen_facing_share").get<double>(), 0.6);       // + dialog
  EXPECT_DOUBLE_EQ(c.at("symbolic_share").get<double>(), 0.4);             // pimpinan + ucapan
  EXPECT_DOUBLE_EQ(c.at("sector_breadth").get<double>(), 1.0 / 15);
  EXPECT_DOUBLE_EQ(c.at("evenness").get<double>(), 0.0);           // one substantive sector
  EXPECT_DOUBLE_EQ(c.at("mandate_alignment").get<double>(), 0.8);  // urusan 1.02 → kesehatan
  // PD coverage: kesehatan had service information in March only: 1 of 5 sectors × 2 months.
  EXPECT_DOUBLE_EQ(c.at("pd_service_coverage").get<double>(), 0.1);
  const json& march = r.at("agencies").at(1).at("by_period").at("2024-03").at("content");
  EXPECT_DOUBLE_EQ(march.at("pd_service_coverage").get<double>(), 0.2);
  EXPECT_EQ(c.at("cross").at("kesehatan").at("info_layanan"), 2);
  const json& mode = AgencyTotal(r, "DinkesContoh").at("interaction_mode");
  EXPECT_DOUBLE_EQ(mode.at("push_share").get<double>(), 0.8);
  EXPECT_DOUBLE_EQ(mode.at("networking_share").get<double>(), 0.2);
  EXPECT_DOUBLE_EQ(mode.at("pull_share").get<double>(), 0.25);  // one info post with a URL
}

TEST_F(FixtureTest, ParticipationAndResponsiveness) {
  const json r = Report(OnePass());
  const json& p = AgencyTotal(r, "DinkesContoh").at("participation");
  EXPECT_EQ(p.at("inbound_posts"), 2);
  EXPECT_EQ(p.at("participants"), 2);
  EXPECT_DOUBLE_EQ(p.at("participants_per_1000_followers").get<double>(), 1.0);
  EXPECT_EQ(p.at("answered_within_window"), 1);
  EXPECT_DOUBLE_EQ(p.at("response_rate").get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(p.at("median_reply_delay_hours").get<double>(), 2.0);
}

// The agency graph is the reference's four-account graph (§5.4 C worked check).
TEST_F(FixtureTest, IntegrationWorkedCheckThroughThePipeline) {
  const json r = Report(OnePass());
  const json& u = r.at("network").at("total").at("layers").at("union");
  EXPECT_DOUBLE_EQ(u.at("density").get<double>(), 0.25);
  EXPECT_NEAR(u.at("reciprocity").get<double>(), 0.667, 5e-4);
  EXPECT_DOUBLE_EQ(u.at("isolate_share").get<double>(), 0.25);
  EXPECT_DOUBLE_EQ(u.at("largest_weak_component_share").get<double>(), 0.75);
  EXPECT_NEAR(u.at("in_degree_centralization").get<double>(), 0.111, 5e-4);
  // Ties out of A: Diskominfo → the province, Dinkes → the citizen it answered. E–I = (2-3)/5.
  EXPECT_DOUBLE_EQ(r.at("network").at("total").at("ei").at("ei_index").get<double>(), -0.2);
  const json& hub = r.at("network").at("total").at("hubs").at(0);
  EXPECT_DOUBLE_EQ(hub.at("coverage_out").get<double>(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(hub.at("coverage_in").get<double>(), 1.0 / 3);
  const json& kominfo = AgencyTotal(r, "KominfoContoh").at("integration");
  EXPECT_DOUBLE_EQ(kominfo.at("amplification_rate").get<double>(),
                   1.0);  // Dinkes retweeted its one original
  EXPECT_DOUBLE_EQ(kominfo.at("vertical_share").get<double>(),
                   0.5);  // mentions: Dinkes, the province
  EXPECT_DOUBLE_EQ(
      AgencyTotal(r, "DinkesContoh").at("integration").at("internal_reuse_share").get<double>(),
      1.0);
}

TEST_F(FixtureTest, EdgeCasesHaveDefinedOutput) {
  const json r = Report(OnePass());
  // A registry handle with no posts: present, flagged, zero counts, undefined shares, isolate.
  const json& dlh_entry = r.at("agencies").at(3);
  EXPECT_EQ(dlh_entry.at("has_posts"), false);
  const json& dlh = dlh_entry.at("total");
  EXPECT_EQ(dlh.at("activity").at("posts"), 0);
  EXPECT_TRUE(dlh.at("content").at("basic_service_share").is_null());
  EXPECT_TRUE(dlh.at("engagement").at("E").is_null());
  EXPECT_TRUE(dlh.at("integration").at("layers").at("union").at("isolate").get<bool>());
  // Zero followers recorded: shares per post exist, per-follower metrics do not.
  const json& disdik = AgencyTotal(r, "DisdikContoh").at("engagement");
  EXPECT_EQ(disdik.at("followers"), 0);
  EXPECT_DOUBLE_EQ(disdik.at("P1").get<double>(), 1.0);
  EXPECT_TRUE(disdik.at("P3").is_null());
  EXPECT_TRUE(disdik.at("E").is_null());
  EXPECT_TRUE(disdik.at("E_norm").is_null());
  // Its April post was observed 5 days after posting: left out of engagement, counted.
  EXPECT_EQ(disdik.at("excluded_young"), 1);
  // The ranking lists every agency; an agency without posts ranks last and says so.
  ASSERT_EQ(r.at("ranking").size(), 4u);
  EXPECT_NE(r.at("ranking").at(3).at("finding").get<std::string>().find("tidak ada unggahan"),
            std::string::npos);
  EXPECT_NE(r.at("ranking").at(1).at("finding").get<std::string>().find(
                "40% unggahan berupa informasi layanan"),
            std::string::npos);
}

TEST_F(FixtureTest, EmptyInputGivesAnEmptyButCompleteReport) {
  ReportState empty(registry_, {});
  const json r = Report(empty);
  EXPECT_TRUE(r.at("periods").empty());
  EXPECT_EQ(r.at("agencies").size(), 4u);
  EXPECT_FALSE(r.at("comparison").at("chi_square").at("sektor").at("defined").get<bool>());
  EXPECT_TRUE(r.at("corrected_shares").is_null());
}

TEST_F(FixtureTest, ExcludeRetweetsAndDateRange) {
  AggregationOptions options;
  options.exclude_retweets = true;
  const json r = Report(OnePass(options));
  EXPECT_EQ(r.at("input").at("retweets_excluded"), 2);
  // Without Dinkes's retweet the b→a tie is gone: 2 ties, none reciprocated.
  EXPECT_EQ(r.at("network").at("total").at("layers").at("union").at("ties"), 2);
  AggregationOptions march;
  march.from = ParseDate("2024-03-01");
  march.to = ParseDate("2024-04-01");
  const json m = Report(OnePass(march));
  EXPECT_EQ(m.at("input").at("out_of_range"), 1);
  EXPECT_EQ(m.at("periods"), json({"2024-03"}));
  EXPECT_DOUBLE_EQ(AgencyTotal(m, "DinkesContoh").at("activity").at("days").get<double>(), 31);
}

// DESIGN.md §8: partial states built on shards, serialised and merged, give exactly the state —
// and so exactly the report — of one pass over all posts.
TEST_F(FixtureTest, MergingShardsEqualsOnePass) {
  const ReportState single = OnePass();
  for (size_t shards : {2u, 3u, 5u}) {
    std::vector<ReportState> parts(shards, ReportState(registry_, {}));
    for (size_t i = 0; i < posts_.size(); ++i) parts[(i * 7) % shards].Add(posts_[i]);
    ReportState merged = ReadState(StateText(parts[shards - 1]), registry_, "p");
    for (size_t s = 0; s + 1 < shards; ++s)
      merged.Merge(ReadState(StateText(parts[s]), registry_, "p"));
    EXPECT_EQ(StateText(merged), StateText(single)) << shards << " shards";
    EXPECT_EQ(Report(merged).dump(), Report(single).dump()) << shards << " shards";
  }
}

// Ids that are not tweet ids (another platform's) are matched through their 64-bit hash: a reply
// still finds its question across shards, in any order, and the state reads back.
TEST_F(FixtureTest, NonNumericIdsMatchRepliesAcrossShards) {
  auto post = [](std::string id, std::string author, int64_t time, PostKind kind) {
    Post p;
    p.id = std::move(id);
    p.author_handle = std::move(author);
    p.created_at = time;
    p.kind = kind;
    return p;
  };
  const int64_t t0 = ParseDate("2024-03-10");
  std::vector<Post> posts;
  for (int i = 0; i < 3; ++i) {
    Post question = post("mast:q" + std::to_string(i), "warga" + std::to_string(i), t0 + i * 60,
                         PostKind::kOriginal);
    question.mentions = {"DinkesContoh"};
    posts.push_back(question);
  }
  // Answers to q0 after 1 h and to q2 after 100 h (outside the 72 h window); q1 is unanswered.
  for (auto [question, delay] : {std::pair<int, int64_t>{0, 3600}, {2, 100 * 3600}}) {
    Post reply = post("mast:r" + std::to_string(question), "DinkesContoh",
                      t0 + question * 60 + delay, PostKind::kReply);
    reply.replied_to_id = "mast:q" + std::to_string(question);
    reply.replied_to_handle = "warga" + std::to_string(question);
    posts.push_back(reply);
  }
  ReportState single(registry_, {});
  for (const Post& p : posts) single.Add(p);
  ReportState first(registry_, {}), second(registry_, {});
  for (size_t i = 0; i < posts.size(); ++i)
    (i >= 3 ? first : second).Add(posts[i]);  // replies first
  ReportState merged = ReadState(StateText(first), registry_, "a");
  merged.Merge(ReadState(StateText(second), registry_, "b"));
  EXPECT_EQ(StateText(merged), StateText(single));
  const json report = Report(merged);
  const json& p = AgencyTotal(report, "DinkesContoh").at("participation");
  EXPECT_EQ(p.at("inbound_posts"), 3);
  EXPECT_EQ(p.at("participants"), 3);
  EXPECT_EQ(p.at("answered"), 2);
  EXPECT_EQ(p.at("answered_within_window"), 1);
  EXPECT_DOUBLE_EQ(p.at("response_rate").get<double>(), 1.0 / 3);
}

// The streamed state is nlohmann's compact dump of its own tree (sorted keys, the same escapes),
// also with outside handles that need escaping and ids that are hashed, and reads back to the
// same bytes.
TEST_F(FixtureTest, WrittenStateIsCanonicalAndReadsBack) {
  ReportState state = OnePass();
  Post odd;
  odd.id = "not-a-tweet-id";
  odd.author_handle = "warga\"kutip\\ é";
  odd.created_at = ParseDate("2024-04-02");
  odd.kind = PostKind::kOriginal;
  odd.mentions = {"DinkesContoh"};
  state.Add(odd);
  Post reply;
  reply.id = "2999";
  reply.author_handle = "DinkesContoh";
  reply.created_at = ParseDate("2024-04-03");
  reply.kind = PostKind::kReply;
  reply.replied_to_id = "not-a-tweet-id";
  reply.replied_to_handle = "warga\"kutip\\ é";
  state.Add(reply);
  AggregationOptions options;
  options.exclude_retweets = true;
  const ReportState empty(registry_, {});
  for (const ReportState& subject : {state, empty, OnePass(options)}) {
    std::string streamed;
    int pieces = 0;
    WriteState(subject, [&](std::string_view piece) {
      streamed += piece;
      ++pieces;
    });
    EXPECT_EQ(streamed, json::parse(streamed).dump());
    EXPECT_EQ(streamed, StateText(subject));
    EXPECT_GE(pieces, 1);
    const ReportState read = ReadState(streamed, registry_, "part.json");
    EXPECT_EQ(StateText(read), streamed);
    EXPECT_EQ(read.options(), subject.options());
  }
}

// A broken state is refused with kData naming the file, and the fault.
TEST_F(FixtureTest, ReadStateNamesTheFault) {
  auto error = [&](const std::string& text, const AgencyRegistry& registry) {
    try {
      ReadState(text, registry, "part.json");
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kData);
      EXPECT_EQ(e.location(), "part.json");
      return e.message();
    }
    return std::string("no error");
  };
  const std::string good = StateText(OnePass());
  // Another registry: the fingerprint is named, though the agencies (read first) do not match.
  const AgencyRegistry smaller = AgencyRegistry::ParseCsv("handle\nDinkesContoh\n", "small.csv");
  EXPECT_NE(error(good, smaller).find("fingerprint"), std::string::npos);
  EXPECT_NE(error(good.substr(0, good.size() / 2), registry_).find("not valid JSON"),
            std::string::npos);
  json broken = json::parse(good);
  broken["edges"][0][1] = "sideways";
  EXPECT_NE(error(broken.dump(), registry_).find("unknown layer"), std::string::npos);
  broken = json::parse(good);
  broken["edges"][0][4] = 1.5;
  EXPECT_NE(error(broken.dump(), registry_).find("not an integer"), std::string::npos);
  broken = json::parse(good);
  broken["edges"][0] = 7;  // not an edge at all: left for the rest of the tree, which refuses it
  EXPECT_NE(error(broken.dump(), registry_), "no error");
  broken = json::parse(good);
  broken["agencies"]["nobody"] = json::object();  // not an agency, even without months
  EXPECT_NE(error(broken.dump(), registry_).find("not a local agency"), std::string::npos);
}

// Damaged states (seeded byte edits): text that is not JSON is refused, nothing but
// liputan::Error comes out, and what is accepted is a state that writes and reads back the same.
TEST_F(FixtureTest, DamagedStatesAreRefusedOrReadConsistently) {
  const std::string good = StateText(OnePass());
  std::mt19937 rng(11);
  const std::string alphabet = "0123456789-.e\"[]{},:#abz \\";
  int accepted = 0, refused = 0;
  for (int trial = 0; trial < 300; ++trial) {
    std::string text = good;
    for (int edit = 0; edit < 1 + trial % 3; ++edit) {
      text[rng() % text.size()] = alphabet[rng() % alphabet.size()];
    }
    const bool valid_json = json::accept(text);
    std::optional<ReportState> read;
    try {
      read.emplace(ReadState(text, registry_, "p"));
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kData) << text;
      ++refused;
      continue;
    }
    EXPECT_TRUE(valid_json) << text;
    const std::string written = StateText(*read);
    EXPECT_EQ(StateText(ReadState(written, registry_, "again")), written) << text;
    ++accepted;
  }
  EXPECT_GT(accepted, 0);  // some edits leave a valid state (a changed count, say)
  EXPECT_GT(refused, 0);
  // Header fields of the wrong type are a refused state, not a type error.
  for (const char* field : {"format", "version", "registry_fingerprint"}) {
    json wrong = json::parse(good);
    wrong[field] = json::array();
    EXPECT_THROW(ReadState(wrong.dump(), registry_, "p"), Error) << field;
  }
}

TEST_F(FixtureTest, StatesWithOtherOptionsOrRegistriesRefuseToMerge) {
  ReportState a = OnePass();
  AggregationOptions other;
  other.exclude_retweets = true;
  EXPECT_THROW(a.Merge(ReportState(registry_, other)), Error);
  const AgencyRegistry smaller = AgencyRegistry::ParseCsv("handle\nDinkesContoh\n", "small.csv");
  EXPECT_THROW(ReadState(StateText(a), smaller, "part.json"), Error);
  try {
    ReadState(json{{"format", "something else"}}.dump(), registry_, "part.json");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.location(), "part.json");
    EXPECT_EQ(e.code(), ErrorCode::kData);
  }
}

TEST_F(FixtureTest, CorrectedSharesAppearWithAConfusionMatrix) {
  ReportOptions options;
  options.confusion = ReadConfusionFile(kData + "confusion.json");
  options.corrected.bootstrap_replicates = 50;
  const json r = ReportToJson(BuildReport(OnePass(), ReportTaxonomy::Default(), options));
  const json& all = r.at("corrected_shares").at("label_sets").at("fungsi").at("all");
  EXPECT_EQ(all.at("posts"), 9);  // every labeled content post: Dinkes 5, Diskominfo 2, Disdik 2
  double total = 0;
  for (const json& s : all.at("shares")) total += s.at("adjusted").get<double>();
  EXPECT_NEAR(total, 1, 1e-9);
  EXPECT_EQ(RenderJson(BuildReport(OnePass(), ReportTaxonomy::Default(), options)),
            r.dump() + "\n");  // seeded
}

}  // namespace
}  // namespace liputan::report

namespace liputan::report {
namespace {

// One agency post dated 2277 (a broken date) must not stretch the report over three thousand
// monthly periods: it is counted out of range. A state claiming such a range is refused.
TEST_F(FixtureTest, BrokenDatesAreOutOfRangeAndRefusedInStates) {
  ReportState state = OnePass();
  Post broken = posts_.front();
  broken.id = "broken-date";
  broken.created_at = 9709254800;  // 2277-09-03
  state.Add(broken);
  const json r = Report(state);
  EXPECT_EQ(r.at("input").at("out_of_range"), 1);
  EXPECT_EQ(r.at("periods"), json({"2024-03", "2024-04"}));

  json j = StateJson(state);
  j["counters"]["last_post"] = 9709254800;
  EXPECT_THROW(ReadState(j.dump(), registry_, "part.json"), Error);
  j = StateJson(state);
  std::swap(j["counters"]["first_post"], j["counters"]["last_post"]);
  EXPECT_THROW(ReadState(j.dump(), registry_, "part.json"), Error);
}

}  // namespace
}  // namespace liputan::report
