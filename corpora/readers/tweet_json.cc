#include "corpora/readers/tweet_json.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "corpora/timestamp.h"

namespace liputan::tweet_json {
namespace {

using simdjson::dom::array;
using simdjson::dom::object;

bool Child(element e, std::string_view key, element& out) {
  return !e[key].get(out) && !out.is_null();
}

void AddUnique(std::vector<std::string>& list, std::string_view item) {
  if (item.empty()) return;
  for (const auto& x : list) {
    if (x == item) return;
  }
  list.emplace_back(item);
}

// entities.{mentions|user_mentions}, hashtags, urls in either API version.
void ReadEntities(element entities, Post& post) {
  array items;
  for (const char* key : {"mentions", "user_mentions"}) {
    if (entities[key].get(items)) continue;
    for (element m : items) {
      std::string_view handle = Str(m, "username");
      AddUnique(post.mentions, handle.empty() ? Str(m, "screen_name") : handle);
    }
  }
  if (!entities["hashtags"].get(items)) {
    for (element h : items) {
      std::string_view tag = Str(h, "tag");
      AddUnique(post.hashtags, tag.empty() ? Str(h, "text") : tag);
    }
  }
  if (!entities["urls"].get(items)) {
    for (element u : items) {
      std::string_view url = Str(u, "expanded_url");
      AddUnique(post.urls, url.empty() ? Str(u, "url") : url);
    }
  }
}

void ReadEntitiesOf(element tweet, Post& post) {
  element entities;
  if (Child(tweet, "entities", entities)) ReadEntities(entities, post);
}

// --- v2 ---

std::string_view V2Text(element tweet) {
  element note;
  if (Child(tweet, "note_tweet", note)) {
    std::string_view long_text = Str(note, "text");
    if (!long_text.empty()) return long_text;
  }
  return Str(tweet, "text");
}

const element* Find(const std::unordered_map<std::string_view, element>* map, std::string_view id) {
  if (map == nullptr) return nullptr;
  auto at = map->find(id);
  return at == map->end() ? nullptr : &at->second;
}

// The author of a v2 tweet: inline (flattened) or from includes.users.
bool V2Author(element tweet, const V2Includes* includes, element& user) {
  if (Child(tweet, "author", user)) return true;
  const element* found = Find(includes ? &includes->users : nullptr, Str(tweet, "author_id"));
  if (found == nullptr) return false;
  user = *found;
  return true;
}

// A referenced tweet: inline in a flattened line (it has text), or from includes.tweets.
bool V2Referenced(element ref, const V2Includes* includes, element& tweet) {
  if (!Str(ref, "text").empty()) {
    tweet = ref;
    return true;
  }
  const element* found = Find(includes ? &includes->tweets : nullptr, Str(ref, "id"));
  if (found == nullptr) return false;
  tweet = *found;
  return true;
}

std::string V2Handle(element tweet, const V2Includes* includes) {
  element user;
  return V2Author(tweet, includes, user) ? std::string(Str(user, "username")) : std::string();
}

void ReadV2Metrics(element tweet, Post& post) {
  element m;
  if (!Child(tweet, "public_metrics", m)) return;
  post.metrics.likes = Count(m, "like_count");
  post.metrics.retweets = Count(m, "retweet_count");
  post.metrics.replies = Count(m, "reply_count");
  post.metrics.quotes = Count(m, "quote_count");
  post.metrics.impressions = Count(m, "impression_count");
}

// Fills kind, references and (for a retweet) the original's text and entities.
void ReadV2References(element tweet, const V2Includes* includes, Post& post, bool& entities_done) {
  array refs;
  if (tweet["referenced_tweets"].get(refs)) return;
  for (element ref : refs) {
    std::string_view type = Str(ref, "type");
    element target;
    bool found = V2Referenced(ref, includes, target);
    std::string handle = found ? V2Handle(target, includes) : std::string();
    if (type == "retweeted") {
      post.retweeted_id = Str(ref, "id");
      if (handle.empty()) handle = RetweetPrefixHandle(post.text);
      post.retweeted_handle = handle;
      if (found && !V2Text(target).empty()) {
        post.text = DecodeEntities(V2Text(target));
        ReadEntitiesOf(target, post);
        entities_done = true;
      }
    } else if (type == "quoted") {
      post.quoted_id = Str(ref, "id");
      post.quoted_handle = handle;
    } else if (type == "replied_to") {
      post.replied_to_id = Str(ref, "id");
      post.replied_to_handle = handle;
    }
  }
}

void ReadV2ReplyUser(element tweet, const V2Includes* includes, Post& post) {
  if (!post.replied_to_handle.empty()) return;
  element user;
  if (Child(tweet, "in_reply_to_user", user)) {
    post.replied_to_handle = Str(user, "username");
    return;
  }
  std::string_view user_id = Str(tweet, "in_reply_to_user_id");
  const element* found = Find(includes ? &includes->users : nullptr, user_id);
  if (found != nullptr) {
    post.replied_to_handle = Str(*found, "username");
    return;
  }
  // The user is missing from includes (suspended, deleted): the mention with their id names them.
  element entities;
  simdjson::dom::array mentions;
  if (user_id.empty() || !Child(tweet, "entities", entities) ||
      entities["mentions"].get(mentions)) {
    return;
  }
  for (element m : mentions) {
    if (Str(m, "id") == user_id) post.replied_to_handle = Str(m, "username");
  }
}

PostKind KindOf(const Post& post) {
  if (!post.retweeted_id.empty()) return PostKind::kRetweet;
  if (!post.quoted_id.empty()) return PostKind::kQuote;
  if (!post.replied_to_id.empty()) return PostKind::kReply;
  return PostKind::kOriginal;
}

std::string ReadCreatedAt(element tweet, Post& post) {
  std::string_view created = Str(tweet, "created_at");
  if (created.empty()) return "";
  std::optional<int64_t> t = ParseTimestamp(created);
  if (!t) return "unreadable created_at \"" + std::string(created) + "\"";
  post.created_at = *t;
  return "";
}

// --- v1.1 ---

std::string_view V1Text(element status) {
  element extended;
  if (Child(status, "extended_tweet", extended)) {
    std::string_view text = Str(extended, "full_text");
    if (!text.empty()) return text;
  }
  std::string_view full = Str(status, "full_text");
  return full.empty() ? Str(status, "text") : full;
}

void ReadV1Entities(element status, Post& post) {
  element extended;
  element entities;
  if (Child(status, "extended_tweet", extended) && Child(extended, "entities", entities)) {
    ReadEntities(entities, post);
  } else {
    ReadEntitiesOf(status, post);
  }
}

void ReadV1References(element status, Post& post, bool& entities_done) {
  element retweeted;
  if (Child(status, "retweeted_status", retweeted)) {
    post.retweeted_id = Id(retweeted, "id_str");
    if (post.retweeted_id.empty()) post.retweeted_id = Id(retweeted, "id");
    element user;
    if (Child(retweeted, "user", user)) post.retweeted_handle = Str(user, "screen_name");
    post.text = DecodeEntities(V1Text(retweeted));
    ReadV1Entities(retweeted, post);
    entities_done = true;
  } else if (post.text.rfind("RT @", 0) == 0) {
    // tweets.js keeps no retweeted_status: the kind and handle are in the prefix only.
    post.retweeted_handle = RetweetPrefixHandle(post.text);
    post.retweeted_id = "unknown";
  }
  post.quoted_id = Id(status, "quoted_status_id_str");
  if (post.quoted_id.empty()) post.quoted_id = Id(status, "quoted_status_id");
  element quoted;
  if (Child(status, "quoted_status", quoted)) {
    if (post.quoted_id.empty()) post.quoted_id = Id(quoted, "id_str");
    element user;
    if (Child(quoted, "user", user)) post.quoted_handle = Str(user, "screen_name");
  }
  post.replied_to_id = Id(status, "in_reply_to_status_id_str");
  if (post.replied_to_id.empty()) post.replied_to_id = Id(status, "in_reply_to_status_id");
  post.replied_to_handle = Str(status, "in_reply_to_screen_name");
}

}  // namespace

std::string_view Str(element e, std::string_view key) {
  std::string_view s;
  if (e[key].get_string().get(s)) return {};
  return s;
}

std::string Id(element e, std::string_view key) {
  element v;
  if (e[key].get(v)) return {};
  std::string_view s;
  if (!v.get_string().get(s)) return std::string(s);
  uint64_t u = 0;
  if (!v.get_uint64().get(u)) return std::to_string(u);
  int64_t i = 0;
  if (!v.get_int64().get(i)) return std::to_string(i);
  return {};
}

std::optional<int64_t> Count(element e, std::string_view key) {
  element v;
  if (e[key].get(v)) return std::nullopt;
  int64_t n = 0;
  if (!v.get_int64().get(n)) return n;
  std::string_view s;
  if (v.get_string().get(s) || s.empty()) return std::nullopt;
  auto result = std::from_chars(s.data(), s.data() + s.size(), n);
  if (result.ec != std::errc() || result.ptr != s.data() + s.size()) return std::nullopt;
  return n;
}

std::string DecodeEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) break;
    out.append(text.substr(i, amp - i));
    std::string_view rest = text.substr(amp);
    if (rest.substr(0, 5) == "&amp;") {
      out.push_back('&');
      i = amp + 5;
    } else if (rest.substr(0, 4) == "&lt;") {
      out.push_back('<');
      i = amp + 4;
    } else if (rest.substr(0, 4) == "&gt;") {
      out.push_back('>');
      i = amp + 4;
    } else {
      out.push_back('&');
      i = amp + 1;
    }
  }
  out.append(text.substr(std::min(i, text.size())));
  return out;
}

