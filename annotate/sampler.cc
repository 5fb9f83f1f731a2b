#include "annotate/sampler.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include "annotate/stratum_allocation.h"
#include "common/error.h"
#include "common/hash64.h"

namespace liputan {
namespace {

bool KeyLess(const Candidate& a, const Candidate& b) {
  return std::tie(a.key, a.ordinal) < std::tie(b.key, b.ordinal);
}

bool UncertaintyLess(const Candidate& a, const Candidate& b) {
  const double ma = Margin(a), mb = Margin(b);
  return std::tie(ma, a.key, a.ordinal) < std::tie(mb, b.key, b.ordinal);
}

// Keeps the `limit` least elements of a stream in a max-heap under `less`.
template <typename Less>
void KeepLeast(std::vector<Candidate>& heap, size_t limit, const Candidate& c, Less less) {
  if (limit == 0) return;
  if (heap.size() >= limit) {
    if (!less(c, heap.front())) return;
    std::pop_heap(heap.begin(), heap.end(), less);
    heap.back() = c;
  } else {
    heap.push_back(c);
  }
  std::push_heap(heap.begin(), heap.end(), less);
}

// One hash of a post's word set: equal for copies that differ only in case, punctuation or links.
uint64_t TextHash(const std::string& text) {
  uint64_t h = kFnv1a64LegacyBasis;
  for (uint64_t word : WordSet(text)) h = Fnv1a64Step(h, word);
  return h;
}

// A human reads the suggestion's probability: four decimals are plenty and keep the file tidy.
double Rounded(float p) { return std::round(static_cast<double>(p) * 10000.0) / 10000.0; }

// Mixes validate and teach rows in the ratio of their counts (as a Bresenham line does), so
// that a coder who stops halfway has labeled some of both.
std::vector<AnnotationRow> Interleave(std::vector<AnnotationRow> a, std::vector<AnnotationRow> b) {
  std::vector<AnnotationRow> out;
  const size_t total = a.size() + b.size();
  size_t ia = 0, ib = 0;
  for (size_t i = 0; i < total; ++i) {
    // Take from a while it is behind its share of the first i+1 rows.
    const bool from_a = ib == b.size() || (ia < a.size() && ia * total < (i + 1) * a.size());
    out.push_back(std::move(from_a ? a[ia++] : b[ib++]));
  }
  return out;
}

}  // namespace

SampleStrategy ParseSampleStrategy(const std::string& name) {
  if (name == "validate") return SampleStrategy::kValidate;
  if (name == "teach") return SampleStrategy::kTeach;
  if (name == "mixed") return SampleStrategy::kMixed;
  throw Error(ErrorCode::kUsage, "--strategy must be validate, teach or mixed, not '" + name + "'");
}

Sampler::Sampler(std::vector<std::string> label_sets, SampleOptions options)
    : label_sets_(std::move(label_sets)), options_(options) {
  if (options_.n < 1) throw Error(ErrorCode::kUsage, "-n must be at least 1");
  if (!(options_.teach_share >= 0.0 && options_.teach_share <= 1.0))
    throw Error(ErrorCode::kUsage, "--teach-share must be from 0 to 1");
  if (options_.stratify_set >= label_sets_.size() && !label_sets_.empty())
    throw Error(ErrorCode::kUsage, "the stratify label set is not one of the model's");
  switch (options_.strategy) {
    case SampleStrategy::kValidate:
      validate_n_ = options_.n;
      break;
    case SampleStrategy::kTeach:
      teach_n_ = options_.n;
      break;
    case SampleStrategy::kMixed:
      teach_n_ = std::llround(static_cast<double>(options_.n) * options_.teach_share);
      validate_n_ = options_.n - teach_n_;
      break;
  }
  options_.teach.cap_set = options_.stratify_set;
  // The pool must still hold teach_n_ posts after the validate draw has taken its own from it.
  if (teach_n_ > 0)
    pool_size_ = std::max(options_.pool_factor * std::min<int64_t>(teach_n_, int64_t{1} << 40),
                          options_.min_pool) +
                 std::min<int64_t>(validate_n_, int64_t{1} << 40);  // no overflow for a huge -n
}

std::string Sampler::StratumOf(const Candidate& c) const {
  std::string label;
  if (options_.stratify_set < c.predictions.size())
    label = c.predictions[options_.stratify_set].label;
  return (label.empty() ? "(none)" : label) + "|" + c.agency;
}

void Sampler::Add(Candidate candidate) {
  candidate.key = DrawKey(options_.seed, candidate.id);
  candidate.ordinal = static_cast<uint64_t>(population_++);
  if (validate_n_ > 0) {
    Stratum& stratum = strata_[StratumOf(candidate)];
    ++stratum.size;
    KeepLeast(stratum.smallest, static_cast<size_t>(validate_n_), candidate, KeyLess);
  }
  if (pool_size_ > 0) AddToPool(candidate);
}

void Sampler::AddToPool(const Candidate& candidate) {
  const uint64_t text = TextHash(candidate.text);
  if (pool_texts_.count(text)) {
    if (population_ <= options_.n) copies_.push_back(candidate);
    if (population_ > options_.n && !copies_.empty()) copies_ = {};
    return;
  }
  if (pool_.size() >= static_cast<size_t>(pool_size_)) {
    if (!UncertaintyLess(candidate, pool_.front())) return;
    std::pop_heap(pool_.begin(), pool_.end(), UncertaintyLess);
    pool_texts_.erase(TextHash(pool_.back().text));
    pool_.pop_back();
  }
  pool_.push_back(candidate);
  std::push_heap(pool_.begin(), pool_.end(), UncertaintyLess);
  pool_texts_.insert(text);
}

AnnotationRow Sampler::ToRow(const Candidate& c, const std::string& strategy) const {
  AnnotationRow row;
  row.id = c.id;
  row.agency = c.agency;
  row.created_at = c.created_at;
  row.url = c.url;
  row.text = c.text;
  row.strategy = strategy;
  for (size_t s = 0; s < label_sets_.size(); ++s) {
    const CandidatePrediction& p =
        s < c.predictions.size() ? c.predictions[s] : CandidatePrediction{};
    row.suggested[label_sets_[s]] = p.label;
    row.suggested_p[label_sets_[s]] = p.label.empty() ? 0.0 : Rounded(p.p1);
    row.labels[label_sets_[s]] = "";
  }
  return row;
}

std::vector<std::pair<uint64_t, AnnotationRow>> Sampler::DrawValidate(
    SampleResult& result, std::vector<uint64_t>& taken) {
  std::vector<int64_t> sizes;
  for (const auto& [name, stratum] : strata_) sizes.push_back(stratum.size);
  const std::vector<int64_t> alloc = AllocateStrata(sizes, validate_n_, options_.min_per_stratum);
  std::vector<std::pair<uint64_t, AnnotationRow>> rows;
  size_t h = 0;
  for (auto& [name, stratum] : strata_) {
    const int64_t n_h = alloc[h++];
    ++result.strata;
    if (n_h == 0) ++result.strata_not_drawn;
    std::sort(stratum.smallest.begin(), stratum.smallest.end(), KeyLess);
    for (int64_t i = 0; i < n_h; ++i) {
      const Candidate& c = stratum.smallest[static_cast<size_t>(i)];
      AnnotationRow row = ToRow(c, "validate");
      row.stratum = name;
      row.inclusion_p = static_cast<double>(n_h) / static_cast<double>(stratum.size);
      rows.emplace_back(c.key, std::move(row));
      taken.push_back(c.ordinal);
    }
  }
  // Presented in key order, a random order: no stratum comes first to tire the coder.
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first, a.second.id) < std::tie(b.first, b.second.id);
  });
  return rows;
}

