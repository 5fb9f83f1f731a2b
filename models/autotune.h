#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "models/fasttext_options.h"

namespace liputan {

struct AutotuneOptions {
  double duration_seconds = 300;          // bound on the search plus the final fit
  int64_t max_model_bytes = 256ll << 20;  // input + output matrices, i.e. memory while training
  int seed = 1;
};

struct AutotuneTrial {
  FastTextOptions options;
  double score = 0;
  double seconds = 0;
  int64_t model_bytes = 0;
};

struct AutotuneResult {
  FastTextOptions best;
  double best_score = -1;
  std::vector<AutotuneTrial> trials;
  std::string ToJson() const;
};

// A bounded search over epoch, lr, dim, wordNgrams, minn/maxn and bucket (not fastText's own
// autotuner, which optimises micro-F1 and has no memory bound). It scores the start point, then
// seeded random moves from the best point so far, each resampling about half of the settings from
// a grid, and skips points whose model would exceed the size cap. It stops when the next trial plus
// the final fit (`final_fit_factor` × a trial's time) would overrun the duration.
AutotuneResult Autotune(const FastTextOptions& start, const AutotuneOptions& options,
                        const std::function<double(const FastTextOptions&)>& score,
                        const std::function<int64_t(const FastTextOptions&)>& model_bytes,
                        double final_fit_factor);

}  // namespace liputan
