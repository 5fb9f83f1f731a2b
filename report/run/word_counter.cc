#include "report/run/word_counter.h"

namespace liputan::report {

WordCounter::WordCounter(const AgencyRegistry& registry, const AggregationOptions& options)
    : registry_(registry), options_(options), tokenizer_(render::WordStatsTokenizerOptions()) {}

void WordCounter::Add(const Post& post) {
  if (post.kind == PostKind::kRetweet) return;
  if ((options_.from && post.created_at < *options_.from) ||
      (options_.to && post.created_at >= *options_.to)) {
    return;
  }
  const int index = registry_.Find(post.author_handle);
  if (index < 0 || registry_.agencies()[index].vertical()) return;
  terms_.AddTokens(registry_.agencies()[index].display_handle, tokenizer_.Tokenize(post.text));
}

}  // namespace liputan::report
