// Coverage of the validation interval (report/validation_estimate.h) on validate samples drawn by
// annotate/sampler.h from a synthetic population with known labels (coverage_simulation.h).
//   interval_coverage [REPEATS [SIZE...]]     default: 1000 repeats, sizes 100 200 400
// Prints one line per sample size: the true macro-F1, the share of intervals holding it, the mean
// estimate and the mean interval width.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/annotate/coverage_simulation.h"

int main(int argc, char** argv) {
  liputan::bench::CoverageOptions options;
  if (argc > 1) options.repeats = std::atoi(argv[1]);
  std::vector<int64_t> sizes;
  for (int i = 2; i < argc; ++i) sizes.push_back(std::atoll(argv[i]));
  if (sizes.empty()) sizes = {100, 200, 400};
  std::printf("population %lld posts, %d repeats, %d bootstrap replicates\n",
              static_cast<long long>(options.population), options.repeats,
              options.bootstrap_replicates);
  for (int64_t n : sizes) {
    options.sample_size = n;
    const auto r = liputan::bench::MeasureCoverage(options);
    std::printf(
        "n=%-5lld true macro-F1 %.4f  coverage %.3f (%d/%d)  mean estimate %.4f  "
        "mean width %.4f\n",
        static_cast<long long>(n), r.true_macro_f1, r.share(), r.covered, r.repeats,
        r.mean_estimate, r.mean_width);
    std::fflush(stdout);
  }
  return 0;
}
