#pragma once

#include "corpora/post.h"
#include "report/agency_registry.h"
#include "report/render/word_stats.h"
#include "report/report_state.h"
#include "tokenizer/tokenizer.h"

namespace liputan::report {

// Word statistics (docs/html-report.md): the text of each registry agency's own posts (not its
// retweets, whose words are someone else's), within the period, keyed by the registry's handle as
// report.json writes it.
class WordCounter {
 public:
  WordCounter(const AgencyRegistry& registry, const AggregationOptions& options);

  void Add(const Post& post);
  const render::TermCounts& terms() const { return terms_; }

 private:
  const AgencyRegistry& registry_;
  AggregationOptions options_;
  Tokenizer tokenizer_;
  render::TermCounts terms_;
};

}  // namespace liputan::report
