// Properties that must hold for any input (DESIGN.md §6): no token holds whitespace or starts
// with "__label__", offsets lie inside the input, --preserve is idempotent on its own output,
// garbage and 10 MB lines neither crash nor hang, and threads share one tokenizer safely.
#include <gtest/gtest.h>

#include <random>
#include <thread>

#include "tokenizer/tokenizer.h"
#include "tokenizer/utf8.h"

namespace liputan {
namespace {

// Pieces of real tweet shapes, glued at random: the generator reaches entity boundaries often.
const std::vector<std::string> kFragments = {"Pemkab",
                                             "yg",
                                             "gak",
                                             "bangettt",
                                             "anak2",
                                             "rumahnya",
                                             " ",
                                             " ",
                                             "  ",
                                             ".",
                                             ",",
                                             "!!!",
                                             "?",
                                             "@Humas_Pml",
                                             "#PemalangHebat",
                                             "https://t.co/Ab1",
                                             "bit.ly/x",
                                             "pemalangkab.go.id/a",
                                             "humas@x.go.id",
                                             "Rp",
                                             "Rp.",
                                             "5.000",
                                             "3,5%",
                                             "08.00",
                                             "WIB",
                                             "10/09/2021",
                                             "0812-3456-7890",
                                             "(0285)",
                                             "+62",
                                             "dll.",
                                             "Jl.",
                                             "a.n.",
                                             ":)",
                                             ":D",
                                             "<3",
                                             "^_^",
                                             "\xF0\x9F\x98\x80",
                                             "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD",
                                             "\xE2\x80\x8D",
                                             "\xEF\xB8\x8F",
                                             "\xE2\x83\xA3",
                                             "1",
                                             "#",
                                             "&amp;",
                                             "&#39;",
                                             "<U+0001F62D>",
                                             "<U+D83D>",
                                             "\\n",
                                             "\t",
                                             "\xC2\xA0",
                                             "\xE2\x80\x8B",
                                             "\xF0\x9D\x90\x8F",
                                             "\xEF\xBD\x90",
                                             "\xC3\xB0\xC5\xB8\xCB\x9C\xC2\xAD",
                                             "__label__",
                                             "_",
                                             "-",
                                             "'",
                                             "\"",
                                             "\xFF",
                                             "\xC3",
                                             "\xE2\x82",
                                             "\x00",
                                             "\x01",
                                             "\xE0\xB8\xAA\xE0\xB8\xA7",
                                             "2",
                                             "ku",
                                             "nya",
                                             "lah",
                                             "\xCC\x81",
                                             "e",
                                             "x",
                                             "Q",
                                             "0",
                                             "9",
                                             "/",
                                             ":",
                                             "(",
                                             ")",
                                             "%"};

std::string RandomLine(std::mt19937& rng) {
  std::uniform_int_distribution<size_t> count(0, 25), pick(0, kFragments.size() - 1);
  std::string line;
  for (size_t n = count(rng); n > 0; --n) line += kFragments[pick(rng)];
  return line;
}

std::vector<TokenizerOptions> AllModes() {
  TokenizerOptions preserve, clitics, stop;
  preserve.preserve = true;
  clitics.split_clitics = true;
  stop.drop_stopwords = true;
  stop.drop_punctuation = true;
  return {TokenizerOptions{}, preserve, clitics, stop};
}

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    auto d = utf8::Decode(s, i);
    if (!d.valid) return false;
    i += d.size;
  }
  return true;
}

void CheckTokens(const std::string& line, const std::vector<Token>& tokens) {
  for (const auto& t : tokens) {
    ASSERT_FALSE(t.text.empty()) << line;
    ASSERT_EQ(t.text.find_first_of(" \t\n\r\v\f"), std::string::npos) << "[" << t.text << "]";
    ASSERT_NE(t.text.rfind("__label__", 0), 0u) << t.text;
    ASSERT_LE(t.begin, t.end);
    ASSERT_LE(t.end, line.size());
    ASSERT_TRUE(IsValidUtf8(t.text)) << line;
  }
}

