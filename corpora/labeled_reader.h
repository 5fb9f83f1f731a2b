#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/input_limits.h"
#include "corpora/diagnostics.h"

namespace liputan {

// The formats of labeled training/evaluation data (DESIGN.md §5).
enum class LabeledFormat {
  kAuto,      // sniffed per file: '{' → JSONL, "__label__" → fastText, else CSV/TSV
  kFastText,  // "__label__a __label__b text"; the label set is called "label"
  kCsv,       // header row; delimiter detected among , ; TAB |
  kTsv,       // header row; TAB-separated
  kJsonl,     // one JSON object per line
};

// "auto", "fasttext", "csv", "tsv", "jsonl"; anything else throws ErrorCode::kUsage.
LabeledFormat ParseLabeledFormat(const std::string& text);

struct LabeledReaderOptions {
  LabeledFormat format = LabeledFormat::kAuto;
  // Column (CSV/TSV header name) or key (JSONL) holding the text.
  std::string text_field = "text";
  // Columns or keys holding labels, one label set each, named after the field. Empty means
  // {"label"}. A cell may hold several labels separated by label_separator; a JSONL value may
  // also be an array of strings.
  std::vector<std::string> label_fields;
  char label_separator = '|';
  // Source encoding for CSV/TSV/fastText input (ICU name); empty means UTF-8, checked.
  std::string encoding;
  OnError on_error = OnError::kFail;
  size_t kept_diagnostics = 20;
  // A text longer than this is a bad record; more records than max_records (> 0), bad ones
  // included, stop the read with ErrorCode::kData (common/input_limits.h).
  // 0 = the run's caps (InputLimits, read when the reader is made).
  size_t max_field_bytes = 0;
  long long max_records = 0;
  // Under OnError::kSkip, a file with bad records and no good one, or with a larger share of bad
  // records than this, stops the read with ErrorCode::kData naming it (corpora/input_health.h).
  // < 0 = the run's (InputLimits::max_bad_share).
  double max_bad_share = -1;
};

// One labeled example: label set → labels (in the order given, duplicates removed).
struct LabeledRecord {
  std::string text;
  std::map<std::string, std::vector<std::string>> labels;
  std::string file;
  long long line = 0;  // the line on which the record starts
};

// Streams labeled records from several files in turn (plain, .gz/.zst/.bz2/.xz, or "-" for
// stdin). A record is bad, and goes to diagnostics(), when its text is missing or empty or not
// valid UTF-8, when it has no label in any label set, when a JSONL line does not parse, or when a
// CSV row lacks the needed columns. Under OnError::kFail (the default) the first bad record throws
// liputan::Error(kData) naming file and line; under kSkip it is counted and skipped, but a file
// that gave bad records and no good one, or more bad ones than options.max_bad_share allows,
// stops the read (ErrorCode::kData naming the file). A missing text or label column in a CSV
// header stops the read (ErrorCode::kData) whatever the policy.
// Memory holds one record at a time.
class LabeledReader {
 public:
  LabeledReader(std::vector<std::string> paths, LabeledReaderOptions options = {});
  ~LabeledReader();
  LabeledReader(const LabeledReader&) = delete;
  LabeledReader& operator=(const LabeledReader&) = delete;

  // Fills `record` with the next good record and returns true, or returns false at the end.
  bool Next(LabeledRecord& record);

  // Label set names, in option order ({"label"} for fastText input).
  std::vector<std::string> label_sets() const;
  long long records_read() const;  // good records returned so far
  const DiagnosticLog& diagnostics() const;
  DiagnosticLog& diagnostics();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// Splits a label cell "a| b |a" into {"a", "b"}: trimmed, empty parts and repeats dropped.
std::vector<std::string> SplitLabels(const std::string& cell, char separator);

}  // namespace liputan
