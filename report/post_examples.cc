#include "report/post_examples.h"

#include <algorithm>

namespace liputan::report {

bool IdLess(std::string_view a, std::string_view b) {
  return a.size() != b.size() ? a.size() < b.size() : a < b;
}

bool RanksBefore(const PostExample& a, const PostExample& b) {
  if (a.probability != b.probability) return a.probability > b.probability;
  if (a.id != b.id) return IdLess(a.id, b.id);
  if (a.created_at != b.created_at) return a.created_at < b.created_at;
  return a.text < b.text;
}

bool TopExamples::MayEnter(int64_t probability, std::string_view id, size_t k) const {
  if (k == 0) return false;
  if (posts_.size() < k) return true;
  const PostExample& last = posts_.back();
  if (probability != last.probability) return probability > last.probability;
  return !IdLess(last.id, id);  // a tie with the last one on (probability, id) is judged in full
}

void TopExamples::Insert(PostExample example, size_t k) {
  if (k == 0) return;
  // A post seen twice (the same post in two shards) is one example: its best reading.
  const auto same = std::find_if(posts_.begin(), posts_.end(),
                                 [&](const PostExample& p) { return p.id == example.id; });
  if (same != posts_.end()) {
    if (!RanksBefore(example, *same)) return;
    posts_.erase(same);
  }
  const auto at = std::upper_bound(posts_.begin(), posts_.end(), example, RanksBefore);
  if (static_cast<size_t>(at - posts_.begin()) >= k) return;
  posts_.insert(at, std::move(example));
  Truncate(k);
}

void TopExamples::Truncate(size_t k) {
  if (posts_.size() > k) posts_.resize(k);
}

}  // namespace liputan::report