std::string RetweetPrefixHandle(std::string_view text) {
  if (text.rfind("RT @", 0) != 0) return {};
  size_t stop = text.find(':', 4);
  if (stop == std::string_view::npos) return {};
  std::string_view handle = text.substr(4, stop - 4);
  for (char c : handle) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return {};
  }
  return std::string(handle);
}

void V2Includes::Index(element page) {
  users.clear();
  tweets.clear();
  element includes;
  if (!Child(page, "includes", includes)) return;
  array items;
  if (!includes["users"].get(items)) {
    for (element u : items) users.emplace(Str(u, "id"), u);
  }
  if (!includes["tweets"].get(items)) {
    for (element t : items) tweets.emplace(Str(t, "id"), t);
  }
}

std::string ConvertV2Tweet(element tweet, const V2Includes* includes, Post& post) {
  if (!tweet.is_object()) return "expected a tweet object";
  post.id = Id(tweet, "id");
  if (post.id.empty()) return "no \"id\"";
  post.text = DecodeEntities(V2Text(tweet));
  post.author_id = Str(tweet, "author_id");
  post.lang = Str(tweet, "lang");
  element user;
  if (V2Author(tweet, includes, user)) {
    if (post.author_id.empty()) post.author_id = Str(user, "id");
    post.author_handle = Str(user, "username");
    post.author_name = Str(user, "name");
    element metrics;
    if (Child(user, "public_metrics", metrics)) {
      post.author_followers = Count(metrics, "followers_count");
    }
  }
  std::string error = ReadCreatedAt(tweet, post);
  if (!error.empty()) return error;
  bool entities_done = false;
  ReadV2References(tweet, includes, post, entities_done);
  ReadV2ReplyUser(tweet, includes, post);
  if (!entities_done) ReadEntitiesOf(tweet, post);
  ReadV2Metrics(tweet, post);
  post.kind = KindOf(post);
  element twarc;
  if (Child(tweet, "__twarc", twarc)) {
    post.observed_at = ParseTimestamp(Str(twarc, "retrieved_at"));
  }
  return "";
}

