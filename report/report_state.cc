#include "report/report_state.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "report/calendar.h"

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

template <typename Map>
void AddMap(Map& into, const Map& from) {
  for (const auto& [key, value] : from) into[key] += value;
}

void MergeFollowers(std::optional<std::pair<int64_t, int64_t>>& into,
                    const std::optional<std::pair<int64_t, int64_t>>& from) {
  if (from && (!into || *from > *into)) into = from;
}

const Prediction* TopPrediction(const Post& post, const char* label_set) {
  auto it = post.predictions.find(label_set);
  if (it == post.predictions.end() || it->second.empty()) return nullptr;
  return &it->second.front();
}

void AddProbabilities(const Post& post, const char* label_set,
                      std::map<std::string, int64_t>& sums) {
  auto it = post.predictions.find(label_set);
  if (it == post.predictions.end()) return;
  for (const Prediction& p : it->second) {
    sums[p.label] += std::llround(std::clamp(p.probability, 0.0, 1.0) * kProbabilityScale);
  }
}

void MinRange(std::optional<int64_t>& low, std::optional<int64_t>& high, int64_t value) {
  if (!low || value < *low) low = value;
  if (!high || value > *high) high = value;
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
  amplified_ids.insert(o.amplified_ids.begin(), o.amplified_ids.end());
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

ReportState::ReportState(const AgencyRegistry& registry, AggregationOptions options)
    : registry_(&registry), options_(options) {}

void ReportState::Add(const Post& post) {
  ++counters_.records;
  if ((options_.from && post.created_at < *options_.from) ||
      (options_.to && post.created_at >= *options_.to)) {
    ++counters_.out_of_range;
    return;
  }
  if (options_.exclude_retweets && post.kind == PostKind::kRetweet) {
    ++counters_.retweets_excluded;
    return;
  }
  const int index = registry_->Find(post.author_handle);
  if (index < 0) {
    ++counters_.outside_posts;
    AddInbound(post);
    return;
  }
  const Agency& agency = registry_->agencies()[index];
  if (agency.vertical()) {
    ++counters_.vertical_posts;
    return;
  }
  ++counters_.agency_posts;
  MinRange(counters_.first_post, counters_.last_post, post.created_at);
  AddAgencyPost(post, agency);
}

void ReportState::AddAgencyPost(const Post& post, const Agency& agency) {
  const std::string month = MonthOf(post.created_at);
  AgencyMonth& state = agencies_[agency.handle][month];
  ++state.posts_by_kind[KindIndex(post.kind)];
  if (post.author_followers) {
    MergeFollowers(state.followers, std::make_pair(post.observed_at.value_or(post.created_at),
                                                   *post.author_followers));
  }
  if (post.kind != PostKind::kRetweet) AddContent(post, state);
  if (post.kind == PostKind::kOriginal || post.kind == PostKind::kQuote) AddEngagement(post, state);
  if (post.kind == PostKind::kReply && !post.replied_to_id.empty()) {
    auto [it, inserted] = replies_[agency.handle].emplace(post.replied_to_id, post.created_at);
    if (!inserted) it->second = std::min(it->second, post.created_at);
  }
  if (post.kind == PostKind::kRetweet || post.kind == PostKind::kQuote) {
    const bool retweet = post.kind == PostKind::kRetweet;
    const std::string& source_handle = retweet ? post.retweeted_handle : post.quoted_handle;
    const std::string& source_id = retweet ? post.retweeted_id : post.quoted_id;
    const int source = registry_->Find(source_handle);
    ++state.reuse_total;
    if (registry_->IsLocal(source)) {
      ++state.reuse_internal;
      const std::string& source_key = registry_->agencies()[source].handle;
      if (source_key != agency.handle && !source_id.empty()) {
        // AR counts the source's posts; date them by their id so they land in their own month.
        int64_t original_time = post.created_at;
        SnowflakeTime(source_id, original_time);
        agencies_[source_key][MonthOf(original_time)].amplified_ids.insert(source_id);
      }
    }
    if (retweet) {
      ++state.vertical_base;
      if (source >= 0 && registry_->agencies()[source].vertical()) ++state.vertical_hits;
    }
  }
  AddEdges(post, agency, month);
}

void ReportState::AddContent(const Post& post, AgencyMonth& state) {
  ++state.content_posts;
  const Prediction* sector = TopPrediction(post, "sektor");
  const Prediction* function = TopPrediction(post, "fungsi");
  if (sector) ++state.sector[sector->label];
  if (function) ++state.function[function->label];
  if (sector && function) ++state.cross[sector->label + "\t" + function->label];
  if (!sector || !function) ++state.unlabeled;
  AddProbabilities(post, "sektor", state.sector_probability);
  AddProbabilities(post, "fungsi", state.function_probability);
}

void ReportState::AddEngagement(const Post& post, AgencyMonth& state) {
  ++state.broadcast_posts;
  const Prediction* function = TopPrediction(post, "fungsi");
  // Mergel's pull: a service or participation post that sends the reader somewhere (a URL).
  if (function && (function->label == "info_layanan" || function->label == "dialog_partisipasi") &&
      !post.urls.empty()) {
    ++state.pull_posts;
  }
  EngagementTally& tally = state.engagement;
  if (post.observed_at) {
    if (*post.observed_at - post.created_at < int64_t{options_.engagement_freeze_days} * 86400) {
      ++tally.excluded_young;
      return;
    }
  } else {
    ++tally.unknown_age;
  }
  const PostMetrics& m = post.metrics;
  if (m.likes) tally.likes.Add(*m.likes);
  if (m.replies) tally.replies.Add(*m.replies);
  if (m.retweets) {
    tally.retweets.Add(*m.retweets);
    tally.shares.Add(*m.retweets + m.quotes.value_or(0));
  }
  if (!m.likes || !m.retweets) return;
  const int64_t total = *m.likes + *m.retweets + m.replies.value_or(0) + m.quotes.value_or(0);
  tally.per_post_total.Add(total);
  if (const Prediction* sector = TopPrediction(post, "sektor")) {
    state.engagement_by_label["sektor:" + sector->label].Add(total);
  }
  if (function) state.engagement_by_label["fungsi:" + function->label].Add(total);
}

void ReportState::AddEdges(const Post& post, const Agency& agency, const std::string& month) {
  auto add = [&](Layer layer, const std::string& target) {
    const std::string to = NormalizeHandle(target);
    if (to.empty() || to == agency.handle) return;
    ++edges_[EdgeKey{month, static_cast<int>(layer), agency.handle, to}];
  };
  switch (post.kind) {
    case PostKind::kRetweet:
      add(Layer::kRetweet, post.retweeted_handle);
      return;
    case PostKind::kReply:
      add(Layer::kReply, post.replied_to_handle);
      break;
    case PostKind::kQuote:
      add(Layer::kQuote, post.quoted_handle);
      break;
    case PostKind::kOriginal:
      break;
  }
  // A retweet's mentions are the original author's, so only own text counts as mentioning; the
  // account replied to is already the reply tie.
  std::set<std::string> mentioned;
  const std::string replied = NormalizeHandle(post.replied_to_handle);
  for (const std::string& m : post.mentions) {
    const std::string handle = NormalizeHandle(m);
    if (handle.empty() || handle == agency.handle || handle == replied) continue;
    if (mentioned.insert(handle).second) add(Layer::kMention, handle);
  }
  AgencyMonth& state = agencies_[agency.handle][month];
  for (const std::string& handle : mentioned) {
    ++state.vertical_base;
    const int index = registry_->Find(handle);
    if (index >= 0 && registry_->agencies()[index].vertical()) ++state.vertical_hits;
  }
}

void ReportState::AddInbound(const Post& post) {
  if (post.kind == PostKind::kRetweet) return;  // sharing counts in V, not as a citizen's post
  std::set<std::string> targets;
  auto consider = [&](const std::string& handle) {
    const int index = registry_->Find(handle);
    if (registry_->IsLocal(index)) targets.insert(registry_->agencies()[index].handle);
  };
  consider(post.replied_to_handle);
  for (const std::string& m : post.mentions) consider(m);
  if (targets.empty()) return;
  ++counters_.inbound_posts;
  for (const std::string& target : targets) {
    inbound_[target].emplace(post.id,
                             InboundPost{post.created_at, NormalizeHandle(post.author_handle)});
  }
}

void ReportState::Merge(const ReportState& other) {
  if (!(options_ == other.options_)) {
    throw Error(ErrorCode::kData, "partial states were built with different aggregation options");
  }
  if (registry_->Fingerprint() != other.registry_->Fingerprint()) {
    throw Error(ErrorCode::kData, "partial states were built with different agency registries");
  }
  counters_.Merge(other.counters_);
  for (const auto& [handle, months] : other.agencies_) {
    for (const auto& [month, state] : months) agencies_[handle][month].Merge(state);
  }
  AddMap(edges_, other.edges_);
  for (const auto& [handle, posts] : other.inbound_)
    inbound_[handle].insert(posts.begin(), posts.end());
  for (const auto& [handle, replies] : other.replies_) {
    auto& into = replies_[handle];
    for (const auto& [id, time] : replies) {
      auto [it, inserted] = into.emplace(id, time);
      if (!inserted) it->second = std::min(it->second, time);
    }
  }
}

std::vector<std::pair<EdgeKey, int64_t>> ReportState::SortedEdges() const {
  std::vector<std::pair<EdgeKey, int64_t>> sorted(edges_.begin(), edges_.end());
  std::sort(sorted.begin(), sorted.end());
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

std::vector<std::string> Sorted(const std::unordered_set<std::string>& ids) {
  std::vector<std::string> sorted(ids.begin(), ids.end());
  std::sort(sorted.begin(), sorted.end());
  return sorted;
}

template <typename Value>
std::vector<std::pair<std::string, Value>> Sorted(
    const std::unordered_map<std::string, Value>& map) {
  std::vector<std::pair<std::string, Value>> sorted(map.begin(), map.end());
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return sorted;
}

json MonthToJson(const AgencyMonth& m) {
  json by_label = json::object();
  for (const auto& [label, h] : m.engagement_by_label) by_label[label] = h.ToJson();
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
      {"amplified_ids", m.amplified_ids},
      {"followers", m.followers ? json{m.followers->first, m.followers->second} : json(nullptr)}};
}

AgencyMonth MonthFromJson(const json& j) {
  AgencyMonth m;
  m.posts_by_kind = j.at("posts_by_kind").get<std::array<int64_t, 4>>();
  m.content_posts = j.at("content_posts").get<int64_t>();
  m.unlabeled = j.at("unlabeled").get<int64_t>();
  m.sector = j.at("sector").get<std::map<std::string, int64_t>>();
  m.function = j.at("function").get<std::map<std::string, int64_t>>();
  m.cross = j.at("cross").get<std::map<std::string, int64_t>>();
  m.sector_probability = j.at("sector_probability").get<std::map<std::string, int64_t>>();
  m.function_probability = j.at("function_probability").get<std::map<std::string, int64_t>>();
  m.engagement = EngagementTally::FromJson(j.at("engagement"));
  for (const auto& [label, h] : j.at("engagement_by_label").items()) {
    m.engagement_by_label[label] = CountHistogram::FromJson(h);
  }
  m.broadcast_posts = j.at("broadcast_posts").get<int64_t>();
  m.pull_posts = j.at("pull_posts").get<int64_t>();
  m.reuse_total = j.at("reuse").at(0).get<int64_t>();
  m.reuse_internal = j.at("reuse").at(1).get<int64_t>();
  m.vertical_base = j.at("vertical").at(0).get<int64_t>();
  m.vertical_hits = j.at("vertical").at(1).get<int64_t>();
  for (const json& id : j.at("amplified_ids")) m.amplified_ids.insert(id.get<std::string>());
  if (!j.at("followers").is_null()) {
    m.followers = std::make_pair(j.at("followers").at(0).get<int64_t>(),
                                 j.at("followers").at(1).get<int64_t>());
  }
  return m;
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
  return c;
}

}  // namespace

