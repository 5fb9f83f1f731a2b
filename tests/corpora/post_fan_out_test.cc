#include "corpora/post_fan_out.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>

namespace liputan {
namespace {

// A source of `n` posts with ids "0".."n-1"; like PostReader it overwrites the post it is given.
std::function<bool(Post&)> Numbered(int n, std::atomic<int>* read = nullptr) {
  auto i = std::make_shared<int>(0);
  return [=](Post& post) {
    if (*i == n) return false;
    post = Post{};
    post.id = std::to_string((*i)++);
    post.text = std::string(static_cast<size_t>(*i % 50), 'x');
    if (read) ++*read;
    return true;
  };
}

TEST(PostFanOutTest, EveryConsumerSeesEveryPostInOrder) {
  // Small batches and a shallow ring, so the reader laps the ring many times and must wait for
  // the slower consumer: a slot reused too early would show as a skipped or repeated id.
  std::vector<std::string> first, second;
  size_t text_bytes = 0;
  FanOutPosts(Numbered(10007),
              {[&](const Post& p) { first.push_back(p.id); },
               [&](const Post& p) {
                 second.push_back(p.id);
                 text_bytes += p.text.size();
               }},
              {.batch_posts = 7, .depth = 3});
  ASSERT_EQ(first.size(), 10007u);
  ASSERT_EQ(second, first);
  size_t expected_bytes = 0;
  for (int i = 0; i < 10007; ++i) {
    ASSERT_EQ(first[static_cast<size_t>(i)], std::to_string(i));
    expected_bytes += static_cast<size_t>((i + 1) % 50);
  }
  EXPECT_EQ(text_bytes, expected_bytes);
}

TEST(PostFanOutTest, EmptyInputAndNoConsumers) {
  int seen = 0;
  FanOutPosts(Numbered(0), {[&](const Post&) { ++seen; }});
  EXPECT_EQ(seen, 0);
  std::atomic<int> read = 0;
  FanOutPosts(Numbered(1000, &read), {});
  EXPECT_EQ(read, 1000);  // still drained: reading may have effects (diagnostics, counts)
}

TEST(PostFanOutTest, ConsumerErrorStopsTheReaderAndIsRethrown) {
  std::atomic<int> read = 0;
  int other = 0;
  auto failing = [](const Post& p) {
    if (p.id == "500") throw std::runtime_error("consumer failed at 500");
  };
  try {
    FanOutPosts(Numbered(1000000, &read), {[&](const Post&) { ++other; }, failing},
                {.batch_posts = 10, .depth = 4});
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "consumer failed at 500");
  }
  // The reader stopped within a ring's worth of batches, not at the end of the input.
  EXPECT_LT(read, 1000);
  EXPECT_LT(other, 1000);
}

TEST(PostFanOutTest, ReaderErrorIsRethrownAfterConsumersEnd) {
  auto source = Numbered(100000);
  int calls = 0;
  auto failing_reader = [&](Post& post) {
    if (++calls == 3000) throw std::runtime_error("bad record at line 3000");
    return source(post);
  };
  int seen = 0;
  EXPECT_THROW(FanOutPosts(failing_reader, {[&](const Post&) { ++seen; }}), std::runtime_error);
  EXPECT_LT(seen, 3000);
}

}  // namespace
}  // namespace liputan
