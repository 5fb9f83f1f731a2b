#include "corpora/post_jsonl.h"

#include <simdjson.h>

#include "corpora/json_writer.h"
#include "corpora/timestamp.h"

namespace liputan {
namespace {

using simdjson::dom::element;

void AppendKey(std::string& out, const char* key) {
  out += ",\"";
  out += key;
  out += "\":";
}

void AppendStringField(std::string& out, const char* key, const std::string& value) {
  AppendKey(out, key);
  AppendJsonString(out, value);
}

void AppendTime(std::string& out, const char* key, std::optional<int64_t> t) {
  AppendKey(out, key);
  if (t) {
    out.push_back('"');
    out += FormatTimestamp(*t);
    out.push_back('"');
  } else {
    out += "null";
  }
}

void AppendStringArray(std::string& out, const char* key, const std::vector<std::string>& items) {
  AppendKey(out, key);
  out.push_back('[');
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendJsonString(out, items[i]);
  }
  out.push_back(']');
}

void AppendMetrics(std::string& out, const PostMetrics& m) {
  AppendKey(out, "metrics");
  out += "{\"likes\":";
  AppendJsonOptionalInt(out, m.likes);
  out += ",\"retweets\":";
  AppendJsonOptionalInt(out, m.retweets);
  out += ",\"replies\":";
  AppendJsonOptionalInt(out, m.replies);
  out += ",\"quotes\":";
  AppendJsonOptionalInt(out, m.quotes);
  out += ",\"impressions\":";
  AppendJsonOptionalInt(out, m.impressions);
  out.push_back('}');
}

void AppendTrueLabels(std::string& out, const std::map<std::string, std::vector<std::string>>& m) {
  AppendKey(out, "true_labels");
  out.push_back('{');
  bool first = true;
  for (const auto& [set, labels] : m) {
    if (!first) out.push_back(',');
    first = false;
    AppendJsonString(out, set);
    out.push_back(':');
    out.push_back('[');
    for (size_t i = 0; i < labels.size(); ++i) {
      if (i > 0) out.push_back(',');
      AppendJsonString(out, labels[i]);
    }
    out.push_back(']');
  }
  out.push_back('}');
}

void AppendPredictions(std::string& out,
                       const std::map<std::string, std::vector<Prediction>>& predictions) {
  AppendKey(out, "predictions");
  out.push_back('{');
  bool first = true;
  for (const auto& [set, list] : predictions) {
    if (!first) out.push_back(',');
    first = false;
    AppendJsonString(out, set);
    out += ":[";
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) out.push_back(',');
      out += "{\"label\":";
      AppendJsonString(out, list[i].label);
      out += ",\"probability\":";
      AppendJsonDouble(out, list[i].probability);
      out.push_back('}');
    }
    out.push_back(']');
  }
  out.push_back('}');
}

// --- reading ---

bool Fail(std::string& error, std::string message) {
  error = std::move(message);
  return false;
}

bool GetString(element value, std::string_view key, std::string& out, std::string& error) {
  if (value.is_null()) {
    out.clear();
    return true;
  }
  std::string_view s;
  if (value.get_string().get(s))
    return Fail(error, "\"" + std::string(key) + "\" must be a string");
  out.assign(s);
  return true;
}

bool GetOptionalInt(element value, std::string_view key, std::optional<int64_t>& out,
                    std::string& error) {
  if (value.is_null()) {
    out.reset();
    return true;
  }
  int64_t v = 0;
  if (value.get_int64().get(v)) {
    return Fail(error, "\"" + std::string(key) + "\" must be an integer or null");
  }
  out = v;
  return true;
}

bool GetTime(element value, std::string_view key, std::optional<int64_t>& out, std::string& error) {
  if (value.is_null()) {
    out.reset();
    return true;
  }
  int64_t seconds = 0;
  if (!value.get_int64().get(seconds)) {
    out = seconds;
    return true;
  }
  std::string_view s;
  std::optional<int64_t> t;
  if (!value.get_string().get(s)) t = ParseTimestamp(s);
  if (!t) return Fail(error, "\"" + std::string(key) + "\" is not a date");
  out = t;
  return true;
}

