#include "tokenizer/normalizer.h"

#include <gtest/gtest.h>

#include "common/error.h"

namespace liputan {
namespace {

std::string Norm(std::string_view line, bool preserve = false) {
  NormalizedText out;
  Normalizer(preserve, InvalidUtf8Policy::kReplace).Normalize(line, out);
  return std::string(out.text);
}

TEST(Normalizer, AsciiIsLowercasedWithIdentityOffsets) {
  NormalizedText out;
  Normalizer(false, InvalidUtf8Policy::kReplace).Normalize("Dinkes KAB", out);
  EXPECT_EQ(out.text, "dinkes kab");
  EXPECT_TRUE(out.begin.empty());
  EXPECT_EQ(out.OriginalBegin(7), 7u);
}

TEST(Normalizer, PreserveLeavesPrintableAsciiUntouched) {
  NormalizedText out;
  std::string line = "Rp5.000 &amp; <U+1F62D>";
  Normalizer(true, InvalidUtf8Policy::kReplace).Normalize(line, out);
  EXPECT_EQ(out.text.data(), line.data());  // no copy at all
}

TEST(Normalizer, DecodesHtmlEntities) {
  EXPECT_EQ(Norm("Pemda &amp; DPRD &lt;3 &gt; &quot;x&quot; &#39;y&#39; &#x41;"),
            "pemda & dprd <3 > \"x\" 'y' a");
  EXPECT_EQ(Norm("AT&T &amp"), "at&t &amp");  // not entities: kept
}

TEST(Normalizer, NfkcAndCaseFolding) {
  EXPECT_EQ(Norm("𝐏𝐞𝐦𝐚𝐥𝐚𝐧𝐠"), "pemalang");
  EXPECT_EQ(Norm("ｐｅｍａｌａｎｇ"), "pemalang");
  EXPECT_EQ(Norm("STRASSE Straße"), "strasse strasse");
  EXPECT_EQ(Norm("e\u0301"), "\u00e9");  // composed
  EXPECT_EQ(Norm("anak²"), "anak2");
}

TEST(Normalizer, RemovesZeroWidthAndControlCharacters) {
  EXPECT_EQ(Norm("pem\u200balang"), "pemalang");
  EXPECT_EQ(Norm("se\u00adlamat\x01"), "selamat");
  EXPECT_EQ(Norm("a\tb\nc"), "a b c");
}

TEST(Normalizer, UnifiesSpacesDashesAndQuotes) {
  EXPECT_EQ(Norm("a\u00a0b\u2003c"), "a b c");
  EXPECT_EQ(Norm("08.00\u201312.00 \u2014 x"), "08.00-12.00 - x");
  EXPECT_EQ(Norm("\u201cmantap\u201d \u2018ya\u2019"), "\"mantap\" 'ya'");
}

TEST(Normalizer, KeepsEmojiSequencesWhole) {
  EXPECT_EQ(Norm("\U0001F468\u200D\U0001F469\u200D\U0001F467"),
            "\U0001F468\u200D\U0001F469\u200D\U0001F467");
  EXPECT_EQ(Norm("\u2764\uFE0F"), "\u2764\uFE0F");
  EXPECT_EQ(Norm("1\uFE0F\u20E3"), "1\uFE0F\u20E3");
}

TEST(Normalizer, DecodesDumpEscapesAndMojibake) {
  EXPECT_EQ(Norm("ppkm<U+0001F62D>"), "ppkm\U0001F62D");
  EXPECT_EQ(Norm("x<U+0085>y"), "x y");
  EXPECT_EQ(Norm("lucu \xc3\xb0\xc5\xb8\xcb\x9c\xc2\xad"), "lucu \U0001F62D");  // "ðŸ˜­"
  EXPECT_EQ(Norm("caf\xc3\x83\xc2\xa9"), "caf\u00e9");                          // "cafÃ©"
}

TEST(Normalizer, InvalidUtf8IsReplacedAndCounted) {
  NormalizedText out;
  Normalizer(false, InvalidUtf8Policy::kReplace)
      .Normalize(
          "a\xff"
          "b\xe2\x82",
          out);
  EXPECT_EQ(out.text, "a\uFFFDb\uFFFD");
  EXPECT_EQ(out.invalid_utf8, 2u);
  EXPECT_EQ(out.OriginalBegin(1), 1u);
  EXPECT_EQ(out.OriginalEnd(out.text.size()), 5u);
}

TEST(Normalizer, LoneSurrogateEscapeIsInvalid) {
  NormalizedText out;
  Normalizer(false, InvalidUtf8Policy::kReplace).Normalize("x<U+D83D>", out);
  EXPECT_EQ(out.text, "x\uFFFD");
  EXPECT_EQ(out.invalid_utf8, 1u);
}

TEST(Normalizer, RejectPolicyThrowsNamingTheByte) {
  NormalizedText out;
  try {
    Normalizer(false, InvalidUtf8Policy::kReject).Normalize("abc\xc3(", out);
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_NE(std::string(e.what()).find("invalid UTF-8 at byte 4"), std::string::npos);
  }
}

TEST(Normalizer, OffsetsPointIntoTheOriginal) {
  NormalizedText out;
  std::string line = "&amp; \xef\xbd\x90x";  // "&amp; ｐx"
  Normalizer(false, InvalidUtf8Policy::kReplace).Normalize(line, out);
  ASSERT_EQ(out.text, "& px");
  EXPECT_EQ(out.OriginalBegin(0), 0u);
  EXPECT_EQ(out.OriginalEnd(1), 5u);
  EXPECT_EQ(out.OriginalBegin(2), 6u);
  EXPECT_EQ(out.OriginalEnd(3), 9u);
}

TEST(Normalizer, PreserveTurnsControlsIntoSpacesOnly) {
  EXPECT_EQ(Norm("Pemda\x01"
                 "DPRD \u00a0𝐏",
                 true),
            "Pemda DPRD  𝐏");
}

}  // namespace
}  // namespace liputan
