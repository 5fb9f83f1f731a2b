#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "common/byte_source.h"
#include "common/error.h"
#include "common/input_limits.h"

namespace liputan {

// A line over the cap (ErrorCode::kData). Reading may go on after it: a caller that reads
// records line by line catches it to report one bad record instead of abandoning the file.
class LineTooLongError : public Error {
 public:
  using Error::Error;
};

struct LineReaderOptions {
  // Lines longer than this throw ErrorCode::kData naming the line, so a hostile file cannot
  // exhaust memory. 0 = the run's cap, InputLimits::max_line_bytes (common/input_limits.h), read
  // when the LineReader is made.
  size_t max_line_bytes = 0;
};

// Reads lines from a ByteSource through a large buffer (no per-line allocation in the common case).
// Line terminators ("\n", "\r\n") are stripped; a last line without "\n" is still returned.
class LineReader {
 public:
  explicit LineReader(std::unique_ptr<ByteSource> source, LineReaderOptions options = {});

  // Sets `line` to the next line (valid until the next call) and returns true, or false at the end.
  // A line over the cap throws ErrorCode::kData naming it; reading may go on after the throw,
  // with the line after it.
  bool Next(std::string_view& line);

  // 1-based number of the line last returned.
  long long line_number() const { return line_number_; }
  const std::string& name() const { return source_->name(); }
  // "name:line" of the line last returned.
  std::string location() const;

 private:
  bool Fill();
  bool SkipRestOfLine();
  [[noreturn]] void ThrowTooLong(size_t next_begin, bool line_unfinished);

  std::unique_ptr<ByteSource> source_;
  LineReaderOptions options_;
  std::string buffer_;
  size_t begin_ = 0;  // start of unread data in buffer_
  size_t end_ = 0;    // end of valid data in buffer_
  bool eof_ = false;
  bool skip_rest_of_line_ = false;  // a too-long line was reported before its end was read
  long long line_number_ = 0;
};

}  // namespace liputan
