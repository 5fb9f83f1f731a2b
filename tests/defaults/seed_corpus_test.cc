#include "corpora/seed/seed_corpus.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "common/error.h"

namespace liputan {
namespace {

const std::string kSeed = std::string(LIPUTAN_SOURCE_DIR) + "/corpora/seed/seed.tsv";
const std::string kPool = std::string(LIPUTAN_SOURCE_DIR) + "/samples/pool.tsv";

const std::vector<SeedExample>& Seed() {
  static const auto* examples = new std::vector<SeedExample>(ReadSeedCorpus(kSeed));
  return *examples;
}

// The near-duplicate rule, written out independently of the library: lower-case, split on
// anything that is not an ASCII letter or digit or a non-ASCII byte, compare token sets.
std::set<std::string> WordSet(const std::string& text) {
  std::set<std::string> words;
  std::string w;
  for (char c : text + " ") {
    const auto b = static_cast<unsigned char>(c);
    if (std::isalnum(b) || b >= 0x80) {
      w += static_cast<char>(std::tolower(b));
    } else if (!w.empty()) {
      words.insert(w);
      w.clear();
    }
  }
  return words;
}

// Token sets as sorted ids, so the all-pairs comparison takes a second rather than ten.
using IdSet = std::vector<int>;

IdSet Ids(const std::set<std::string>& words, std::map<std::string, int>& dict) {
  IdSet ids;
  for (const auto& w : words)
    ids.push_back(dict.emplace(w, static_cast<int>(dict.size())).first->second);
  std::sort(ids.begin(), ids.end());
  return ids;
}

double Jaccard(const IdSet& a, const IdSet& b) {
  size_t common = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j])
      ++i;
    else if (b[j] < a[i])
      ++j;
    else
      ++common, ++i, ++j;
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// The text without what only decorates it: links, @mentions and a leading "RT". Two tweets that
// differ only there are the same tweet for training purposes (the builder applies this rule).
std::string Undecorated(const std::string& text) {
  std::istringstream words(text);
  std::string out;
  bool first = true;
  for (std::string w; words >> w; first = false) {
    if (w[0] == '@' || w.rfind("http", 0) == 0 || w.rfind("s.id/", 0) == 0 ||
        w.rfind("bit.ly/", 0) == 0 || w.rfind("rancawenikab.go.id", 0) == 0 ||
        (first && w == "RT")) {
      continue;
    }
    out += w + " ";
  }
  return out;
}

// Pairs (i in xs, j in ys) with Jaccard >= limit; same_set skips j <= i.
std::vector<std::string> NearDuplicates(const std::vector<const SeedExample*>& xs,
                                        const std::vector<const SeedExample*>& ys, bool same_set,
                                        double limit, bool undecorate = false) {
  std::map<std::string, int> dict;
  std::vector<IdSet> a, b;
  for (const auto* x : xs)
    a.push_back(Ids(WordSet(undecorate ? Undecorated(x->text) : x->text), dict));
  for (const auto* y : ys)
    b.push_back(Ids(WordSet(undecorate ? Undecorated(y->text) : y->text), dict));
  std::vector<std::string> found;
  for (size_t i = 0; i < a.size(); ++i) {
    for (size_t j = same_set ? i + 1 : 0; j < b.size(); ++j) {
      const double lo = static_cast<double>(std::min(a[i].size(), b[j].size()));
      const double hi = static_cast<double>(std::max(a[i].size(), b[j].size()));
      if (lo < limit * hi) continue;  // Jaccard <= lo/hi
      if (Jaccard(a[i], b[j]) >= limit) found.push_back(xs[i]->id + " ~ " + ys[j]->id);
    }
  }
  return found;
}

TEST(SeedCorpusTest, HasAtLeast2400LabeledTweets) { EXPECT_GE(Seed().size(), 2400u); }

TEST(SeedCorpusTest, EveryLabelExistsInTheTaxonomy) {
  for (const auto& p : CheckSeedLabels(Taxonomy::Embedded(), Seed(), kSeed)) {
    ADD_FAILURE() << p.location << ": " << p.message;
  }
}

TEST(SeedCorpusTest, EveryLabelOfBothAxesHasAtLeast80Examples) {
  std::map<std::string, int> sektor, fungsi;
  for (const auto& ex : Seed()) {
    ++sektor[ex.sektor];
    ++fungsi[ex.fungsi];
  }
  const Taxonomy t = Taxonomy::Embedded();
  for (const auto& slug : t.sektor().Slugs()) EXPECT_GE(sektor[slug], 80) << slug;
  for (const auto& slug : t.fungsi().Slugs()) EXPECT_GE(fungsi[slug], 80) << slug;
}

TEST(SeedCorpusTest, TestSplitIsAStratifiedFifth) {
  std::map<std::string, std::pair<int, int>> per_label;  // label → (test, all)
  int test = 0;
  for (const auto& ex : Seed()) {
    const bool is_test = ex.split == "test";
    test += is_test;
    for (const auto& key : {"s:" + ex.sektor, "f:" + ex.fungsi}) {
      per_label[key].first += is_test;
      per_label[key].second += 1;
    }
  }
  EXPECT_NEAR(static_cast<double>(test) / static_cast<double>(Seed().size()), 0.2, 0.005);
  for (const auto& [label, counts] : per_label) {
    const double share = static_cast<double>(counts.first) / counts.second;
    EXPECT_GT(share, 0.14) << label;
    EXPECT_LT(share, 0.26) << label;
  }
}

TEST(SeedCorpusTest, NoTwoTweetsAreNearDuplicates) {
  std::vector<const SeedExample*> all;
  for (const auto& ex : Seed()) all.push_back(&ex);
  const auto found = NearDuplicates(all, all, true, 0.8);
  EXPECT_TRUE(found.empty()) << found.size() << " pairs, first: " << found.front();
  const auto undecorated = NearDuplicates(all, all, true, 0.8, true);
  EXPECT_TRUE(undecorated.empty())
      << undecorated.size() << " pairs, first: " << undecorated.front();
}

TEST(SeedCorpusTest, PoolNeverNearDuplicatesTheTrainingSplit) {
  // The sample archives are drawn from the pool; a pool tweet close to a training tweet would
  // let the demo's accuracy flatter the model.
  const auto pool = ReadSeedCorpus(kPool);
  std::vector<const SeedExample*> train, sample;
  for (const auto& ex : Seed()) {
    if (ex.split == "train") train.push_back(&ex);
  }
  for (const auto& ex : pool) sample.push_back(&ex);
  EXPECT_GE(pool.size(), 1500u);
  const auto found = NearDuplicates(sample, train, false, 0.8, true);
  EXPECT_TRUE(found.empty()) << found.size() << " pairs, first: " << found.front();
  for (const auto& p : CheckSeedLabels(Taxonomy::Embedded(), pool, kPool)) {
    ADD_FAILURE() << p.location << ": " << p.message;
  }
}

TEST(SeedCorpusTest, LibraryNearDuplicateRuleAgreesWithTheTest) {
  const auto a = NearDuplicateTokens("Siap KAK, sudah kami teruskan ke dinas terkait 🙏");
  EXPECT_EQ(a, (std::vector<std::string>{"dinas", "kak", "kami", "ke", "siap", "sudah", "terkait",
                                         "teruskan", "🙏"}));
  const auto b = NearDuplicateTokens("siap kak, sudah kami teruskan ke dinas terkait!");
  EXPECT_DOUBLE_EQ(TokenJaccard(a, b), 8.0 / 9.0);
  const auto pairs =
      FindNearDuplicates({"satu dua tiga empat", "x y z", "Satu dua tiga empat lima"}, 0.8);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].first, 0u);
  EXPECT_EQ(pairs[0].second, 2u);
  EXPECT_DOUBLE_EQ(pairs[0].jaccard, 0.8);
}

