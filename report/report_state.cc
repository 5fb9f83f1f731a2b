#include "report/report_state.h"

#include <algorithm>
#include <cmath>

#include "common/error.h"
#include "report/agency_data.h"
#include "report/calendar.h"
#include "report/handle_key.h"
#include "report/month_tally.h"
#include "report/post_key.h"

namespace liputan::report {

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

template <typename Map>
void AddMap(Map& into, const Map& from) {
  for (const auto& [key, value] : from) into[key] += value;
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

ReportState::ReportState(const ReportState& other) = default;
ReportState::ReportState(ReportState&& other) noexcept = default;
ReportState& ReportState::operator=(const ReportState& other) = default;
ReportState& ReportState::operator=(ReportState&& other) noexcept = default;
ReportState::~ReportState() = default;

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
  PostLabels(const Post& post, const std::array<std::string, 2>& sets) {
    for (const auto& [set, list] : post.predictions) {
      if (list.empty()) continue;
      if (set == sets[0]) {
        lists[0] = &list;
      } else if (set == sets[1]) {
        lists[1] = &list;
      }
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
  PostLabels labels(post, options_.label_sets);
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

std::vector<int64_t> ReportState::Months(int index) const {
  std::vector<int64_t> months;
  if (!HasPosts(index)) return months;
  for (const auto& [month, tally] : agencies_[static_cast<size_t>(index)].months)
    months.push_back(month);
  return months;
}

AgencyMonth ReportState::Month(int index, int64_t month) const {
  const MonthTally* tally =
      HasPosts(index) ? agencies_[static_cast<size_t>(index)].months.Find(month) : nullptr;
  return tally ? Resolve(*tally) : AgencyMonth{};
}

void ReportState::Merge(const ReportState& other) {
  const auto& sets = options_.label_sets;
  if (sets != other.options_.label_sets) {
    const auto& theirs = other.options_.label_sets;
    throw Error(ErrorCode::kData, "partial states tally different label sets (\"" + theirs[0] +
                                      "\" and \"" + theirs[1] + "\", not \"" + sets[0] +
                                      "\" and \"" + sets[1] + "\")");
  }
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
        out[options_.label_sets[static_cast<size_t>(s)]]
           [labels_[s].name(static_cast<uint32_t>(id))] = by_label[id].posts();
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
        m.engagement_by_label[options_.label_sets[static_cast<size_t>(s)] + ":" +
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

}  // namespace liputan::report
