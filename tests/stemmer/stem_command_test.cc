// `liputan stem` as a user runs it (DESIGN.md §5).
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <string>

#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::RunLiputan;
using testing::TempDir;
using testing::WriteFile;

TEST(StemCommand, StemsStdinWithOwnLexicon) {
  TempDir dir;
  WriteFile(dir.File("roots.txt"), "# my roots\nlayan\nbaca/X\n\n");
  auto r = RunLiputan({"stem", "--lexicon", dir.File("roots.txt")},
                      "melayani\npelayanan\nDibaca\nbuku-buku\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "melayani\tlayan\npelayanan\tlayan\nDibaca\tbaca\nbuku-buku\tbuku\n");
}

TEST(StemCommand, ReadsFilesInOrder) {
  TempDir dir;
  WriteFile(dir.File("roots.txt"), "baca\ntulis\n");
  WriteFile(dir.File("a.txt"), "membaca\n");
  WriteFile(dir.File("b.txt"), "menulis\r\n");
  auto r = RunLiputan(
      {"stem", "--lexicon", dir.File("roots.txt"), dir.File("a.txt"), dir.File("b.txt")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "membaca\tbaca\nmenulis\ttulis\n");
}

TEST(StemCommand, BadInputLinesGiveOneOutputLineEach) {
  TempDir dir;
  WriteFile(dir.File("roots.txt"), "baca\n");
  std::string long_token(10000, 'x');
  std::string input = "\n   \n123\n!!!\n" + long_token + "\nmem\xD0\xB0\xD0\xBA\n  membaca  \n";
  auto r = RunLiputan({"stem", "--lexicon", dir.File("roots.txt")}, input);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "\t\n\t\n123\t123\n!!!\t!!!\n" + long_token + "\t" + long_token +
                       "\nmem\xD0\xB0\xD0\xBA\tmem\xD0\xB0\xD0\xBA\nmembaca\tbaca\n");
}

TEST(StemCommand, ExplainAddsTheSteps) {
  TempDir dir;
  WriteFile(dir.File("roots.txt"), "pukul\n");
  auto r = RunLiputan({"stem", "--explain", "--lexicon", dir.File("roots.txt")}, "memukul\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "memukul\tpukul\tprefix CS-13 mem- +p\n");
}

TEST(StemCommand, MissingLexiconIsExit66NamingIt) {
  TempDir dir;
  auto r = RunLiputan({"stem", "--lexicon", dir.File("nope.txt")}, "membaca\n");
  EXPECT_EQ(r.exit_code, 66);
  EXPECT_NE(r.err.find(dir.File("nope.txt")), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST(StemCommand, RandomBytesLexiconIsExit65NamingIt) {
  // Issue 18: a lexicon nothing can be read from used to exit 0, stemming nothing.
  TempDir dir;
  std::string bytes;
  uint32_t x = 2024;
  for (int i = 0; i < 8192; ++i) {
    x = x * 1664525u + 1013904223u;
    bytes.push_back(static_cast<char>(x >> 24));
  }
  WriteFile(dir.File("random.bin"), bytes);
  auto r = RunLiputan({"stem", "--lexicon", dir.File("random.bin")}, "membaca\n");
  EXPECT_EQ(r.exit_code, 65) << r.err;
  EXPECT_NE(r.err.find(dir.File("random.bin")), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST(StemCommand, MissingInputIsExit66NamingIt) {
  TempDir dir;
  WriteFile(dir.File("roots.txt"), "baca\n");
  auto r = RunLiputan({"stem", "--lexicon", dir.File("roots.txt"), dir.File("absent.txt")});
  EXPECT_EQ(r.exit_code, 66);
  EXPECT_NE(r.err.find(dir.File("absent.txt")), std::string::npos) << r.err;
}

TEST(StemCommand, UnknownOptionIsUsageError) {
  auto r = RunLiputan({"stem", "--frobnicate"});
  EXPECT_EQ(r.exit_code, 64);
}

TEST(StemCommand, DefaultLexiconStemsCommonWords) {
  if (!std::filesystem::exists("/usr/share/hunspell/id_ID.dic")) GTEST_SKIP() << "no hunspell-id";
  auto r = RunLiputan({"stem"}, "melayani\npelayanan\ndilayani\nlayanan\npemilu\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "melayani\tlayan\npelayanan\tlayan\ndilayani\tlayan\nlayanan\tlayan\n"
            "pemilu\tpemilu\n");
}

}  // namespace
}  // namespace liputan
