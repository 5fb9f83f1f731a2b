#include "tokenizer/entity_scanner.h"

#include <gtest/gtest.h>

#include <string>

namespace liputan {
namespace {

using E = EntityScanner;

std::string Url(std::string_view s) { return std::string(s.substr(0, E::MatchUrl(s, 0))); }

TEST(EntityScanner, UrlsWithAndWithoutScheme) {
  EXPECT_EQ(Url("https://t.co/m4ji77JQGw"), "https://t.co/m4ji77JQGw");
  EXPECT_EQ(Url("http://pemalangkab.go.id/berita?id=1."), "http://pemalangkab.go.id/berita?id=1");
  EXPECT_EQ(Url("pemalangkab.go.id/layanan, ok"), "pemalangkab.go.id/layanan");
  EXPECT_EQ(Url("bit.ly/abc)"), "bit.ly/abc");
  EXPECT_EQ(Url("s.id/daftar!"), "s.id/daftar");
  EXPECT_EQ(Url("www.example.org;"), "www.example.org");
  EXPECT_EQ(Url("https://id.wikipedia.org/wiki/Pemalang_(kota))"),
            "https://id.wikipedia.org/wiki/Pemalang_(kota)");
  EXPECT_EQ(Url("https://t.co/abc\\nNext"), "https://t.co/abc");
  EXPECT_EQ(Url("https://t.co/abc\u2026"), "https://t.co/abc");
}

TEST(EntityScanner, DottedWordsAreNotUrls) {
  EXPECT_EQ(E::MatchUrl("bandung..ppkm", 0), 0u);
  EXPECT_EQ(E::MatchUrl("selesai.terima", 0), 0u);
  EXPECT_EQ(E::MatchUrl("1.000.000", 0), 0u);
  EXPECT_EQ(E::MatchUrl("https://", 0), 0u);
  EXPECT_EQ(E::MatchUrl("humas@pemalangkab.go.id", 0), 0u);
}

TEST(EntityScanner, Emails) {
  EXPECT_EQ(E::MatchEmail("humas@pemalangkab.go.id.", 0), 23u);
  EXPECT_EQ(E::MatchEmail("info.dinkes@gmail.com", 0), 21u);
  EXPECT_EQ(E::MatchEmail("abc@def", 0), 0u);
  EXPECT_EQ(E::MatchEmail("abc.@def.com", 0), 0u);
}

TEST(EntityScanner, MentionsAndHashtags) {
  EXPECT_EQ(E::MatchMention("@Kominfo_Pemalang: halo", 0), 17u);
  EXPECT_EQ(E::MatchMention("@ halo", 0), 0u);
  EXPECT_EQ(E::MatchHashtag("#PemalangHebat!", 0), 14u);
  EXPECT_EQ(E::MatchHashtag("#PPKM_Darurat2021 x", 0), 17u);
  EXPECT_EQ(E::MatchHashtag("#1", 0), 0u);  // digits only: not a hashtag
  EXPECT_EQ(E::MatchHashtag("#\u00e9t\u00e9", 0), 6u);
}

TEST(EntityScanner, EmojiClusters) {
  EXPECT_EQ(E::MatchEmoji("\U0001F600x", 0), 4u);
  EXPECT_EQ(E::MatchEmoji("\U0001F44D\U0001F3FD", 0), 8u);                         // skin tone
  EXPECT_EQ(E::MatchEmoji("\U0001F468\u200D\U0001F469\u200D\U0001F467", 0), 18u);  // ZWJ
  EXPECT_EQ(E::MatchEmoji("\U0001F1EE\U0001F1E9\U0001F1EE\U0001F1E9", 0), 8u);     // one flag
  EXPECT_EQ(E::MatchEmoji("1\uFE0F\u20E3", 0), 7u);                                // keycap
  EXPECT_EQ(E::MatchEmoji("#\u20E3", 0), 4u);
  EXPECT_EQ(E::MatchEmoji("\u2764\uFE0F\u2764", 0), 6u);
  EXPECT_EQ(E::MatchEmoji("12", 0), 0u);
  EXPECT_EQ(E::MatchEmoji("a", 0), 0u);
}

TEST(EntityScanner, Emoticons) {
  EXPECT_EQ(E::MatchEmoticon(":) ok", 0), 2u);
  EXPECT_EQ(E::MatchEmoticon(":)))", 0), 4u);
  EXPECT_EQ(E::MatchEmoticon(":D", 0), 2u);
  EXPECT_EQ(E::MatchEmoticon(":Dasar", 0), 0u);
  EXPECT_EQ(E::MatchEmoticon("<3", 0), 2u);
  EXPECT_EQ(E::MatchEmoticon("<30", 0), 0u);
  EXPECT_EQ(E::MatchEmoticon("^_^", 0), 3u);
  EXPECT_EQ(E::MatchEmoticon(":v", 0), 2u);
  EXPECT_EQ(E::MatchEmoticon("://", 0), 0u);
}

E::Match Num(std::string_view s, std::string_view previous = "") {
  return E::MatchNumeric(s, 0, previous);
}

TEST(EntityScanner, IndonesianNumbers) {
  EXPECT_EQ(Num("1.000.000 x").length, 9u);
  EXPECT_EQ(Num("3,5").length, 3u);
  EXPECT_EQ(Num("10.000,50.").length, 9u);
  EXPECT_EQ(Num("3,5%").length, 4u);
  EXPECT_EQ(Num("10rb").length, 2u);  // amount then unit
  EXPECT_EQ(Num("4g").length, 0u);    // a word, not a number
  EXPECT_EQ(Num("2020-2021").length, 4u);
  EXPECT_EQ(Num("1.000").type, TokenType::kNumber);
}

TEST(EntityScanner, TimesDatesAndPhones) {
  EXPECT_EQ(Num("08.00 WIB").type, TokenType::kTime);
  EXPECT_EQ(Num("08:00").type, TokenType::kTime);
  EXPECT_EQ(Num("8.30", "pukul").type, TokenType::kTime);
  EXPECT_EQ(Num("8.30 wita").type, TokenType::kTime);
  EXPECT_EQ(Num("3.50").type, TokenType::kNumber);
  EXPECT_EQ(Num("10/09/2021").type, TokenType::kDate);
  EXPECT_EQ(Num("10-09-2021").length, 10u);
  EXPECT_EQ(Num("2021-09-10").type, TokenType::kDate);
  EXPECT_EQ(Num("32/13/2021").type, TokenType::kNumber);
  auto phone = Num("0812-3456-7890 ok");
  EXPECT_EQ(phone.type, TokenType::kPhone);
  EXPECT_EQ(phone.length, 14u);
  EXPECT_EQ(Num("081234567890").type, TokenType::kPhone);
  EXPECT_EQ(Num("(0285) 123456").length, 13u);
  EXPECT_EQ(Num("+62 812 3456 7890").length, 17u);
  EXPECT_EQ(Num("+62812345678").type, TokenType::kPhone);
  EXPECT_EQ(Num("2021").type, TokenType::kNumber);
}

TEST(EntityScanner, Currency) {
  size_t skip = 0;
  EXPECT_EQ(E::MatchCurrency("Rp5.000", 0, false, skip), 2u);
  EXPECT_EQ(skip, 0u);
  EXPECT_EQ(E::MatchCurrency("Rp. 5.000", 0, false, skip), 2u);
  EXPECT_EQ(skip, 2u);
  EXPECT_EQ(E::MatchCurrency("Rp. 5.000", 0, true, skip), 3u);
  EXPECT_EQ(skip, 1u);
  EXPECT_EQ(E::MatchCurrency("rpjmd", 0, false, skip), 0u);
}

TEST(EntityScanner, AbbreviationsFromTheList) {
  lexicon::WordSet list;
  for (auto w : {"dll.", "a.n.", "s.d.", "jl."}) list.Insert(w);
  EntityScanner scanner(&list, 4);
  EXPECT_EQ(scanner.MatchAbbreviation("dll. ok", 0), 4u);
  EXPECT_EQ(scanner.MatchAbbreviation("A.n. Bupati", 0), 4u);
  EXPECT_EQ(scanner.MatchAbbreviation("Jl.", 0), 3u);
  EXPECT_EQ(scanner.MatchAbbreviation("dll", 0), 0u);
  EXPECT_EQ(scanner.MatchAbbreviation("jl.5", 0), 0u);
}

}  // namespace
}  // namespace liputan
