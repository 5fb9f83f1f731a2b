#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/input_limits.h"
#include "corpora/diagnostics.h"
#include "corpora/post.h"
#include "corpora/timestamp.h"

namespace liputan {

// The archive formats PostReader reads (docs/formats.md §3).
enum class InputFormat {
  kAuto,        // sniffed per file (and per zip member) from its first bytes
  kLiputan,     // our normalised JSONL (corpus convert, classify output)
  kTwarc2,      // twarc2 API response pages {"data":[...],"includes":{...}}
  kTwarc2Flat,  // twarc2 flattened: one v2 tweet per line, author/references inline
  kV1,          // Twitter API v1.1 statuses: one per line or a JSON array
  kTweetsJs,    // the user archive's data/tweets.js (window.YTD.tweets.part0 = [...])
  kCsv,         // CSV/TSV exports with a header row
};

// "auto", "liputan", "twarc2", "twarc2-flat", "v1", "tweets-js", "csv"; else ErrorCode::kUsage.
InputFormat ParseInputFormat(const std::string& name);
std::string InputFormatName(InputFormat format);

struct PostReaderOptions {
  InputFormat format = InputFormat::kAuto;      // --input-format: forces the format of every file
  std::string encoding;                         // --encoding: source charset (ICU name); "" = UTF-8
  std::vector<std::string> column_map;          // --map field=column (CSV)
  std::vector<std::string> label_fields;        // CSV/JSON columns carried into Post::true_labels
  DateOrder date_order = DateOrder::kDayFirst;  // for numeric dates such as 03/04/2021
  bool drop_duplicates = true;                  // drop posts whose id was read before
  OnError on_error = OnError::kSkip;
  size_t kept_diagnostics = 20;
  // A post whose text is longer is a bad record; more records than max_records (> 0) stop the
  // read with ErrorCode::kData whatever on_error says (common/input_limits.h).
  // 0 = the run's caps (InputLimits, read when the reader is made).
  size_t max_field_bytes = 0;
  long long max_records = 0;
  // Under OnError::kSkip, an input (a file, or a zip as a whole) with bad records and no good
  // one, or with a larger share of bad records than this, stops the read with ErrorCode::kData
  // naming it (corpora/input_health.h). < 0 = the run's (InputLimits::max_bad_share).
  double max_bad_share = -1;
};

// What a read has seen so far.
struct PostReaderStats {
  std::map<std::string, long long> posts_by_format;  // format name → posts returned
  std::map<std::string, long long> files_by_format;  // format name → files (or zip members)
  long long posts = 0;                               // returned
  long long duplicates = 0;                          // dropped because their id was seen before
  long long bad_records = 0;
  long long bytes = 0;  // bytes of (decompressed) input consumed by finished files
};

// The single entry point for reading posts from archives: opens the files one after another
// (plain or compressed, "-" for stdin, a .zip member by member), sniffs each one's format unless
// options.format forces it, and streams Posts. Memory holds one record (one twarc2 page) at a
// time, plus IdSet's 8-16 bytes per distinct id when dropping duplicates; it does not grow with
// file size otherwise.
//
// Per-record problems (a JSON line cut in half, a record without id, an unreadable date, invalid
// UTF-8, a CSV row with an unterminated quote) are diagnostics naming file and line. Under
// OnError::kSkip they are counted and the read goes on; a file cut short (truncated gzip, a JSON
// array without its end) or whose start cannot be used (a CSV header without id and text
// columns) is one diagnostic and the read goes on with the next file. Once an input is read it
// is judged: one that gave no good record but bad ones, or more bad ones than
// options.max_bad_share allows, throws liputan::Error(kData) naming it (an empty input passes).
// Under OnError::kFail the first problem throws liputan::Error(kData). Missing files throw
// kNoInput; bad options (unknown format or encoding, --map naming a missing column) throw
// kUsage/kData.
//
//   PostReader reader({"a.jsonl.gz", "export.csv"}, options);
//   Post post;
//   while (reader.Next(post)) { ... }
//   reader.stats().duplicates; reader.diagnostics().kept();
class PostReader {
 public:
  PostReader(std::vector<std::string> paths, PostReaderOptions options = {});
  ~PostReader();
  PostReader(const PostReader&) = delete;
  PostReader& operator=(const PostReader&) = delete;

  // Fills `post` with the next post and returns true, or returns false after the last one.
  bool Next(Post& post);

  const PostReaderStats& stats() const;
  const DiagnosticLog& diagnostics() const;
  // Called with the name of each file (or zip member) as it is opened, and its format.
  void set_file_callback(std::function<void(const std::string&, InputFormat)> callback);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// Sniffs the format from the first bytes of a file (after decompression): used by PostReader,
// exposed for tests and `corpus stats`.
InputFormat SniffInputFormat(const std::string& head);

}  // namespace liputan
