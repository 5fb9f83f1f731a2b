#include "models/autotune.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

#include "common/parallel_for.h"

namespace liputan {
namespace {

constexpr int kEta = 3;              // successive halving keeps the best third of each rung
constexpr int kMaxRungs = 3;         // the whole split, 1/3 and 1/9 of it
constexpr size_t kMaxTrials = 1000;  // keeps the manifest's search log small on tiny data
// The rate of the slowest of the recent trials is the one planned with: a burst of load on a
// shared machine slows the next plans, not all of them.
constexpr size_t kRateWindow = 16;

size_t PowEta(size_t k) {  // kEta^k
  size_t p = 1;
  while (k-- > 0) p *= kEta;
  return p;
}

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

// Longest-processing-time-first schedule of `seconds` on `workers`: the time until all end.
double Makespan(std::vector<double> seconds, int workers) {
  std::sort(seconds.rbegin(), seconds.rend());
  std::vector<double> load(static_cast<size_t>(std::max(workers, 1)), 0.0);
  for (double s : seconds) *std::min_element(load.begin(), load.end()) += s;
  return *std::max_element(load.begin(), load.end());
}

struct Candidate {
  FastTextOptions options;
  int64_t bytes = 0;
  bool forced = false;  // the start point: skips the lower rungs, always trains on the whole split
  double score = -1;    // at the rung last run
  bool scored = false;
};

class Search {
 public:
  Search(const FastTextOptions& start, const AutotuneOptions& options,
         const AutotuneProblem& problem)
      : start_(start),
        options_(options),
        problem_(problem),
        workers_(std::max(1, options.workers)),
        rng_(static_cast<uint32_t>(options.seed)),
        begin_(AutotuneClock::now()),
        end_(begin_ + Duration(options.duration_seconds)) {
    best_ = start;
    result_.budget_seconds = options.duration_seconds;
    result_.workers = workers_;
    result_.fractions = AutotuneFractions(options.min_fraction);
  }

  AutotuneResult Run();

 private:
  static AutotuneClock::duration Duration(double seconds) {
    return std::chrono::duration_cast<AutotuneClock::duration>(
        std::chrono::duration<double>(std::max(seconds, 0.0)));
  }
  double Elapsed() const {
    return std::chrono::duration<double>(AutotuneClock::now() - begin_).count();
  }
  double Work(const FastTextOptions& o, double fraction) const {
    return std::max(problem_.work(o, fraction), 1e-9);
  }
  double Seconds(const FastTextOptions& o, double fraction) const {
    return rate_ * Work(o, fraction);
  }
  // Predicted time of the fits after the search if `o` wins.
  double Reserve(const FastTextOptions& o) const {
    const auto& fits = problem_.final_fits;
    if (fits.empty()) return 0;
    // A 30% margin: these fits cannot be stopped, and fits side by side slow each other.
    constexpr double kMargin = 1.3;
    if (fits.size() == 1)  // one fit on every worker (hogwild scales well but not perfectly)
      return kMargin * Seconds(o, fits[0]) * std::min(1.0, 1.25 / workers_);
    std::vector<double> seconds;
    for (double f : fits) seconds.push_back(Seconds(o, f));
    return kMargin * Makespan(seconds, workers_);
  }
  // The room the best point so far needs after the search; none until one has a whole-split
  // score (so on a budget too small for the start point's fits, cheaper points still get tried).
  double Kept() const { return best_score_ >= 0 ? Reserve(best_) : 0; }
  // A trial of `o` must end by then, leaving room for the fits after the search whichever of
  // `o` and the best point so far wins.
  AutotuneClock::time_point Deadline(const FastTextOptions& o) const {
    return end_ - Duration(std::max(Reserve(o), Kept()));
  }
  double Left(double reserve) const {
    return std::chrono::duration<double>(end_ - Duration(std::max(reserve, Kept())) -
                                         AutotuneClock::now())
        .count();
  }

  std::vector<Candidate> Draw(size_t n);
  void RunRung(std::vector<Candidate>& rung, double fraction);
  bool RunBracket(bool first);

