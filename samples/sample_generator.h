#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace liputan {

// What `liputan samples` generates: twarc2-shaped archives of the fictional agencies of Kabupaten
// Rancaweni, built from the seed corpus's test split and the sample pool (never the training
// split), with every post's true labels beside them. See samples/README.md. The default inputs
// are compiled in (samples/CMakeLists.txt), so the executable needs no source tree.
struct SampleOptions {
  uint64_t seed = 20261128;          // same seed and inputs → byte-identical output
  std::string seed_corpus;           // empty: the built-in corpora/seed/seed.tsv
  std::string pool;                  // empty: the built-in samples/pool.tsv
  std::string agencies;              // empty: the built-in samples/agencies.csv
  std::string start = "2025-11-01";  // first day of the period (UTC)
  int months = 12;                   // length of the period, 30.44 days each
  int page_size = 100;               // tweets per JSONL line (one API page)
};

struct AgencySampleStats {
  std::string handle;
  int64_t followers = 0;
  int originals = 0;
  int replies = 0;
  int retweets = 0;
  int quotes = 0;
  int total() const { return originals + replies + retweets + quotes; }
};

// The generated files, by name: "<handle>.jsonl" per agency, "truth.csv" (id, handle, kind,
// sektor, fungsi for every post) and "agencies.csv" (the registry, copied).
struct SampleArchive {
  std::map<std::string, std::string> files;
  std::vector<AgencySampleStats> stats;  // in registry order
  int total_posts() const;
};

// Builds the archives in memory. Missing inputs throw Error(kNoInput); a malformed registry or
// corpus throws Error(kData) naming file:line; an agency in the registry without a built-in
// generation profile, or a period outside 1..120 months, throws Error(kUsage).
SampleArchive GenerateSamples(const SampleOptions& options);

// Writes every file of `archive` into `dir` (created if missing), each one atomically.
void WriteSampleArchive(const SampleArchive& archive, const std::string& dir);

}  // namespace liputan
