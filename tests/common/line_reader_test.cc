#include "common/line_reader.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "common/error.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

// Serves a string in small pieces so buffer refills and line splits across reads are exercised.
class StringSource : public ByteSource {
 public:
  StringSource(std::string data, size_t piece) : data_(std::move(data)), piece_(piece) {}
  size_t Read(char* buffer, size_t size) override {
    size_t n = std::min({size, piece_, data_.size() - pos_});
    std::memcpy(buffer, data_.data() + pos_, n);
    pos_ += n;
    return n;
  }
  const std::string& name() const override { return name_; }

 private:
  std::string data_;
  size_t piece_;
  size_t pos_ = 0;
  std::string name_ = "mem.txt";
};

std::vector<std::string> ReadAll(const std::string& data, size_t piece = 7,
                                 LineReaderOptions options = {}) {
  LineReader reader(std::make_unique<StringSource>(data, piece), options);
  std::vector<std::string> lines;
  std::string_view line;
  while (reader.Next(line)) lines.emplace_back(line);
  return lines;
}

TEST(LineReader, SplitsLinesAndStripsTerminators) {
  EXPECT_EQ(ReadAll("a\nbb\r\nccc\n"), (std::vector<std::string>{"a", "bb", "ccc"}));
}

TEST(LineReader, KeepsLastLineWithoutNewlineAndEmptyLines) {
  EXPECT_EQ(ReadAll("\n\nx\n\nlast"), (std::vector<std::string>{"", "", "x", "", "last"}));
}

TEST(LineReader, EmptyInputHasNoLines) { EXPECT_TRUE(ReadAll("").empty()); }

TEST(LineReader, LineLongerThanBufferIsReadWhole) {
  std::string big(3u << 20, 'x');
  auto lines = ReadAll(big + "\nshort\n", 1u << 16);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].size(), big.size());
  EXPECT_EQ(lines[1], "short");
}

TEST(LineReader, OverlongLineIsAnErrorNamingTheLine) {
  LineReaderOptions options;
  options.max_line_bytes = 1000;
  std::string data = "ok\n" + std::string(5000, 'y') + "\n";
  try {
    ReadAll(data, 1u << 20, options);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_EQ(e.location(), "mem.txt:2");
  }
}

TEST(LineReader, CountsLines) {
  LineReader reader(std::make_unique<StringSource>("a\nb\nc", 1));
  std::string_view line;
  while (reader.Next(line)) {
  }
  EXPECT_EQ(reader.line_number(), 3);
  EXPECT_EQ(reader.location(), "mem.txt:3");
}

TEST(FileSource, MissingFileIsNoInputError) {
  try {
    OpenFileSource("/nonexistent/liputan/file.txt");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNoInput);
    EXPECT_NE(std::string(e.what()).find("/nonexistent/liputan/file.txt"), std::string::npos);
  }
}

TEST(FileSource, ReadsAFile) {
  testing::TempDir dir;
  testing::WriteFile(dir.File("a.txt"), "satu\ndua\n");
  LineReader reader(OpenFileSource(dir.File("a.txt")));
  std::string_view line;
  ASSERT_TRUE(reader.Next(line));
  EXPECT_EQ(line, "satu");
  ASSERT_TRUE(reader.Next(line));
  EXPECT_EQ(line, "dua");
  EXPECT_FALSE(reader.Next(line));
}

}  // namespace
}  // namespace liputan

namespace liputan {
namespace {

// The cap holds for a last line with no newline too, and the buffer stays near the cap.
TEST(LineReader, OverlongUnterminatedLineIsAnError) {
  LineReaderOptions options;
  options.max_line_bytes = 1000;
  try {
    ReadAll("ok\n" + std::string(5000, 'z'), 64, options);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_EQ(e.location(), "mem.txt:2");
  }
}

}  // namespace
}  // namespace liputan

namespace liputan {
namespace {

// Reads every line, collecting the ones over the cap as "LOCATION" entries instead of failing.
std::vector<std::string> ReadSkippingLongLines(const std::string& data, size_t piece, size_t cap) {
  LineReaderOptions options;
  options.max_line_bytes = cap;
  LineReader reader(std::make_unique<StringSource>(data, piece), options);
  std::vector<std::string> out;
  std::string_view line;
  while (true) {
    try {
      if (!reader.Next(line)) break;
      out.emplace_back(line);
    } catch (const LineTooLongError& e) {
      out.push_back("too long at " + e.location());
    }
  }
  return out;
}

// A JSONL reader reports one over-long line as one bad record and reads on: no line after it may
// be lost or merged into it, whether the long line was seen whole or only its start (pieces of 7
// bytes, and pieces larger than the cap).
TEST(LineReader, ReadingGoesOnAfterAnOverlongLine) {
  std::string data =
      "satu\n" + std::string(3000, 'y') + "\ndua\n" + std::string(2000, 'z') + "\ntiga";
  std::vector<std::string> expected = {"satu", "too long at mem.txt:2", "dua",
                                       "too long at mem.txt:4", "tiga"};
  EXPECT_EQ(ReadSkippingLongLines(data, 7, 1000), expected);
  EXPECT_EQ(ReadSkippingLongLines(data, 1u << 20, 1000), expected);
}

TEST(LineReader, AnOverlongLastLineEndsTheInputAfterItsError) {
  EXPECT_EQ(ReadSkippingLongLines("satu\n" + std::string(5000, 'y'), 64, 1000),
            (std::vector<std::string>{"satu", "too long at mem.txt:2"}));
}

// The caps a command sets (--max-record-bytes) reach readers made with default options.
TEST(LineReader, DefaultOptionsTakeTheRunCap) {
  InputLimits saved = ProcessInputLimits();
  InputLimits limits = saved;
  limits.max_line_bytes = 10;
  SetProcessInputLimits(limits);
  auto lines = ReadSkippingLongLines("pendek\nini baris yang panjang\n", 7, 0);
  SetProcessInputLimits(saved);
  EXPECT_EQ(lines, (std::vector<std::string>{"pendek", "too long at mem.txt:2"}));
}

}  // namespace
}  // namespace liputan
