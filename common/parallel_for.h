#pragma once

#include <cstddef>
#include <functional>

namespace liputan {

// Calls fn(i) for every i in [0, n), on up to `threads` threads (0 = one per core), each taking
// the next index in ascending order, so put the longest tasks first. Returns when all calls have
// ended. The first exception thrown stops the handing out of further indices and is rethrown
// here. Callers write results into slots by index, which keeps them deterministic.
void ParallelFor(size_t n, const std::function<void(size_t)>& fn, unsigned threads = 0);

}  // namespace liputan
