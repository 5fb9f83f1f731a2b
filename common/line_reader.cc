#include "common/line_reader.h"

#include <algorithm>
#include <cstring>

#include "common/error.h"

namespace liputan {
namespace {
constexpr size_t kChunk = 1u << 20;
}  // namespace

LineReader::LineReader(std::unique_ptr<ByteSource> source, LineReaderOptions options)
    : source_(std::move(source)), options_(options), buffer_(kChunk, '\0') {
  options_.max_line_bytes = OrRunCap(options_.max_line_bytes, ProcessInputLimits().max_line_bytes);
}

std::string LineReader::location() const { return LineLocation(name(), line_number_); }

// Moves unread bytes to the front, grows the buffer when a line fills it, and reads more.
// Returns false when nothing more can be read.
bool LineReader::Fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) {
    // Grow for a long line, but never past the cap plus one chunk: the caller throws as soon as
    // the unterminated line exceeds the cap, whether or not a newline ever comes.
    buffer_.resize(std::min(buffer_.size() * 2, options_.max_line_bytes + kChunk + 1));
  }
  size_t n = source_->Read(buffer_.data() + end_, buffer_.size() - end_);
  if (n == 0) eof_ = true;
  end_ += n;
  return n > 0;
}

// Counts the long line as read and throws; the next Next() starts after it (skip_rest_of_line_
// drops what of it is not yet read), so a caller may report it as one bad record and go on.
void LineReader::ThrowTooLong(size_t next_begin, bool line_unfinished) {
  ++line_number_;
  begin_ = next_begin;
  skip_rest_of_line_ = line_unfinished;
  throw LineTooLongError(ErrorCode::kData,
                         "line longer than " + std::to_string(options_.max_line_bytes) +
                             " bytes (--max-record-bytes raises the cap)",
                         LineLocation(name(), line_number_));
}

// Drops bytes up to and including the next newline. False when the input ends first.
bool LineReader::SkipRestOfLine() {
  while (true) {
    const void* nl = std::memchr(buffer_.data() + begin_, '\n', end_ - begin_);
    if (nl != nullptr) {
      begin_ = static_cast<const char*>(nl) - buffer_.data() + 1;
      skip_rest_of_line_ = false;
      return true;
    }
    begin_ = end_;
    if (!Fill()) return false;
  }
}

bool LineReader::Next(std::string_view& line) {
  if (skip_rest_of_line_ && !SkipRestOfLine()) return false;
  size_t scan_from = begin_;
  while (true) {
    const char* start = buffer_.data() + scan_from;
    const void* nl = std::memchr(start, '\n', end_ - scan_from);
    if (nl != nullptr) {
      size_t stop = static_cast<const char*>(nl) - buffer_.data();
      size_t len = stop - begin_;
      if (len > options_.max_line_bytes) ThrowTooLong(stop + 1, false);
      if (len > 0 && buffer_[stop - 1] == '\r') --len;
      line = std::string_view(buffer_.data() + begin_, len);
      begin_ = stop + 1;
      ++line_number_;
      return true;
    }
    size_t scanned = end_ - begin_;
    if (scanned > options_.max_line_bytes) ThrowTooLong(end_, true);
    if (!Fill()) {
      if (begin_ == end_) return false;
      size_t len = end_ - begin_;
      if (buffer_[end_ - 1] == '\r') --len;
      line = std::string_view(buffer_.data() + begin_, len);
      begin_ = end_;
      ++line_number_;
      return true;
    }
    scan_from = begin_ + scanned;
  }
}

}  // namespace liputan
