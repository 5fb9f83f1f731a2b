#include "tokenizer/segmenter.h"

#include <gtest/gtest.h>

#include <string>

namespace liputan {
namespace {

std::string Segment(std::string_view text, bool preserve = false) {
  lexicon::WordSet list;
  list.Insert("dll.");
  EntityScanner scanner(&list, 4);
  std::vector<Piece> pieces;
  Segmenter(preserve, &scanner).Segment(text, pieces);
  std::string out;
  for (const auto& p : pieces) {
    if (!out.empty()) out += " ";
    out += std::string(TokenTypeName(p.type)) + ":" +
           std::string(text.substr(p.begin, p.end - p.begin));
  }
  return out;
}

TEST(Segmenter, WordsAndPunctuation) {
  EXPECT_EQ(Segment("halo, dunia!!!"), "word:halo punctuation:, word:dunia punctuation:!!!");
  EXPECT_EQ(Segment("anak-anak jum'at covid-19"), "word:anak-anak word:jum'at word:covid-19");
  EXPECT_EQ(Segment("-anak- 'x'"),
            "punctuation:- word:anak punctuation:- punctuation:' word:x punctuation:'");
}

TEST(Segmenter, LiteralLineBreaksOfDumpsSeparate) {
  EXPECT_EQ(Segment("satu\\ndua\\n\\nTiga"), "word:satu word:dua word:Tiga");
}

TEST(Segmenter, EntitiesComeFirst) {
  EXPECT_EQ(Segment("cek bit.ly/x @humas #info dll. 08:00"),
            "word:cek url:bit.ly/x mention:@humas hashtag:#info abbreviation:dll. time:08:00");
  EXPECT_EQ(Segment("rp5.000"), "currency:rp number:5.000");
}

TEST(Segmenter, UnicodeWordsAndDictionaryScripts) {
  EXPECT_EQ(Segment("caf\u00e9 na\u00efve"), "word:caf\u00e9 word:na\u00efve");
  // Thai has no spaces: ICU's dictionary break splits it ("สวัสดีครับ" = hello + polite particle).
  EXPECT_EQ(Segment("\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35\u0e04\u0e23\u0e31\u0e1a"),
            "word:\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35 word:\u0e04\u0e23\u0e31\u0e1a");
}

TEST(Segmenter, PreserveKeepsEscapesWhole) {
  EXPECT_EQ(Segment("&amp; <U+0001F62D>", true), "punctuation:&amp; emoji:<U+0001F62D>");
  EXPECT_EQ(Segment("&amp;", false), "punctuation:& word:amp punctuation:;");
}

TEST(Segmenter, StrayJoinersAreDropped) {
  EXPECT_EQ(Segment("a \u200d b \ufe0f"), "word:a word:b");
}

}  // namespace
}  // namespace liputan
