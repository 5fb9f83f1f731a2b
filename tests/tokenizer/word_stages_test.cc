#include <gtest/gtest.h>

#include "tokenizer/clitic_splitter.h"
#include "tokenizer/elongation_reducer.h"
#include "tokenizer/known_words.h"
#include "tokenizer/lexicon.h"
#include "tokenizer/reduplication.h"
#include "tokenizer/stemmer/root_lexicon.h"

namespace liputan {
namespace {

KnownWords Known() {
  static auto roots = RootLexicon::Default();
  static auto extra =
      lexicon::ParseWordList("words_extra.id.txt", lexicon::EmbeddedContent("words_extra.id.txt"));
  return {roots.get(), &extra, nullptr, nullptr, nullptr};
}

std::string Reduce(std::string_view word) {
  KnownWords known = Known();
  std::string out;
  return ElongationReducer(&known).Reduce(word, out) ? out : std::string(word);
}

TEST(ElongationReducer, ShortensToTheKnownForm) {
  EXPECT_EQ(Reduce("bangettt"), "banget");
  EXPECT_EQ(Reduce("sayaaaa"), "saya");
  EXPECT_EQ(Reduce("maaaaf"), "maaf");
  EXPECT_EQ(Reduce("siaaaappp"), "siap");
}

TEST(ElongationReducer, LeavesDoubleLettersAlone) {
  EXPECT_EQ(Reduce("maaf"), "maaf");
  EXPECT_EQ(Reduce("saat"), "saat");
  EXPECT_EQ(Reduce("taat"), "taat");
  EXPECT_EQ(Reduce("2000"), "2000");
}

TEST(ElongationReducer, UnknownWordsGetOneLetterPerRun) {
  KnownWords none;
  std::string out;
  ASSERT_TRUE(ElongationReducer(&none).Reduce("xyzzzq", out));
  EXPECT_EQ(out, "xyzq");
  // Many runs: no search, one letter each (bounded work on hostile input).
  ASSERT_TRUE(ElongationReducer(&none).Reduce("aaabbbcccdddeeefffggg", out));
  EXPECT_EQ(out, "abcdefg");
}

TEST(Reduplication, DigitTwoMeansRepeat) {
  std::string out;
  auto parts = Reduplication::Match("ujung2nya");
  ASSERT_TRUE(parts);
  EXPECT_EQ(parts->base, "ujung");
  Reduplication::Expand(parts->base, parts->suffix, nullptr, out);
  EXPECT_EQ(out, "ujung-ujungnya");
  EXPECT_FALSE(Reduplication::Match("ps2"));
  EXPECT_FALSE(Reduplication::Match("2x"));
  EXPECT_FALSE(Reduplication::Match("covid19"));
  EXPECT_FALSE(Reduplication::Match("anak2an2"));
}

TEST(Reduplication, PrefixedBaseRepeatsTheRoot) {
  KnownWords known = Known();
  std::string out;
  Reduplication::Expand("berlari", "", &known, out);
  EXPECT_EQ(out, "berlari-lari");
  Reduplication::Expand("dilepas", "", &known, out);
  EXPECT_EQ(out, "dilepas-lepas");
  Reduplication::Expand("berita", "", &known, out);  // a root itself: not ber- + ita
  EXPECT_EQ(out, "berita-berita");
}

std::string Split(std::string_view word) {
  KnownWords known = Known();
  std::vector<std::string_view> parts;
  CliticSplitter(&known).Split(word, parts);
  std::string out;
  for (auto p : parts) out += (out.empty() ? "" : "+") + std::string(p);
  return out;
}

TEST(CliticSplitter, SplitsWhenTheBaseIsAWord) {
  EXPECT_EQ(Split("rumahnya"), "rumah+nya");
  EXPECT_EQ(Split("kucoba"), "ku+coba");
  EXPECT_EQ(Split("bukunyalah"), "buku+nya+lah");
  EXPECT_EQ(Split("kaulihat"), "kau+lihat");
  EXPECT_EQ(Split("bukumu"), "buku+mu");
  EXPECT_EQ(Split("pemerintahnya"), "pemerintah+nya");  // words_extra.id.txt
}

TEST(CliticSplitter, KeepsWordsThatOnlyLookClitic) {
  for (auto word : {"hanya", "punya", "karunia", "meskipun", "ia", "dunia", "kuliah", "sekolah",
                    "tanya", "walaupun", "ilmu", "kuat"}) {
    EXPECT_EQ(Split(word), word);
  }
  EXPECT_EQ(Split("xyzqnya"), "xyzqnya");  // the rest is not a word
}

}  // namespace
}  // namespace liputan
