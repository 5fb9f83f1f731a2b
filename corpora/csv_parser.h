#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/byte_source.h"
#include "common/input_limits.h"

namespace liputan {

struct CsvOptions {
  // The field separator; 0 detects it among , ; TAB | from the first records.
  char delimiter = 0;
  // A record (which may span lines inside quotes) longer than this throws ErrorCode::kData, so an
  // unbalanced quote cannot swallow a whole file into memory. 0 = the run's cap,
  // InputLimits::max_csv_record_bytes (common/input_limits.h), read when the parser is made.
  size_t max_record_bytes = 0;
};

// Streams CSV/TSV records (RFC 4180): fields in double quotes may hold the delimiter, newlines
// and doubled quotes (""); CRLF or LF line ends; a UTF-8 byte order mark at the start is skipped;
// blank lines are skipped. Real exports bend the RFC, so the parser is lenient where the intent
// is plain: a quote inside an unquoted field is kept literally (`5" screen`), and text after a
// closing quote is appended (`"a"b` → `ab`) and reported through record_problem().
// Memory holds one record at a time.
class CsvParser {
 public:
  explicit CsvParser(std::unique_ptr<ByteSource> source, CsvOptions options = {});

  // Reads the next record into `fields` and returns true, or false at the end.
  bool Next(std::vector<std::string>& fields);

  // Physical line (1-based) on which the record last returned starts.
  long long line_number() const { return record_line_; }
  // A problem with the record last returned ("unterminated quoted field"), or empty.
  const std::string& record_problem() const { return problem_; }
  char delimiter() const { return delimiter_; }
  const std::string& name() const { return source_->name(); }

 private:
  bool FillBuffer();
  bool NextByte(char& c);
  bool PeekByte(char& c);
  void DetectDelimiter();

  std::unique_ptr<ByteSource> source_;
  CsvOptions options_;
  char delimiter_ = ',';
  std::string buffer_;
  size_t pos_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  long long line_ = 1;  // physical line of the next unread byte
  long long record_line_ = 0;
  std::string problem_;
};

// Splits `text` as one CSV record (no newlines needed); for tests and for one-line inputs.
std::vector<std::string> SplitCsvLine(const std::string& text, char delimiter);

// Picks the delimiter among , ; TAB | that splits the sample's first records into the same,
// largest number of fields (quotes respected). Falls back to ','.
char DetectCsvDelimiter(const std::string& sample);

}  // namespace liputan
