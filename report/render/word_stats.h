#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "report/render/report_view.h"
#include "tokenizer/token.h"
#include "tokenizer/tokenizer_options.h"

namespace liputan::render {

// Word statistics per agency, as NVivo/AntConc users expect them: frequent terms and keywords
// (terms an agency uses markedly more than the other agencies together).
//
// Counts come from our tokenizer with stopwords and punctuation removed; a term is a word or a
// hashtag token of at least two characters that is not all digits. Counts are mergeable like the
// rest of the report state (sum per agency and term).
// Whether a token counts as a term: a word or hashtag of at least two bytes, not all digits.
bool IsCountedTerm(const Token& token);

class TermCounts {
 public:
  void AddTokens(const std::string& agency, const std::vector<Token>& tokens);
  void Add(const std::string& agency, const std::string& term, int64_t count = 1);
  void Merge(const TermCounts& other);

  // agency → term → count, and agency → total counted terms.
  const std::map<std::string, std::map<std::string, int64_t>>& counts() const { return counts_; }
  const std::map<std::string, int64_t>& totals() const { return totals_; }

 private:
  std::map<std::string, std::map<std::string, int64_t>> counts_;
  std::map<std::string, int64_t> totals_;
};

// The tokenizer settings the counts assume: stopwords and punctuation dropped, no stemming.
TokenizerOptions WordStatsTokenizerOptions();

struct WordStatsOptions {
  size_t top_terms = 20;  // most frequent terms listed per agency
  size_t keywords = 15;   // keywords listed per agency
  int64_t min_count = 3;  // a keyword occurs at least this often in the agency
  double min_g2 = 10.83;  // G² critical value for p < 0.001 with 1 df (Rayson & Garside 2000)
};

// Log-likelihood G² of a term used `a` times in a corpus of `c` tokens and `b` times in a
// reference of `d` tokens (Rayson & Garside 2000), signed negative when the term is relatively
// rarer in the first corpus. Zero counts contribute nothing to the sum.
double SignedLogLikelihood(int64_t a, int64_t b, int64_t c, int64_t d);
// Hardie's (2014) log ratio: log2 of the ratio of relative frequencies, with 0.5 standing in for a
// zero count so the effect size stays finite. 1 = twice as frequent; 0 = equally frequent.
double LogRatio(int64_t a, int64_t b, int64_t c, int64_t d);
// Upper tail of the chi-square distribution with 1 degree of freedom.
double ChiSquare1PValue(double statistic);

// Top terms and keywords (each agency against all other agencies together) for every agency
// with counts. Keywords are over-used terms with count ≥ min_count and G² ≥ min_g2, ordered by
// G² (ties: term). With a single agency there is no reference corpus, so no keywords.
std::vector<AgencyTerms> ComputeWordStats(const TermCounts& counts,
                                          const WordStatsOptions& options = {});

}  // namespace liputan::render
