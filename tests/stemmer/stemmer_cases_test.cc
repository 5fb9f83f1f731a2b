// tests/data/stemmer_cases.tsv against the default lexicon (hunspell-id + our additions).
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/cli_runner.h"
#include "tokenizer/stemmer/stemmer.h"

namespace liputan {
namespace {

struct Case {
  int line = 0;
  std::string word, root, category, status;
};

std::vector<Case> ReadCases() {
  std::istringstream in(testing::ReadFile(LIPUTAN_SOURCE_DIR "/tests/data/stemmer_cases.tsv"));
  std::vector<Case> cases;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#' || line.rfind("word\t", 0) == 0) continue;
    std::istringstream fields(line);
    Case c;
    c.line = number;
    std::getline(fields, c.word, '\t');
    std::getline(fields, c.root, '\t');
    std::getline(fields, c.category, '\t');
    std::getline(fields, c.status, '\t');
    cases.push_back(c);
  }
  return cases;
}

class StemmerCases : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(RootLexicon::kHunspellPath)) {
      GTEST_SKIP() << "hunspell-id is not installed (scripts/install-deps.sh)";
    }
  }
};

TEST_F(StemmerCases, TableIsWellFormedAndLargeEnough) {
  auto cases = ReadCases();
  EXPECT_GE(cases.size(), 300u);
  std::set<std::string> words;
  for (const auto& c : cases) {
    EXPECT_FALSE(c.word.empty()) << "line " << c.line;
    EXPECT_FALSE(c.root.empty()) << "line " << c.line;
    EXPECT_TRUE(c.status == "ok" || c.status == "known-error") << "line " << c.line;
    EXPECT_TRUE(words.insert(c.word).second) << "duplicate word on line " << c.line;
  }
}

TEST_F(StemmerCases, DefaultStemmerGivesTheExpectedRoots) {
  const Stemmer& stemmer = Stemmer::Default();
  int failures = 0;
  for (const auto& c : ReadCases()) {
    StemTrace trace = stemmer.Trace(c.word);
    std::string steps;
    for (const auto& s : trace.steps) steps += s + " > ";
    if (c.status == "ok") {
      EXPECT_EQ(trace.root, c.root) << "stemmer_cases.tsv:" << c.line << " " << c.word << " ("
                                    << c.category << "): " << steps;
      failures += trace.root != c.root;
    } else {
      EXPECT_NE(trace.root, c.root)
          << "stemmer_cases.tsv:" << c.line << " " << c.word << " is now right: mark it ok";
    }
    EXPECT_EQ(stemmer.Stem(c.word), trace.root) << c.word;
  }
  EXPECT_EQ(failures, 0);
}

TEST_F(StemmerCases, RootsAreFixedPoints) {
  const Stemmer& stemmer = Stemmer::Default();
  for (const auto& c : ReadCases()) {
    std::string root = stemmer.Stem(c.word);
    EXPECT_EQ(stemmer.Stem(root), root) << c.word;
  }
}

TEST_F(StemmerCases, EveryPrefixRuleFiresOnTheRealLexicon) {
  // The whole table, applied to words of the real lexicon: each row of the table that the cases
  // name must be the rule that actually produced the root.
  const Stemmer& stemmer = Stemmer::Default();
  for (const auto& c : ReadCases()) {
    if (c.status != "ok" || c.category.find('-') == std::string::npos) continue;
    if (c.category == "known-error") continue;
    StemTrace trace = stemmer.Trace(c.word);
    bool used = false;
    for (const auto& s : trace.steps) used |= s.rfind("prefix " + c.category + " ", 0) == 0;
    EXPECT_TRUE(used) << c.word << " expected to use " << c.category;
  }
}

}  // namespace
}  // namespace liputan
