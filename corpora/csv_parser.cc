#include "corpora/csv_parser.h"

#include <array>
#include <cstring>

#include "common/error.h"
#include "common/string_source.h"

namespace liputan {
namespace {

constexpr size_t kChunk = 1u << 16;
constexpr size_t kSniffBytes = 64u << 10;
constexpr int kSniffRecords = 20;

// Field counts of the first records of `sample` split by `delim`, respecting quotes. The last
// (possibly cut) record of the sample is dropped unless the sample is all there is.
std::vector<int> FieldCounts(const std::string& sample, char delim, bool complete) {
  std::vector<int> counts;
  int fields = 1;
  bool quoted = false;
  bool any = false;
  for (size_t i = 0; i < sample.size() && counts.size() < kSniffRecords; ++i) {
    char c = sample[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && c == delim) {
      ++fields;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (any || fields > 1) counts.push_back(fields);
      fields = 1;
      any = false;
      continue;
    }
    any = true;
  }
  if (complete && (any || fields > 1)) counts.push_back(fields);
  return counts;
}

}  // namespace

char DetectCsvDelimiter(const std::string& sample) {
  const std::array<char, 4> candidates = {',', ';', '\t', '|'};
  char best = ',';
  long best_score = 0;
  bool complete = sample.size() < kSniffBytes;
  for (char delim : candidates) {
    std::vector<int> counts = FieldCounts(sample, delim, complete);
    if (counts.empty() || counts[0] < 2) continue;
    // The header's field count, weighted by how many records agree with it: a delimiter that
    // also occurs inside text (a comma in a tweet) splits records unevenly and loses.
    long agree = 0;
    for (int n : counts) agree += (n == counts[0]) ? 1 : 0;
    long score = agree * 1000 + counts[0];
    if (score > best_score) {
      best_score = score;
      best = delim;
    }
  }
  return best;
}

CsvParser::CsvParser(std::unique_ptr<ByteSource> source, CsvOptions options)
    : source_(std::move(source)), options_(options), buffer_(kChunk, '\0') {
  options_.max_record_bytes =
      OrRunCap(options_.max_record_bytes, ProcessInputLimits().max_csv_record_bytes);
  // Skip a UTF-8 byte order mark (Excel writes one).
  while (end_ < 3 && FillBuffer()) {
  }
  if (end_ >= 3 && std::memcmp(buffer_.data(), "\xEF\xBB\xBF", 3) == 0) pos_ = 3;
  if (options_.delimiter != 0) {
    delimiter_ = options_.delimiter;
  } else {
    DetectDelimiter();
  }
}

// Reads ahead up to kSniffBytes (kept in the buffer, not consumed) to choose the delimiter.
void CsvParser::DetectDelimiter() {
  while (end_ - pos_ < kSniffBytes && !eof_) {
    if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
    size_t n = source_->Read(buffer_.data() + end_, buffer_.size() - end_);
    if (n == 0) eof_ = true;
    end_ += n;
  }
  delimiter_ = DetectCsvDelimiter(buffer_.substr(pos_, end_ - pos_));
}

bool CsvParser::FillBuffer() {
  if (eof_) return false;
  if (pos_ == end_) {
    pos_ = 0;
    end_ = 0;
  }
  if (end_ == buffer_.size()) {
    if (pos_ > 0) {
      std::memmove(buffer_.data(), buffer_.data() + pos_, end_ - pos_);
      end_ -= pos_;
      pos_ = 0;
    } else {
      buffer_.resize(buffer_.size() * 2);
    }
  }
  size_t n = source_->Read(buffer_.data() + end_, buffer_.size() - end_);
  if (n == 0) eof_ = true;
  end_ += n;
  return n > 0;
}

bool CsvParser::NextByte(char& c) {
  if (pos_ == end_ && !FillBuffer()) return false;
  c = buffer_[pos_++];
  if (c == '\n') ++line_;
  return true;
}

bool CsvParser::PeekByte(char& c) {
  if (pos_ == end_ && !FillBuffer()) return false;
  c = buffer_[pos_];
  return true;
}

// A state machine over bytes: unquoted field, quoted field, just after a closing quote.
bool CsvParser::Next(std::vector<std::string>& fields) {
  problem_.clear();
  while (true) {
    fields.clear();
    record_line_ = line_;
    enum class State { kFieldStart, kUnquoted, kQuoted, kAfterQuote } state = State::kFieldStart;
    std::string field;
    size_t record_bytes = 0;
    char c = 0;
    bool got_any = false;
    while (NextByte(c)) {
      got_any = true;
      if (++record_bytes > options_.max_record_bytes) {
        throw Error(ErrorCode::kData,
                    "record longer than " + std::to_string(options_.max_record_bytes) +
                        " bytes (an unbalanced quote?)",
                    LineLocation(name(), record_line_));
      }
      if (state == State::kQuoted) {
        if (c != '"') {
          field.push_back(c);
          continue;
        }
        char next = 0;
        if (PeekByte(next) && next == '"') {
          NextByte(next);
          field.push_back('"');
        } else {
          state = State::kAfterQuote;
        }
        continue;
      }
      if (c == delimiter_) {
        fields.push_back(std::move(field));
        field.clear();
        state = State::kFieldStart;
        continue;
      }
      if (c == '\n' || c == '\r') {
        char next = 0;
        if (c == '\r' && PeekByte(next) && next == '\n') NextByte(next);
        break;
      }
      if (state == State::kFieldStart && c == '"') {
        state = State::kQuoted;
        continue;
      }
      if (state == State::kAfterQuote && problem_.empty()) {
        problem_ = "text after the closing quote of field " + std::to_string(fields.size() + 1);
      }
      state = State::kUnquoted;
      field.push_back(c);
    }
    if (!got_any) return false;
    if (state == State::kQuoted) {
      problem_ = "unterminated quoted field " + std::to_string(fields.size() + 1) +
                 " (the file ends inside quotes)";
    }
    fields.push_back(std::move(field));
    // A blank line is no record.
    if (fields.size() == 1 && fields[0].empty() && state == State::kFieldStart) continue;
    return true;
  }
}

std::vector<std::string> SplitCsvLine(const std::string& text, char delimiter) {
  CsvOptions options;
  options.delimiter = delimiter;
  CsvParser parser(MakeStringSource(text), options);
  std::vector<std::string> fields;
  if (!parser.Next(fields)) fields.clear();
  return fields;
}

}  // namespace liputan
