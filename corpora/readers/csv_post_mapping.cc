#include "corpora/readers/csv_post_mapping.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

#include "common/error.h"
#include "corpora/labeled_reader.h"

namespace liputan {
namespace {

// Header names compared without case, spaces, underscores, dashes or dots.
std::string Fold(const std::string& name) {
  std::string out;
  for (char c : name) {
    if (c == ' ' || c == '_' || c == '-' || c == '.') continue;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

// Default header names per field, most specific first (docs/formats.md §3.4).
const std::vector<std::pair<std::string, std::vector<std::string>>>& Defaults() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> kDefaults = {
      {"id", {"id", "id_str", "tweet_id", "status_id", "tweetid"}},
      {"created_at",
       {"created_at", "datetime", "timestamp", "date_time", "tanggal", "created", "tweet_date"}},
      {"date", {"date"}},
      {"time", {"time"}},
      {"author_handle",
       {"author_handle", "username", "screen_name", "user_screen_name", "user_username", "handle",
        "user"}},
      {"author_name", {"author_name", "name", "user_name", "display_name"}},
      {"author_id", {"author_id", "user_id", "user_id_str"}},
      {"author_followers",
       {"author_followers", "followers", "followers_count", "user_followers_count",
        "number_of_followers"}},
      {"observed_at", {"observed_at"}},
      {"text", {"text", "full_text", "tweet", "content", "rawcontent", "tweet_text", "teks"}},
      {"lang", {"lang", "language"}},
      {"kind", {"kind", "tweet_type"}},
      {"likes",
       {"likes", "like_count", "likes_count", "favorite_count", "favourite_count", "favorites"}},
      {"retweets", {"retweets", "retweet_count", "retweets_count", "number_of_retweets"}},
      {"replies", {"replies", "reply_count", "replies_count"}},
      {"quotes", {"quotes", "quote_count", "quotes_count"}},
      {"impressions", {"impressions", "impression_count", "views", "view_count"}},
      {"replied_to_id",
       {"replied_to_id", "in_reply_to_status_id", "in_reply_to_status_id_str", "reply_to_id"}},
      {"replied_to_handle", {"replied_to_handle", "in_reply_to_screen_name", "reply_to_handle"}},
      {"retweeted_id", {"retweeted_id", "retweet_id", "retweeted_status_id"}},
      {"retweeted_handle", {"retweeted_handle", "retweeted_screen_name"}},
      {"quoted_id", {"quoted_id", "quoted_status_id", "quoted_status_id_str"}},
      {"quoted_handle", {"quoted_handle", "quoted_screen_name"}},
      {"mentions", {"mentions", "user_mentions"}},
      {"hashtags", {"hashtags"}},
      {"urls", {"urls", "expanded_urls"}},
      {"source_file", {"source_file"}},
      {"source_line", {"source_line"}},
      {"token_count", {"token_count"}},
  };
  return kDefaults;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// "1.234", "1,234", "1 234" and "12" → number; "" → absent; anything else → error.
bool ParseCount(const std::string& cell, std::optional<int64_t>& out) {
  std::string digits;
  for (char c : Trim(cell)) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits.push_back(c);
    } else if (c != '.' && c != ',' && c != ' ') {
      return false;
    }
  }
  if (digits.empty()) {
    out.reset();
    return Trim(cell).empty();
  }
  int64_t v = 0;
  auto r = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (r.ec != std::errc()) return false;
  out = v;
  return true;
}

// "a b", "a|b", "['a', 'b']", "@a #b" → {"a", "b"}; "a,b" too when `commas` (not for URLs,
// which may hold commas, unless the cell is a bracketed list).
std::vector<std::string> SplitList(const std::string& cell, bool commas) {
  commas = commas || Trim(cell).rfind('[', 0) == 0;
  std::vector<std::string> out;
  std::string item;
  auto flush = [&] {
    size_t b = item.find_first_not_of("@#'\"");
    if (b != std::string::npos) {
      std::string v = item.substr(b);
      while (!v.empty() && (v.back() == '\'' || v.back() == '"')) v.pop_back();
      if (!v.empty() && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
    }
    item.clear();
  };
  for (char c : cell) {
    if (c == ' ' || (c == ',' && commas) || c == '|' || c == '[' || c == ']' || c == '\t' ||
        c == '\n') {
      flush();
    } else {
      item.push_back(c);
    }
  }
  flush();
  return out;
}

std::optional<PostKind> KindFromCell(const std::string& cell) {
  std::string v = Fold(cell);
  if (v.empty() || v == "original" || v == "tweet" || v == "post") return PostKind::kOriginal;
  if (v == "reply" || v == "replied" || v == "repliedto") return PostKind::kReply;
  if (v == "retweet" || v == "retweeted" || v == "rt") return PostKind::kRetweet;
  if (v == "quote" || v == "quoted" || v == "quotetweet") return PostKind::kQuote;
  return std::nullopt;
}

std::string* StringField(Post& post, const std::string& field) {
  static const std::map<std::string, std::string Post::*> kFields = {
      {"id", &Post::id},
      {"author_handle", &Post::author_handle},
      {"author_name", &Post::author_name},
      {"author_id", &Post::author_id},
      {"text", &Post::text},
      {"lang", &Post::lang},
      {"replied_to_id", &Post::replied_to_id},
      {"replied_to_handle", &Post::replied_to_handle},
      {"retweeted_id", &Post::retweeted_id},
      {"retweeted_handle", &Post::retweeted_handle},
      {"quoted_id", &Post::quoted_id},
      {"quoted_handle", &Post::quoted_handle},
      {"source_file", &Post::source_file},
  };
  auto at = kFields.find(field);
  return at == kFields.end() ? nullptr : &(post.*(at->second));
}

std::optional<int64_t>* CountField(Post& post, const std::string& field) {
  if (field == "likes") return &post.metrics.likes;
  if (field == "retweets") return &post.metrics.retweets;
  if (field == "replies") return &post.metrics.replies;
  if (field == "quotes") return &post.metrics.quotes;
  if (field == "impressions") return &post.metrics.impressions;
  if (field == "author_followers") return &post.author_followers;
  return nullptr;
}

}  // namespace

std::string FormatPredictionCell(const std::vector<Prediction>& predictions) {
  std::string out;
  for (const auto& p : predictions) {
    if (!out.empty()) out.push_back('|');
    out += p.label;
    out.push_back('=');
    char buffer[32];
    auto r = std::to_chars(buffer, buffer + sizeof buffer, p.probability);
    out.append(buffer, r.ptr);
  }
  return out;
}

std::string ParsePredictionCell(const std::string& cell, std::vector<Prediction>& out) {
  out.clear();
  for (const auto& item : SplitLabels(cell, '|')) {
    size_t eq = item.rfind('=');
    Prediction p;
    p.label = item.substr(0, eq);
    if (eq != std::string::npos) {
      const char* b = item.data() + eq + 1;
      const char* e = item.data() + item.size();
      auto r = std::from_chars(b, e, p.probability);
      if (r.ec != std::errc() || r.ptr != e) return "unreadable prediction \"" + item + "\"";
    }
    out.push_back(std::move(p));
  }
  return "";
}

const std::vector<std::string>& CsvPostFields() {
  static const std::vector<std::string> kFields = [] {
    std::vector<std::string> fields;
    for (const auto& [field, names] : Defaults()) fields.push_back(field);
    return fields;
  }();
  return kFields;
}

CsvPostMapping::CsvPostMapping(const std::vector<std::string>& header,
                               const std::vector<std::string>& overrides,
                               const std::vector<std::string>& label_fields, DateOrder date_order)
    : date_order_(date_order) {
  std::map<std::string, size_t> folded;  // first column wins
  for (size_t i = 0; i < header.size(); ++i) folded.emplace(Fold(Trim(header[i])), i);
  auto column = [&](const std::string& name) -> std::optional<size_t> {
    auto at = folded.find(Fold(name));
    return at == folded.end() ? std::nullopt : std::optional<size_t>(at->second);
  };
  std::map<std::string, size_t> chosen;
  for (const auto& [field, names] : Defaults()) {
    for (const auto& name : names) {
      if (auto c = column(name)) {
        chosen[field] = *c;
        break;
      }
    }
  }
  for (const auto& spec : overrides) {
    size_t eq = spec.find('=');
    const auto& fields = CsvPostFields();
    std::string field = eq == std::string::npos ? "" : Trim(spec.substr(0, eq));
    if (eq == std::string::npos || std::find(fields.begin(), fields.end(), field) == fields.end()) {
      throw Error(
          ErrorCode::kUsage,
          "--map expects FIELD=COLUMN with a field of the JSONL schema, not \"" + spec + "\"");
    }
    auto c = column(spec.substr(eq + 1));
    if (!c) throw Error(ErrorCode::kUsage, "--map " + spec + ": no such column in the header");
    chosen[field] = *c;
  }
  for (const auto& [field, c] : chosen) bindings_.push_back({field, c});
  // Columns our own CSV output writes: "label:<set>" (true labels), "pred:<set>" (predictions).
  for (size_t i = 0; i < header.size(); ++i) {
    std::string h = Trim(header[i]);
    if (h.rfind("label:", 0) == 0) labels_.emplace_back(h.substr(6), i);
    if (h.rfind("pred:", 0) == 0) predictions_.emplace_back(h.substr(5), i);
  }
  for (const auto& set : label_fields) {
    auto c = column(set);
    if (!c) throw Error(ErrorCode::kData, "no label column \"" + set + "\" in the header");
    labels_.emplace_back(set, *c);
  }
}

std::optional<size_t> CsvPostMapping::ColumnOf(const std::string& field) const {
  for (const auto& b : bindings_) {
    if (b.field == field) return b.column;
  }
  return std::nullopt;
}

std::string CsvPostMapping::Apply(const std::vector<std::string>& row, Post& post) const {
  static const std::string kEmpty;
  std::string date;
  std::string time;
  std::string created;
  bool has_created = false;
  for (const auto& b : bindings_) {
    const std::string& cell = b.column < row.size() ? row[b.column] : kEmpty;
    if (std::string* s = StringField(post, b.field)) {
      bool keep_spaces = b.field == "text" || b.field == "author_name" || b.field == "source_file";
      *s = keep_spaces ? cell : Trim(cell);
      if (b.field == "author_handle" && !s->empty() && s->front() == '@') s->erase(0, 1);
    } else if (std::optional<int64_t>* n = CountField(post, b.field)) {
      if (!ParseCount(cell, *n)) return "\"" + b.field + "\" is not a number: \"" + cell + "\"";
    } else if (b.field == "created_at") {
      created = Trim(cell);
      has_created = true;
    } else if (b.field == "date") {
      date = Trim(cell);
    } else if (b.field == "time") {
      time = Trim(cell);
    } else if (b.field == "observed_at") {
      if (!Trim(cell).empty()) {
        post.observed_at = ParseTimestamp(cell, date_order_);
        if (!post.observed_at) return "unreadable observed_at \"" + cell + "\"";
      }
    } else if (b.field == "kind") {
      auto kind = KindFromCell(cell);
      if (!kind) return "unknown kind \"" + cell + "\"";
      post.kind = *kind;
    } else if (b.field == "mentions") {
      post.mentions = SplitList(cell, true);
    } else if (b.field == "hashtags") {
      post.hashtags = SplitList(cell, true);
    } else if (b.field == "urls") {
      post.urls = SplitList(cell, false);
    } else if (b.field == "source_line" || b.field == "token_count") {
      std::optional<int64_t> n;
      if (!ParseCount(cell, n)) return "\"" + b.field + "\" is not a number: \"" + cell + "\"";
      if (b.field == "source_line") {
        post.source_line = n.value_or(0);
      } else {
        post.token_count = n ? static_cast<int>(*n) : -1;
      }
    }
  }
  if (!has_created || created.empty()) created = Trim(date + " " + time);
  if (!created.empty()) {
    auto t = ParseTimestamp(created, date_order_);
    if (!t) return "unreadable created_at \"" + created + "\"";
    post.created_at = *t;
  }
  for (const auto& [set, c] : labels_) {
    auto labels = SplitLabels(c < row.size() ? row[c] : kEmpty, '|');
    if (!labels.empty()) post.true_labels[set] = std::move(labels);
  }
  for (const auto& [set, c] : predictions_) {
    std::vector<Prediction> predictions;
    std::string error = ParsePredictionCell(c < row.size() ? row[c] : kEmpty, predictions);
    if (!error.empty()) return error;
    if (!predictions.empty()) post.predictions[set] = std::move(predictions);
  }
  if (post.kind == PostKind::kOriginal) {
    if (!post.retweeted_id.empty() || !post.retweeted_handle.empty()) {
      post.kind = PostKind::kRetweet;
    } else if (!post.quoted_id.empty()) {
      post.kind = PostKind::kQuote;
    } else if (!post.replied_to_id.empty()) {
      post.kind = PostKind::kReply;
    }
  }
  return "";
}

}  // namespace liputan
