#include "tokenizer/stemmer/root_lexicon.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>

#include "common/error.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::TempDir;
using testing::WriteFile;

TEST(RootLexicon, FromWordsNormalisesCaseFlagsAndBlanks) {
  RootLexicon lexicon({"Baca", "tulis/DkMk", "  ", "", "  makan \r", "#comment"});
  EXPECT_EQ(lexicon.size(), 3u);
  EXPECT_TRUE(lexicon.Contains("baca"));
  EXPECT_TRUE(lexicon.Contains("tulis"));
  EXPECT_TRUE(lexicon.Contains("makan"));
  EXPECT_FALSE(lexicon.Contains("Baca"));  // callers pass lower-case words
  EXPECT_FALSE(lexicon.Contains("tulis/DkMk"));
  EXPECT_FALSE(lexicon.Contains(""));
  EXPECT_FALSE(lexicon.Contains("#comment"));
}

TEST(RootLexicon, LoadsHunspellStyleFileSkippingCountLine) {
  TempDir dir;
  WriteFile(dir.File("id.dic"), "4\nabadi/DkMk\nabai/Dk\n\nAbraham\nagentif \n");
  auto lexicon = RootLexicon::LoadFile(dir.File("id.dic"));
  EXPECT_EQ(lexicon->size(), 4u);
  EXPECT_TRUE(lexicon->Contains("abadi"));
  EXPECT_TRUE(lexicon->Contains("abraham"));
  EXPECT_TRUE(lexicon->Contains("agentif"));
  EXPECT_FALSE(lexicon->Contains("4"));
  EXPECT_EQ(lexicon->description(), dir.File("id.dic"));
}

TEST(RootLexicon, NumberAfterFirstLineIsAWord) {
  TempDir dir;
  WriteFile(dir.File("w.txt"), "baca\n2024\n");
  auto lexicon = RootLexicon::LoadFile(dir.File("w.txt"));
  EXPECT_TRUE(lexicon->Contains("2024"));
}

TEST(RootLexicon, MissingFileIsNoInputNamingThePath) {
  TempDir dir;
  std::string path = dir.File("absent.dic");
  try {
    RootLexicon::LoadFile(path);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNoInput);
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
  }
}

TEST(RootLexicon, DirectoryIsNoInputNamingThePath) {
  TempDir dir;
  try {
    RootLexicon::LoadFile(dir.path());
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNoInput);
    EXPECT_NE(std::string(e.what()).find(dir.path()), std::string::npos);
  }
}

TEST(RootLexicon, OverlongLineIsDataErrorNamingFileAndLine) {
  TempDir dir;
  WriteFile(dir.File("huge.txt"), "baca\n" + std::string(2u << 20, 'a') + "\n");
  try {
    RootLexicon::LoadFile(dir.File("huge.txt"));
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_NE(std::string(e.what()).find(dir.File("huge.txt") + ":2"), std::string::npos)
        << e.what();
  }
}

TEST(RootLexicon, BinaryFileIsDataErrorNamingFileAndLine) {
  // Random bytes must not become a list of junk roots (issue 18).
  TempDir dir;
  std::string bytes = "baca\ntulis\n";
  uint32_t x = 12345;
  for (int i = 0; i < 4096; ++i) {
    x = x * 1103515245u + 12345u;
    bytes.push_back(static_cast<char>(x >> 24));
  }
  WriteFile(dir.File("random.bin"), bytes);
  try {
    RootLexicon::LoadFile(dir.File("random.bin"));
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_NE(std::string(e.what()).find(dir.File("random.bin") + ":3"), std::string::npos)
        << e.what();
  }
}

TEST(RootLexicon, NulAndInvalidUtf8AreDataErrors) {
  TempDir dir;
  for (std::string bad : {std::string("baca\nma\0kan\n", 12), std::string("baca\ncaf\xE9\n")}) {
    WriteFile(dir.File("bad.txt"), bad);
    try {
      RootLexicon::LoadFile(dir.File("bad.txt"));
      FAIL() << "expected an error";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kData);
      EXPECT_NE(std::string(e.what()).find(dir.File("bad.txt") + ":2"), std::string::npos)
          << e.what();
    }
  }
}

TEST(RootLexicon, Utf8ByteOrderMarkAndAccentsAreFine) {
  TempDir dir;
  WriteFile(dir.File("bom.txt"),
            "\xEF\xBB\xBF"
            "baca\ncaf\xC3\xA9\r\ntulis\tX\n");
  auto lexicon = RootLexicon::LoadFile(dir.File("bom.txt"));
  EXPECT_TRUE(lexicon->Contains("baca"));
  EXPECT_TRUE(lexicon->Contains("caf\xC3\xA9"));
  EXPECT_EQ(lexicon->size(), 3u);
}

TEST(RootLexicon, EmptyFileGivesEmptyLexicon) {
  TempDir dir;
  WriteFile(dir.File("empty.txt"), "");
  auto lexicon = RootLexicon::LoadFile(dir.File("empty.txt"));
  EXPECT_EQ(lexicon->size(), 0u);
  EXPECT_FALSE(lexicon->Contains("baca"));
}

TEST(RootLexicon, MissingHunspellFileIsNoInput) {
  try {
    RootLexicon::LoadDefault("/nonexistent/id_ID.dic");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNoInput);
    EXPECT_NE(std::string(e.what()).find("/nonexistent/id_ID.dic"), std::string::npos);
  }
}

TEST(RootLexicon, ContentHashDependsOnWordSetOnly) {
  RootLexicon a({"baca", "tulis", "makan"});
  RootLexicon b({"makan/X", "TULIS", "baca", "baca"});
  RootLexicon c({"baca", "tulis"});
  EXPECT_EQ(a.content_hash(), b.content_hash());
  EXPECT_NE(a.content_hash(), c.content_hash());
  EXPECT_EQ(a.content_hash().rfind("fnv1a64:", 0), 0u);
  EXPECT_EQ(a.content_hash().size(), 8u + 16u);
}

TEST(RootLexicon, ManyWordsAllFound) {
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i * 7919));
  RootLexicon lexicon(words);
  EXPECT_EQ(lexicon.size(), words.size());
  for (const auto& w : words) EXPECT_TRUE(lexicon.Contains(w)) << w;
  EXPECT_FALSE(lexicon.Contains("w1"));
  EXPECT_GT(lexicon.memory_bytes(), 5000u);
}

TEST(RootLexicon, BuiltInAdditionsHaveHeaderAndAreEmbedded) {
  std::string_view additions = RootLexicon::BuiltInAdditions();
  EXPECT_EQ(additions.rfind("# root_additions.id.txt", 0), 0u);
  EXPECT_NE(additions.find("\npemilu\n"), std::string_view::npos);
}

TEST(RootLexicon, DefaultAddsOurAdditionsAndRemovesExclusions) {
  if (!std::filesystem::exists(RootLexicon::kHunspellPath)) GTEST_SKIP() << "hunspell-id absent";
  auto lexicon = RootLexicon::Default();
  EXPECT_GT(lexicon->size(), 30000u);
  EXPECT_TRUE(lexicon->Contains("layan"));                 // from hunspell-id
  EXPECT_TRUE(lexicon->Contains("pemilu"));                // from our additions
  EXPECT_FALSE(lexicon->Contains("ketahu"));               // removed by "!ketahu"
  EXPECT_EQ(RootLexicon::Default().get(), lexicon.get());  // loaded once
}

}  // namespace
}  // namespace liputan
