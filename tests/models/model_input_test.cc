// ModelInput: what a model reads besides the words (issue 14). These are the pseudo-tokens that
// carry the codebook's cues, entity classes and post surface into training and prediction.
#include "models/model_input.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "common/error.h"

namespace liputan {
namespace {

std::string Built(const std::string& features, const std::string& text) {
  static const Tokenizer tokenizer;
  ModelInput input(tokenizer, FeatureOptions::Parse(features));
  std::string out;
  input.Build(text, out);
  return out;
}

int Count(const std::string& haystack, const std::string& token) {
  std::istringstream in(haystack);
  int n = 0;
  for (std::string t; in >> t;) n += t == token;
  return n;
}

TEST(FeatureOptionsTest, ParseAndToStringRoundTrip) {
  EXPECT_EQ(FeatureOptions::Parse("surface,cues").ToString(), "cues,surface");
  EXPECT_EQ(FeatureOptions::Parse("none").ToString(), "none");
  EXPECT_EQ(FeatureOptions::Parse("").ToString(), "none");
  EXPECT_FALSE(FeatureOptions::Parse("none").Any());
  EXPECT_TRUE(FeatureOptions::Parse("entities").entities);
  try {
    FeatureOptions::Parse("cues,keywords");
    FAIL() << "an unknown feature must be refused";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kUsage);
    EXPECT_NE(std::string(e.what()).find("keywords"), std::string::npos);
  }
}

TEST(ModelInputTest, NoFeaturesIsExactlyTheTokenizerOutput) {
  const Tokenizer tokenizer;
  const std::string text = "Banjir di Jl. Pemuda, cek https://t.co/AbC123 ya @BPBD_Kab 🙏";
  std::string plain;
  tokenizer.TokenizeToString(text, plain);
  EXPECT_EQ(Built("none", text), plain);
}

TEST(ModelInputTest, CuesAddTheirLabelsStrongTwiceWeakOnce) {
  // "banjir": strong cue of sektor ketertiban_bencana and of fungsi darurat_bencana.
  const std::string out = Built("cues", "Banjir merendam rumah warga");
  EXPECT_EQ(Count(out, "cue_sektor_ketertiban_bencana"), 2) << out;
  EXPECT_EQ(Count(out, "cue_fungsi_darurat_bencana"), 2) << out;
  EXPECT_EQ(out.rfind("banjir merendam rumah warga", 0), 0u) << "the words come first: " << out;
  // "sehat" is a weak cue of kesehatan: once.
  EXPECT_EQ(Count(Built("cues", "tetap sehat ya"), "cue_sektor_kesehatan"), 1);
}

TEST(ModelInputTest, MultiWordCuesMatchOnlyAsAWhole) {
  EXPECT_EQ(Count(Built("cues", "antre di rumah sakit umum"), "cue_sektor_kesehatan"), 2);
  EXPECT_EQ(Count(Built("cues", "rumah yang sakit"), "cue_sektor_kesehatan"), 0);
}

TEST(ModelInputTest, CuesMatchWhatTheTokenizerMakesOfTheText) {
  // Case and elongation are normalised the same way for the cue and the post.
  EXPECT_GE(Count(Built("cues", "BANJIRRRR lagi!!"), "cue_sektor_ketertiban_bencana"), 2);
}

TEST(ModelInputTest, EntitiesAddClassesAndDropTheLinkText) {
  const std::string out =
      Built("entities", "Info di https://t.co/Xy12Ab pukul 08.00 WIB, biaya Rp5.000");
  EXPECT_EQ(out.find("t.co"), std::string::npos) << out;
  EXPECT_EQ(Count(out, "ent_url"), 1) << out;
  EXPECT_EQ(Count(out, "ent_time"), 1) << out;
  EXPECT_EQ(Count(out, "ent_money"), 1) << out;
  EXPECT_GE(Count(out, "ent_number"), 1) << out;
}

TEST(ModelInputTest, SurfaceTellsRepliesRetweetsLinksMediaAndLength) {
  EXPECT_EQ(Count(Built("surface", "@warga123 siap kak"), "srf_reply"), 1);
  EXPECT_EQ(Count(Built("surface", "RT @BMKG: gempa terasa"), "srf_retweet"), 1);
  EXPECT_EQ(Count(Built("surface", "RT @BMKG: gempa terasa"), "srf_reply"), 0);
  EXPECT_EQ(Count(Built("surface", "foto pic.twitter.com/abc"), "srf_media"), 1);
  EXPECT_EQ(Count(Built("surface", "lihat https://t.co/abc"), "srf_link"), 1);
  EXPECT_EQ(Count(Built("surface", "halo"), "srf_short"), 1);
  std::string long_text;
  for (int i = 0; i < 45; ++i) long_text += "kata ";
  EXPECT_EQ(Count(Built("surface", long_text), "srf_long"), 1);
}

TEST(ModelInputTest, OutputHasSingleSpacesAndNoFastTextLabels) {
  for (const std::string text : {"", "   ", "https://t.co/x", "__label__x banjir", "🙏🙏"}) {
    const std::string out = Built("cues,entities,surface", text);
    EXPECT_EQ(out.find("  "), std::string::npos) << "[" << out << "]";
    EXPECT_FALSE(!out.empty() && (out.front() == ' ' || out.back() == ' ')) << "[" << out << "]";
    EXPECT_EQ(out.find(" __label__"), std::string::npos) << "[" << out << "]";
  }
}

TEST(ModelInputTest, CueHashIsStableAndEmptyWithoutCues) {
  const Tokenizer tokenizer;
  ModelInput a(tokenizer, FeatureOptions::Parse("cues"));
  ModelInput b(tokenizer, FeatureOptions::Parse("cues,surface"));
  ModelInput none(tokenizer, FeatureOptions::Parse("surface"));
  EXPECT_EQ(a.CueHash().size(), 64u);
  EXPECT_EQ(a.CueHash(), b.CueHash());
  EXPECT_EQ(none.CueHash(), "");
}

}  // namespace
}  // namespace liputan
