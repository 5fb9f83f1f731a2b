// The autotuner's search on a simulated problem: trials sleep for a time proportional to their
// work, and a point's score is a fixed function of its options, so the tests check the budget,
// the successive-halving promotions and the stopping of trials without training anything.
#include "models/autotune.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace liputan {
namespace {

using Clock = AutotuneClock;

double Quality(const FastTextOptions& o) {  // best at lr 0.5, dim 25, epoch 60
  return 1 - std::abs(o.lr - 0.5) - std::abs(o.dim - 25) / 200.0 - std::abs(o.epoch - 60) / 400.0;
}

struct Simulation {
  std::atomic<double> seconds_per_unit = 2e-5;  // epoch 50 x dim 50 on the whole split: 50 ms
  std::atomic<int> running = 0, most_running = 0;
  std::mutex mutex;
  std::map<std::string, std::set<double>> fractions_by_point;

  double Work(const FastTextOptions& o, double fraction) const {
    return o.epoch * o.dim * fraction + 100;
  }
  AutotuneProblem Problem() {
    AutotuneProblem p;
    p.work = [this](const FastTextOptions& o, double f) { return Work(o, f); };
    p.model_bytes = [](const FastTextOptions& o) { return int64_t{o.bucket} * o.dim * 4; };
    p.score = [this](const FastTextOptions& o, double f,
                     Clock::time_point deadline) -> std::optional<double> {
      int now = ++running;
      for (int m = most_running; now > m && !most_running.compare_exchange_weak(m, now);) {
      }
      auto end = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                    std::chrono::duration<double>(Work(o, f) * seconds_per_unit));
      std::optional<double> score = Quality(o);
      while (Clock::now() < end) {
        if (Clock::now() > deadline) {
          score.reset();
          break;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
      }
      --running;
      std::lock_guard lock(mutex);
      fractions_by_point[o.ToJson()].insert(f);
      return score;
    };
    return p;
  }
};

TEST(AutotuneTest, FractionsAreThirdsDownToTheSmallestUsefulShare) {
  EXPECT_EQ(AutotuneFractions(1), std::vector<double>({1.0}));
  EXPECT_EQ(AutotuneFractions(0.4), std::vector<double>({1.0}));
  EXPECT_EQ(AutotuneFractions(0.3), std::vector<double>({1.0 / 3, 1.0}));
  EXPECT_EQ(AutotuneFractions(0.05), std::vector<double>({1.0 / 9, 1.0 / 3, 1.0}));
  EXPECT_EQ(AutotuneFractions(0.001), std::vector<double>({1.0 / 9, 1.0 / 3, 1.0}));
}

TEST(AutotuneTest, SearchAndFinalFitsFitTheBudget) {
  Simulation sim;
  AutotuneProblem problem = sim.Problem();
  problem.final_fits = {1.1, 0.9, 0.9, 0.9};  // the final fit and three folds
  AutotuneOptions options;
  options.duration_seconds = 2;
  options.workers = 2;
  options.min_fraction = 0.1;
  FastTextOptions start;
  auto begin = Clock::now();
  AutotuneResult r = Autotune(start, options, problem);
  double search = std::chrono::duration<double>(Clock::now() - begin).count();
  // What the fits after the search would take at the simulated rate (no margin).
  double final_fits = 2 * sim.Work(r.best, 1.1) * sim.seconds_per_unit;
  EXPECT_LE(search + final_fits, options.duration_seconds + 0.3);
  EXPECT_LE(search + r.reserved_seconds, options.duration_seconds + 0.3);
  EXPECT_GT(search, options.duration_seconds / 2);  // and uses most of it
  EXPECT_GT(r.trials.size(), 20u);
  EXPECT_EQ(sim.most_running, 2);  // trials ran side by side on both workers
  EXPECT_EQ(r.fractions, AutotuneFractions(0.1));
  // The start point was trained on the whole split, and the best beats it there.
  double start_score = -1;
  for (const auto& t : r.trials) {
    if (t.options == start && t.fraction == 1.0) start_score = t.score;
  }
  ASSERT_GE(start_score, 0);
  EXPECT_GE(r.best_score, start_score);
  EXPECT_DOUBLE_EQ(r.best_score, Quality(r.best));
  auto log = r.ToJson();
  EXPECT_NE(log.find("\"fraction\""), std::string::npos);
  EXPECT_NE(log.find("\"reserved_seconds\""), std::string::npos);
}

TEST(AutotuneTest, SuccessiveHalvingPromotesOnlyTheBestOfEachRung) {
  Simulation sim;
  AutotuneOptions options;
  options.duration_seconds = 1.5;
  options.workers = 2;
  options.min_fraction = 0.1;
  FastTextOptions start;
  AutotuneResult r = Autotune(start, options, sim.Problem());
  // Each rung trains about a third of the points of the one below, and the points that go on
  // are the better ones (a point's simulated score does not depend on the rung).
  size_t count[3] = {0, 0, 0};
  double quality[3] = {0, 0, 0};  // mean of the points whose largest rung this was
  for (const auto& [point, fractions] : sim.fractions_by_point) {
    if (point == start.ToJson()) continue;  // it skips the races
    for (double f : fractions) count[f == 1.0 ? 2 : f > 0.2 ? 1 : 0]++;
    double largest = *fractions.rbegin();
    quality[largest == 1.0  ? 2
            : largest > 0.2 ? 1
                            : 0] += Quality(FastTextOptions::FromJson(point));
  }
  size_t last[3] = {count[0] - count[1], count[1] - count[2], count[2]};
  ASSERT_GT(last[0], 0u);
  ASSERT_GT(last[1], 0u);
  ASSERT_GT(last[2], 0u);
  EXPECT_GT(count[0], 2 * count[1]);
  EXPECT_GT(count[1], 2 * count[2]);
  EXPECT_LT(quality[0] / last[0], quality[1] / last[1]);
  EXPECT_LT(quality[1] / last[1], quality[2] / last[2]);
  // The best point is the best scored on the whole split.
  for (const auto& t : r.trials) {
    if (t.fraction == 1.0 && !t.stopped) {
      EXPECT_LE(t.score, r.best_score);
    }
  }
}

TEST(AutotuneTest, ATrialThatOverrunsIsStoppedAtItsDeadline) {
  Simulation sim;
  AutotuneProblem problem = sim.Problem();
  // Trials take far longer than the work predicts once the first (the calibration) is done.
  std::atomic<int> calls = 0;
  auto score = problem.score;
  problem.score = [&](const FastTextOptions& o, double f, Clock::time_point deadline) {
    if (calls++ > 0) sim.seconds_per_unit = 1e-3;
    return score(o, f, deadline);
  };
  AutotuneOptions options;
  options.duration_seconds = 1;
  options.workers = 2;
  auto begin = Clock::now();
  AutotuneResult r = Autotune(FastTextOptions{}, options, problem);
  double search = std::chrono::duration<double>(Clock::now() - begin).count();
  EXPECT_LE(search, options.duration_seconds + 0.2);
  bool stopped = false;
  for (const auto& t : r.trials) stopped = stopped || t.stopped;
  EXPECT_TRUE(stopped);
  EXPECT_NE(r.ToJson().find("\"stopped\":true"), std::string::npos);
}

TEST(AutotuneTest, AFailedTrialNeverWins) {
  Simulation sim;
  AutotuneProblem problem = sim.Problem();
  auto score = problem.score;
  problem.score = [&](const FastTextOptions& o, double f, Clock::time_point deadline) {
    std::optional<double> s = score(o, f, deadline);
    return o.lr >= 0.75 && s ? std::optional<double>(-1) : s;  // as if fastText diverged
  };
  AutotuneOptions options;
  options.duration_seconds = 0.5;
  options.workers = 2;
  FastTextOptions start;
  start.lr = 0.2;
  AutotuneResult r = Autotune(start, options, problem);
  int failed = 0;
  for (const auto& t : r.trials) failed += t.failed;
  EXPECT_GT(failed, 0);
  EXPECT_LT(r.best.lr, 0.75);
  EXPECT_NE(r.ToJson().find("\"failed\":true"), std::string::npos);
}

TEST(AutotuneTest, TheSizeCapHoldsForEveryTrial) {
  Simulation sim;
  AutotuneOptions options;
  options.duration_seconds = 0.5;
  options.workers = 2;
  options.max_model_bytes = 200000 * 50 * 4;  // the start point (bucket 200k, dim 50) fits
  AutotuneResult r = Autotune(FastTextOptions{}, options, sim.Problem());
  ASSERT_FALSE(r.trials.empty());
  for (const auto& t : r.trials) EXPECT_LE(t.model_bytes, options.max_model_bytes);
}

TEST(AutotuneTest, NoTimeLeftReturnsTheStartPointUntried) {
  Simulation sim;
  AutotuneOptions options;
  options.duration_seconds = 0;
  FastTextOptions start;
  start.epoch = 7;
  AutotuneResult r = Autotune(start, options, sim.Problem());
  EXPECT_TRUE(r.trials.empty());
  EXPECT_EQ(r.best, start);
  EXPECT_EQ(r.best_score, -1);
}

}  // namespace
}  // namespace liputan
