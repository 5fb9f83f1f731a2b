#pragma once

#include <string>

#include "corpora/diagnostics.h"

namespace liputan {

// Judges each input of a read that skips bad records (OnError::kSkip), once the input is read.
// Skipping and counting is right when some records are good; it is wrong when an input gave bad
// records and no good one (random bytes named .jsonl, a .zip without tweets.js, a CSV whose
// header cannot be used), or when more than `max_bad_share` of its records are bad: then the
// file is the wrong one or read in the wrong format, and an empty or thinned output with exit 0
// would hide it. Both throw liputan::Error(kData) naming the input, so a command stops before it
// commits any output. An empty input (no records at all) passes: an empty shard of a split
// archive is normal (DESIGN.md §8).
//
//   InputHealth health(limits.max_bad_share);
//   health.Begin("a.jsonl", log);   // for each input (a file, or a zip as a whole)
//   health.CountGood();             // for each record read from it, kept or duplicate
//   health.End(log);                // when it is read; throws if it failed
class InputHealth {
 public:
  // max_bad_share < 0 takes the run's (InputLimits::max_bad_share, common/input_limits.h).
  explicit InputHealth(double max_bad_share = -1);

  // Starts the input `name`; the problems `log` holds so far belong to earlier inputs. Ends the
  // previous input first if it was not ended.
  void Begin(std::string name, const DiagnosticLog& log);
  void CountGood() { ++good_; }
  // What the reader knows of why the current input may give nothing ("a Twitter archive without
  // data/tweets.js"), added to the message if it fails; cleared by Begin.
  void set_hint(std::string hint) { hint_ = std::move(hint); }
  // Ends the current input (no-op when none is begun): throws ErrorCode::kData when it failed.
  void End(const DiagnosticLog& log);

  double max_bad_share() const { return max_bad_share_; }

 private:
  // "(first: FILE:LINE: message)" for the input's first problem, as far as the log kept it.
  std::string FirstProblem(const DiagnosticLog& log) const;

  double max_bad_share_;
  std::string name_;
  std::string hint_;
  bool open_ = false;
  long long good_ = 0;
  long long bad_before_ = 0;  // log.count() when the input began
};

}  // namespace liputan
