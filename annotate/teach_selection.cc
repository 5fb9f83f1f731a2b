#include "annotate/teach_selection.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <string>

#include "common/hash64.h"

namespace liputan {
namespace {

bool IsSeparator(unsigned char c) {
  return c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

uint64_t HashWord(std::string_view word) {
  uint64_t h = kFnv1a64LegacyBasis;
  for (unsigned char c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    h = Fnv1a64Step(h, c);
  }
  return h;
}

// The index of each candidate's predicted label of `set` in a dense numbering, and the count.
std::vector<size_t> LabelIndices(const std::vector<Candidate>& pool, size_t set, size_t& labels) {
  std::map<std::string, size_t> ids;
  std::vector<size_t> out;
  for (const auto& c : pool) {
    const std::string label = set < c.predictions.size() ? c.predictions[set].label : "";
    out.push_back(ids.emplace(label, ids.size()).first->second);
  }
  labels = ids.size();
  return out;
}

struct Greedy {
  const std::vector<Candidate>& pool;
  const TeachOptions& options;
  std::vector<std::vector<uint64_t>> words;
  std::vector<double> margin, likeness;  // likeness: max Jaccard with a chosen post
  std::vector<bool> taken;

  // The best candidate not taken and not a near-duplicate, among those whose label is under the
  // cap when `capped`; pool.size() when none.
  size_t Best(const std::vector<size_t>& label, const std::vector<size_t>& used, size_t cap,
              bool capped) const {
    size_t best = pool.size();
    double best_score = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < pool.size(); ++i) {
      if (taken[i] || likeness[i] >= options.duplicate_jaccard) continue;
      if (capped && used[label[i]] >= cap) continue;
      const double score = margin[i] + options.diversity_weight * likeness[i];
      if (score < best_score) best = i, best_score = score;  // ties: the earlier (pool order)
    }
    return best;
  }

  void Take(size_t chosen) {
    taken[chosen] = true;
    for (size_t i = 0; i < pool.size(); ++i) {
      if (!taken[i]) likeness[i] = std::max(likeness[i], Jaccard(words[i], words[chosen]));
    }
  }
};

}  // namespace

std::vector<uint64_t> WordSet(std::string_view text) {
  std::vector<uint64_t> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t') ++end;
    std::string_view chunk = text.substr(i, end - i);
    i = end;
    if (chunk.rfind("http", 0) == 0) continue;
    size_t w = 0;
    while (w < chunk.size()) {
      while (w < chunk.size() && IsSeparator(chunk[w])) ++w;
      size_t stop = w;
      while (stop < chunk.size() && !IsSeparator(chunk[stop])) ++stop;
      if (stop > w) out.push_back(HashWord(chunk.substr(w, stop - w)));
      w = stop;
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 0.0;
  size_t common = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j])
      ++common, ++i, ++j;
    else if (a[i] < b[j])
      ++i;
    else
      ++j;
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

std::vector<size_t> SelectForTeaching(const std::vector<Candidate>& pool, size_t n,
                                      const TeachOptions& options) {
  Greedy g{pool,
           options,
           {},
           {},
           std::vector<double>(pool.size(), 0.0),
           std::vector<bool>(pool.size(), false)};
  for (const auto& c : pool) {
    g.words.push_back(WordSet(c.text));
    g.margin.push_back(Margin(c));
  }
  size_t label_count = 0;
  const std::vector<size_t> label = LabelIndices(pool, options.cap_set, label_count);
  const size_t even_share =
      (n + std::max<size_t>(label_count, 1) - 1) / std::max<size_t>(label_count, 1);
  const size_t cap = std::max<size_t>(
      1,
      static_cast<size_t>(std::ceil(options.label_cap_factor * static_cast<double>(even_share))));
  std::vector<size_t> used(label_count, 0), chosen;
  while (chosen.size() < n) {
    size_t best = g.Best(label, used, cap, true);
    if (best == pool.size()) best = g.Best(label, used, cap, false);
    if (best == pool.size()) break;
    g.Take(best);
    ++used[label[best]];
    chosen.push_back(best);
  }
  return chosen;
}

}  // namespace liputan
