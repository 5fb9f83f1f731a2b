#include <gtest/gtest.h>

#include "tokenizer/clitic_splitter.h"
#include "tokenizer/elongation_reducer.h"
#include "tokenizer/known_words.h"
#include "tokenizer/lexicon.h"
#include "tokenizer/reduplication.h"
#include "tokenizer/stemmer/root_lexicon.h"
#include "tokenizer/stemmer/stemmer.h"
#include "tokenizer/tokenizer.h"

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

// With the stemmer, as `liputan tokenize --split-clitics` runs it. Also checks that every part is
// a view into the word (the tokenizer takes offsets from them).
std::string SplitDerived(std::string_view word) {
  KnownWords known = Known();
  std::vector<std::string_view> parts;
  CliticSplitter(&known, &Stemmer::Default()).Split(word, parts);
  std::string out;
  for (auto p : parts) {
    EXPECT_TRUE(p.data() >= word.data() && p.data() + p.size() <= word.data() + word.size()) << p;
    out += (out.empty() ? "" : "+") + std::string(p);
  }
  return out;
}

TEST(CliticSplitter, DerivedBasesSplitWithTheStemmer) {
  // Issue 18, item 5: bases the stemmer derives from a root.
  EXPECT_EQ(SplitDerived("masakanmu"), "masakan+mu");
  EXPECT_EQ(SplitDerived("pemukulnya"), "pemukul+nya");
  EXPECT_EQ(SplitDerived("temukanlah"), "temukan+lah");
  EXPECT_EQ(SplitDerived("kemauanmu"), "kemauan+mu");
  EXPECT_EQ(SplitDerived("terakhirku"), "terakhir+ku");
  EXPECT_EQ(SplitDerived("pemiliknya"), "pemilik+nya");
  EXPECT_EQ(SplitDerived("kumenemukannya"), "ku+menemukan+nya");
  EXPECT_EQ(SplitDerived("rumahnya"), "rumah+nya");  // known bases as before
  EXPECT_EQ(Split("masakanmu"), "masakanmu");        // without a stemmer: known bases only
}

TEST(CliticSplitter, DerivedWordsWithoutCliticsStay) {
  // The whole word is a derivation: "bertanya" is ber- + "tanya", not "berta" + -nya.
  for (auto word : {"bertanya", "kutipan", "kunjungan", "mengaku", "menikah", "melangkah",
                    "bersalah", "bersekolah", "ketemu", "pemerintah"}) {
    EXPECT_EQ(SplitDerived(word), word);
  }
}

TEST(CliticSplitter, HyphenatedAndReduplicatedBases) {
  EXPECT_EQ(SplitDerived("kata-katanya"), "kata-kata+nya");
  EXPECT_EQ(SplitDerived("angan-anganku"), "angan-angan+ku");
  EXPECT_EQ(SplitDerived("kupikir-pikir"), "ku+pikir-pikir");
  EXPECT_EQ(SplitDerived("anak-anaknya"), "anak-anak+nya");
  EXPECT_EQ(SplitDerived("nyonya-mu"), "nyonya+mu");
  EXPECT_EQ(SplitDerived("kepada-nyalah"), "kepada+nya+lah");
  EXPECT_EQ(SplitDerived("malaikat-malaikat-nya"), "malaikat-malaikat+nya");
  EXPECT_EQ(SplitDerived("apa-pun"), "apa+pun");
  EXPECT_EQ(Split("nyonya-mu"), "nyonya+mu");  // a hyphen marks the clitic: no stemmer needed
  for (auto word : {"anak-anak", "kupu-kupu", "sayur-mayur", "ke-2", "-nya", "e-ktp", "x-nya"}) {
    EXPECT_EQ(SplitDerived(word), word);
  }
}

TEST(CliticSplitter, LexicalisedNyaWordsStay) {
  for (auto word : {"akhirnya", "semuanya", "sepenuhnya", "biasanya", "sebenarnya", "lainnya",
                    "misalnya", "satu-satunya", "keduanya"}) {
    EXPECT_TRUE(CliticSplitter::IsLexicalised(word)) << word;
    EXPECT_EQ(SplitDerived(word), word);
    EXPECT_EQ(Split(word), word);
  }
  EXPECT_EQ(SplitDerived("akhirnyalah"), "akhirnya+lah");
  EXPECT_FALSE(CliticSplitter::IsLexicalised("rumahnya"));
  // se- + adjective + -nya is one adverb; "sepeda" + -nya is not.
  EXPECT_EQ(SplitDerived("secepatnya"), "secepatnya");
  EXPECT_EQ(SplitDerived("sebaik-baiknya"), "sebaik-baiknya");
  EXPECT_EQ(SplitDerived("sepedanya"), "sepeda+nya");
}

std::string Tokens(const Tokenizer& tokenizer, std::string_view line) {
  std::string out;
  for (const auto& t : tokenizer.Tokenize(line)) {
    out += (out.empty() ? "" : " ") + t.text + "[" + std::to_string(t.begin) + "," +
           std::to_string(t.end) + ")";
  }
  return out;
}

TEST(CliticSplitter, CapitalisedPronounsStayAsWritten) {
  TokenizerOptions o;
  o.split_clitics = true;
  Tokenizer tokenizer(o);
  EXPECT_EQ(Tokens(tokenizer, "kepada-Nyalah"), "kepada[0,6) -Nya[6,10) lah[10,13)");
  EXPECT_EQ(Tokens(tokenizer, "nyonya-Mu"), "nyonya[0,6) -Mu[6,9)");
  EXPECT_EQ(Tokens(tokenizer, "rahmatNya"), "rahmat[0,6) Nya[6,9)");
  EXPECT_EQ(Tokens(tokenizer, "nyonya-mu"), "nyonya[0,6) mu[7,9)");
  EXPECT_EQ(Tokens(tokenizer, "KUASA-MU"), "kuasa[0,5) mu[6,8)");  // capitals, not a capital
  EXPECT_EQ(Tokens(tokenizer, "Kucoba"), "ku[0,2) coba[2,6)");     // a proclitic is lower-cased
  o.stem = true;
  EXPECT_EQ(Tokens(Tokenizer(o), "nyonya-Mu"), "nyonya[0,6) -Mu[6,9)");  // not stemmed
  o.stem = false;
  o.drop_stopwords = true;  // looked up as "nya"
  EXPECT_EQ(Tokens(Tokenizer(o), "rumah-Nya"), "rumah[0,5)");
}

TEST(CliticSplitter, DefaultOptionsKeepTheWordsWhole) {
  // The default pipeline (what the default model was trained on) does not split or re-case.
  Tokenizer tokenizer;
  EXPECT_EQ(Tokens(tokenizer, "masakanmu kata-katanya"), "masakanmu[0,9) kata-katanya[10,22)");
  EXPECT_EQ(Tokens(tokenizer, "kepada-Nyalah"), "kepada-nyalah[0,13)");
}

}  // namespace
}  // namespace liputan