  FastTextOptions start_;
  AutotuneOptions options_;
  const AutotuneProblem& problem_;
  int workers_;
  std::mt19937 rng_;
  AutotuneClock::time_point begin_, end_;
  FastTextOptions best_;
  double best_score_ = -1;
  double rate_ = 0;  // seconds per unit of work: the slowest of the last kRateWindow trials
  std::deque<double> rates_;
  std::set<std::string> drawn_;
  std::mutex mutex_;
  AutotuneResult result_;
};

std::vector<Candidate> Search::Draw(size_t n) {
  std::vector<Candidate> out;
  for (int attempt = 0; out.size() < n && attempt < 200 * static_cast<int>(n); ++attempt) {
    FastTextOptions o = Move(best_, rng_);
    int64_t bytes = problem_.model_bytes(o);
    if (bytes > options_.max_model_bytes || !drawn_.insert(o.ToJson()).second) continue;
    out.push_back({o, bytes});
  }
  return out;
}

void Search::RunRung(std::vector<Candidate>& rung, double fraction) {
  // Longest first; a trial is started only when the schedule predicts it ends by its deadline.
  std::vector<size_t> order(rung.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return Seconds(rung[a].options, fraction) > Seconds(rung[b].options, fraction);
  });
  std::vector<double> load(static_cast<size_t>(workers_), Elapsed());
  std::vector<size_t> planned;
  std::vector<AutotuneClock::time_point> deadline(rung.size());
  for (auto& c : rung) c.scored = false;
  for (size_t i : order) {
    if (result_.trials.size() + planned.size() >= kMaxTrials) break;
    deadline[i] = Deadline(rung[i].options);
    double& start = *std::min_element(load.begin(), load.end());
    double end = start + Seconds(rung[i].options, fraction);
    if (begin_ + Duration(end) > deadline[i]) continue;
    start = end;
    planned.push_back(i);
  }
  std::vector<AutotuneTrial> trials(planned.size());
  std::vector<char> ran(planned.size(), 0);
  const double rate = rate_;
  ParallelFor(
      planned.size(),
      [&](size_t k) {
        Candidate& c = rung[planned[k]];
        const auto trial_begin = AutotuneClock::now();
        if (trial_begin + Duration(rate * Work(c.options, fraction)) > deadline[planned[k]]) return;
        std::optional<double> score = problem_.score(c.options, fraction, deadline[planned[k]]);
        double seconds = std::chrono::duration<double>(AutotuneClock::now() - trial_begin).count();
        trials[k] = {
            c.options, fraction, score.value_or(-1), seconds, rate * Work(c.options, fraction),
            c.bytes,   !score,   score && *score < 0};
        ran[k] = 1;
        c.score = score.value_or(-1);
        c.scored = score.has_value();
        std::lock_guard lock(mutex_);
        // A stopped trial's rate is at least what it spent.
        rates_.push_back(seconds / Work(c.options, fraction));
        if (rates_.size() > kRateWindow) rates_.pop_front();
        rate_ = *std::max_element(rates_.begin(), rates_.end());
      },
      static_cast<unsigned>(workers_));
  for (size_t k = 0; k < planned.size(); ++k) {
    if (ran[k]) result_.trials.push_back(trials[k]);
  }
}

// One successive-halving bracket; false when nothing fits the time left.
bool Search::RunBracket(bool first) {
  const auto& fractions = result_.fractions;
  const size_t most = static_cast<size_t>(workers_) * PowEta(fractions.size() - 1);
  std::vector<Candidate> pool = Draw(most);
  // Only points whose trial on the whole split still fits the time left can win.
  std::erase_if(
      pool, [&](const Candidate& c) { return Seconds(c.options, 1.0) > Left(Reserve(c.options)); });
  if (first) pool.insert(pool.begin(), Candidate{start_, problem_.model_bytes(start_), true});
  if (pool.empty()) return false;
  // As many rungs as the time left allows: each rung of R costs about one trial on the whole
  // split per worker (n_r = workers * 3^(R-1-r) points on 1/3^(R-1-r) of the data).
  for (size_t rungs = fractions.size(); rungs >= 1; --rungs) {
    size_t n = std::min(pool.size(), static_cast<size_t>(workers_) * PowEta(rungs - 1));
    double mean = 0, reserve = 0;
    for (size_t i = 0; i < n; ++i) {
      mean += Seconds(pool[i].options, 1.0) / n;
      reserve += Reserve(pool[i].options) / n;
    }
    double wall = 0;
    for (size_t r = 0; r < rungs; ++r) {
      double f = fractions[fractions.size() - rungs + r];
      size_t in_rung = std::max<size_t>(1, n / PowEta(r));
      wall += std::ceil(static_cast<double>(in_rung) / workers_) * mean * f;
    }
    if (rungs > 1 && wall > Left(reserve)) continue;
    const size_t trials_before = result_.trials.size();
    std::vector<Candidate> rung(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(n));
    for (size_t r = 0; r < rungs && !rung.empty(); ++r) {
      double f = fractions[fractions.size() - rungs + r];
      bool top = r + 1 == rungs;
      std::vector<Candidate> racing, forced;
      for (auto& c : rung) (c.forced && !top ? forced : racing).push_back(c);
      RunRung(racing, f);
      if (top) {
        for (const auto& c : racing) {
          if (c.scored && c.score > best_score_) {
            best_score_ = c.score;
            best_ = c.options;
          }
        }
        break;
      }
      // The best third goes on (at least one), the start point always.
      std::stable_sort(racing.begin(), racing.end(), [](const Candidate& a, const Candidate& b) {
        return a.scored != b.scored ? a.scored : a.score > b.score;
      });
      size_t keep = (racing.size() + kEta - 1) / kEta;
      while (keep > 0 && !racing[keep - 1].scored) --keep;
      racing.resize(keep);
      rung = forced;
      rung.insert(rung.end(), racing.begin(), racing.end());
    }
    return result_.trials.size() > trials_before && result_.trials.size() < kMaxTrials;
  }
  return false;
}

AutotuneResult Search::Run() {
  // Calibration: the start point (or, over the size cap, a first move) alone on the smallest
  // rung gives the first rate. The first bracket then trains the start point on the whole split.
  bool start_fits = problem_.model_bytes(start_) <= options_.max_model_bytes;
  std::vector<Candidate> calibration;
  if (start_fits) {
    drawn_.insert(start_.ToJson());
    calibration.push_back({start_, problem_.model_bytes(start_)});
  } else {
    calibration = Draw(1);
  }
  if (!calibration.empty()) RunRung(calibration, result_.fractions.front());
  if (!calibration.empty() && calibration[0].scored) {
    bool first = start_fits;
    if (result_.fractions.front() == 1.0) {  // the calibration was a whole trial
      best_score_ = calibration[0].score;
      best_ = calibration[0].options;
      first = false;
    }
    while (Elapsed() < options_.duration_seconds && RunBracket(first)) first = false;
  }
  result_.best = best_;
  result_.best_score = best_score_;
  result_.search_seconds = Elapsed();
  result_.reserved_seconds = Reserve(best_);
  return result_;
}

}  // namespace

