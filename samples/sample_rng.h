#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/hash64.h"

namespace liputan::samples {

// splitmix64: tiny, portable and fully specified, unlike the std:: distributions whose output
// differs between standard libraries; same seed → same archive everywhere.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() { return SplitMix64Mix(state_ += kSplitMix64Gamma); }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  size_t Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(Next() % n); }
  double Normal() {  // Box-Muller
    const double u1 = 1.0 - Uniform(), u2 = Uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
  // Index drawn with probability proportional to weights (all zero → npos).
  size_t Weighted(const std::vector<double>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    if (total <= 0) return std::string::npos;
    double x = Uniform() * total;
    for (size_t i = 0; i < weights.size(); ++i) {
      if ((x -= weights[i]) < 0) return i;
    }
    return weights.size() - 1;
  }

 private:
  uint64_t state_;
};

// Fisher-Yates with our own generator (std::shuffle's draws differ between standard libraries).
template <typename T>
void Shuffle(std::vector<T>& v, Rng& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.Below(i)]);
}

}  // namespace liputan::samples
