#include "report/report_state.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "report/calendar.h"
#include "report/handle_key.h"
#include "report/post_key.h"

namespace liputan::report {

using nlohmann::json;

int KindIndex(PostKind kind) {
  switch (kind) {
    case PostKind::kOriginal:
      return 0;
    case PostKind::kReply:
      return 1;
    case PostKind::kRetweet:
      return 2;
    case PostKind::kQuote:
      return 3;
  }
  return 0;
}

namespace {

constexpr std::string_view kLabelSets[2] = {"sektor", "fungsi"};

template <typename Map>
void AddMap(Map& into, const Map& from) {
  for (const auto& [key, value] : from) into[key] += value;
}

void MergeFollowers(std::optional<std::pair<int64_t, int64_t>>& into,
                    const std::optional<std::pair<int64_t, int64_t>>& from) {
  if (from && (!into || *from > *into)) into = from;
}

// The distinct ids among one post's handles, in order of insertion: a post names a few accounts,
// so a search of a small array, spilling to the heap only past eight.
class SmallIdSet {
 public:
  bool Insert(uint32_t id) {
    uint32_t* end = ids_ + std::min<size_t>(size_, 8);
    if (std::find(ids_, end, id) != end || std::find(more_.begin(), more_.end(), id) != more_.end())
      return false;
    if (size_ < 8) {
      ids_[size_] = id;
    } else {
      more_.push_back(id);
    }
    ++size_;
    return true;
  }
  size_t size() const { return size_; }
  uint32_t operator[](size_t i) const { return i < 8 ? ids_[i] : more_[i - 8]; }