TEST(SeedCorpusTest, TextsAreSafeForTsvAndFastText) {
  for (const auto& ex : Seed()) {
    EXPECT_EQ(ex.text.find('"'), std::string::npos) << ex.id;
    EXPECT_EQ(ex.text.find("__label__"), std::string::npos) << ex.id;
    EXPECT_EQ(ex.text.find('\r'), std::string::npos) << ex.id;
    EXPECT_EQ(ex.text.front() == ' ' || ex.text.back() == ' ', false) << ex.id;
  }
}

TEST(SeedCorpusTest, BothVoicesArePresentAndCitizensOnlyReportOrAsk) {
  int citizen = 0;
  for (const auto& ex : Seed()) {
    if (ex.voice != "citizen") continue;
    ++citizen;
    EXPECT_TRUE(ex.fungsi == "dialog_partisipasi" || ex.fungsi == "darurat_bencana") << ex.id;
  }
  EXPECT_GE(citizen, 100);
}

TEST(SeedCorpusParseTest, MalformedRowsNameFileAndLine) {
  const std::string header = "id\tsplit\tsektor\tfungsi\ttext\n";
  auto error_of = [](const std::string& text) {
    try {
      ParseSeedCorpus(text, "s.tsv");
    } catch (const Error& e) {
      return e.location() + " " + e.message();
    }
    return std::string("no error");
  };
  EXPECT_EQ(error_of(header + "a\ttrain\tkesehatan\tinfo_layanan\n"),
            "s.tsv:2 expected 5 tab-separated cells, found 4");
  EXPECT_EQ(error_of(header + "a\tdev\tkesehatan\tinfo_layanan\tteks\n"),
            "s.tsv:2 split must be train or test, not \"dev\"");
  EXPECT_EQ(error_of(header + "a\ttest\tx\ty\tteks\na\ttest\tx\ty\tlain\n"),
            "s.tsv:3 repeated id \"a\"");
  EXPECT_EQ(error_of("id\tsektor\ttext\n"), "s.tsv:1 header lacks the column \"fungsi\"");
  EXPECT_EQ(error_of(header + "a\ttest\tx\ty\t\n"), "s.tsv:2 empty text");
  const auto ok = ParseSeedCorpus("text\tfungsi\tid\tsektor\nhalo\tlainnya\tq1\tumum\n", "t.tsv");
  ASSERT_EQ(ok.size(), 1u);
  EXPECT_EQ(ok[0].text, "halo");
  EXPECT_EQ(ok[0].voice, "agency");
  EXPECT_EQ(ok[0].line, 2);
  EXPECT_THROW(ReadSeedCorpus("/nonexistent/seed.tsv"), Error);
}

}  // namespace
}  // namespace liputan
