#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "corpora/post.h"

namespace liputan {

struct FanOutOptions {
  size_t batch_posts = 256;  // posts handed over at a time: one lock per batch, not per post
  size_t depth = 8;          // batches in flight; bounds memory (depth × batch_posts posts)
};

// Reads posts with `next` on the calling thread and hands every post, in input order, to every
// consumer, each consumer on a thread of its own, so that reading (JSON parsing) and what is done
// with the posts (aggregating, counting words) overlap instead of adding up. The posts live in a
// ring of reused batches, so a post's strings keep their capacity and reading stays free of
// allocation. Consumers see a post only once every earlier post was handed to them, and never
// concurrently with `next` writing it.
//
// An exception from `next` or from a consumer stops everything (the reader stops at its next
// batch, the other consumers at theirs) and is rethrown here once every thread has ended; when
// several fail, the reader's exception wins, then the first consumer's in argument order.
void FanOutPosts(const std::function<bool(Post&)>& next,
                 const std::vector<std::function<void(const Post&)>>& consumers,
                 const FanOutOptions& options = {});

}  // namespace liputan
