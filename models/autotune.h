#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "models/fasttext_options.h"

namespace liputan {

using AutotuneClock = std::chrono::steady_clock;

struct AutotuneOptions {
  double duration_seconds = 300;          // bound on the whole run: search, final fit and CV
  int64_t max_model_bytes = 256ll << 20;  // input + output matrices, i.e. memory while training
  int seed = 1;
  int workers = 1;  // trials trained at once, each on one thread
  // Successive-halving rungs train on 1, 1/3 and 1/9 of the training split, but no rung on less
  // than this share (1 = every trial on the whole split).
  double min_fraction = 1;
};

struct AutotuneTrial {
  FastTextOptions options;
  double fraction = 1;  // share of the training split trained on (the successive-halving rung)
  double score = -1;    // on the validation split; -1 when stopped
  double seconds = 0;
  double predicted_seconds = 0;  // what the search expected, from the rate learnt so far
  int64_t model_bytes = 0;
  bool stopped = false;  // stopped at the search's deadline, so not scored
  bool failed = false;   // fastText gave up on it (diverged); scored -1
};

struct AutotuneResult {
  FastTextOptions best;
  double best_score = -1;  // of `best` trained on the whole split; -1 when none finished
  std::vector<AutotuneTrial> trials;
  double budget_seconds = 0;
  int workers = 1;
  std::vector<double> fractions;  // the rungs used, smallest first
  double search_seconds = 0;
  double reserved_seconds = 0;  // predicted time of the fits after the search, for `best`
  // Filled in by the trainer once those fits ran: their time and how many of them were folds.
  double final_seconds = -1;
  int cross_validation_fits = 0;
  int total_fits = 0;  // every fastText training of the label set: trials, folds, final fit
  std::string ToJson() const;
};

// What the trainer gives the search. The functions are called from `workers` threads at once.
struct AutotuneProblem {
  // Trains `options` on `fraction` of the training split and returns the score on the
  // validation split (>= 0), -1 when the training failed (fastText diverged), or nullopt when
  // training was still running at `deadline` (it stops then).
  std::function<std::optional<double>(const FastTextOptions&, double fraction,
                                      AutotuneClock::time_point deadline)>
      score;
  std::function<int64_t(const FastTextOptions&)> model_bytes;
  // The relative cost of such a trial in any unit; the search learns seconds per unit.
  std::function<double(const FastTextOptions&, double fraction)> work;
  // The fits after the search (final fit, cross-validation folds) as fractions of the training
  // split: `workers` single-threaded fits at a time, or one fit on `workers` threads when alone.
  std::vector<double> final_fits = {1.0};
};

// The rung sizes for `min_fraction`: 1, 1/3, 1/9 down to min_fraction, smallest first.
std::vector<double> AutotuneFractions(double min_fraction);

// A bounded search over epoch, lr, dim, wordNgrams, minn/maxn and bucket (not fastText's own
// autotuner, which optimises micro-F1 and has no memory bound): seeded random moves around the
// best point so far, each resampling about half of the settings from a grid, skipping points
// whose model would exceed the size cap, raced by successive halving. A bracket draws
// `workers` × 3^(R-1) points, trains them on the smallest rung's share of the split, keeps the
// best third for the next rung, and so on up to the whole split, where the best point is chosen.
// The start point is always trained on the whole split (in the first bracket), so the result is
// never worse on the validation split than it. Trials are timed; the search learns seconds per
// unit of `work` (the slowest rate seen) and plans each bracket, rung and trial so that it ends,
// together with the predicted fits after the search, within `duration_seconds`; a trial still
// running at its deadline is stopped and recorded unscored.
AutotuneResult Autotune(const FastTextOptions& start, const AutotuneOptions& options,
                        const AutotuneProblem& problem);

}  // namespace liputan
