#include "corpora/readers/json_record_splitter.h"

#include <simdjson.h>

#include <cstring>

#include "common/error.h"

namespace liputan {
namespace {

constexpr size_t kChunk = 1u << 20;
constexpr size_t kLongLine = 16u << 10;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool LineIsObject(std::string_view line) {
  while (!line.empty() && IsSpace(line.back())) line.remove_suffix(1);
  while (!line.empty() && IsSpace(line.front())) line.remove_prefix(1);
  if (line.empty() || line.front() != '{') return false;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  return !parser.parse(line.data(), line.size(), true).get(doc) && doc.is_object();
}

}  // namespace

JsonRecordSplitter::Layout JsonRecordSplitter::Detect(std::string_view head) {
  size_t i = head.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos || head[i] != '{') return Layout::kStructural;
  // A JSONL file whose first line is cut in half is still JSONL: look at a few lines.
  for (int n = 0; n < 3 && i < head.size(); ++n) {
    size_t stop = head.find('\n', i);
    if (stop == std::string_view::npos) {
      // A first line longer than the head is a long JSONL record (a twarc2 page holds 100
      // tweets): pretty-printed JSON would have broken lines long before.
      if (n == 0 && head.size() >= kLongLine) return Layout::kLines;
      return LineIsObject(head.substr(i)) ? Layout::kLines : Layout::kStructural;
    }
    if (LineIsObject(head.substr(i, stop - i))) return Layout::kLines;
    i = stop + 1;
  }
  return Layout::kStructural;
}

JsonRecordSplitter::JsonRecordSplitter(std::unique_ptr<ByteSource> source, Layout layout)
    : layout_(layout), name_(source->name()) {
  if (layout == Layout::kLines) {
    lines_ = std::make_unique<LineReader>(std::move(source));
  } else {
    source_ = std::move(source);
    buffer_.resize(kChunk);
  }
}

bool JsonRecordSplitter::Next(std::string_view& record, long long& line) {
  return layout_ == Layout::kLines ? NextLine(record, line) : NextStructural(record, line);
}

bool JsonRecordSplitter::NextLine(std::string_view& record, long long& line) {
  std::string_view text;
  while (lines_->Next(text)) {
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    line = lines_->line_number();
    record_.assign(text);
    record_.append(simdjson::SIMDJSON_PADDING, '\0');
    record = std::string_view(record_.data(), text.size());
    return true;
  }
  return false;
}

bool JsonRecordSplitter::Fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
  size_t n = source_->Read(buffer_.data() + end_, buffer_.size() - end_);
  if (n == 0) eof_ = true;
  end_ += n;
  return n > 0;
}

bool JsonRecordSplitter::PeekByte(char& c) {
  if (pos_ == end_ && !Fill()) return false;
  c = buffer_[pos_];
  return true;
}

// Skips a JS assignment before the array (`window.YTD.tweets.part0 = `).
void JsonRecordSplitter::SkipPrefix() {
  char c = 0;
  while (PeekByte(c) && IsSpace(c)) {
    if (c == '\n') ++line_;
    ++pos_;
  }
  if (c == '{' || c == '[') return;
  while (PeekByte(c) && c != '=' && c != '[' && c != '{') {
    if (c == '\n') ++line_;
    ++pos_;
  }
  if (c == '=') ++pos_;
}

// Skips whitespace, the array's brackets and the commas between elements, and a trailing ';'.
bool JsonRecordSplitter::SkipSeparators() {
  char c = 0;
  while (PeekByte(c)) {
    if (c == '{') return true;
    if (c == '\n') ++line_;
    if (!IsSpace(c) && c != ',' && c != '[' && c != ']' && c != ';') return true;
    ++pos_;
  }
  return false;
}

bool JsonRecordSplitter::NextStructural(std::string_view& record, long long& line) {
  if (!started_) {
    started_ = true;
    SkipPrefix();
  }
  if (!SkipSeparators()) return false;
  line = line_;
  size_t start = pos_;
  size_t i = pos_;
  int depth = 0;
  bool in_string = false;
  while (true) {
    if (i == end_) {
      size_t offset = i - start;
      pos_ = start;
      if (!Fill()) {
        throw Error(ErrorCode::kData, "the input ends inside a JSON record",
                    LineLocation(name_, line));
      }
      start = pos_;
      i = start + offset;
      if (offset > max_record_bytes_) {
        throw Error(ErrorCode::kData,
                    "JSON record longer than " + std::to_string(max_record_bytes_) + " bytes",
                    LineLocation(name_, line));
      }
      continue;
    }
    char c = buffer_[i];
    if (in_string) {
      if (c == '\\' && i + 1 == end_) {
        pos_ = start;  // refill before looking at the escaped byte
        if (!Fill()) {
          throw Error(ErrorCode::kData, "the input ends inside a JSON record",
                      LineLocation(name_, line));
        }
        i = pos_ + (i - start);
        start = pos_;
        continue;
      }
      i += c == '\\' ? 2 : 1;
      if (c == '"') {
        in_string = false;
        if (depth == 0) break;  // a string element
      }
      continue;
    }
    if (depth == 0 && i > start && (c == ',' || c == ']' || IsSpace(c))) break;  // a scalar
    ++i;
    if (c == '\n') ++line_;
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth <= 0) break;
    }
  }
  record_.assign(buffer_.data() + start, i - start);
  record_.append(simdjson::SIMDJSON_PADDING, '\0');
  record = std::string_view(record_.data(), i - start);
  pos_ = i;
  return true;
}

}  // namespace liputan
