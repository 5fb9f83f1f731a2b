#include "corpora/csv_parser.h"

#include <gtest/gtest.h>

#include "common/error.h"
#include "common/string_source.h"

namespace liputan {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows ParseAll(const std::string& text, char delimiter = 0, std::vector<long long>* lines = nullptr,
              std::vector<std::string>* problems = nullptr) {
  CsvOptions options;
  options.delimiter = delimiter;
  CsvParser parser(MakeStringSource(text, "t.csv"), options);
  Rows rows;
  std::vector<std::string> fields;
  while (parser.Next(fields)) {
    rows.push_back(fields);
    if (lines) lines->push_back(parser.line_number());
    if (problems) problems->push_back(parser.record_problem());
  }
  return rows;
}

TEST(CsvParser, SplitsPlainRecords) {
  EXPECT_EQ(ParseAll("a,b,c\n1,2,3\n"), (Rows{{"a", "b", "c"}, {"1", "2", "3"}}));
}

TEST(CsvParser, QuotedFieldsHoldDelimiterNewlinesAndDoubledQuotes) {
  std::vector<long long> lines;
  Rows rows = ParseAll("id,text\n1,\"Banjir, \"\"parah\"\"\nhari ini\"\n2,x\n", 0, &lines);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1][1], "Banjir, \"parah\"\nhari ini");
  EXPECT_EQ(rows[2], (std::vector<std::string>{"2", "x"}));
  EXPECT_EQ(lines, (std::vector<long long>{1, 2, 4}));
}

TEST(CsvParser, HandlesCrLfBomAndBlankLinesAndMissingFinalNewline) {
  Rows rows = ParseAll("\xEF\xBB\xBFid,text\r\n\r\n1,halo\r\n2,\"a\r\nb\"");
  EXPECT_EQ(rows, (Rows{{"id", "text"}, {"1", "halo"}, {"2", "a\r\nb"}}));
}

TEST(CsvParser, DetectsSemicolonTabAndPipe) {
  EXPECT_EQ(ParseAll("id;text\n1;Dinas, Kesehatan\n")[1][1], "Dinas, Kesehatan");
  EXPECT_EQ(ParseAll("id\ttext\n1\ta, b; c\n")[1][1], "a, b; c");
  EXPECT_EQ(ParseAll("id|text\n1|a,b\n")[1][1], "a,b");
}

TEST(CsvParser, DetectionIgnoresDelimitersInsideQuotes) {
  EXPECT_EQ(DetectCsvDelimiter("id;text\n1;\"a,b,c,d\"\n2;\"e,f\"\n"), ';');
  EXPECT_EQ(DetectCsvDelimiter("id,text\n1,\"a;b;c;d\"\n"), ',');
  EXPECT_EQ(DetectCsvDelimiter("just one column\n"), ',');
}

TEST(CsvParser, EmptyQuotedFieldIsARecord) {
  EXPECT_EQ(ParseAll("a\n\"\"\n"), (Rows{{"a"}, {""}}));
  EXPECT_EQ(ParseAll("a,b\n,\n"), (Rows{{"a", "b"}, {"", ""}}));
}

TEST(CsvParser, LenientWithStrayQuotesButReportsTextAfterClosingQuote) {
  std::vector<std::string> problems;
  Rows rows = ParseAll("a,b\n5\" layar,x\n\"ab\"c,y\n", ',', nullptr, &problems);
  EXPECT_EQ(rows[1][0], "5\" layar");
  EXPECT_EQ(problems[1], "");
  EXPECT_EQ(rows[2][0], "abc");
  EXPECT_NE(problems[2].find("after the closing quote"), std::string::npos);
}

TEST(CsvParser, UnterminatedQuoteIsReportedOnItsRecord) {
  std::vector<long long> lines;
  std::vector<std::string> problems;
  Rows rows = ParseAll("a,b\n1,\"never closed\n2,x\n", ',', &lines, &problems);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(lines[1], 2);
  EXPECT_NE(problems[1].find("unterminated quoted field 2"), std::string::npos);
}

TEST(CsvParser, OverlongRecordThrowsDataError) {
  CsvOptions options;
  options.delimiter = ',';
  options.max_record_bytes = 100;
  CsvParser parser(MakeStringSource("a\n\"" + std::string(1000, 'x'), "big.csv"), options);
  std::vector<std::string> fields;
  ASSERT_TRUE(parser.Next(fields));
  try {
    parser.Next(fields);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_EQ(e.location(), "big.csv:2");
  }
}

TEST(CsvParser, RecordsLargerThanTheBufferSurvive) {
  std::string big(200000, 'y');
  Rows rows = ParseAll("a,b\n1,\"" + big + "\"\n2,z\n", ',');
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1][1], big);
  EXPECT_EQ(rows[2][1], "z");
}

TEST(CsvParser, SplitCsvLine) {
  EXPECT_EQ(SplitCsvLine("x;\"y;z\"", ';'), (std::vector<std::string>{"x", "y;z"}));
}

}  // namespace
}  // namespace liputan
