#include "report/render/word_stats.h"

#include <algorithm>
#include <cmath>

namespace liputan::render {
namespace {

std::vector<TermRow> TopTerms(const std::map<std::string, int64_t>& terms, int64_t total,
                              size_t n) {
  std::vector<TermRow> rows;
  for (const auto& [term, count] : terms) {
    rows.push_back(
        {term, count,
         total > 0 ? 10000.0 * static_cast<double>(count) / static_cast<double>(total) : 0.0});
  }
  std::sort(rows.begin(), rows.end(), [](const TermRow& x, const TermRow& y) {
    return x.count != y.count ? x.count > y.count : x.term < y.term;
  });
  if (rows.size() > n) rows.resize(n);
  return rows;
}

}  // namespace

bool IsCountedTerm(const Token& token) {
  if (token.type != TokenType::kWord && token.type != TokenType::kHashtag) return false;
  if (token.text.size() < 2) return false;
  return !std::all_of(token.text.begin(), token.text.end(),
                      [](char c) { return c >= '0' && c <= '9'; });
}

void TermCounts::AddTokens(const std::string& agency, const std::vector<Token>& tokens) {
  // The agency's maps are found once per post, not once per token, and only when a term counts
  // (an agency appears in counts() only with terms).
  std::map<std::string, int64_t>* terms = nullptr;
  int64_t* total = nullptr;
  for (const Token& token : tokens) {
    if (!IsCountedTerm(token)) continue;
    if (!terms) {
      terms = &counts_[agency];
      total = &totals_[agency];
    }
    ++(*terms)[token.text];
    ++*total;
  }
}

void TermCounts::Add(const std::string& agency, const std::string& term, int64_t count) {
  counts_[agency][term] += count;
  totals_[agency] += count;
}

void TermCounts::Merge(const TermCounts& other) {
  for (const auto& [agency, terms] : other.counts_) {
    for (const auto& [term, count] : terms) Add(agency, term, count);
  }
}

TokenizerOptions WordStatsTokenizerOptions() {
  TokenizerOptions options;
  options.drop_stopwords = true;
  options.drop_punctuation = true;
  return options;
}

double SignedLogLikelihood(int64_t a, int64_t b, int64_t c, int64_t d) {
  if (c <= 0 || d <= 0 || a + b == 0) return 0.0;
  const double n = static_cast<double>(c + d);
  const double e1 = static_cast<double>(c) * static_cast<double>(a + b) / n;
  const double e2 = static_cast<double>(d) * static_cast<double>(a + b) / n;
  double g2 = 0.0;
  if (a > 0) g2 += static_cast<double>(a) * std::log(static_cast<double>(a) / e1);
  if (b > 0) g2 += static_cast<double>(b) * std::log(static_cast<double>(b) / e2);
  g2 *= 2.0;
  const bool under = static_cast<double>(a) * static_cast<double>(d) <
                     static_cast<double>(b) * static_cast<double>(c);
  return under ? -g2 : g2;
}

double LogRatio(int64_t a, int64_t b, int64_t c, int64_t d) {
  if (c <= 0 || d <= 0) return 0.0;
  const double fa = (a > 0 ? static_cast<double>(a) : 0.5) / static_cast<double>(c);
  const double fb = (b > 0 ? static_cast<double>(b) : 0.5) / static_cast<double>(d);
  return std::log2(fa / fb);
}

double ChiSquare1PValue(double statistic) {
  return statistic <= 0.0 ? 1.0 : std::erfc(std::sqrt(statistic / 2.0));
}

std::vector<AgencyTerms> ComputeWordStats(const TermCounts& counts,
                                          const WordStatsOptions& options) {
  std::map<std::string, int64_t> all_terms;
  int64_t all_tokens = 0;
  for (const auto& [agency, terms] : counts.counts()) {
    for (const auto& [term, count] : terms) all_terms[term] += count;
    all_tokens += counts.totals().at(agency);
  }
  std::vector<AgencyTerms> result;
  for (const auto& [agency, terms] : counts.counts()) {
    AgencyTerms stats;
    stats.agency = agency;
    stats.tokens = counts.totals().at(agency);
    stats.top = TopTerms(terms, stats.tokens, options.top_terms);
    const int64_t rest_tokens = all_tokens - stats.tokens;
    for (const auto& [term, count] : terms) {
      const int64_t rest = all_terms[term] - count;
      const double g2 = SignedLogLikelihood(count, rest, stats.tokens, rest_tokens);
      if (rest_tokens <= 0 || count < options.min_count || g2 < options.min_g2) continue;
      stats.keyness.push_back({term, count, rest, g2,
                               LogRatio(count, rest, stats.tokens, rest_tokens),
                               ChiSquare1PValue(g2)});
    }
    std::sort(stats.keyness.begin(), stats.keyness.end(),
              [](const KeynessRow& x, const KeynessRow& y) {
                return x.g2 != y.g2 ? x.g2 > y.g2 : x.term < y.term;
              });
    if (stats.keyness.size() > options.keywords) stats.keyness.resize(options.keywords);
    result.push_back(std::move(stats));
  }
  return result;
}

}  // namespace liputan::render
