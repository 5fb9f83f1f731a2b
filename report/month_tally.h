#pragma once

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <deque>
#include <optional>
#include <utility>
#include <vector>

#include "report/count_histogram.h"
#include "report/engagement_metrics.h"
#include "report/post_id_set.h"

// The report state's storage per agency and month, with labels as ids of the state's label
// tables. Internal to report/: ReportState aggregates into it and the state reader fills it;
// report_state.h only forward-declares it, so no user of the state sees its layout.
namespace liputan::report {

// A label set's tallies by label id (ids from the state's label table): the posts whose top label
// it was and the fixed-point sum of its probabilities, side by side so that a post's labels touch
// one vector per set. Each is present once anything was added to it, even zero, as with a map.
struct LabelCounts {
  static constexpr int64_t kAbsent = INT64_MIN;  // nothing added
  struct Entry {
    int64_t posts = kAbsent;
    int64_t probability = kAbsent;
  };
  using Field = int64_t Entry::*;  // &Entry::posts or &Entry::probability
  std::vector<Entry> value;

  // The entry of label `id`. `known`, when given, is the size of the label table (every id is
  // below it): the vector then grows once to hold every label so far, not once for each higher
  // id a post brings.
  Entry& At(uint32_t id, size_t known = 0) {
    if (value.size() <= id) value.resize(std::max<size_t>(id + 1, known));
    return value[id];
  }
  static void Add(int64_t& into, int64_t amount) { into = (into == kAbsent ? 0 : into) + amount; }
};

// The aggregation unit: one local agency in one calendar month, labels and handles as ids of the
// state's tables, so that adding a post costs no string comparison or allocation.
struct MonthTally {
  std::array<int64_t, 4> posts_by_kind{};
  int64_t content_posts = 0, unlabeled = 0;
  LabelCounts sector, function;
  std::vector<std::pair<uint64_t, int64_t>> cross;  // (sector id << 32 | function id, posts)
  EngagementTally engagement;
  std::vector<std::optional<CountHistogram>> sector_engagement, function_engagement;  // by id
  int64_t broadcast_posts = 0, pull_posts = 0;
  int64_t reuse_total = 0, reuse_internal = 0, vertical_base = 0, vertical_hits = 0;
  PostIdSet amplified_ids;
  std::optional<std::pair<int64_t, int64_t>> followers;
};

// One agency's months, ascending: a sorted vector of (month, tally) pointers, so finding the
// month of a post is a binary search over a few contiguous entries and one step to the tally; the
// tallies (several hundred bytes each) stay where they were made, so a month inserted before
// others moves none of them.
class MonthTallies {
  struct Entry {
    int64_t month;
    MonthTally* tally;  // &tallies_[slot]
    uint32_t slot;
  };
  template <typename Index>  // std::vector<Entry>, const or not
  static auto LowerBound(Index& index, int64_t month) {
    return std::lower_bound(index.begin(), index.end(), month,
                            [](const Entry& entry, int64_t m) { return entry.month < m; });
  }

 public:
  MonthTallies() = default;
  MonthTallies(const MonthTallies& other) : tallies_(other.tallies_), index_(other.index_) {
    Relink();
  }
  MonthTallies& operator=(const MonthTallies& other) {
    tallies_ = other.tallies_;
    index_ = other.index_;
    Relink();
    return *this;
  }
  MonthTallies(MonthTallies&&) = default;  // a deque moves its blocks: the pointers stay valid
  MonthTallies& operator=(MonthTallies&&) = default;

  MonthTally& operator[](int64_t month) {
    auto it = LowerBound(index_, month);
    if (it == index_.end() || it->month != month) {
      tallies_.emplace_back();
      it = index_.insert(it, {month, &tallies_.back(), static_cast<uint32_t>(tallies_.size() - 1)});
    }
    return *it->tally;
  }
  const MonthTally* Find(int64_t month) const {
    auto it = LowerBound(index_, month);
    return it != index_.end() && it->month == month ? it->tally : nullptr;
  }
  bool empty() const { return index_.empty(); }

  // (month, tally) in ascending month order.
  class Iterator {
   public:
    explicit Iterator(const Entry* entry) : entry_(entry) {}
    std::pair<int64_t, const MonthTally&> operator*() const {
      return {entry_->month, *entry_->tally};
    }
    Iterator& operator++() {
      ++entry_;
      return *this;
    }
    bool operator!=(const Iterator& other) const { return entry_ != other.entry_; }

   private:
    const Entry* entry_;
  };
  Iterator begin() const { return Iterator(index_.data()); }
  Iterator end() const { return Iterator(index_.data() + index_.size()); }

 private:
  // After a copy: the pointers into this deque, not the other's.
  void Relink() {
    for (Entry& entry : index_) entry.tally = &tallies_[entry.slot];
  }

  std::deque<MonthTally> tallies_;  // in order of creation; a deque never moves its elements
  std::vector<Entry> index_;        // ascending months
};

// The key of a sector × function cell of MonthTally::cross.
inline uint64_t CrossKey(uint32_t sector, uint32_t function) {
  return uint64_t{sector} << 32 | function;
}

// Adds `count` posts to the cell `key`, keeping `cross` sorted by key.
void AddCross(std::vector<std::pair<uint64_t, int64_t>>& cross, uint64_t key, int64_t count);

// Adds `value` (or, when `from` is given, that whole histogram) to the histogram of label `id`,
// made when absent. `known` as for LabelCounts::At.
void AddHistogram(std::vector<std::optional<CountHistogram>>& by_id, uint32_t id,
                  const CountHistogram* from, int64_t value, size_t known = 0);

// Label ids of another state's tables → this state's, by set; AddTally without one: the same
// tables.
using LabelMap = std::array<std::vector<uint32_t>, 2>;

// Adds tally `from` into `into`: every field is a sum, a histogram, a set or a latest value, so
// the order of adding does not change the result.
void AddTally(const MonthTally& from, const LabelMap* map, MonthTally& into);

// The later of two (observed time, followers) readings.
void MergeFollowers(std::optional<std::pair<int64_t, int64_t>>& into,
                    const std::optional<std::pair<int64_t, int64_t>>& from);

}  // namespace liputan::report
