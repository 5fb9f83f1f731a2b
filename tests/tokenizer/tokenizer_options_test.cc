#include "tokenizer/tokenizer_options.h"

#include <gtest/gtest.h>

#include "common/error.h"
#include "tokenizer/tokenizer.h"

namespace liputan {
namespace {

TEST(TokenizerOptions, DefaultsSerialiseWithSortedKeys) {
  EXPECT_EQ(TokenizerOptions{}.ToJson(),
            R"({"drop_punctuation":false,"drop_stopwords":false,"invalid_utf8":"replace",)"
            R"("preserve":false,"split_clitics":false,"stem":false})");
}

TEST(TokenizerOptions, RoundTripsEveryField) {
  TokenizerOptions o;
  o.split_clitics = true;
  o.drop_stopwords = true;
  o.drop_punctuation = true;
  o.stem = true;
  o.invalid_utf8 = InvalidUtf8Policy::kReject;
  EXPECT_EQ(TokenizerOptions::FromJson(o.ToJson()), o);
  TokenizerOptions p;
  p.preserve = true;
  EXPECT_EQ(TokenizerOptions::FromJson(p.ToJson()), p);
  EXPECT_NE(TokenizerOptions::FromJson(p.ToJson()), o);
}

TEST(TokenizerOptions, MissingKeysTakeDefaults) {
  TokenizerOptions o = TokenizerOptions::FromJson(R"({"split_clitics":true})");
  EXPECT_TRUE(o.split_clitics);
  EXPECT_FALSE(o.preserve);
}

void ExpectDataError(const std::string& json, const std::string& fragment) {
  try {
    TokenizerOptions::FromJson(json);
    ADD_FAILURE() << "no error for " << json;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
  }
}

TEST(TokenizerOptions, RejectsUnknownKeysAndBadValues) {
  ExpectDataError(R"({"lowercase":true})", "unknown key \"lowercase\"");
  ExpectDataError(R"({"preserve":"yes"})", "\"preserve\" must be true or false");
  ExpectDataError(R"({"invalid_utf8":"ignore"})", "\"invalid_utf8\"");
  ExpectDataError("[1,2]", "expected a JSON object");
  ExpectDataError("{", "not valid JSON");
}

TEST(Tokenizer, PreserveWithNormalisingStagesIsAUsageError) {
  TokenizerOptions o;
  o.preserve = true;
  o.split_clitics = true;
  try {
    Tokenizer t(o);
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kUsage);
  }
}

TEST(Tokenizer, LexiconHashesNameEveryLexiconInUse) {
  auto hashes = Tokenizer().LexiconHashes();
  for (const char* name : {"abbreviations.id.txt", "slang.id.tsv", "stopwords.id.txt",
                           "words_extra.id.txt", "root-lexicon"}) {
    ASSERT_TRUE(hashes.count(name)) << name;
    EXPECT_EQ(hashes[name].rfind("fnv1a64:", 0), 0u);
    EXPECT_EQ(hashes[name].size(), 8u + 16u);
  }
  TokenizerOptions preserve;
  preserve.preserve = true;
  EXPECT_EQ(Tokenizer(preserve).LexiconHashes().size(), 1u);  // abbreviations only
  EXPECT_EQ(Tokenizer().LexiconHashes(), hashes);             // deterministic
}

TEST(Tokenizer, StemReplacesWordsByTheirRoots) {
  TokenizerOptions o;
  o.stem = true;
  std::string out;
  Tokenizer(o).TokenizeToString("Pelayanan KTP di kecamatan sdh berjalan lancar", out);
  EXPECT_EQ(out, "layan ktp di camat sudah jalan lancar");
}

TEST(Tokenizer, IsMovable) {
  Tokenizer a;
  Tokenizer b = std::move(a);
  std::string out;
  b.TokenizeToString("Yg BARU", out);
  EXPECT_EQ(out, "yang baru");
}

}  // namespace
}  // namespace liputan
