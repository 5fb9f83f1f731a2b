// The cache must never change a result, must hold up under parallel use, and must respect its
// capacity.
#include <gtest/gtest.h>
#include <tbb/parallel_for.h>

#include <memory>
#include <string>
#include <vector>

#include "tokenizer/stemmer/stemmer.h"

namespace liputan {
namespace {

std::shared_ptr<const RootLexicon> SmallLexicon() {
  return std::make_shared<RootLexicon>(
      std::vector<std::string>{"baca", "tulis", "layan", "ajar", "makan", "pukul", "sapu"});
}

std::vector<std::string> Words() {
  std::vector<std::string> base = {"membaca",   "dibaca",   "pembaca",   "bacaan",  "menulis",
                                   "tulisan",   "melayani", "pelayanan", "layanan", "pelajaran",
                                   "memakan",   "makanan",  "memukul",   "menyapu", "xyz",
                                   "buku-buku", "MEMBACA",  "2024",      ""};
  std::vector<std::string> words;
  for (int round = 0; round < 200; ++round) {
    for (const auto& w : base) words.push_back(w);
    words.push_back("kata" + std::to_string(round));  // distinct words too
  }
  return words;
}

TEST(StemCache, ParallelResultsEqualUncached) {
  Stemmer cached(SmallLexicon());
  Stemmer uncached(SmallLexicon(), StemmerOptions{.use_cache = false});
  std::vector<std::string> words = Words();
  std::vector<std::string> got(words.size());
  for (int pass = 0; pass < 2; ++pass) {  // cold, then warm
    tbb::parallel_for(size_t{0}, words.size(), [&](size_t i) { got[i] = cached.Stem(words[i]); });
    for (size_t i = 0; i < words.size(); ++i) {
      ASSERT_EQ(got[i], uncached.Stem(words[i])) << words[i] << " pass " << pass;
    }
  }
  EXPECT_EQ(cached.cache_size(), 19u + 200u);
  EXPECT_EQ(uncached.cache_size(), 0u);
  EXPECT_EQ(cached.Stem("pelayanan"), "layan");
}

TEST(StemCache, StopsRememberingAtCapacity) {
  Stemmer stemmer(SmallLexicon(), StemmerOptions{.cache_capacity = 64});
  for (int i = 0; i < 10000; ++i) stemmer.Stem("kata" + std::to_string(i));
  EXPECT_LE(stemmer.cache_size(), 64u);
  EXPECT_GT(stemmer.cache_size(), 0u);
  EXPECT_EQ(stemmer.Stem("membaca"), "baca");  // still correct when full
}

TEST(StemCache, LongWordsAreNotCached) {
  Stemmer stemmer(SmallLexicon());
  std::string long_word(10000, 'a');
  EXPECT_EQ(stemmer.Stem(long_word), long_word);
  EXPECT_EQ(stemmer.cache_size(), 0u);
}

}  // namespace
}  // namespace liputan