 private:
  uint32_t ids_[8];
  size_t size_ = 0;
  std::vector<uint32_t> more_;
};

void MinRange(std::optional<int64_t>& low, std::optional<int64_t>& high, int64_t value) {
  if (!low || value < *low) low = value;
  if (!high || value > *high) high = value;
}

// std::llround(x) for a probability scaled to kProbabilityScale, without the library call for the
// usual case: for 0 <= x < 2^52, x minus its truncation is exact, so rounding half away from zero
// is one comparison. Anything else (NaN included) goes to llround itself.
int64_t RoundScaled(double x) {
  if (!(x >= 0 && x < 4503599627370496.0)) return std::llround(x);
  const int64_t whole = static_cast<int64_t>(x);
  return whole + (x - static_cast<double>(whole) >= 0.5);
}

uint64_t CrossKey(uint32_t sector, uint32_t function) { return uint64_t{sector} << 32 | function; }

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

// `known` as for LabelCounts::Add.
void AddHistogram(std::vector<std::optional<CountHistogram>>& by_id, uint32_t id,
                  const CountHistogram* from, int64_t value, size_t known = 0) {
  if (by_id.size() <= id) by_id.resize(std::max<size_t>(id + 1, known));
  if (!by_id[id]) by_id[id].emplace();
  if (from) {
    by_id[id]->Merge(*from);
  } else {
    by_id[id]->Add(value);
  }
}

// Sorts the unsorted tail of `items` into the sorted head and keeps the first of each run of
// equal ids (the least by `less`), once the tail is as long as the head.
template <typename Item, typename Less>
void CompactIds(std::vector<Item>& items, size_t& sorted, Less less, bool force) {
  if (sorted == items.size() || (!force && items.size() - sorted <= std::max<size_t>(sorted, 1024)))
    return;
  const auto middle = items.begin() + static_cast<std::ptrdiff_t>(sorted);
  std::sort(middle, items.end(), less);
  std::inplace_merge(items.begin(), middle, items.end(), less);
  items.erase(std::unique(items.begin(), items.end(),
                          [](const Item& a, const Item& b) { return a.id == b.id; }),
              items.end());
  sorted = items.size();
}

bool ReplyLess(const AgencyReply& a, const AgencyReply& b) {
  return a.id != b.id ? a.id < b.id : a.created_at < b.created_at;
}

}  // namespace

void AgencyMonth::Merge(const AgencyMonth& o) {
  for (size_t i = 0; i < posts_by_kind.size(); ++i) posts_by_kind[i] += o.posts_by_kind[i];
  content_posts += o.content_posts;
  unlabeled += o.unlabeled;
  AddMap(sector, o.sector);
  AddMap(function, o.function);
  AddMap(cross, o.cross);
  AddMap(sector_probability, o.sector_probability);
  AddMap(function_probability, o.function_probability);
  engagement.Merge(o.engagement);
  for (const auto& [label, histogram] : o.engagement_by_label)
    engagement_by_label[label].Merge(histogram);
  broadcast_posts += o.broadcast_posts;
  pull_posts += o.pull_posts;
  reuse_total += o.reuse_total;
  reuse_internal += o.reuse_internal;
  vertical_base += o.vertical_base;
  vertical_hits += o.vertical_hits;
  amplified_ids.Merge(o.amplified_ids);
  MergeFollowers(followers, o.followers);
}

void InputCounters::Merge(const InputCounters& o) {
  records += o.records;
  agency_posts += o.agency_posts;
  vertical_posts += o.vertical_posts;
  outside_posts += o.outside_posts;
  inbound_posts += o.inbound_posts;
  out_of_range += o.out_of_range;
  retweets_excluded += o.retweets_excluded;
  if (o.first_post) MinRange(first_post, last_post, *o.first_post);
  if (o.last_post) MinRange(first_post, last_post, *o.last_post);
}

ReportState::ReportState(const AgencyRegistry& registry, AggregationOptions options,
                         int examples_per_label)
    : registry_(&registry),
      options_(options),
      examples_per_label_(std::clamp(examples_per_label, 0, kMaxExamplesPerLabel)),
      agencies_(registry.agencies().size()) {
  for (const Agency& agency : registry.agencies()) handles_.Intern(agency.handle);
}

uint32_t ReportState::HandleId(const std::string& normalized) {
  return handles_.Intern(normalized);
}

int ReportState::AgencyIndex(std::string_view handle) const {
  const uint32_t id = handles_.Find(HandleKey(handle).view());
  return id < registry_->agencies().size() ? static_cast<int>(id) : -1;
}

MonthTally& ReportState::Tally(int index, int64_t month) {
  return agencies_[static_cast<size_t>(index)].months[month];
}

void ReportState::Add(const Post& post) {
  ++counters_.records;
  // A date outside 1970-2099 is a broken record, not a post: counted out of range, so one bad
  // date cannot stretch the report over thousands of monthly periods.
  if (post.created_at < 0 || post.created_at >= kLatestPostDate ||
      (options_.from && post.created_at < *options_.from) ||
      (options_.to && post.created_at >= *options_.to)) {
    ++counters_.out_of_range;
    return;
  }
  if (options_.exclude_retweets && post.kind == PostKind::kRetweet) {
    ++counters_.retweets_excluded;
    return;
  }
  const int index = AgencyIndex(post.author_handle);
  if (index < 0) {
    ++counters_.outside_posts;
    AddInbound(post);
    return;
  }
  if (registry_->agencies()[index].vertical()) {
    ++counters_.vertical_posts;
    return;
  }
  ++counters_.agency_posts;
  MinRange(counters_.first_post, counters_.last_post, post.created_at);
  AddAgencyPost(post, index);
}

// A post's prediction list per label set (nullptr when absent or empty), found in one walk over
// its map, and the ids of the top labels once AddContent has interned them.
struct ReportState::PostLabels {
  explicit PostLabels(const Post& post) {
    for (const auto& [set, list] : post.predictions) {
      // "sektor" or "fungsi" by the first letter, then checked: one string comparison, not two.
      const int s = !set.empty() && set.front() == kLabelSets[1].front();
      if (!list.empty() && set == kLabelSets[s]) lists[s] = &list;
    }
  }
  const std::vector<Prediction>* lists[2] = {nullptr, nullptr};
  uint32_t top[2] = {0, 0};
};

void ReportState::AddAgencyPost(const Post& post, int index) {
  const int64_t month = months_.MonthOf(post.created_at);
  MonthTally& tally = Tally(index, month);
  ++tally.posts_by_kind[KindIndex(post.kind)];
  if (post.author_followers) {
    MergeFollowers(tally.followers, std::make_pair(post.observed_at.value_or(post.created_at),
                                                   *post.author_followers));
  }
  PostLabels labels(post);
  if (post.kind != PostKind::kRetweet) {
    AddContent(labels, tally);
    AddExamples(post, labels, index);
  }
  if (post.kind == PostKind::kOriginal || post.kind == PostKind::kQuote)
    AddEngagement(post, labels, tally);
  if (post.kind == PostKind::kReply && !post.replied_to_id.empty()) {
    AgencyData& data = agencies_[static_cast<size_t>(index)];
    data.replies.push_back({PostKey(post.replied_to_id), post.created_at});
    CompactIds(data.replies, data.replies_sorted, ReplyLess, false);
  }
  if (post.kind == PostKind::kRetweet || post.kind == PostKind::kQuote)
    AddReuse(post, index, tally);
  AddEdges(post, index, month, tally);
}

void ReportState::AddContent(PostLabels& labels, MonthTally& tally) {
  ++tally.content_posts;
  LabelCounts* counts[2] = {&tally.sector, &tally.function};
  for (int s = 0; s < 2; ++s) {
    if (!labels.lists[s]) continue;
    const std::vector<Prediction>& list = *labels.lists[s];
    for (size_t i = 0; i < list.size(); ++i) {
      const uint32_t id = labels_[s].Intern(list[i].label);
      LabelCounts::Entry& entry = counts[s]->At(id, labels_[s].names().size());
      if (i == 0) {
        labels.top[s] = id;
        LabelCounts::Add(entry.posts, 1);
      }
      LabelCounts::Add(entry.probability,
                       RoundScaled(std::clamp(list[i].probability, 0.0, 1.0) * kProbabilityScale));
    }
  }
  if (labels.lists[0] && labels.lists[1]) {
    AddCross(tally.cross, CrossKey(labels.top[0], labels.top[1]), 1);
  } else {
    ++tally.unlabeled;
  }
}

// Called after AddContent, which set labels.top: a post is an example of its top label in each
// set, ranked by that label's probability (as the content mix counts it). Its text is copied only
// when it enters a list, so a million posts cost a million comparisons, not copies.
void ReportState::AddExamples(const Post& post, const PostLabels& labels, int index) {
  if (examples_per_label_ == 0) return;
  const size_t k = static_cast<size_t>(examples_per_label_);
  for (int s = 0; s < 2; ++s) {
    if (!labels.lists[s]) continue;
    std::vector<TopExamples>& by_label = agencies_[static_cast<size_t>(index)].examples[s];
    if (by_label.size() <= labels.top[s]) by_label.resize(labels_[s].names().size());
    TopExamples& top = by_label[labels.top[s]];
    const int64_t probability =
        RoundScaled(std::clamp(labels.lists[s]->front().probability, 0.0, 1.0) * kProbabilityScale);
    if (top.MayEnter(probability, post.id, k))
      top.Insert({post.id, post.created_at, probability, post.text}, k);
  }
}

// Called after AddContent (every broadcast post is a content post), which set labels.top.
void ReportState::AddEngagement(const Post& post, const PostLabels& labels, MonthTally& tally) {
  ++tally.broadcast_posts;
  const std::vector<Prediction>* function = labels.lists[1];
  // Mergel's pull: a service or participation post that sends the reader somewhere (a URL).
  if (function && !post.urls.empty() &&
      (function->front().label == "info_layanan" ||
       function->front().label == "dialog_partisipasi")) {
    ++tally.pull_posts;
  }
  EngagementTally& e = tally.engagement;
  if (post.observed_at) {
    if (*post.observed_at - post.created_at < int64_t{options_.engagement_freeze_days} * 86400) {
      ++e.excluded_young;
      return;
    }
  } else {
    ++e.unknown_age;
  }
  const PostMetrics& m = post.metrics;
  if (m.likes) e.likes.Add(*m.likes);
  if (m.replies) e.replies.Add(*m.replies);
  if (m.retweets) {
    e.retweets.Add(*m.retweets);
    e.shares.Add(*m.retweets + m.quotes.value_or(0));
  }
  if (!m.likes || !m.retweets) return;
  const int64_t total = *m.likes + *m.retweets + m.replies.value_or(0) + m.quotes.value_or(0);
  e.per_post_total.Add(total);
  if (labels.lists[0]) {
    AddHistogram(tally.sector_engagement, labels.top[0], nullptr, total, labels_[0].names().size());
  }
  if (function) {
    AddHistogram(tally.function_engagement, labels.top[1], nullptr, total,
                 labels_[1].names().size());
  }
}

void ReportState::AddReuse(const Post& post, int index, MonthTally& tally) {
  const bool retweet = post.kind == PostKind::kRetweet;
  const std::string& source_handle = retweet ? post.retweeted_handle : post.quoted_handle;
  const std::string& source_id = retweet ? post.retweeted_id : post.quoted_id;
  const int source = AgencyIndex(source_handle);
  ++tally.reuse_total;
  if (registry_->IsLocal(source)) {
    ++tally.reuse_internal;
    if (source != index && !source_id.empty()) {
      // AR counts the source's posts; date them by their id so they land in their own month.
      int64_t original_time = post.created_at;
      SnowflakeTime(source_id, original_time);
      Tally(source, months_.MonthOf(original_time)).amplified_ids.Insert(PostKey(source_id));
    }
  }
  if (retweet) {
    ++tally.vertical_base;
    if (source >= 0 && registry_->agencies()[source].vertical()) ++tally.vertical_hits;
  }
}

void ReportState::AddEdges(const Post& post, int index, int64_t month, MonthTally& tally) {
  const uint32_t own = static_cast<uint32_t>(index);  // registry handles hold the registry's ids
  // A tie to a non-empty handle other than the agency's own. Handles are interned only for ties,
  // so the ids, and the edges' order, do not depend on the handles merely compared.
  auto add = [&](Layer layer, std::string_view to) {
    if (to.empty()) return NameIndex::kNone;
    const uint32_t id = handles_.Intern(to);
    if (id != own) ++edges_[EdgeKey{month, static_cast<uint32_t>(layer), own, id}];
    return id;
  };
  switch (post.kind) {
    case PostKind::kRetweet:
      add(Layer::kRetweet, HandleKey(post.retweeted_handle).view());
      return;
    case PostKind::kReply:
      add(Layer::kReply, HandleKey(post.replied_to_handle).view());
      break;
    case PostKind::kQuote:
      add(Layer::kQuote, HandleKey(post.quoted_handle).view());
      break;
    case PostKind::kOriginal:
      break;
  }
  if (post.mentions.empty()) return;
  // A retweet's mentions are the original author's, so only own text counts as mentioning; the
  // account replied to is already the reply tie.
  const HandleKey replied(post.replied_to_handle);
  SmallIdSet mentioned;
  mentioned.Insert(own);
  for (const std::string& m : post.mentions) {
    const HandleKey handle(m);
    if (handle.view().empty() || handle.view() == replied.view()) continue;
    const uint32_t to = handles_.Intern(handle.view());
    if (!mentioned.Insert(to)) continue;
    ++edges_[EdgeKey{month, static_cast<uint32_t>(Layer::kMention), own, to}];
    ++tally.vertical_base;
    if (to < registry_->agencies().size() && registry_->agencies()[to].vertical())
      ++tally.vertical_hits;
  }
}

void ReportState::AddInbound(const Post& post) {
  if (post.kind == PostKind::kRetweet) return;  // sharing counts in V, not as a citizen's post
  SmallIdSet targets;
  auto consider = [&](const std::string& handle) {
    const int index = AgencyIndex(handle);
    if (registry_->IsLocal(index)) targets.Insert(static_cast<uint32_t>(index));
  };
  consider(post.replied_to_handle);
  for (const std::string& m : post.mentions) consider(m);
  if (targets.size() == 0) return;
  ++counters_.inbound_posts;
  const InboundPost inbound{PostKey(post.id), post.created_at,
                            handles_.Intern(HandleKey(post.author_handle).view())};
  for (size_t i = 0; i < targets.size(); ++i) {
    AgencyData& data = agencies_[targets[i]];
    data.inbound.push_back(inbound);
    if (data.inbound.size() - data.inbound_sorted > std::max<size_t>(data.inbound_sorted, 1024))
      CompactInbound(data);
  }
}

void ReportState::CompactInbound(const AgencyData& data) const {
  // One post per id: the earliest, then the least author name, whatever the order of arrival.
  auto less = [this](const InboundPost& a, const InboundPost& b) {
    if (a.id != b.id) return a.id < b.id;
    if (a.created_at != b.created_at) return a.created_at < b.created_at;
    return handles_.name(a.author) < handles_.name(b.author);
  };
  CompactIds(data.inbound, data.inbound_sorted, less, true);
}

void ReportState::CompactReplies(const AgencyData& data) const {
  CompactIds(data.replies, data.replies_sorted, ReplyLess, true);
}

const std::vector<InboundPost>& ReportState::Inbound(int index) const {
  const AgencyData& data = agencies_[static_cast<size_t>(index)];
  CompactInbound(data);
  return data.inbound;
}

const std::vector<AgencyReply>& ReportState::Replies(int index) const {
  const AgencyData& data = agencies_[static_cast<size_t>(index)];
  CompactReplies(data);
  return data.replies;
}

bool ReportState::HasPosts(int index) const {
  return index >= 0 && static_cast<size_t>(index) < agencies_.size() &&
         !agencies_[static_cast<size_t>(index)].months.empty();
}

namespace {

// Label ids of another state's tables → this state's; none: the same tables.
using LabelMap = std::array<std::vector<uint32_t>, 2>;

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

}  // namespace

void ReportState::Merge(const ReportState& other) {
  if (!(options_ == other.options_)) {
    throw Error(ErrorCode::kData, "partial states were built with different aggregation options");
  }
  if (registry_->Fingerprint() != other.registry_->Fingerprint()) {
    throw Error(ErrorCode::kData, "partial states were built with different agency registries");
  }
  if (&other == this) {
    const ReportState copy = other;
    Merge(copy);
    return;
  }
  counters_.Merge(other.counters_);
  LabelMap label_map;
  for (int s = 0; s < 2; ++s) {
    for (const std::string& name : other.labels_[s].names())
      label_map[s].push_back(labels_[s].Intern(name));
  }
  std::vector<uint32_t> handle_map;
  for (const std::string& name : other.handles_.names()) handle_map.push_back(HandleId(name));
  for (size_t index = 0; index < other.agencies_.size(); ++index) {
    const AgencyData& from = other.agencies_[index];
    AgencyData& into = agencies_[index];
    for (const auto& [month, tally] : from.months) AddTally(tally, &label_map, into.months[month]);
    for (const InboundPost& p : other.Inbound(static_cast<int>(index)))
      into.inbound.push_back({p.id, p.created_at, handle_map[p.author]});
    CompactInbound(into);
    const std::vector<AgencyReply>& replies = other.Replies(static_cast<int>(index));
    into.replies.insert(into.replies.end(), replies.begin(), replies.end());
    CompactReplies(into);
  }
  for (const auto& [key, weight] : other.edges_) {
    edges_[EdgeKey{key.month, key.layer, handle_map[key.from], handle_map[key.to]}] += weight;
  }
  MergeExamples(other, label_map);
}

// The top K of the union, K the lesser of the two: a state that kept fewer examples (or none,
// written before they were kept) cannot say which of its posts would have made a longer list.
void ReportState::MergeExamples(const ReportState& other,
                                const std::array<std::vector<uint32_t>, 2>& label_map) {
  LimitExamples(other.examples_per_label_);
  const size_t k = static_cast<size_t>(examples_per_label_);
  for (size_t index = 0; index < agencies_.size(); ++index) {
    for (int s = 0; s < 2; ++s) {
      std::vector<TopExamples>& into = agencies_[index].examples[s];
      const std::vector<TopExamples>& from = other.agencies_[index].examples[s];
      for (size_t id = 0; id < from.size(); ++id) {
        if (from[id].empty() || k == 0) continue;
        const uint32_t label = label_map[s][id];
        if (into.size() <= label) into.resize(label + 1);
        for (const PostExample& example : from[id].posts()) into[label].Insert(example, k);
      }
    }
  }
}

void ReportState::LimitExamples(int per_label) {
  examples_per_label_ = std::clamp(per_label, 0, examples_per_label_);
  for (AgencyData& data : agencies_) {
    for (std::vector<TopExamples>& by_label : data.examples) {
      for (TopExamples& top : by_label) top.Truncate(static_cast<size_t>(examples_per_label_));
      if (examples_per_label_ == 0) by_label.clear();
    }
  }
}

std::map<std::string, std::map<std::string, std::vector<PostExample>>> ReportState::Examples(
    int index) const {
  std::map<std::string, std::map<std::string, std::vector<PostExample>>> out;
  if (index < 0 || static_cast<size_t>(index) >= agencies_.size()) return out;
  for (int s = 0; s < 2; ++s) {
    const std::vector<TopExamples>& by_label = agencies_[static_cast<size_t>(index)].examples[s];
    for (size_t id = 0; id < by_label.size(); ++id) {
      if (!by_label[id].empty())
        out[std::string(kLabelSets[s])][labels_[s].name(static_cast<uint32_t>(id))] =
            by_label[id].posts();
    }
  }
  return out;
}

AgencyMonth ReportState::Resolve(const MonthTally& t) const {
  AgencyMonth m;
  m.posts_by_kind = t.posts_by_kind;
  m.content_posts = t.content_posts;
  m.unlabeled = t.unlabeled;
  auto names = [](const LabelCounts& counts, LabelCounts::Field field, const NameIndex& table,
                  std::map<std::string, int64_t>& out) {
    for (size_t id = 0; id < counts.value.size(); ++id) {
      const int64_t value = counts.value[id].*field;
      if (value != LabelCounts::kAbsent) out[table.name(static_cast<uint32_t>(id))] = value;
    }
  };
  names(t.sector, &LabelCounts::Entry::posts, labels_[0], m.sector);
  names(t.function, &LabelCounts::Entry::posts, labels_[1], m.function);
  names(t.sector, &LabelCounts::Entry::probability, labels_[0], m.sector_probability);
  names(t.function, &LabelCounts::Entry::probability, labels_[1], m.function_probability);
  for (const auto& [key, count] : t.cross) {
    m.cross[labels_[0].name(static_cast<uint32_t>(key >> 32)) + "\t" +
            labels_[1].name(key & 0xffffffffu)] = count;
  }
  m.engagement = t.engagement;
  for (int s = 0; s < 2; ++s) {
    const auto& by_id = s == 0 ? t.sector_engagement : t.function_engagement;
    for (size_t id = 0; id < by_id.size(); ++id) {
      if (by_id[id])
        m.engagement_by_label[std::string(kLabelSets[s]) + ":" +
                              labels_[s].name(static_cast<uint32_t>(id))] = *by_id[id];
    }
  }
  m.broadcast_posts = t.broadcast_posts;
  m.pull_posts = t.pull_posts;
  m.reuse_total = t.reuse_total;
  m.reuse_internal = t.reuse_internal;
  m.vertical_base = t.vertical_base;
  m.vertical_hits = t.vertical_hits;
  m.amplified_ids = t.amplified_ids;
  m.followers = t.followers;
  return m;
}

AgencyMonth ReportState::Sum(int index, const std::vector<int64_t>& months) const {
  if (!HasPosts(index)) return AgencyMonth{};
  const MonthTallies& by_month = agencies_[static_cast<size_t>(index)].months;
  MonthTally sum;
  for (int64_t month : months) {
    if (const MonthTally* tally = by_month.Find(month)) AddTally(*tally, nullptr, sum);
  }
  return Resolve(sum);
}

int64_t ReportState::CrossCount(int index, int64_t month, const std::string& sector,
                                const std::string& function) const {
  if (!HasPosts(index)) return 0;
  const MonthTally* tally = agencies_[static_cast<size_t>(index)].months.Find(month);
  const uint32_t s = labels_[0].Find(sector);
  const uint32_t f = labels_[1].Find(function);
  if (!tally || s == NameIndex::kNone || f == NameIndex::kNone) return 0;
  const uint64_t key = CrossKey(s, f);
  const auto& cross = tally->cross;
  auto c = std::lower_bound(cross.begin(), cross.end(), key,
                            [](const auto& entry, uint64_t k) { return entry.first < k; });
  return c != cross.end() && c->first == key ? c->second : 0;
}

std::vector<std::pair<EdgeKey, int64_t>> ReportState::SortedEdges() const {
  std::vector<std::pair<EdgeKey, int64_t>> sorted(edges_.begin(), edges_.end());
  std::sort(sorted.begin(), sorted.end(), [this](const auto& x, const auto& y) {
    const EdgeKey& a = x.first;
    const EdgeKey& b = y.first;
    if (a.month != b.month) return a.month < b.month;
    if (a.layer != b.layer) return a.layer < b.layer;
    if (a.from != b.from) return HandleName(a.from) < HandleName(b.from);
    return HandleName(a.to) < HandleName(b.to);
  });
  return sorted;
}

bool ReportState::operator==(const ReportState& o) const { return ToJson() == o.ToJson(); }

// ---- JSON -------------------------------------------------------------------------------------

namespace {

constexpr const char* kStateFormat = "liputan-report-state";
constexpr int kStateVersion = 1;

json OptionalJson(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }
std::optional<int64_t> OptionalFrom(const json& j) {
  return j.is_null() ? std::nullopt : std::optional<int64_t>(j.get<int64_t>());
}

json MonthToJson(const AgencyMonth& m) {
  json by_label = json::object();
  for (const auto& [label, h] : m.engagement_by_label) by_label[label] = h.ToJson();
  json amplified = json::array();
  for (uint64_t key : m.amplified_ids.keys()) amplified.push_back(PostKeyText(key));
  return {
      {"posts_by_kind", m.posts_by_kind},
      {"content_posts", m.content_posts},
      {"unlabeled", m.unlabeled},
      {"sector", m.sector},
      {"function", m.function},
      {"cross", m.cross},
      {"sector_probability", m.sector_probability},
      {"function_probability", m.function_probability},
      {"engagement", m.engagement.ToJson()},
      {"engagement_by_label", by_label},
      {"broadcast_posts", m.broadcast_posts},
      {"pull_posts", m.pull_posts},
      {"reuse", {m.reuse_total, m.reuse_internal}},
      {"vertical", {m.vertical_base, m.vertical_hits}},
      {"amplified_ids", amplified},
      {"followers", m.followers ? json{m.followers->first, m.followers->second} : json(nullptr)}};
}

json OptionsToJson(const AggregationOptions& o) {
  return {{"from", OptionalJson(o.from)},
          {"to", OptionalJson(o.to)},
          {"exclude_retweets", o.exclude_retweets},
          {"engagement_freeze_days", o.engagement_freeze_days},
          {"response_window_hours", o.response_window_hours}};
}

AggregationOptions OptionsFromJson(const json& j) {
  AggregationOptions o;
  o.from = OptionalFrom(j.at("from"));
  o.to = OptionalFrom(j.at("to"));
  o.exclude_retweets = j.at("exclude_retweets").get<bool>();
  o.engagement_freeze_days = j.at("engagement_freeze_days").get<int>();
  o.response_window_hours = j.at("response_window_hours").get<int>();
  return o;
}

json CountersToJson(const InputCounters& c) {
  return {{"records", c.records},
          {"agency_posts", c.agency_posts},
          {"vertical_posts", c.vertical_posts},
          {"outside_posts", c.outside_posts},
          {"inbound_posts", c.inbound_posts},
          {"out_of_range", c.out_of_range},
          {"retweets_excluded", c.retweets_excluded},
          {"first_post", OptionalJson(c.first_post)},
          {"last_post", OptionalJson(c.last_post)}};
}

InputCounters CountersFromJson(const json& j) {
  InputCounters c;
  c.records = j.at("records").get<int64_t>();
  c.agency_posts = j.at("agency_posts").get<int64_t>();
  c.vertical_posts = j.at("vertical_posts").get<int64_t>();
  c.outside_posts = j.at("outside_posts").get<int64_t>();
  c.inbound_posts = j.at("inbound_posts").get<int64_t>();
  c.out_of_range = j.at("out_of_range").get<int64_t>();
  c.retweets_excluded = j.at("retweets_excluded").get<int64_t>();
  c.first_post = OptionalFrom(j.at("first_post"));
  c.last_post = OptionalFrom(j.at("last_post"));
  // The report has a period per month from first_post to last_post: a hostile range (year 2277,
  // found by report_state_fuzz) would make thousands. Aggregation only ever writes a range that
  // runs forwards inside the dates Add() accepts.
  for (const auto& t : {c.first_post, c.last_post}) {
    if (t && (*t < 0 || *t >= kLatestPostDate)) {
      throw Error(ErrorCode::kData, "malformed report state: a post date outside 1970-2099");
    }
  }
  if (c.first_post.has_value() != c.last_post.has_value() ||
      (c.first_post && *c.first_post > *c.last_post)) {
    throw Error(ErrorCode::kData, "malformed report state: first_post is after last_post");
  }
  return c;
}

// A registry agency named in a state: it must be a local one (the fingerprint matched).
int LocalIndex(const AgencyRegistry& registry, const std::string& handle) {
  const int index = registry.Find(handle);
  if (!registry.IsLocal(index))
    throw Error(ErrorCode::kData, "\"" + handle + "\" is not a local agency of the registry");
  return index;
}

int64_t MonthKey(const std::string& month) {
  try {
    return MonthIndexOfName(month);
  } catch (const Error&) {
    throw Error(ErrorCode::kData, "bad month \"" + month + "\" (expected YYYY-MM)");
  }
}

// One example of a state: [id, created_at, probability (fixed point), text].
PostExample ExampleFromJson(const json& e) {
  if (!e.is_array() || e.size() != 4)
    throw Error(ErrorCode::kData, "an example is not [id, created_at, probability, text]");
  PostExample example{e.at(0).get<std::string>(), e.at(1).get<int64_t>(), e.at(2).get<int64_t>(),
                      e.at(3).get<std::string>()};
  if (example.id.empty()) throw Error(ErrorCode::kData, "an example without an id");
  if (example.probability < 0 || example.probability > static_cast<int64_t>(kProbabilityScale))
    throw Error(ErrorCode::kData, "an example's probability is outside 0..1");
  return example;
}

}  // namespace

namespace {

// Appends a JSON string exactly as nlohmann's dump() writes it.
void AppendJsonString(const std::string& text, std::string& out) { out += json(text).dump(); }

}  // namespace

// The state's large lists (edges, inbound posts, replies) are written element by element; the
// small parts go through nlohmann. Same bytes as ToJson().dump(): object keys in sorted order
// (std::map), arrays in the order ToJson builds them.
void ReportState::WriteJson(const std::function<void(std::string_view)>& sink) const {
  std::string out;
  auto flush = [&](bool force) {
    if (force || out.size() >= (1u << 20)) {
      if (!out.empty()) sink(out);
      out.clear();
    }
  };
  // Local agencies by handle (the keys of a JSON object are sorted).
  std::vector<size_t> order;
  for (size_t index = 0; index < agencies_.size(); ++index) order.push_back(index);
  std::sort(order.begin(), order.end(), [this](size_t a, size_t b) {
    return registry_->agencies()[a].handle < registry_->agencies()[b].handle;
  });
  out += "{\"agencies\":{";
  bool first = true;
  for (size_t index : order) {
    if (agencies_[index].months.empty()) continue;
    json by_month = json::object();
    for (const auto& [month, tally] : agencies_[index].months)
      by_month[MonthName(month)] = MonthToJson(Resolve(tally));
    if (!first) out += ',';
    first = false;
    AppendJsonString(registry_->agencies()[index].handle, out);
    out += ':';
    out += by_month.dump();
    flush(false);
  }
  out += "},\"counters\":" + CountersToJson(counters_).dump() + ",\"edges\":[";
  first = true;
  for (const auto& [key, weight] : SortedEdges()) {
    out += first ? "[" : ",[";
    first = false;
    AppendJsonString(MonthName(key.month), out);
    out += ",\"" + std::string(kLayerNames[key.layer]) + "\",";
    AppendJsonString(HandleName(key.from), out);
    out += ',';
    AppendJsonString(HandleName(key.to), out);
    out += ',' + std::to_string(weight) + ']';
    flush(false);
  }
  out += "],\"examples\":" + ExamplesToJson().dump();
  out += ",\"format\":" + json(kStateFormat).dump() + ",\"inbound\":{";
  auto lists = [&](bool inbound) {
    bool first_agency = true;
    for (size_t index : order) {
      const int i = static_cast<int>(index);
      if (inbound ? Inbound(i).empty() : Replies(i).empty()) continue;
      if (!first_agency) out += ',';
      first_agency = false;
      AppendJsonString(registry_->agencies()[index].handle, out);
      out += ":[";
      bool first_item = true;
      auto item = [&](uint64_t id, int64_t time) {
        out += first_item ? "[" : ",[";
        first_item = false;
        AppendJsonString(PostKeyText(id), out);
        out += ',' + std::to_string(time);
      };
      if (inbound) {
        for (const InboundPost& p : Inbound(i)) {
          item(p.id, p.created_at);
          out += ',';
          AppendJsonString(HandleName(p.author), out);
          out += ']';
          flush(false);
        }
      } else {
        for (const AgencyReply& r : Replies(i)) {
          item(r.id, r.created_at);
          out += ']';
          flush(false);
        }
      }
      out += ']';
    }
  };
  lists(true);
  out += "},\"options\":" + OptionsToJson(options_).dump() + ",\"registry_fingerprint\":";
  AppendJsonString(registry_->Fingerprint(), out);
  out += ",\"replies\":{";
  lists(false);
  out += "},\"version\":" + std::to_string(kStateVersion) + "}";
  flush(true);
}

json ReportState::ToJson() const {
  json agencies = json::object();
  for (size_t index = 0; index < agencies_.size(); ++index) {
    if (agencies_[index].months.empty()) continue;
    json by_month = json::object();
    for (const auto& [month, tally] : agencies_[index].months)
      by_month[MonthName(month)] = MonthToJson(Resolve(tally));
    agencies[registry_->agencies()[index].handle] = std::move(by_month);
  }
  json edges = json::array();
  for (const auto& [key, weight] : SortedEdges()) {
    edges.push_back({MonthName(key.month), kLayerNames[key.layer], HandleName(key.from),
                     HandleName(key.to), weight});
  }
  json inbound = json::object(), replies = json::object();
  for (size_t index = 0; index < agencies_.size(); ++index) {
    const std::string& handle = registry_->agencies()[index].handle;
    if (!Inbound(static_cast<int>(index)).empty()) {
      json list = json::array();
      for (const InboundPost& p : Inbound(static_cast<int>(index)))
        list.push_back({PostKeyText(p.id), p.created_at, HandleName(p.author)});
      inbound[handle] = std::move(list);
    }
    if (!Replies(static_cast<int>(index)).empty()) {
      json list = json::array();
      for (const AgencyReply& r : Replies(static_cast<int>(index)))
        list.push_back({PostKeyText(r.id), r.created_at});
      replies[handle] = std::move(list);
    }
  }
  // Assigned, not an initializer list: that would copy the whole tree once more.
  json out = json::object();
  out["format"] = kStateFormat;
  out["version"] = kStateVersion;
  out["registry_fingerprint"] = registry_->Fingerprint();
  out["options"] = OptionsToJson(options_);
  out["counters"] = CountersToJson(counters_);
  out["agencies"] = std::move(agencies);
  out["edges"] = std::move(edges);
  out["examples"] = ExamplesToJson();
  out["inbound"] = std::move(inbound);
  out["replies"] = std::move(replies);
  return out;
}

void ReportState::MonthFromJson(const json& j, MonthTally& m) {
  m.posts_by_kind = j.at("posts_by_kind").get<std::array<int64_t, 4>>();
  m.content_posts = j.at("content_posts").get<int64_t>();
  m.unlabeled = j.at("unlabeled").get<int64_t>();
  auto counts = [&](const char* key, int set, LabelCounts& into, LabelCounts::Field field) {
    for (const auto& [label, value] : j.at(key).items())
      LabelCounts::Add(into.At(labels_[set].Intern(label)).*field, value.get<int64_t>());
  };
  counts("sector", 0, m.sector, &LabelCounts::Entry::posts);
  counts("function", 1, m.function, &LabelCounts::Entry::posts);
  counts("sector_probability", 0, m.sector, &LabelCounts::Entry::probability);
  counts("function_probability", 1, m.function, &LabelCounts::Entry::probability);
  for (const auto& [key, value] : j.at("cross").items()) {
    const size_t tab = key.find('\t');
    if (tab == std::string::npos) throw Error(ErrorCode::kData, "cross key without a tab");
    AddCross(
        m.cross,
        CrossKey(labels_[0].Intern(key.substr(0, tab)), labels_[1].Intern(key.substr(tab + 1))),
        value.get<int64_t>());
  }
  m.engagement = EngagementTally::FromJson(j.at("engagement"));
  for (const auto& [key, h] : j.at("engagement_by_label").items()) {
    const size_t colon = key.find(':');
    const std::string set = key.substr(0, colon == std::string::npos ? 0 : colon);
    if (set != kLabelSets[0] && set != kLabelSets[1])
      throw Error(ErrorCode::kData, "engagement label \"" + key + "\" is not sektor:/fungsi:");
    const int s = set == kLabelSets[0] ? 0 : 1;
    const CountHistogram histogram = CountHistogram::FromJson(h);
    AddHistogram(s == 0 ? m.sector_engagement : m.function_engagement,
                 labels_[s].Intern(key.substr(colon + 1)), &histogram, 0);
  }
  m.broadcast_posts = j.at("broadcast_posts").get<int64_t>();
  m.pull_posts = j.at("pull_posts").get<int64_t>();
  m.reuse_total = j.at("reuse").at(0).get<int64_t>();
  m.reuse_internal = j.at("reuse").at(1).get<int64_t>();
  m.vertical_base = j.at("vertical").at(0).get<int64_t>();
  m.vertical_hits = j.at("vertical").at(1).get<int64_t>();
  for (const json& id : j.at("amplified_ids"))
    m.amplified_ids.Insert(PostKeyFromText(id.get<std::string>()));
  if (!j.at("followers").is_null()) {
    m.followers = std::make_pair(j.at("followers").at(0).get<int64_t>(),
                                 j.at("followers").at(1).get<int64_t>());
  }
}

void ReportState::ReadEdge(const json& e) {
  const std::string layer = e.at(1).get<std::string>();
  auto it = std::find(kLayerNames.begin(), kLayerNames.end(), layer);
  if (it == kLayerNames.end()) throw Error(ErrorCode::kData, "unknown layer \"" + layer + "\"");
  const EdgeKey key{MonthKey(e.at(0).get<std::string>()),
                    static_cast<uint32_t>(it - kLayerNames.begin()),
                    HandleId(e.at(2).get<std::string>()), HandleId(e.at(3).get<std::string>())};
  edges_[key] += e.at(4).get<int64_t>();
}

void ReportState::ReadInbound(const std::string& handle, const json& p) {
  agencies_[static_cast<size_t>(LocalIndex(*registry_, handle))].inbound.push_back(
      {PostKeyFromText(p.at(0).get<std::string>()), p.at(1).get<int64_t>(),
       HandleId(p.at(2).get<std::string>())});
}

void ReportState::ReadReply(const std::string& handle, const json& r) {
  agencies_[static_cast<size_t>(LocalIndex(*registry_, handle))].replies.push_back(
      {PostKeyFromText(r.at(0).get<std::string>()), r.at(1).get<int64_t>()});
}

// "examples": {"per_label": K, "agencies": {handle: {set: {label: [[id, created_at,
// probability, text], ...]}}}}, lists best first; agencies without examples left out.
json ReportState::ExamplesToJson() const {
  json agencies = json::object();
  for (size_t index = 0; index < agencies_.size(); ++index) {
    json sets = json::object();
    for (const auto& [set, labels] : Examples(static_cast<int>(index))) {
      for (const auto& [label, examples] : labels) {
        json list = json::array();
        for (const PostExample& e : examples)
          list.push_back({e.id, e.created_at, e.probability, e.text});
        sets[set][label] = std::move(list);
      }
    }
    if (!sets.empty()) agencies[registry_->agencies()[index].handle] = std::move(sets);
  }
  json out = json::object();
  out["per_label"] = examples_per_label_;
  out["agencies"] = std::move(agencies);
  return out;
}

// A state written before examples were kept has none, and keeps none when merged (K = 0).
void ReportState::ReadExamples(const json& j) {
  const int64_t k = j.at("per_label").get<int64_t>();
  if (k < 0 || k > kMaxExamplesPerLabel)
    throw Error(ErrorCode::kData,
                "examples.per_label is not between 0 and " + std::to_string(kMaxExamplesPerLabel));
  examples_per_label_ = static_cast<int>(k);
  for (const auto& [handle, sets] : j.at("agencies").items()) {
    AgencyData& data = agencies_[static_cast<size_t>(LocalIndex(*registry_, handle))];
    for (const auto& [set, labels] : sets.items()) {
      const auto known = std::find(std::begin(kLabelSets), std::end(kLabelSets), set);
      if (known == std::end(kLabelSets))
        throw Error(ErrorCode::kData, "examples of an unknown label set \"" + set + "\"");
      const size_t s = static_cast<size_t>(known - std::begin(kLabelSets));
      for (const auto& [label, list] : labels.items()) {
        const uint32_t id = labels_[s].Intern(label);
        if (data.examples[s].size() <= id) data.examples[s].resize(id + 1);
        for (const json& e : list)
          data.examples[s][id].Insert(ExampleFromJson(e), static_cast<size_t>(k));
      }
    }
  }
}

void ReportState::ReadJson(const json& j) {
  counters_ = CountersFromJson(j.at("counters"));
  for (const auto& [handle, months] : j.at("agencies").items()) {
    const int index = LocalIndex(*registry_, handle);
    for (const auto& [month, m] : months.items()) MonthFromJson(m, Tally(index, MonthKey(month)));
  }
  for (const json& e : j.at("edges")) ReadEdge(e);
  for (const auto& [handle, list] : j.at("inbound").items()) {
    for (const json& p : list) ReadInbound(handle, p);
  }
  for (const auto& [handle, list] : j.at("replies").items()) {
    for (const json& r : list) ReadReply(handle, r);
  }
  for (const AgencyData& data : agencies_) {
    CompactInbound(data);
    CompactReplies(data);
  }
  const auto examples = j.find("examples");
  if (examples != j.end()) {
    ReadExamples(*examples);
  } else {
    examples_per_label_ = 0;
  }
}

namespace {

// Every number in a state is an integer (counts, fixed-point sums, timestamps). A float where an
// integer is read would be cast to int64 by nlohmann, which is undefined out of range (1e300:
// found by report_state_fuzz), so any float refuses the whole state before reading starts.
void RequireIntegers(const json& j, const std::string& name) {
  if (j.is_number_float()) {
    throw Error(ErrorCode::kData, "malformed report state: a number that is not an integer", name);
  }
  if (j.is_structured()) {
    for (const auto& child : j) RequireIntegers(child, name);
  }
}

}  // namespace

void ReportState::CheckHeader(const json& j, const AgencyRegistry& registry,
                              const std::string& name) {
  // Fields of the wrong type read as absent (json::value() would throw a type error instead).
  auto text = [&](const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  if (!j.is_object() || text("format") != kStateFormat) {
    throw Error(
        ErrorCode::kData,
        "not a liputan report state (\"format\" is not \"" + std::string(kStateFormat) + "\")",
        name);
  }
  auto version = j.find("version");
  if (version == j.end() || !version->is_number_integer() ||
      version->get<int64_t>() != kStateVersion) {
    throw Error(ErrorCode::kData, "unsupported report state version", name);
  }
  if (text("registry_fingerprint") != registry.Fingerprint()) {
    throw Error(ErrorCode::kData,
                "state was built with another agency registry (fingerprint differs)", name);
  }
}

ReportState ReportState::FromJson(const json& j, const AgencyRegistry& registry,
                                  const std::string& name) {
  RequireIntegers(j, name);
  CheckHeader(j, registry, name);
  try {
    ReportState state(registry, OptionsFromJson(j.at("options")));
    state.ReadJson(j);
    return state;
  } catch (const json::exception& e) {
    throw Error(ErrorCode::kData, std::string("malformed report state: ") + e.what(), name);
  } catch (const Error& e) {
    throw Error(e.code(), e.message(), name);
  }
}

ReportState ReportState::ParseJson(std::string_view text, const AgencyRegistry& registry,
                                   const std::string& name) {
  ReportState state(registry, {});
  std::optional<Error> deferred;  // the header is judged first, but its keys come last
  auto read = [&](const json& element, const std::function<void()>& into_state) {
    if (deferred) return;
    try {
      RequireIntegers(element, name);
      into_state();
    } catch (const json::exception& e) {
      deferred.emplace(ErrorCode::kData, std::string("malformed report state: ") + e.what());
    } catch (const Error& e) {
      deferred = e;
    }
  };
  std::string section, handle, month;  // the keys at depths 1, 2 and 3
  using Event = json::parse_event_t;
  // Each agency-month, edge, inbound post and reply is read into the state as soon as the parser
  // has it and then dropped from the tree (leaving empty containers); an element of another
  // shape stays for ReadJson, which reports it as FromJson would.
  const json::parser_callback_t consume = [&](int depth, Event event, json& parsed) {
    if (event == Event::key) {
      if (depth >= 1 && depth <= 3)
        (depth == 1 ? section : depth == 2 ? handle : month) = parsed.get<std::string>();
      return true;
    }
    if (section == "agencies" && event == Event::object_end && depth == 3) {
      read(parsed, [&] {
        state.MonthFromJson(parsed, state.Tally(LocalIndex(registry, handle), MonthKey(month)));
      });
      return false;
    }
    if (section == "edges" && event == Event::array_end && depth == 2) {
      read(parsed, [&] { state.ReadEdge(parsed); });
      return false;
    }
    const bool lists = section == "inbound" || section == "replies";
    if (lists && event == Event::array_end && depth == 3) {
      read(parsed, [&] {
        if (section == "inbound") {
          state.ReadInbound(handle, parsed);
        } else {
          state.ReadReply(handle, parsed);
        }
      });
      return false;
    }
    return true;
  };
  json rest;
  try {
    rest = json::parse(text.begin(), text.end(), consume);
  } catch (const json::exception& e) {
    throw Error(ErrorCode::kData, std::string("not valid JSON: ") + e.what(), name);
  }
  RequireIntegers(rest, name);
  CheckHeader(rest, registry, name);
  if (deferred) throw Error(deferred->code(), deferred->message(), name);
  try {
    state.options_ = OptionsFromJson(rest.at("options"));
    state.ReadJson(rest);
    return state;
  } catch (const json::exception& e) {
    throw Error(ErrorCode::kData, std::string("malformed report state: ") + e.what(), name);
  } catch (const Error& e) {
    throw Error(e.code(), e.message(), name);
  }
}

}  // namespace liputan::report
