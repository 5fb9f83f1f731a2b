#include "annotate/sampler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "annotate/stratum_allocation.h"
#include "annotate/teach_selection.h"
#include "common/error.h"

namespace liputan {
namespace {

Candidate Make(const std::string& id, const std::string& agency, const std::string& label, float p1,
               float p2, const std::string& text = "") {
  Candidate c;
  c.id = id;
  c.agency = agency;
  c.text = text.empty() ? "pos " + id + " kata" + id : text;
  c.predictions = {{label, p1, p2}};
  return c;
}

// 1000 posts over 3 labels x 4 agencies with very unequal strata (one of 2 posts).
std::vector<Candidate> Population() {
  std::vector<Candidate> out;
  const char* labels[] = {"kesehatan", "pendidikan", "bencana"};
  const char* agencies[] = {"dinkes", "disdik", "bpbd", "kominfo"};
  int id = 0;
  for (int l = 0; l < 3; ++l) {
    for (int a = 0; a < 4; ++a) {
      const int size = (l == 2 && a == 3) ? 2 : 20 + 37 * ((l * 4 + a) % 5);
      for (int i = 0; i < size; ++i, ++id)
        out.push_back(Make(std::to_string(1000 + id), agencies[a], labels[l], 0.6f, 0.3f));
    }
  }
  while (out.size() < 1000) {  // fill the first stratum up to 1000 posts
    out.push_back(Make(std::to_string(1000 + id++), "dinkes", "kesehatan", 0.6f, 0.3f));
  }
  return out;
}

SampleResult Draw(const std::vector<Candidate>& posts, SampleOptions options) {
  Sampler sampler({"sektor"}, options);
  for (const auto& c : posts) sampler.Add(c);
  return sampler.Finish();
}

std::vector<std::string> Ids(const SampleResult& r) {
  std::vector<std::string> ids;
  for (const auto& row : r.file.rows) ids.push_back(row.id);
  return ids;
}

TEST(StratumAllocationTest, MinimumFirstThenProportional) {
  EXPECT_EQ(AllocateStrata({100, 1, 1}, 10), (std::vector<int64_t>{8, 1, 1}));
  EXPECT_EQ(AllocateStrata({60, 30, 10}, 10), (std::vector<int64_t>{6, 3, 1}));
  // Too few posts for a minimum each: proportional alone.
  EXPECT_EQ(AllocateStrata({100, 1, 1}, 2), (std::vector<int64_t>{2, 0, 0}));
  // Never more than a stratum holds; all when n covers everything.
  EXPECT_EQ(AllocateStrata({3, 100}, 50, 10), (std::vector<int64_t>{3, 47}));
  EXPECT_EQ(AllocateStrata({3, 4}, 50), (std::vector<int64_t>{3, 4}));
  EXPECT_EQ(AllocateStrata({5, 5, 5}, 9, 3), (std::vector<int64_t>{3, 3, 3}));
}

TEST(SamplerTest, ValidateWeightsAddUpToThePopulation) {
  const auto posts = Population();
  SampleOptions o;
  o.n = 50;
  const SampleResult r = Draw(posts, o);
  ASSERT_EQ(r.file.rows.size(), 50u);
  EXPECT_EQ(r.population, 1000);
  EXPECT_EQ(r.strata, 12);
  double weights = 0;
  std::map<std::string, int> per_stratum;
  for (const auto& row : r.file.rows) {
    EXPECT_EQ(row.strategy, "validate");
    ASSERT_GT(row.inclusion_p, 0.0);
    weights += 1.0 / row.inclusion_p;
    ++per_stratum[row.stratum];
  }
  EXPECT_NEAR(weights, 1000.0, 1e-6);
  EXPECT_EQ(per_stratum.size(), 12u);  // every stratum, the 2-post one too
  EXPECT_EQ(per_stratum["bencana|kominfo"], 1);
  EXPECT_GE(per_stratum["pendidikan|dinkes"], 7);  // 168 of 1000 posts: about 8 of 50
}

TEST(SamplerTest, EveryStratumWhenNCoversThemAndNotesWhenNot) {
  const auto posts = Population();
  SampleOptions o;
  o.n = 12;
  SampleResult r = Draw(posts, o);
  std::set<std::string> strata;
  for (const auto& row : r.file.rows) strata.insert(row.stratum);
  EXPECT_EQ(strata.size(), 12u);
  EXPECT_EQ(r.strata_not_drawn, 0);
  o.n = 5;
  r = Draw(posts, o);
  EXPECT_EQ(r.file.rows.size(), 5u);
  EXPECT_EQ(r.strata_not_drawn, 7);
}

TEST(SamplerTest, SameSeedSameDrawAnotherSeedAnother) {
  auto posts = Population();
  SampleOptions o;
  o.n = 40;
  const auto first = Ids(Draw(posts, o));
  EXPECT_EQ(Ids(Draw(posts, o)), first);
  // The draw depends on the posts, not on the order they were read in.
  std::reverse(posts.begin(), posts.end());
  EXPECT_EQ(Ids(Draw(posts, o)), first);
  o.seed = 2;
  EXPECT_NE(Ids(Draw(posts, o)), first);
}

TEST(SamplerTest, NCoveringThePopulationTakesEveryPost) {
  const auto posts = Population();
  SampleOptions o;
  o.n = 5000;
  const SampleResult r = Draw(posts, o);
  EXPECT_EQ(r.file.rows.size(), 1000u);
  for (const auto& row : r.file.rows) EXPECT_DOUBLE_EQ(row.inclusion_p, 1.0);
  o.strategy = SampleStrategy::kTeach;
  EXPECT_EQ(Draw(posts, o).file.rows.size(), 1000u);
}

TEST(SamplerTest, RowsCarryTheSuggestion) {
  SampleOptions o;
  o.n = 1;
  Candidate c = Make("1790000000000000001", "dinkes", "kesehatan", 0.87654f, 0.1f);
  c.url = "https://x.com/dinkes/status/1790000000000000001";
  const SampleResult r = Draw({c}, o);
  ASSERT_EQ(r.file.rows.size(), 1u);
  const AnnotationRow& row = r.file.rows[0];
  EXPECT_EQ(row.suggested.at("sektor"), "kesehatan");
  EXPECT_DOUBLE_EQ(row.suggested_p.at("sektor"), 0.8765);
  EXPECT_EQ(row.labels.at("sektor"), "");
  EXPECT_EQ(row.stratum, "kesehatan|dinkes");
  EXPECT_EQ(row.url, c.url);
}

TEST(SamplerTest, TeachPrefersUncertainPostsAndSkipsNearDuplicates) {
  std::vector<Candidate> posts;
  // Ten copies of one uncertain announcement, then distinct posts getting surer.
  for (int i = 0; i < 10; ++i)
    posts.push_back(Make("d" + std::to_string(i), "dinkes", "kesehatan", 0.41f, 0.40f,
                         "jadwal vaksinasi puskesmas sabtu ini bawa ktp"));
  const char* words[] = {"banjir",  "guru",  "beasiswa", "gempa", "posyandu", "ujian",
                         "longsor", "bidan", "relawan",  "rapor", "evakuasi", "madrasah"};
  for (int i = 0; i < 12; ++i) {
    const float p1 = 0.55f + 0.04f * static_cast<float>(i);
    posts.push_back(Make("u" + std::to_string(i), "bpbd", i % 2 ? "bencana" : "pendidikan", p1,
                         0.40f, std::string(words[i]) + " warga kabupaten " + words[i]));
  }
  SampleOptions o;
  o.strategy = SampleStrategy::kTeach;
  o.n = 5;
  const SampleResult r = Draw(posts, o);
  ASSERT_EQ(r.file.rows.size(), 5u);
  int copies = 0;
  for (const auto& row : r.file.rows) {
    EXPECT_EQ(row.strategy, "teach");
    EXPECT_EQ(row.inclusion_p, 0.0);
    EXPECT_EQ(row.stratum, "");
    copies += row.id[0] == 'd';
  }
  EXPECT_EQ(copies, 1);                  // one copy of the duplicate, the rest distinct
  EXPECT_EQ(r.file.rows[0].id[0], 'd');  // the most uncertain first
  EXPECT_EQ(r.file.rows[1].id, "u0");    // then by rising margin
  EXPECT_EQ(r.file.rows[2].id, "u1");
  EXPECT_EQ(r.file.rows[4].id, "u3");
}

TEST(SamplerTest, TeachFillsItsDrawPastManyCopiesOfOnePost) {
  std::vector<Candidate> posts;
  // A thousand retweets of one uncertain notice would fill a pool of the most uncertain posts;
  // copies are kept out of the pool, so the draw still finds distinct posts.
  for (int i = 0; i < 1000; ++i)
    posts.push_back(Make("rt" + std::to_string(i), "x", "a", 0.5f, 0.49f,
                         "RT @dinkes: jadwal vaksinasi https://t.co/" + std::to_string(i)));
  for (int i = 0; i < 20; ++i)
    posts.push_back(Make("p" + std::to_string(i), "x", "b", 0.8f, 0.1f,
                         "kata" + std::to_string(i) + " lain" + std::to_string(i)));
  SampleOptions o;
  o.strategy = SampleStrategy::kTeach;
  o.n = 10;
  o.min_pool = 50;
  const SampleResult r = Draw(posts, o);
  EXPECT_EQ(r.file.rows.size(), 10u);
  EXPECT_EQ(r.duplicates_left_out, 0);
  o.n = 2000;  // more than there are: every post, copies too
  EXPECT_EQ(Draw(posts, o).file.rows.size(), 1020u);
}

TEST(SamplerTest, TeachCapsOneLabel) {
  std::vector<Candidate> posts;
  for (int i = 0; i < 10; ++i)
    posts.push_back(
        Make("a" + std::to_string(i), "x", "a", 0.5f, 0.49f, "kata" + std::to_string(i)));
  for (const char* label : {"b", "c", "d"})
    for (int i = 0; i < 3; ++i)
      posts.push_back(Make(std::string(label) + std::to_string(i), "x", label, 0.8f, 0.1f,
                           std::string("lain") + label + std::to_string(i)));
  SampleOptions o;
  o.strategy = SampleStrategy::kTeach;
  o.n = 4;  // 4 labels: even share 1, cap 2
  int a = 0;
  for (const auto& row : Draw(posts, o).file.rows) a += row.suggested.at("sektor") == "a";
  EXPECT_EQ(a, 2);
}

TEST(SamplerTest, MixedDrawsBothDisjointAndInterleaved) {
  const auto posts = Population();
  SampleOptions o;
  o.strategy = SampleStrategy::kMixed;
  o.n = 20;
  o.teach_share = 0.25;
  const SampleResult r = Draw(posts, o);
  EXPECT_EQ(r.validate_rows, 15);
  EXPECT_EQ(r.teach_rows, 5);
  std::set<std::string> ids;
  for (const auto& row : r.file.rows) ids.insert(row.id);
  EXPECT_EQ(ids.size(), 20u);
  // Interleaved 3:1, so the first eight rows already hold two teach rows.
  int teach_in_first_eight = 0;
  for (size_t i = 0; i < 8; ++i) teach_in_first_eight += r.file.rows[i].strategy == "teach";
  EXPECT_EQ(teach_in_first_eight, 2);
}

TEST(SamplerTest, BadOptionsAreUsageErrors) {
  SampleOptions o;
  o.n = 0;
  EXPECT_THROW(Sampler({"sektor"}, o), Error);
  o.n = 3;
  o.teach_share = 1.5;
  EXPECT_THROW(Sampler({"sektor"}, o), Error);
  EXPECT_THROW(ParseSampleStrategy("random"), Error);
}

TEST(TeachSelectionTest, WordSetsIgnoreCaseAndLinks) {
  EXPECT_EQ(WordSet("Banjir di KOTA https://t.co/abc"), WordSet("banjir, di kota!"));
  EXPECT_DOUBLE_EQ(Jaccard(WordSet("a b c d"), WordSet("a b x y")), 2.0 / 6.0);
  // Only the top label known: 2 * p1 - 1, the smallest margin a single-label set allows.
  EXPECT_NEAR(Margin(Make("1", "x", "a", 0.7f, -1.0f)), 0.4, 1e-6);
  EXPECT_NEAR(Margin(Make("1", "x", "a", 0.7f, 0.2f)), 0.5, 1e-6);
}

}  // namespace
}  // namespace liputan
