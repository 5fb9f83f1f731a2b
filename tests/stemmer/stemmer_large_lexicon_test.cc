// The stemmer with a full-dictionary root list given by `--lexicon` (issue 18, item 6): the cases
// of tests/data/stemmer_large_lexicon_cases.tsv against a list built from hunspell-id's 31,000
// words at test time (no dictionary is shipped or downloaded), through the library and the CLI.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/cli_runner.h"
#include "tokenizer/stemmer/stemmer.h"

namespace liputan {
namespace {

struct Case {
  int line = 0;
  std::string word, root, what, edit;
};

std::vector<Case> ReadCases() {
  std::istringstream in(
      testing::ReadFile(LIPUTAN_SOURCE_DIR "/tests/data/stemmer_large_lexicon_cases.tsv"));
  std::vector<Case> cases;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#' || line.rfind("word\t", 0) == 0) continue;
    std::istringstream fields(line);
    Case c;
    c.line = number;
    std::getline(fields, c.word, '\t');
    std::getline(fields, c.root, '\t');
    std::getline(fields, c.what, '\t');
    std::getline(fields, c.edit, '\t');
    cases.push_back(c);
  }
  return cases;
}

// hunspell-id's words, one per line, as a plain root list (no flags, no count line, none of our
// additions), with `edit` applied.
std::string BuildLexicon(const std::string& edit) {
  std::istringstream in(testing::ReadFile(RootLexicon::kHunspellPath));
  std::vector<std::string> words;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::string word = NormalizeLexiconLine(line);
    if (number > 1 && !word.empty()) words.push_back(word);
  }
  std::string changed = edit.substr(1);
  if (edit[0] == '-') std::erase(words, changed);
  if (edit[0] == '+' && std::find(words.begin(), words.end(), changed) == words.end()) {
    words.push_back(changed);
  }
  std::string text = "# test root list: hunspell-id words, edit " + edit + "\n";
  for (const auto& w : words) text += w + "\n";
  return text;
}

class LargeLexicon : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(RootLexicon::kHunspellPath)) {
      GTEST_SKIP() << "hunspell-id is not installed (scripts/install-deps.sh)";
    }
  }
};

TEST_F(LargeLexicon, TableIsWellFormed) {
  auto cases = ReadCases();
  EXPECT_GE(cases.size(), 15u);
  for (const auto& c : cases) {
    EXPECT_FALSE(c.word.empty() || c.root.empty() || c.what.empty()) << "line " << c.line;
    EXPECT_TRUE(c.edit == "=" || (c.edit.size() > 1 && (c.edit[0] == '+' || c.edit[0] == '-')))
        << "line " << c.line << ": edit \"" << c.edit << "\"";
  }
}

TEST_F(LargeLexicon, LibraryAndCliGiveTheExpectedRoots) {
  std::map<std::string, std::vector<Case>> by_edit;
  for (const auto& c : ReadCases()) by_edit[c.edit].push_back(c);
  testing::TempDir dir;
  for (const auto& [edit, cases] : by_edit) {
    std::string path = dir.File("roots.txt");
    testing::WriteFile(path, BuildLexicon(edit));
    auto lexicon = RootLexicon::LoadFile(path);
    ASSERT_GE(lexicon->size(), 30000u) << "a full dictionary's size";
    Stemmer stemmer(lexicon, StemmerOptions{.use_cache = false});
    std::string input, expected;
    for (const auto& c : cases) {
      StemTrace trace = stemmer.Trace(c.word);
      std::string steps;
      for (const auto& s : trace.steps) steps += s + " > ";
      EXPECT_EQ(trace.root, c.root) << "stemmer_large_lexicon_cases.tsv:" << c.line << " " << c.word
                                    << " (" << c.what << ", edit " << edit << "): " << steps;
      input += c.word + "\n";
      expected += c.word + "\t" + c.root + "\n";
    }
    auto r = testing::RunLiputan({"stem", "--lexicon", path}, input);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, expected) << "liputan stem --lexicon (edit " << edit << ")";
  }
}

}  // namespace
}  // namespace liputan
