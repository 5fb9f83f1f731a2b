#include "report/post_id_set.h"

#include <algorithm>

namespace liputan::report {

void PostIdSet::Compact() const {
  if (sorted_ == keys_.size()) return;
  const auto middle = keys_.begin() + static_cast<std::ptrdiff_t>(sorted_);
  std::sort(middle, keys_.end());
  std::inplace_merge(keys_.begin(), middle, keys_.end());
  keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
  sorted_ = keys_.size();
}

void PostIdSet::Merge(const PostIdSet& other) {
  const std::vector<uint64_t>& more = other.keys();
  keys_.insert(keys_.end(), more.begin(), more.end());
  Compact();
}

}  // namespace liputan::report
