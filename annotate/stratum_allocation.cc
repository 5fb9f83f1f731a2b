#include "annotate/stratum_allocation.h"

#include <algorithm>
#include <numeric>
#include <queue>
#include <tuple>

namespace liputan {
namespace {

// Gives `remaining` more posts, each to the stratum with the largest shortfall against its
// proportional share. A heap keeps this O(n log H) for H strata.
void FillProportionally(const std::vector<int64_t>& sizes, int64_t n, int64_t remaining,
                        std::vector<int64_t>& alloc) {
  const double total = static_cast<double>(std::accumulate(sizes.begin(), sizes.end(), int64_t{0}));
  auto shortfall = [&](size_t h) {
    return static_cast<double>(n) * static_cast<double>(sizes[h]) / total -
           static_cast<double>(alloc[h]);
  };
  // (shortfall, -index): the largest shortfall first, then the lowest index.
  std::priority_queue<std::pair<double, int64_t>> heap;
  for (size_t h = 0; h < sizes.size(); ++h)
    if (alloc[h] < sizes[h]) heap.push({shortfall(h), -static_cast<int64_t>(h)});
  while (remaining > 0 && !heap.empty()) {
    const size_t h = static_cast<size_t>(-heap.top().second);
    heap.pop();
    ++alloc[h];
    --remaining;
    if (alloc[h] < sizes[h]) heap.push({shortfall(h), -static_cast<int64_t>(h)});
  }
}

}  // namespace

std::vector<int64_t> AllocateStrata(const std::vector<int64_t>& sizes, int64_t n, int64_t minimum) {
  std::vector<int64_t> alloc(sizes.size(), 0);
  const int64_t total = std::accumulate(sizes.begin(), sizes.end(), int64_t{0});
  if (n <= 0 || total == 0) return alloc;
  if (n >= total) return sizes;
  int64_t floor_sum = 0;
  for (int64_t size : sizes) floor_sum += std::min(std::max<int64_t>(minimum, 0), size);
  if (floor_sum <= n) {
    for (size_t h = 0; h < sizes.size(); ++h)
      alloc[h] = std::min(std::max<int64_t>(minimum, 0), sizes[h]);
  } else {
    floor_sum = 0;
  }
  FillProportionally(sizes, n, n - floor_sum, alloc);
  return alloc;
}

}  // namespace liputan