std::string ConvertV1Status(element status, const ArchiveAccount* account, Post& post) {
  element inner;
  if (Child(status, "tweet", inner) && inner.is_object()) status = inner;
  if (!status.is_object()) return "expected a status object";
  post.id = Id(status, "id_str");
  if (post.id.empty()) post.id = Id(status, "id");
  if (post.id.empty()) return "no \"id_str\" or \"id\"";
  post.text = DecodeEntities(V1Text(status));
  post.lang = Str(status, "lang");
  element user;
  if (Child(status, "user", user)) {
    post.author_id = Id(user, "id_str");
    if (post.author_id.empty()) post.author_id = Id(user, "id");
    post.author_handle = Str(user, "screen_name");
    post.author_name = Str(user, "name");
    post.author_followers = Count(user, "followers_count");
  } else if (account != nullptr) {
    post.author_id = account->id;
    post.author_handle = account->handle;
    post.author_name = account->name;
  }
  std::string error = ReadCreatedAt(status, post);
  if (!error.empty()) return error;
  bool entities_done = false;
  ReadV1References(status, post, entities_done);
  if (post.retweeted_id == "unknown") post.retweeted_id.clear();
  if (!entities_done) ReadV1Entities(status, post);
  post.metrics.likes = Count(status, "favorite_count");
  post.metrics.retweets = Count(status, "retweet_count");
  post.metrics.replies = Count(status, "reply_count");
  post.metrics.quotes = Count(status, "quote_count");
  post.kind = KindOf(post);
  if (post.kind == PostKind::kOriginal && !post.retweeted_handle.empty()) {
    post.kind = PostKind::kRetweet;
  }
  return "";
}

}  // namespace liputan::tweet_json