TEST(TokenizerProperties, RandomTweetShapes) {
  std::mt19937 rng(20211009);
  for (const auto& options : AllModes()) {
    Tokenizer tokenizer(options);
    for (int i = 0; i < 3000; ++i) {
      std::string line = RandomLine(rng);
      auto tokens = tokenizer.Tokenize(line);
      CheckTokens(line, tokens);
      if (::testing::Test::HasFatalFailure()) return;
    }
  }
}

TEST(TokenizerProperties, PreserveIsIdempotentOnItsOwnOutput) {
  TokenizerOptions preserve;
  preserve.preserve = true;
  Tokenizer tokenizer(preserve);
  std::mt19937 rng(7);
  for (int i = 0; i < 3000; ++i) {
    std::string line = RandomLine(rng), once, twice;
    tokenizer.TokenizeToString(line, once);
    tokenizer.TokenizeToString(once, twice);
    ASSERT_EQ(once, twice) << "input: " << line;
  }
}

TEST(TokenizerProperties, PreserveTokensAreTheirOriginalBytesForValidInput) {
  TokenizerOptions preserve;
  preserve.preserve = true;
  Tokenizer tokenizer(preserve);
  std::string line = "Info @Humas_Pml: Rp. 5.000 bit.ly/x :D \xF0\x9F\x98\x80 anak2 dll.";
  for (const auto& t : tokenizer.Tokenize(line)) {
    EXPECT_EQ(line.substr(t.begin, t.end - t.begin), t.text);
  }
}

TEST(TokenizerProperties, GarbageBytesNeverCrash) {
  std::mt19937 rng(99);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 200);
  for (const auto& options : AllModes()) {
    Tokenizer tokenizer(options);
    for (int i = 0; i < 2000; ++i) {
      std::string line(length(rng), '\0');
      for (char& c : line) c = static_cast<char>(byte(rng));
      CheckTokens(line, tokenizer.Tokenize(line));
      if (::testing::Test::HasFatalFailure()) return;
    }
  }
}

// Long lines built from shapes that would make a careless scanner quadratic: every position
// starts a failed lookahead (dotted words, digits with separators, emoji joiners, '@', '&').
// Three shapes run at 10 MB, the rest at 1 MB to keep the test quick.
TEST(TokenizerProperties, TenMegabyteLinesFinish) {
  Tokenizer tokenizer;
  const std::pair<std::string, size_t> kShapes[] = {
      {"a.", 10u << 20},  {"x@y", 10u << 20}, {"\xF0\x9F\x98\x80", 10u << 20},
      {"a", 1u << 20},    {"1.", 1u << 20},   {"0-", 1u << 20},
      {"@", 1u << 20},    {"&amp", 1u << 20}, {"\xE2\x80\x8D", 1u << 20},
      {"aaab", 1u << 20}, {"#", 1u << 20},    {"www.a", 1u << 20}};
  for (const auto& [unit, size] : kShapes) {
    std::string line;
    line.reserve(size + unit.size());
    while (line.size() < size) line += unit;
    std::string out;
    tokenizer.TokenizeToString(line, out);
    EXPECT_EQ(out.empty(), unit == "\xE2\x80\x8D") << unit;  // lone joiners are removed
  }
}

TEST(TokenizerProperties, ThreadsShareOneTokenizer) {
  Tokenizer tokenizer;
  std::mt19937 rng(5);
  std::vector<std::string> lines;
  for (int i = 0; i < 400; ++i) lines.push_back(RandomLine(rng));
  std::vector<std::string> expected;
  for (const auto& l : lines) {
    std::string out;
    tokenizer.TokenizeToString(l, out);
    expected.push_back(out);
  }
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = 0; i < lines.size(); ++i) {
        std::string out;
        tokenizer.TokenizeToString(lines[(i + t * 97) % lines.size()], out);
        mismatches[t] += out != expected[(i + t * 97) % lines.size()];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

}  // namespace
}  // namespace liputan
