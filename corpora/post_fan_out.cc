#include "corpora/post_fan_out.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace liputan {
namespace {

struct Batch {
  std::vector<Post> posts;
  size_t size = 0;  // posts[0, size) hold this round's posts
};

// A ring of `depth` batches written by one producer and read, in order, by every consumer: slot
// `produced_ % depth` is written only once every consumer has released it.
class BatchRing {
 public:
  BatchRing(size_t depth, size_t batch_posts, size_t consumers)
      : slots_(std::max<size_t>(depth, 1)), consumed_(consumers, 0) {
    for (Batch& slot : slots_) slot.posts.resize(std::max<size_t>(batch_posts, 1));
  }

  // The next slot to fill, or nullptr once stopped.
  Batch* WaitFree() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return stopped_ || produced_ - SlowestLocked() < slots_.size(); });
    return stopped_ ? nullptr : &slots_[produced_ % slots_.size()];
  }
  void Publish() {
    Update([&] { ++produced_; });
  }
  void Finish() {
    Update([&] { finished_ = true; });
  }
  void Stop() {
    Update([&] { stopped_ = true; });
  }

  // Consumer `c`'s next batch, or nullptr after the last one or once stopped.
  const Batch* WaitFilled(size_t c) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return stopped_ || finished_ || consumed_[c] < produced_; });
    if (stopped_ || consumed_[c] == produced_) return nullptr;
    return &slots_[consumed_[c] % slots_.size()];
  }
  void Release(size_t c) {
    Update([&] { ++consumed_[c]; });
  }

 private:
  template <typename Change>
  void Update(Change change) {
    {
      std::lock_guard lock(mutex_);
      change();
    }
    changed_.notify_all();
  }
  size_t SlowestLocked() const {
    return consumed_.empty() ? produced_ : *std::min_element(consumed_.begin(), consumed_.end());
  }

  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<Batch> slots_;
  size_t produced_ = 0;
  std::vector<size_t> consumed_;
  bool finished_ = false, stopped_ = false;
};

void Consume(BatchRing& ring, size_t c, const std::function<void(const Post&)>& consumer) {
  while (const Batch* batch = ring.WaitFilled(c)) {
    for (size_t i = 0; i < batch->size; ++i) consumer(batch->posts[i]);
    ring.Release(c);
  }
}

void Produce(BatchRing& ring, const std::function<bool(Post&)>& next) {
  bool more = true;
  while (more) {
    Batch* batch = ring.WaitFree();
    if (!batch) return;
    batch->size = 0;
    while (batch->size < batch->posts.size() && (more = next(batch->posts[batch->size])))
      ++batch->size;
    if (batch->size > 0) ring.Publish();
  }
  ring.Finish();
}

}  // namespace

void FanOutPosts(const std::function<bool(Post&)>& next,
                 const std::vector<std::function<void(const Post&)>>& consumers,
                 const FanOutOptions& options) {
  BatchRing ring(options.depth, options.batch_posts, consumers.size());
  std::vector<std::exception_ptr> errors(consumers.size() + 1);  // [0]: the reader's
  std::vector<std::thread> threads;
  try {
    for (size_t c = 0; c < consumers.size(); ++c) {
      threads.emplace_back([&, c] {
        try {
          Consume(ring, c, consumers[c]);
        } catch (...) {
          errors[c + 1] = std::current_exception();
          ring.Stop();
        }
      });
    }
    Produce(ring, next);
  } catch (...) {  // from `next`, or a thread that could not be started
    errors[0] = std::current_exception();
    ring.Stop();
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::exception_ptr& error : errors) {
    if (error) std::rethrow_exception(error);
  }
}

}  // namespace liputan
