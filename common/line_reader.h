#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "common/byte_source.h"

namespace liputan {

struct LineReaderOptions {
  // Lines longer than this throw ErrorCode::kData naming the line, so a hostile file cannot
  // exhaust memory. 64 MiB is far above any real tweet record.
  size_t max_line_bytes = 64u << 20;
};

// Reads lines from a ByteSource through a large buffer (no per-line allocation in the common case).
// Line terminators ("\n", "\r\n") are stripped; a last line without "\n" is still returned.
class LineReader {
 public:
  explicit LineReader(std::unique_ptr<ByteSource> source, LineReaderOptions options = {});

  // Sets `line` to the next line (valid until the next call) and returns true, or false at the end.
  bool Next(std::string_view& line);

  // 1-based number of the line last returned.
  long long line_number() const { return line_number_; }
  const std::string& name() const { return source_->name(); }
  // "name:line" of the line last returned.
  std::string location() const;

 private:
  bool Fill();
  [[noreturn]] void ThrowTooLong() const;

  std::unique_ptr<ByteSource> source_;
  LineReaderOptions options_;
  std::string buffer_;
  size_t begin_ = 0;  // start of unread data in buffer_
  size_t end_ = 0;    // end of valid data in buffer_
  bool eof_ = false;
  long long line_number_ = 0;
};

}  // namespace liputan