std::vector<AnnotationRow> Sampler::DrawTeach(SampleResult& result,
                                              const std::vector<uint64_t>& taken) {
  const std::set<uint64_t> drawn(taken.begin(), taken.end());
  std::vector<Candidate> pool;
  if (population_ <= options_.n) {  // every post is taken: the copies too
    for (auto& c : copies_) pool_.push_back(std::move(c));
  }
  for (auto& c : pool_)
    if (!drawn.count(c.ordinal)) pool.push_back(std::move(c));
  std::sort(pool.begin(), pool.end(), UncertaintyLess);
  const std::vector<size_t> chosen =
      SelectForTeaching(pool, static_cast<size_t>(teach_n_), options_.teach);
  std::vector<AnnotationRow> rows;
  std::vector<bool> used(pool.size(), false);
  for (size_t i : chosen) {
    rows.push_back(ToRow(pool[i], "teach"));
    used[i] = true;
  }
  const size_t left = pool.size() - chosen.size();
  // When n covers every post, "take all" wins over leaving near-duplicates out.
  const bool take_all = population_ <= options_.n;
  for (size_t i = 0; i < pool.size() && rows.size() < static_cast<size_t>(teach_n_); ++i)
    if (!used[i] && take_all) rows.push_back(ToRow(pool[i], "teach"));
  if (!take_all && chosen.size() < static_cast<size_t>(teach_n_)) result.duplicates_left_out = left;
  return rows;
}

SampleResult Sampler::Finish() {
  SampleResult result;
  result.population = population_;
  result.file.label_sets = label_sets_;
  std::vector<uint64_t> taken;
  std::vector<AnnotationRow> validate;
  if (validate_n_ > 0)
    for (auto& [key, row] : DrawValidate(result, taken)) validate.push_back(std::move(row));
  std::vector<AnnotationRow> teach;
  if (teach_n_ > 0) teach = DrawTeach(result, taken);
  result.validate_rows = static_cast<int64_t>(validate.size());
  result.teach_rows = static_cast<int64_t>(teach.size());
  result.file.rows = Interleave(std::move(validate), std::move(teach));
  return result;
}

}  // namespace liputan
