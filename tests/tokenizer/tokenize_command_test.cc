// The `liputan tokenize` contract (DESIGN.md §5): one output line per input line, formats, files,
// exit codes and messages.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::RunLiputan;
using testing::TempDir;
using testing::WriteFile;

TEST(TokenizeCommand, OneOutputLinePerInputLine) {
  auto r = RunLiputan({"tokenize"}, "Yg gak dtg\n\nInfo @Humas: bit.ly/x\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "yang tidak datang\n\ninformasi @humas : bit.ly/x\n");
}

TEST(TokenizeCommand, LastLineWithoutNewlineAndCrLf) {
  auto r = RunLiputan({"tokenize"}, "satu\r\ndua");
  EXPECT_EQ(r.out, "satu\ndua\n");
}

TEST(TokenizeCommand, PreserveKeepsEverything) {
  auto r = RunLiputan({"tokenize", "--preserve"}, "Yg GAK, dtg!! https://t.co/AbC\n");
  EXPECT_EQ(r.out, "Yg GAK , dtg !! https://t.co/AbC\n");
}

TEST(TokenizeCommand, JsonlGivesTypesAndOffsets) {
  auto r = RunLiputan({"tokenize", "--format", "jsonl"}, "Yg #Info\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "{\"tokens\":[{\"text\":\"yang\",\"type\":\"word\",\"begin\":0,\"end\":2},"
            "{\"text\":\"#info\",\"type\":\"hashtag\",\"begin\":3,\"end\":8}]}\n");
}

TEST(TokenizeCommand, ExplainShowsEveryStage) {
  auto r =
      RunLiputan({"tokenize", "--format", "explain", "--split-clitics"}, "Rumahnya yg &amp;\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (auto s :
       {"input       Rumahnya yg &amp;", "normalised  rumahnya yg &", "segments",
        "indonesian  yg→yang", "clitics     rumahnya→rumah+nya", "output      rumah nya yang &"}) {
    EXPECT_NE(r.out.find(s), std::string::npos) << s << "\n" << r.out;
  }
}

TEST(TokenizeCommand, ReadsFilesInOrderAndWritesOutputAtomically) {
  TempDir dir;
  WriteFile(dir.File("a.txt"), "satu\n");
  WriteFile(dir.File("b.txt"), "dua\n");
  auto r =
      RunLiputan({"tokenize", dir.File("a.txt"), dir.File("b.txt"), "-o", dir.File("out.txt")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(dir.File("out.txt")), "satu\ndua\n");
}

TEST(TokenizeCommand, MissingInputIsExit66) {
  auto r = RunLiputan({"tokenize", "/nonexistent/tweets.txt"});
  EXPECT_EQ(r.exit_code, 66);
  EXPECT_NE(r.err.find("/nonexistent/tweets.txt"), std::string::npos) << r.err;
}

TEST(TokenizeCommand, InvalidUtf8IsReplacedAndCounted) {
  auto r = RunLiputan({"tokenize"},
                      "baik\nab\xff"
                      "c\n");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out,
            "baik\nab\xEF\xBF\xBD"
            "c\n");
  EXPECT_NE(r.err.find("replaced 1 invalid UTF-8 sequence(s) with U+FFFD (first at <stdin>:2)"),
            std::string::npos)
      << r.err;
}

TEST(TokenizeCommand, RejectNamesTheLineAndExits65) {
  TempDir dir;
  WriteFile(dir.File("t.txt"),
            "ok\nok\nab\xff"
            "c\n");
  auto r = RunLiputan(
      {"tokenize", "--invalid-utf8", "reject", dir.File("t.txt"), "-o", dir.File("out.txt")});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("t.txt:3: invalid UTF-8 at byte 3"), std::string::npos) << r.err;
  EXPECT_FALSE(std::ifstream(dir.File("out.txt")).good()) << "no partial output file";
}

TEST(TokenizeCommand, NulBytesAndEmptyLines) {
  auto r = RunLiputan({"tokenize"}, std::string("a\0b\n\n\n", 6));
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "ab\n\n\n");
}

TEST(TokenizeCommand, UsageErrors) {
  EXPECT_EQ(RunLiputan({"tokenize", "--format", "xml"}).exit_code, 64);
  EXPECT_EQ(RunLiputan({"tokenize", "--invalid-utf8", "drop"}).exit_code, 64);
  EXPECT_EQ(RunLiputan({"tokenize", "--frobnicate"}).exit_code, 64);
  auto r = RunLiputan({"tokenize", "--preserve", "--split-clitics"}, "x\n");
  EXPECT_EQ(r.exit_code, 64);
}

TEST(TokenizeCommand, StemWithClitics) {
  auto r = RunLiputan({"tokenize", "--stem", "--split-clitics", "--format", "explain"},
                      "Rumahnya dibersihkan\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("stem        dibersihkan→bersih"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("output      rumah nya bersih"), std::string::npos) << r.out;
}

TEST(TokenizeCommand, ShowConfigPrintsOptionsAndHashes) {
  auto r = RunLiputan({"tokenize", "--show-config", "--split-clitics"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("\"split_clitics\":true"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("lexicon slang.id.tsv fnv1a64:"), std::string::npos) << r.out;
}

TEST(TokenizeCommand, HelpListsTheOptions) {
  auto r = RunLiputan({"tokenize", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (auto s : {"--preserve", "--split-clitics", "--stem", "--format"}) {
    EXPECT_NE(r.out.find(s), std::string::npos) << s;
  }
}

}  // namespace
}  // namespace liputan
