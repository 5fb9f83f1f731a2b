#include "samples/sample_generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "common/error.h"
#include "corpora/seed/seed_corpus.h"
#include "corpora/taxonomy/taxonomy.h"

namespace liputan {
namespace {

const std::string kSource = LIPUTAN_SOURCE_DIR;

SampleOptions Options(uint64_t seed = 20261128) {
  SampleOptions o;
  o.seed = seed;
  o.seed_corpus = kSource + "/corpora/seed/seed.tsv";
  o.pool = kSource + "/samples/pool.tsv";
  o.agencies = kSource + "/samples/agencies.csv";
  return o;
}

const SampleArchive& Default() {
  static const auto* archive = new SampleArchive(GenerateSamples(Options()));
  return *archive;
}

struct TruthRow {
  std::string handle, kind, sektor, fungsi;
};

std::map<std::string, TruthRow> Truth() {
  std::map<std::string, TruthRow> truth;
  std::istringstream in(Default().files.at("truth.csv"));
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "id,handle,kind,sektor,fungsi");
  while (std::getline(in, line)) {
    std::vector<std::string> c;
    std::istringstream row(line);
    for (std::string cell; std::getline(row, cell, ',');) c.push_back(cell);
    EXPECT_EQ(c.size(), 5u) << line;
    if (c.size() == 5) truth[c[0]] = {c[1], c[2], c[3], c[4]};
  }
  return truth;
}

// Every page of every agency archive.
std::vector<std::pair<std::string, nlohmann::json>> Pages() {
  std::vector<std::pair<std::string, nlohmann::json>> pages;
  for (const auto& [name, content] : Default().files) {
    if (name.size() < 6 || name.substr(name.size() - 6) != ".jsonl") continue;
    std::istringstream in(content);
    for (std::string line; std::getline(in, line);) {
      pages.emplace_back(name.substr(0, name.size() - 6), nlohmann::json::parse(line));
    }
  }
  return pages;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

TEST(SampleGeneratorTest, SameSeedGivesTheSameBytesAndAnotherSeedDiffers) {
  const SampleArchive again = GenerateSamples(Options());
  ASSERT_EQ(again.files.size(), Default().files.size());
  for (const auto& [name, content] : Default().files) {
    EXPECT_TRUE(again.files.at(name) == content) << name << " differs between two runs";
  }
  const SampleArchive other = GenerateSamples(Options(7));
  EXPECT_NE(other.files.at("truth.csv"), Default().files.at("truth.csv"));
}

// `liputan samples` without paths reads the inputs compiled into the executable: they must be
// the source tree's files, byte for byte.
TEST(SampleGeneratorTest, BuiltInInputsAreTheSourceFiles) {
  const SampleArchive built_in = GenerateSamples(SampleOptions{});
  ASSERT_EQ(built_in.files.size(), Default().files.size());
  for (const auto& [name, content] : Default().files) {
    EXPECT_TRUE(built_in.files.at(name) == content) << name << " differs from the files' archive";
  }
}

TEST(SampleGeneratorTest, AtLeastSixAgenciesAndTwoThousandPosts) {
  EXPECT_GE(Default().stats.size(), 6u);
  EXPECT_GE(Default().total_posts(), 2000);
  EXPECT_EQ(Truth().size(), static_cast<size_t>(Default().total_posts()));
  EXPECT_TRUE(Default().files.count("agencies.csv"));
}

TEST(SampleGeneratorTest, TruthCoversExactlyThePostsAndUsesTaxonomyLabels) {
  const auto truth = Truth();
  const Taxonomy t = Taxonomy::Embedded();
  size_t seen = 0;
  for (const auto& [handle, page] : Pages()) {
    for (const auto& tweet : page["data"]) {
      ++seen;
      auto it = truth.find(tweet["id"].get<std::string>());
      ASSERT_NE(it, truth.end()) << tweet["id"];
      EXPECT_EQ(it->second.handle, handle);
    }
  }
  EXPECT_EQ(seen, truth.size());
  for (const auto& [id, row] : truth) {
    EXPECT_NE(t.sektor().Find(row.sektor), nullptr) << id;
    EXPECT_NE(t.fungsi().Find(row.fungsi), nullptr) << id;
  }
}

// Undo what the generator does to a text (HTML escapes, t.co links) and drop URLs.
std::string Comparable(std::string text) {
  for (auto [from, to] : {std::pair{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}}) {
    for (size_t at; (at = text.find(from)) != std::string::npos;)
      text.replace(at, strlen(from), to);
  }
  std::istringstream words(text);
  std::string out;
  for (std::string w; words >> w;) {
    if (w.rfind("http", 0) == 0 || w.rfind("s.id/", 0) == 0 || w.rfind("bit.ly/", 0) == 0 ||
        w.rfind("rancawenikab", 0) == 0) {
      continue;
    }
    out += w + " ";
  }
  return out;
}

TEST(SampleGeneratorTest, NoPostComesFromTheTrainingSplit) {
  std::vector<std::string> texts;
  size_t train = 0;
  for (const auto& ex : ReadSeedCorpus(kSource + "/corpora/seed/seed.tsv")) {
    if (ex.split == "train") texts.push_back(Comparable(ex.text)), ++train;
  }
  for (const auto& [handle, page] : Pages()) {
    for (const auto& tweet : page["data"]) {
      const bool retweet = tweet.contains("referenced_tweets") &&
                           tweet["referenced_tweets"][0]["type"] == "retweeted";
      if (!retweet) texts.push_back(Comparable(tweet["text"].get<std::string>()));
    }
  }
  for (const auto& pair : FindNearDuplicates(texts, 0.8)) {
    if (pair.first < train && pair.second >= train) {
      ADD_FAILURE() << "archive post \"" << texts[pair.second] << "\" is near training tweet \""
                    << texts[pair.first] << "\"";
    }
  }
}

TEST(SampleGeneratorTest, TweetsHaveTheTwarc2Shape) {
  for (const auto& [handle, page] : Pages()) {
    ASSERT_TRUE(page.contains("data") && page.contains("includes") && page.contains("meta"));
    EXPECT_EQ(page["includes"]["users"][0]["username"], handle);
    EXPECT_TRUE(page["includes"]["users"][0]["public_metrics"].contains("followers_count"));
    EXPECT_EQ(page["meta"]["result_count"], page["data"].size());
    for (const auto& t : page["data"]) {
      for (const char* key : {"id", "text", "author_id", "conversation_id", "created_at", "lang"}) {
        EXPECT_TRUE(t.contains(key)) << key;
      }
      for (const char* key : {"like_count", "retweet_count", "reply_count", "quote_count"}) {
        EXPECT_TRUE(t["public_metrics"].contains(key)) << key;
      }
      EXPECT_EQ(t["created_at"].get<std::string>().size(), 24u);
    }
  }
}

TEST(SampleGeneratorTest, RepliesAnswerCitizensWhoseTweetsAreIncluded) {
  int replies = 0;
  for (const auto& [handle, page] : Pages()) {
    std::set<std::string> included;
    if (page["includes"].contains("tweets")) {
      for (const auto& t : page["includes"]["tweets"]) included.insert(t["id"].get<std::string>());
    }
    for (const auto& t : page["data"]) {
      if (!t.contains("in_reply_to_user_id")) continue;
      ++replies;
      const std::string asked = t["referenced_tweets"][0]["id"];
      EXPECT_TRUE(included.count(asked)) << "reply " << t["id"] << " lacks the tweet it answers";
      EXPECT_EQ(t["text"].get<std::string>()[0], '@');
    }
  }
  EXPECT_GE(replies, 100);
}

TEST(SampleGeneratorTest, HubIsolatesAndACeremonialAgency) {
  std::map<std::string, std::set<std::string>> ties;  // author → registry agencies it touches
  std::set<std::string> registry;
  for (const auto& s : Default().stats) registry.insert(s.handle);
  for (const auto& [handle, page] : Pages()) {
    std::map<std::string, std::string> user_name;
    for (const auto& u : page["includes"]["users"]) user_name[u["id"]] = u["username"];
    for (const auto& t : page["data"]) {
      if (t.contains("entities") && t["entities"].contains("mentions")) {
        for (const auto& m : t["entities"]["mentions"]) {
          if (registry.count(m["username"]) && m["username"] != handle)
            ties[handle].insert(m["username"]);
        }
      }
      if (t.contains("referenced_tweets") && t["referenced_tweets"][0]["type"] == "retweeted") {
        // "RT @source: ..." names the source
        const std::string text = t["text"];
        ties[handle].insert(text.substr(4, text.find(':') - 4));
      }
    }
  }
  EXPECT_GE(ties["KominfoRancaweni"].size(), 5u) << "the hub should amplify most agencies";
  for (const char* isolated : {"DLHRancaweni", "KecWatugede"}) {
    EXPECT_TRUE(ties[isolated].empty()) << isolated;
    for (const auto& [from, to] : ties)
      EXPECT_FALSE(to.count(isolated)) << from << " → " << isolated;
  }
  std::map<std::string, int> prokopim;
  int total = 0;
  for (const auto& [id, row] : Truth()) {
    if (row.handle != "ProkopimRcw" || row.kind == "retweet") continue;
    ++prokopim[row.fungsi];
    ++total;
  }
  EXPECT_GT(prokopim["kegiatan_pimpinan"] + prokopim["ucapan_peringatan"], total * 6 / 10);
}

TEST(SampleGeneratorTest, EngagementIsHeavyTailedAndDiffersByFunction) {
  const auto truth = Truth();
  std::vector<double> likes;
  std::map<std::string, std::vector<double>> by_fungsi;
  int zero = 0;
  for (const auto& [handle, page] : Pages()) {
    for (const auto& t : page["data"]) {
      const auto& row = truth.at(t["id"].get<std::string>());
      if (row.kind != "original") continue;
      const double l = t["public_metrics"]["like_count"].get<double>();
      likes.push_back(l);
      by_fungsi[row.fungsi].push_back(l);
      zero += l == 0;
    }
  }
  ASSERT_FALSE(likes.empty());
  EXPECT_GT(*std::max_element(likes.begin(), likes.end()), 10 * std::max(1.0, Median(likes)));
  EXPECT_GT(zero, 0);
  EXPECT_GT(Median(by_fungsi["darurat_bencana"]), Median(by_fungsi["kegiatan_pimpinan"]));
}

TEST(SampleGeneratorTest, PostsSpanTwelveMonths) {
  std::string first = "9999", last = "0000";
  for (const auto& [handle, page] : Pages()) {
    for (const auto& t : page["data"]) {
      first = std::min(first, t["created_at"].get<std::string>());
      last = std::max(last, t["created_at"].get<std::string>());
    }
  }
  EXPECT_EQ(first.substr(0, 7), "2025-11");
  EXPECT_EQ(last.substr(0, 7), "2026-10");
}

TEST(SampleGeneratorTest, BadInputsGiveClearErrors) {
  SampleOptions o = Options();
  o.agencies = "/nonexistent/agencies.csv";
  EXPECT_THROW(GenerateSamples(o), Error);
  o = Options();
  o.months = 0;
  EXPECT_THROW(GenerateSamples(o), Error);
  o = Options();
  o.start = "yesterday";
  try {
    GenerateSamples(o);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kUsage);
  }
}

}  // namespace
}  // namespace liputan
