#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "common/byte_source.h"
#include "common/line_reader.h"

namespace liputan {

// Cuts a JSON input into records (top-level objects) without parsing them, so each can be parsed
// on its own and memory holds one record at a time. Two layouts:
//  - lines: one object per line (JSONL). A broken line is a broken record; the next line
//    starts afresh.
//  - structural: a JSON array of objects (one line or pretty-printed), an array behind a JS
//    assignment (`window.YTD.tweets.part0 = [...]`), or objects one after another over several
//    lines. Objects are cut by counting braces outside strings.
// Each record is handed out with SIMDJSON-sized padding after it, ready to parse in place.
class JsonRecordSplitter {
 public:
  enum class Layout { kLines, kStructural };
  // Lines when one of the first lines of `head` is a whole JSON object, else structural.
  static Layout Detect(std::string_view head);

  JsonRecordSplitter(std::unique_ptr<ByteSource> source, Layout layout);

  // Sets `record` to the next record (valid until the next call; readable padding follows it)
  // and `line` to the line it starts on. Returns false at the end. A value that is not an object
  // inside an array is returned as is (the caller reports it). A structural record longer than
  // the record cap (InputLimits::max_line_bytes), or input ending inside a record, throws
  // ErrorCode::kData.
  bool Next(std::string_view& record, long long& line);

  const std::string& name() const { return name_; }

 private:
  bool NextLine(std::string_view& record, long long& line);
  bool NextStructural(std::string_view& record, long long& line);
  bool Fill();
  bool PeekByte(char& c);
  bool SkipSeparators();
  void SkipPrefix();

  Layout layout_;
  std::string name_;
  std::unique_ptr<LineReader> lines_;
  std::unique_ptr<ByteSource> source_;
  std::string buffer_;  // structural: unread input in [pos_, end_)
  size_t pos_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  bool started_ = false;
  long long line_ = 1;
  std::string record_;  // the record handed out, with padding
  size_t max_record_bytes_ = ProcessInputLimits().max_line_bytes;  // read when made
};

}  // namespace liputan
