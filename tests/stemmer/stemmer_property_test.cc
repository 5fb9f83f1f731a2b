// Properties that hold for every input: the root of a root is itself, a root is never longer than
// its word, and odd input never crashes. Words are generated from Indonesian affixes and roots of
// a small lexicon, plus random bytes, with a fixed seed.
#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "tokenizer/stemmer/stemmer.h"

namespace liputan {
namespace {

const std::vector<std::string> kRoots = {"baca", "tulis", "layan", "ajar",  "makan", "pukul",
                                         "sapu", "tani",  "kerja", "ambil", "tahu",  "guna",
                                         "rasa", "ikan",  "kenal", "daki",  "beli",  "satu"};
const std::vector<std::string> kPrefixes = {"",    "me",   "mem",  "men", "meng",   "meny",  "ber",
                                            "be",  "ter",  "di",   "ke",  "se",     "pe",    "pem",
                                            "pen", "peng", "peny", "per", "memper", "diper", "ku"};
const std::vector<std::string> kSuffixes = {"",    "i",   "an",  "kan",    "nya",   "ku",  "mu",
                                            "lah", "kah", "pun", "kannya", "annya", "ilah"};

std::vector<std::string> GeneratedWords() {
  std::mt19937 rng(20261128);
  std::vector<std::string> words;
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  for (int i = 0; i < 4000; ++i) {
    std::string w = pick(kPrefixes) + pick(kRoots) + pick(kSuffixes);
    if (i % 7 == 0) w = w + "-" + (i % 2 ? w : pick(kRoots));
    words.push_back(w);
  }
  for (int i = 0; i < 2000; ++i) {  // random bytes, letters-heavy
    std::string w;
    size_t n = rng() % 24;
    for (size_t j = 0; j < n; ++j) {
      unsigned r = rng() % 100;
      w.push_back(r < 80   ? static_cast<char>('a' + rng() % 26)
                  : r < 85 ? '-'
                  : r < 90 ? static_cast<char>('A' + rng() % 26)
                           : static_cast<char>(rng() % 256));
    }
    words.push_back(w);
  }
  return words;
}

TEST(StemmerProperties, IdempotentNeverLongerNeverCrashes) {
  Stemmer stemmer(std::make_shared<RootLexicon>(kRoots));
  for (const auto& w : GeneratedWords()) {
    std::string root = stemmer.Stem(w);
    EXPECT_EQ(stemmer.Stem(root), root) << "word " << w;
    EXPECT_LE(root.size(), w.size()) << "word " << w;
  }
}

TEST(StemmerProperties, GeneratedAffixedWordsReachTheirRoot) {
  // Words with one meN-/di-/ber- prefix and a clean root reach it (sanity of the whole pipeline
  // on shapes the rules cover).
  Stemmer stemmer(std::make_shared<RootLexicon>(kRoots));
  EXPECT_EQ(stemmer.Stem("dibacakannya"), "baca");
  EXPECT_EQ(stemmer.Stem("memperkenalkan"), "kenal");
  EXPECT_EQ(stemmer.Stem("ketahuan"), "tahu");
  EXPECT_EQ(stemmer.Stem("kesatuannya"), "satu");
  EXPECT_EQ(stemmer.Stem("pengambilan"), "ambil");
  EXPECT_EQ(stemmer.Stem("pekerjaan"), "kerja");
  EXPECT_EQ(stemmer.Stem("perasaan"), "rasa");
}

}  // namespace
}  // namespace liputan
