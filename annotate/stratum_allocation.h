#pragma once

#include <cstdint>
#include <vector>

namespace liputan {

// How many posts to draw from each stratum (validate strategy). `sizes[h]` is N_h, the posts of
// stratum h; returns n_h for each, summing to min(n, sum N_h), with n_h <= N_h.
//
// Proportional allocation (n_h close to n * N_h / N) keeps the sample self-weighting, but a small
// stratum (a rare label at a small agency) would then get no post and its accuracy would go
// unmeasured. So every non-empty stratum first gets min(`minimum`, N_h) when n allows it
// (n >= the sum of those minimums); the remaining posts go one by one to the stratum furthest
// below its proportional share n * N_h / N (ties: the lower index). When n is too small for the
// minimums, the allocation is proportional alone and some strata get none (the caller says so).
std::vector<int64_t> AllocateStrata(const std::vector<int64_t>& sizes, int64_t n,
                                    int64_t minimum = 1);

}  // namespace liputan
