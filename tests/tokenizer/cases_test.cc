// Runs the table tests/data/tokenizer_cases.tsv: each row is a tweet shape and the tokens a user
// should get (and, optionally, their types).
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "tests/tokenizer/case_table.h"
#include "tokenizer/tokenizer.h"

namespace liputan {
namespace {

const std::string kTable = std::string(LIPUTAN_SOURCE_DIR) + "/tests/data/tokenizer_cases.tsv";

TEST(TokenizerCases, TableHasEnoughRowsInGroups) {
  auto cases = testing::LoadCases(kTable);
  EXPECT_GE(cases.size(), 150u);
  std::map<std::string, int> groups;
  for (const auto& c : cases) ++groups[c.group];
  EXPECT_GE(groups.size(), 15u);
}

TEST(TokenizerCases, EveryRowGivesItsTokens) {
  std::map<std::string, std::unique_ptr<Tokenizer>> tokenizers;
  for (const auto& c : testing::LoadCases(kTable)) {
    SCOPED_TRACE("tokenizer_cases.tsv:" + std::to_string(c.line) + " [" + c.group + "] " + c.input);
    auto& tokenizer = tokenizers[c.options];
    if (!tokenizer) tokenizer = std::make_unique<Tokenizer>(testing::ParseCaseOptions(c.options));
    std::vector<Token> tokens;
    try {
      tokens = tokenizer->Tokenize(c.input);
    } catch (const std::exception& e) {
      EXPECT_EQ(c.expected, "ERROR") << e.what();
      continue;
    }
    std::string text, types;
    for (const auto& t : tokens) {
      text += (text.empty() ? "" : " ") + t.text;
      types += (types.empty() ? "" : " ") + std::string(TokenTypeName(t.type));
    }
    EXPECT_EQ(text, c.expected == "-" ? "" : c.expected);
    if (!c.types.empty()) {
      EXPECT_EQ(types, c.types);
    }
    std::string fast;
    tokenizer->TokenizeToString(c.input, fast);
    EXPECT_EQ(fast, text) << "TokenizeToString differs from Tokenize";
  }
}

}  // namespace
}  // namespace liputan