json ReportState::ToJson() const {
  json agencies = json::object();
  for (const auto& [handle, months] : agencies_) {
    json by_month = json::object();
    for (const auto& [month, state] : months) by_month[month] = MonthToJson(state);
    agencies[handle] = by_month;
  }
  json edges = json::array();
  for (const auto& [key, weight] : SortedEdges()) {
    edges.push_back({key.month, kLayerNames[key.layer], key.from, key.to, weight});
  }
  json inbound = json::object();
  for (const auto& [handle, posts] : inbound_) {
    json list = json::array();
    for (const auto& [id, post] : Sorted(posts)) list.push_back({id, post.created_at, post.author});
    inbound[handle] = list;
  }
  json replies = json::object();
  for (const auto& [handle, map] : replies_) {
    json list = json::array();
    for (const auto& [id, time] : Sorted(map)) list.push_back({id, time});
    replies[handle] = list;
  }
  return {{"format", kStateFormat},
          {"version", kStateVersion},
          {"registry_fingerprint", registry_->Fingerprint()},
          {"options", OptionsToJson(options_)},
          {"counters", CountersToJson(counters_)},
          {"agencies", agencies},
          {"edges", edges},
          {"inbound", inbound},
          {"replies", replies}};
}

ReportState ReportState::FromJson(const json& j, const AgencyRegistry& registry,
                                  const std::string& name) {
  if (!j.is_object() || j.value("format", "") != kStateFormat) {
    throw Error(
        ErrorCode::kData,
        "not a liputan report state (\"format\" is not \"" + std::string(kStateFormat) + "\")",
        name);
  }
  if (j.value("version", 0) != kStateVersion) {
    throw Error(ErrorCode::kData, "unsupported report state version", name);
  }
  if (j.value("registry_fingerprint", "") != registry.Fingerprint()) {
    throw Error(ErrorCode::kData,
                "state was built with another agency registry (fingerprint differs)", name);
  }
  try {
    ReportState state(registry, OptionsFromJson(j.at("options")));
    state.counters_ = CountersFromJson(j.at("counters"));
    for (const auto& [handle, months] : j.at("agencies").items()) {
      for (const auto& [month, m] : months.items())
        state.agencies_[handle][month] = MonthFromJson(m);
    }
    for (const json& e : j.at("edges")) {
      const std::string layer = e.at(1).get<std::string>();
      auto it = std::find(kLayerNames.begin(), kLayerNames.end(), layer);
      if (it == kLayerNames.end()) throw Error(ErrorCode::kData, "unknown layer \"" + layer + "\"");
      state.edges_[EdgeKey{e.at(0).get<std::string>(), static_cast<int>(it - kLayerNames.begin()),
                           e.at(2).get<std::string>(), e.at(3).get<std::string>()}] +=
          e.at(4).get<int64_t>();
    }
    for (const auto& [handle, list] : j.at("inbound").items()) {
      for (const json& p : list) {
        state.inbound_[handle][p.at(0).get<std::string>()] =
            InboundPost{p.at(1).get<int64_t>(), p.at(2).get<std::string>()};
      }
    }
    for (const auto& [handle, list] : j.at("replies").items()) {
      for (const json& r : list)
        state.replies_[handle][r.at(0).get<std::string>()] = r.at(1).get<int64_t>();
    }
    return state;
  } catch (const json::exception& e) {
    throw Error(ErrorCode::kData, std::string("malformed report state: ") + e.what(), name);
  } catch (const Error& e) {
    throw Error(e.code(), e.message(), name);
  }
}

}  // namespace liputan::report
