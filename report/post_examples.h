#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace liputan::report {

// The examples kept per agency, label set and label unless `--examples` says otherwise.
inline constexpr int kDefaultExamplesPerLabel = 3;
// More would make report.html a book: 500 agencies × 20 labels × K texts.
inline constexpr int kMaxExamplesPerLabel = 100;

// A post quoted in the report as an example of its top label: the one place the report keeps
// post text (docs/report.md "Example posts"). `probability` is the top label's probability in
// the state's fixed point (kProbabilityScale), so ranks compare integers and merge exactly.
struct PostExample {
  std::string id;
  int64_t created_at = 0;
  int64_t probability = 0;
  std::string text;

  bool operator==(const PostExample&) const = default;
};

// Ids in ascending order: shorter first, then bytewise, which for decimal ids without leading
// zeros (every tweet id) is their numeric order, and a total order on any other ids.
bool IdLess(std::string_view a, std::string_view b);

// The example order: higher probability first, then the lesser id, then (for the same post read
// twice with different data, which only a broken input has) the earlier time and the lesser
// text, so that the order is total and does not depend on the order posts arrive in.
bool RanksBefore(const PostExample& a, const PostExample& b);

// The best K examples of one label, best first, at most one per post id. Inserting posts one at
// a time, or merging the lists of shards, gives the same list: the top K of the union.
class TopExamples {
 public:
  // Whether a post of this probability and id could enter a list of `k`: the cheap test made
  // before its text is copied.
  bool MayEnter(int64_t probability, std::string_view id, size_t k) const;
  // Adds `example` when it ranks among the best `k`; an example of an id already held replaces
  // it only when it ranks before it.
  void Insert(PostExample example, size_t k);
  void Truncate(size_t k);
  const std::vector<PostExample>& posts() const { return posts_; }
  bool empty() const { return posts_.empty(); }

  bool operator==(const TopExamples&) const = default;

 private:
  std::vector<PostExample> posts_;
};

}  // namespace liputan::report