bool GetStringArray(element value, std::string_view key, std::vector<std::string>& out,
                    std::string& error) {
  out.clear();
  if (value.is_null()) return true;
  simdjson::dom::array array;
  if (value.get_array().get(array)) {
    return Fail(error, "\"" + std::string(key) + "\" must be an array of strings");
  }
  for (element item : array) {
    std::string_view s;
    if (item.get_string().get(s)) {
      return Fail(error, "\"" + std::string(key) + "\" must be an array of strings");
    }
    out.emplace_back(s);
  }
  return true;
}

bool GetMetrics(element value, PostMetrics& m, std::string& error) {
  m = PostMetrics{};
  if (value.is_null()) return true;
  simdjson::dom::object object;
  if (value.get_object().get(object)) return Fail(error, "\"metrics\" must be an object");
  for (auto field : object) {
    std::optional<int64_t>* slot = field.key == "likes"         ? &m.likes
                                   : field.key == "retweets"    ? &m.retweets
                                   : field.key == "replies"     ? &m.replies
                                   : field.key == "quotes"      ? &m.quotes
                                   : field.key == "impressions" ? &m.impressions
                                                                : nullptr;
    if (slot != nullptr && !GetOptionalInt(field.value, field.key, *slot, error)) return false;
  }
  return true;
}

bool GetTrueLabels(element value, std::map<std::string, std::vector<std::string>>& out,
                   std::string& error) {
  out.clear();
  if (value.is_null()) return true;
  simdjson::dom::object object;
  if (value.get_object().get(object)) return Fail(error, "\"true_labels\" must be an object");
  for (auto field : object) {
    if (!GetStringArray(field.value, "true_labels", out[std::string(field.key)], error)) {
      return false;
    }
  }
  return true;
}

bool GetPredictionList(element value, std::vector<Prediction>& out, std::string& error) {
  simdjson::dom::array array;
  if (value.get_array().get(array)) return Fail(error, "\"predictions\" must map to arrays");
  for (element item : array) {
    Prediction p;
    std::string_view label;
    if (item["label"].get_string().get(label) ||
        item["probability"].get_double().get(p.probability)) {
      return Fail(error, "a prediction must be {\"label\": string, \"probability\": number}");
    }
    p.label.assign(label);
    out.push_back(std::move(p));
  }
  return true;
}

bool GetPredictions(element value, std::map<std::string, std::vector<Prediction>>& out,
                    std::string& error) {
  out.clear();
  if (value.is_null()) return true;
  simdjson::dom::object object;
  if (value.get_object().get(object)) return Fail(error, "\"predictions\" must be an object");
  for (auto field : object) {
    if (!GetPredictionList(field.value, out[std::string(field.key)], error)) return false;
  }
  return true;
}

bool GetKind(element value, PostKind& kind, std::string& error) {
  std::string_view s;
  std::optional<PostKind> parsed;
  if (!value.get_string().get(s)) parsed = ParsePostKind(s);
  if (!parsed) return Fail(error, "\"kind\" must be one of original, reply, retweet, quote");
  kind = *parsed;
  return true;
}

// The string fields of Post by key.
std::string* StringSlot(Post& post, std::string_view key) {
  if (key == "id") return &post.id;
  if (key == "author_id") return &post.author_id;
  if (key == "author_handle") return &post.author_handle;
  if (key == "author_name") return &post.author_name;
  if (key == "lang") return &post.lang;
  if (key == "text") return &post.text;
  if (key == "replied_to_id") return &post.replied_to_id;
  if (key == "replied_to_handle") return &post.replied_to_handle;
  if (key == "retweeted_id") return &post.retweeted_id;
  if (key == "retweeted_handle") return &post.retweeted_handle;
  if (key == "quoted_id") return &post.quoted_id;
  if (key == "quoted_handle") return &post.quoted_handle;
  if (key == "source_file") return &post.source_file;
  return nullptr;
}

