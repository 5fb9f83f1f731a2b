#include "bench/annotate/coverage_simulation.h"

#include <map>
#include <random>
#include <string>

#include "annotate/sampler.h"
#include "report/validation_estimate.h"

namespace liputan::bench {

namespace {

const std::vector<std::string> kLabels = {"a", "b", "c", "d", "e", "f"};

struct Post {
  std::string id, agency;
  int truth = 0, predicted = 0;
};

// Index drawn from unnormalised weights.
int Draw(std::mt19937_64& rng, const std::vector<double>& weights) {
  std::discrete_distribution<int> d(weights.begin(), weights.end());
  return d(rng);
}

// The classifier's confusion: row t gives P(predicted | true t). Rarer labels are recognised less
// often, and errors go mostly to the neighbouring labels and the most common one.
std::vector<double> ConfusionRow(int t) {
  const int k = static_cast<int>(kLabels.size());
  std::vector<double> row(k, 0.02);
  row[t] = 0.80 - 0.04 * t;
  row[(t + 1) % k] += 0.08;
  row[0] += t == 0 ? 0 : 0.06;
  return row;
}

std::vector<Post> MakePopulation(const CoverageOptions& o) {
  std::mt19937_64 rng(o.population_seed);
  const std::vector<double> agency_size = {0.4, 0.25, 0.15, 0.12, 0.08};
  const std::vector<double> prevalence = {0.35, 0.25, 0.15, 0.12, 0.08, 0.05};
  std::vector<Post> posts;
  for (int64_t i = 0; i < o.population; ++i) {
    const int agency = Draw(rng, agency_size);
    std::vector<double> mix = prevalence;
    mix[agency % mix.size()] *= 3;  // each agency leans to one subject
    Post p{"p" + std::to_string(i), "agency" + std::to_string(agency), Draw(rng, mix), 0};
    p.predicted = Draw(rng, ConfusionRow(p.truth));
    posts.push_back(std::move(p));
  }
  return posts;
}

double PopulationMacroF1(const std::vector<Post>& posts) {
  std::vector<report::ValidationItem> items;
  for (const Post& p : posts) items.push_back({p.truth, p.predicted, 1.0, ""});
  report::ValidationEstimateOptions none;
  none.bootstrap_replicates = 0;
  return report::EstimateValidation(kLabels, items, none).macro_f1;
}

// One `validate` sample through the real sampler, as estimator items.
std::vector<report::ValidationItem> DrawSample(const std::vector<Post>& posts, int64_t n,
                                               uint64_t seed) {
  SampleOptions options;
  options.strategy = SampleStrategy::kValidate;
  options.n = n;
  options.seed = seed;
  Sampler sampler({"sektor"}, options);
  std::map<std::string, const Post*> by_id;
  for (const Post& p : posts) {
    Candidate c;
    c.id = p.id;
    c.agency = p.agency;
    c.text = p.id;
    c.predictions = {{kLabels[p.predicted], 0.9f, 0.05f}};
    sampler.Add(std::move(c));
    by_id[p.id] = &p;
  }
  std::vector<report::ValidationItem> items;
  for (const AnnotationRow& row : sampler.Finish().file.rows) {
    const Post& p = *by_id.at(row.id);
    items.push_back({p.truth, p.predicted, 1.0 / row.inclusion_p, row.stratum});
  }
  return items;
}

}  // namespace

CoverageResult MeasureCoverage(const CoverageOptions& o) {
  const std::vector<Post> posts = MakePopulation(o);
  CoverageResult r;
  r.true_macro_f1 = PopulationMacroF1(posts);
  report::ValidationEstimateOptions estimate;
  estimate.bootstrap_replicates = o.bootstrap_replicates;
  for (int rep = 0; rep < o.repeats; ++rep) {
    estimate.seed = 1000 + rep;
    const auto items = DrawSample(posts, o.sample_size, 1 + rep);
    const report::ValidationEstimate e = report::EstimateValidation(kLabels, items, estimate);
    const report::ValidationInterval i = *e.macro_f1_interval;
    r.covered += i.low <= r.true_macro_f1 && r.true_macro_f1 <= i.high ? 1 : 0;
    r.mean_estimate += e.macro_f1 / o.repeats;
    r.mean_width += (i.high - i.low) / o.repeats;
    ++r.repeats;
  }
  return r;
}

}  // namespace liputan::bench
