#pragma once

#include <cstdint>
#include <vector>

namespace liputan::bench {

// How often the 95% interval of report/validation_estimate.h holds the true macro-F1 of a
// population, when the labeled posts are `validate` samples drawn by annotate/sampler.h.
//
// The population is synthetic and fixed by `population_seed`: `population` posts of 5 agencies of
// unequal size, each with a true label among 6 of unequal prevalence (a mix that differs by
// agency) and a predicted label drawn from a known confusion (about 75% right, errors spread
// unevenly). Its macro-F1 is computed on every post. Each repeat draws a stratified sample of
// `sample_size` posts with its own seed, exactly as `liputan annotate sample --strategy validate`
// does (strata = predicted label x agency), estimates macro-F1 with weights 1/inclusion_p and its
// interval, and checks whether the interval holds the population's value.
struct CoverageOptions {
  int64_t population = 10000;
  uint64_t population_seed = 7;
  int64_t sample_size = 200;
  int repeats = 1000;
  int bootstrap_replicates = 1000;
};

struct CoverageResult {
  double true_macro_f1 = 0;
  int repeats = 0;
  int covered = 0;           // intervals that held the true macro-F1
  double mean_estimate = 0;  // mean point estimate (its bias is mean - true)
  double mean_width = 0;     // mean interval width
  double share() const { return repeats > 0 ? static_cast<double>(covered) / repeats : 0; }
};

CoverageResult MeasureCoverage(const CoverageOptions& options);

}  // namespace liputan::bench
