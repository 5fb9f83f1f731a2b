#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpora/taxonomy/taxonomy.h"

namespace liputan {

// One labeled tweet of the seed corpus (corpora/seed/seed.tsv) or of the sample pool
// (samples/pool.tsv): see corpora/seed/README.md for the format.
struct SeedExample {
  std::string id;
  std::string split;  // "train" or "test"; empty in the pool, which has no split column
  std::string sektor;
  std::string fungsi;
  std::string voice = "agency";  // "agency" or "citizen"
  std::string text;
  long long line = 0;
};

// Parses the seed TSV format: optional '#' comment lines, a header naming the columns (id, sektor,
// fungsi and text required; split and voice optional; any order), then one tweet per line with no
// quoting. A row with the wrong number of cells, an empty id or text, a repeated id, or a
// split/voice value outside the allowed ones throws liputan::Error(kData) naming source:line.
std::vector<SeedExample> ParseSeedCorpus(const std::string& text, const std::string& source);
std::vector<SeedExample> ReadSeedCorpus(const std::string& path);  // kNoInput when unreadable
// The default models' corpus: every composed genre file (DIR/*.tsv, corpora/seed/genres/) in name
// order, the order the build concatenates them in. kNoInput when DIR holds none.
std::vector<SeedExample> ReadGenreCorpus(const std::string& dir);

// Every sektor and fungsi label of `examples` exists in the taxonomy (problems name source:line).
std::vector<TaxonomyProblem> CheckSeedLabels(const Taxonomy& taxonomy,
                                             const std::vector<SeedExample>& examples,
                                             const std::string& source);

// The near-duplicate rule of the seed corpus: a text's tokens are its maximal runs of ASCII
// letters, digits and non-ASCII bytes, ASCII-lowercased; two texts are near-duplicates when the
// Jaccard similarity of their token sets is >= the threshold (0.8 for the seed corpus).
std::vector<std::string> NearDuplicateTokens(std::string_view text);  // sorted, unique
double TokenJaccard(const std::vector<std::string>& a, const std::vector<std::string>& b);

struct NearDuplicatePair {
  size_t first = 0;  // indexes into the texts given, first < second
  size_t second = 0;
  double jaccard = 0.0;
};
// All pairs at or above `threshold`, in index order. Quadratic with a size filter; fine for the
// few thousand tweets of a seed corpus.
std::vector<NearDuplicatePair> FindNearDuplicates(const std::vector<std::string>& texts,
                                                  double threshold);

}  // namespace liputan
