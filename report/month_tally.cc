#include "report/month_tally.h"

namespace liputan::report {

void AddCross(std::vector<std::pair<uint64_t, int64_t>>& cross, uint64_t key, int64_t count) {
  auto it = std::lower_bound(cross.begin(), cross.end(), key,
                             [](const auto& entry, uint64_t k) { return entry.first < k; });
  if (it != cross.end() && it->first == key) {
    it->second += count;
  } else {
    // A month of an agency's posts fills a few dozen sector × function cells; growing from one
    // by doubling cost an allocation for each of the first.
    const auto at = it - cross.begin();
    if (cross.capacity() == 0) cross.reserve(16);
    cross.insert(cross.begin() + at, {key, count});
  }
}

void AddHistogram(std::vector<std::optional<CountHistogram>>& by_id, uint32_t id,
                  const CountHistogram* from, int64_t value, size_t known) {
  if (by_id.size() <= id) by_id.resize(std::max<size_t>(id + 1, known));
  if (!by_id[id]) by_id[id].emplace();
  if (from) {
    by_id[id]->Merge(*from);
  } else {
    by_id[id]->Add(value);
  }
}

void MergeFollowers(std::optional<std::pair<int64_t, int64_t>>& into,
                    const std::optional<std::pair<int64_t, int64_t>>& from) {
  if (from && (!into || *from > *into)) into = from;
}

namespace {

uint32_t Mapped(const LabelMap* map, int set, uint64_t id) {
  return map ? (*map)[set][id] : static_cast<uint32_t>(id);
}

void AddCounts(const LabelCounts& from, const LabelMap* map, int set, LabelCounts& into) {
  for (size_t id = 0; id < from.value.size(); ++id) {
    for (LabelCounts::Field field :
         {&LabelCounts::Entry::posts, &LabelCounts::Entry::probability}) {
      const int64_t value = from.value[id].*field;
      if (value != LabelCounts::kAbsent)
        LabelCounts::Add(into.At(Mapped(map, set, id)).*field, value);
    }
  }
}

void AddHistograms(const std::vector<std::optional<CountHistogram>>& from, const LabelMap* map,
                   int set, std::vector<std::optional<CountHistogram>>& into) {
  for (size_t id = 0; id < from.size(); ++id) {
    if (from[id]) AddHistogram(into, Mapped(map, set, id), &*from[id], 0);
  }
}

}  // namespace

void AddTally(const MonthTally& from, const LabelMap* map, MonthTally& into) {
  for (size_t i = 0; i < into.posts_by_kind.size(); ++i)
    into.posts_by_kind[i] += from.posts_by_kind[i];
  into.content_posts += from.content_posts;
  into.unlabeled += from.unlabeled;
  AddCounts(from.sector, map, 0, into.sector);
  AddCounts(from.function, map, 1, into.function);
  for (const auto& [key, count] : from.cross) {
    AddCross(into.cross, CrossKey(Mapped(map, 0, key >> 32), Mapped(map, 1, key & 0xffffffffu)),
             count);
  }
  into.engagement.Merge(from.engagement);
  AddHistograms(from.sector_engagement, map, 0, into.sector_engagement);
  AddHistograms(from.function_engagement, map, 1, into.function_engagement);
  into.broadcast_posts += from.broadcast_posts;
  into.pull_posts += from.pull_posts;
  into.reuse_total += from.reuse_total;
  into.reuse_internal += from.reuse_internal;
  into.vertical_base += from.vertical_base;
  into.vertical_hits += from.vertical_hits;
  into.amplified_ids.Merge(from.amplified_ids);
  MergeFollowers(into.followers, from.followers);
}

}  // namespace liputan::report