std::vector<double> AutotuneFractions(double min_fraction) {
  std::vector<double> out = {1.0};
  while (static_cast<int>(out.size()) < kMaxRungs && out.front() / kEta >= min_fraction - 1e-9)
    out.insert(out.begin(), out.front() / kEta);
  return out;
}

AutotuneResult Autotune(const FastTextOptions& start, const AutotuneOptions& options,
                        const AutotuneProblem& problem) {
  return Search(start, options, problem).Run();
}

std::string AutotuneResult::ToJson() const {
  nlohmann::ordered_json j;
  j["best"] = nlohmann::ordered_json::parse(best.ToJson());
  j["best_score"] = best_score;
  j["budget_seconds"] = budget_seconds;
  j["workers"] = workers;
  j["fractions"] = fractions;
  j["search_seconds"] = search_seconds;
  j["reserved_seconds"] = reserved_seconds;
  j["final_seconds"] = final_seconds;
  j["fits"] = {{"trials", trials.size()},
               {"cross_validation", cross_validation_fits},
               {"final", final_seconds >= 0 ? 1 : 0},
               {"total", total_fits}};
  j["trials"] = nlohmann::ordered_json::array();
  for (const auto& t : trials) {
    nlohmann::ordered_json trial = {{"options", nlohmann::ordered_json::parse(t.options.ToJson())},
                                    {"fraction", t.fraction},
                                    {"score", t.score},
                                    {"seconds", t.seconds},
                                    {"predicted_seconds", t.predicted_seconds},
                                    {"model_bytes", t.model_bytes}};
    if (t.stopped) trial["stopped"] = true;
    if (t.failed) trial["failed"] = true;
    j["trials"].push_back(trial);
  }
  return j.dump();
}

}  // namespace liputan
