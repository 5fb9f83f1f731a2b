#pragma once

#include <cstddef>
#include <string>

namespace liputan {

// Caps on what one input may cost, so a hostile or broken file cannot exhaust memory
// (docs/limits.md). The CLI sets them once per run from --max-record-bytes, --max-field-bytes
// and --max-records before any reader exists; the readers' option structs take their defaults
// from here, so every reader of a run obeys the same caps without each command plumbing them.
struct InputLimits {
  // One text line (tokenize, stem, fastText-format data) or one JSON record.
  size_t max_line_bytes = 64u << 20;
  // One CSV/TSV record; lower than a line because an unbalanced quote makes a record swallow
  // the rest of the file, and the error should come early.
  size_t max_csv_record_bytes = 16u << 20;
  // One text field of a post or labeled example. Tweets are at most 25,000 characters (long-form
  // posts), about 100 KB in UTF-8; a field past 1 MiB is not a post.
  size_t max_field_bytes = 1u << 20;
  // Records one command reads over all its inputs; 0 = no cap. Streaming commands hold one record
  // at a time; the cap is for the ones whose memory grows with records (train, eval, corpus's
  // duplicate set, report's id matching).
  long long max_records = 0;
  // The share of one input's records that may be bad before the readers that skip bad records
  // stop with exit 65 (--max-bad-share; docs/limits.md). Skipping is right when a few records are
  // broken, not when most are: then the file is the wrong one, or in a format read wrongly.
  // An input with bad records and no good one always stops the read, whatever the share.
  double max_bad_share = 0.5;
};

const InputLimits& ProcessInputLimits();
void SetProcessInputLimits(const InputLimits& limits);

// `value` unless it is 0 ("the run's cap"), else `process_value`: how option structs whose caps
// default to 0 take the run's caps when their reader is made (after the CLI has set them).
template <typename T>
T OrRunCap(T value, T process_value) {
  return value != 0 ? value : process_value;
}

// Throws ErrorCode::kData at `location` when `records` read so far exceed `max_records` (> 0).
void CheckRecordCount(long long records, long long max_records, const std::string& location);

// "text longer than N bytes (--max-field-bytes ...)": the diagnostic for a field over its cap.
std::string FieldTooLongMessage(const std::string& field, size_t max_field_bytes);

}  // namespace liputan