bool ReadField(std::string_view key, element value, Post& post, std::string& error) {
  if (std::string* slot = StringSlot(post, key)) return GetString(value, key, *slot, error);
  if (key == "created_at") {
    std::optional<int64_t> t;
    if (!GetTime(value, key, t, error)) return false;
    post.created_at = t.value_or(0);
    return true;
  }
  if (key == "observed_at") return GetTime(value, key, post.observed_at, error);
  if (key == "author_followers") return GetOptionalInt(value, key, post.author_followers, error);
  if (key == "kind") return GetKind(value, post.kind, error);
  if (key == "mentions") return GetStringArray(value, key, post.mentions, error);
  if (key == "hashtags") return GetStringArray(value, key, post.hashtags, error);
  if (key == "urls") return GetStringArray(value, key, post.urls, error);
  if (key == "metrics") return GetMetrics(value, post.metrics, error);
  if (key == "true_labels") return GetTrueLabels(value, post.true_labels, error);
  if (key == "predictions") return GetPredictions(value, post.predictions, error);
  if (key == "token_count" || key == "source_line") {
    std::optional<int64_t> v;
    if (!GetOptionalInt(value, key, v, error)) return false;
    if (key == "token_count") {
      post.token_count = static_cast<int>(v.value_or(-1));
    } else {
      post.source_line = v.value_or(0);
    }
  }
  return true;
}

}  // namespace

void AppendPostJson(const Post& post, std::string& out) {
  out += "{\"id\":";
  AppendJsonString(out, post.id);
  AppendTime(out, "created_at",
             post.created_at != 0 ? std::optional<int64_t>(post.created_at) : std::nullopt);
  AppendStringField(out, "author_id", post.author_id);
  AppendStringField(out, "author_handle", post.author_handle);
  AppendStringField(out, "author_name", post.author_name);
  AppendKey(out, "author_followers");
  AppendJsonOptionalInt(out, post.author_followers);
  AppendTime(out, "observed_at", post.observed_at);
  AppendStringField(out, "lang", post.lang);
  AppendKey(out, "kind");
  AppendJsonString(out, PostKindName(post.kind));
  AppendStringField(out, "text", post.text);
  AppendStringField(out, "replied_to_id", post.replied_to_id);
  AppendStringField(out, "replied_to_handle", post.replied_to_handle);
  AppendStringField(out, "retweeted_id", post.retweeted_id);
  AppendStringField(out, "retweeted_handle", post.retweeted_handle);
  AppendStringField(out, "quoted_id", post.quoted_id);
  AppendStringField(out, "quoted_handle", post.quoted_handle);
  AppendStringArray(out, "mentions", post.mentions);
  AppendStringArray(out, "hashtags", post.hashtags);
  AppendStringArray(out, "urls", post.urls);
  AppendMetrics(out, post.metrics);
  AppendTrueLabels(out, post.true_labels);
  AppendPredictions(out, post.predictions);
  AppendKey(out, "token_count");
  AppendJsonOptionalInt(
      out, post.token_count >= 0 ? std::optional<int64_t>(post.token_count) : std::nullopt);
  AppendStringField(out, "source_file", post.source_file);
  AppendKey(out, "source_line");
  AppendJsonInt(out, post.source_line);
  out.push_back('}');
}

std::string PostToJson(const Post& post) {
  std::string out;
  AppendPostJson(post, out);
  return out;
}

bool ParsePostJson(std::string_view line, Post& post, std::string& error) {
  thread_local simdjson::dom::parser parser;
  element doc;
  auto status = parser.parse(line.data(), line.size(), true).get(doc);
  if (status) return Fail(error, std::string("invalid JSON: ") + simdjson::error_message(status));
  simdjson::dom::object object;
  if (doc.get_object().get(object)) return Fail(error, "expected a JSON object");
  post = Post{};
  for (auto field : object) {
    if (!ReadField(field.key, field.value, post, error)) return false;
  }
  if (post.id.empty()) return Fail(error, "no \"id\"");
  return true;
}

bool LooksLikePostJson(std::string_view line) {
  size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos || line.compare(i, 6, "{\"id\":") != 0) return false;
  return line.find("\"author_handle\":") != std::string_view::npos &&
         line.find("\"kind\":") != std::string_view::npos;
}

}  // namespace liputan
