#include "models/autotune.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <random>

namespace liputan {
namespace {

template <typename T>
T Pick(std::mt19937& rng, const std::vector<T>& grid) {
  return grid[std::uniform_int_distribution<size_t>(0, grid.size() - 1)(rng)];
}

// Grids around what works for short texts: many epochs and high learning rates for small data,
// subwords for the spelling variety of tweets, bucket sizes that keep the model near the cache.
FastTextOptions Move(const FastTextOptions& from, std::mt19937& rng) {
  FastTextOptions o = from;
  std::bernoulli_distribution change(0.5);
  bool changed = false;
  while (!changed) {
    if (change(rng)) {
      o.epoch = Pick<int>(rng, {5, 10, 15, 25, 40, 60, 100});
      changed = true;
    }
    if (change(rng)) {
      o.lr = Pick<double>(rng, {0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0});
      changed = true;
    }
    if (change(rng)) {
      o.dim = Pick<int>(rng, {10, 25, 50, 100});
      changed = true;
    }
    if (change(rng)) {
      o.word_ngrams = Pick<int>(rng, {1, 2, 3});
      changed = true;
    }
    if (change(rng)) {
      auto [minn, maxn] = Pick<std::pair<int, int>>(rng, {{0, 0}, {2, 4}, {3, 5}, {3, 6}});
      o.minn = minn;
      o.maxn = maxn;
      changed = true;
    }
    if (change(rng)) {
      o.bucket = Pick<int>(rng, {50000, 200000, 500000, 1000000});
      changed = true;
    }
  }
  return o;
}

}  // namespace

AutotuneResult Autotune(const FastTextOptions& start, const AutotuneOptions& options,
                        const std::function<double(const FastTextOptions&)>& score,
                        const std::function<int64_t(const FastTextOptions&)>& model_bytes,
                        double final_fit_factor) {
  using Clock = std::chrono::steady_clock;
  const auto begin = Clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - begin).count(); };
  std::mt19937 rng(static_cast<uint32_t>(options.seed));
  AutotuneResult result;
  result.best = start;
  double slowest_per_epoch = 0;  // seconds per epoch of the slowest trial so far
  FastTextOptions next = start;
  for (int attempt = 0; attempt < 10000; ++attempt) {
    int64_t bytes = model_bytes(next);
    if (bytes > options.max_model_bytes) {
      next = Move(result.best, rng);
      continue;
    }
    double predicted = slowest_per_epoch * next.epoch;
    double final_fit = slowest_per_epoch * result.best.epoch * final_fit_factor;
    if (!result.trials.empty() && elapsed() + predicted + final_fit > options.duration_seconds)
      break;
    auto trial_begin = Clock::now();
    double s = score(next);
    double seconds = std::chrono::duration<double>(Clock::now() - trial_begin).count();
    slowest_per_epoch = std::max(slowest_per_epoch, seconds / next.epoch);
    result.trials.push_back({next, s, seconds, bytes});
    if (s > result.best_score) {
      result.best_score = s;
      result.best = next;
    }
    next = Move(result.best, rng);
  }
  return result;
}

std::string AutotuneResult::ToJson() const {
  nlohmann::ordered_json j;
  j["best"] = nlohmann::ordered_json::parse(best.ToJson());
  j["best_score"] = best_score;
  j["trials"] = nlohmann::ordered_json::array();
  for (const auto& t : trials) {
    j["trials"].push_back({{"options", nlohmann::ordered_json::parse(t.options.ToJson())},
                           {"score", t.score},
                           {"seconds", t.seconds},
                           {"model_bytes", t.model_bytes}});
  }
  return j.dump();
}

}  // namespace liputan
