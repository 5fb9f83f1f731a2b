#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "corpora/seed/seed_corpus.h"
#include "samples/agency_profiles.h"
#include "samples/sample_rng.h"

namespace liputan::samples {

// The content a generator run may use: test-split and pool rows, grouped by (sektor, fungsi) and
// by voice and form, each group shuffled once so draws without replacement are reproducible.
class ContentPool {
 public:
  ContentPool(std::vector<SeedExample> rows, const std::set<std::string>& isolated, Rng& rng);

  // Draws a row for an agency with the given weights; nullopt when nothing suitable is left.
  std::optional<SeedExample> Draw(const Profile& p, bool reply, Rng& rng);

  const SeedExample& Citizen(size_t i) const { return citizen_[i % citizen_.size()]; }
  bool HasCitizens() const { return !citizen_.empty(); }

 private:
  struct Bucket {
    std::vector<SeedExample> plain, with_mentions;
    size_t Available(bool isolated) const {
      return plain.size() + (isolated ? 0 : with_mentions.size());
    }
    // Prefers rows mentioning other agencies while they are at least a third as many as the
    // plain ones, so the network has edges without every post being a mention.
    SeedExample Take(bool isolated);
  };
  std::map<std::string, Bucket> originals_, replies_;
  std::vector<SeedExample> citizen_;
};

}  // namespace liputan::samples
