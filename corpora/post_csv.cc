#include "corpora/post_csv.h"

#include "corpora/readers/csv_post_mapping.h"
#include "corpora/timestamp.h"

namespace liputan {
namespace {

constexpr const char* kColumns[] = {"id",
                                    "created_at",
                                    "author_id",
                                    "author_handle",
                                    "author_name",
                                    "author_followers",
                                    "observed_at",
                                    "lang",
                                    "kind",
                                    "text",
                                    "replied_to_id",
                                    "replied_to_handle",
                                    "retweeted_id",
                                    "retweeted_handle",
                                    "quoted_id",
                                    "quoted_handle",
                                    "mentions",
                                    "hashtags",
                                    "urls",
                                    "likes",
                                    "retweets",
                                    "replies",
                                    "quotes",
                                    "impressions",
                                    "token_count",
                                    "source_file",
                                    "source_line"};

std::string Join(const std::vector<std::string>& items, char separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out.push_back(separator);
    out += item;
  }
  return out;
}

std::string Optional(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : ""; }

}  // namespace

void AppendCsvField(std::string& out, std::string_view field) {
  bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!quote) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

PostCsvWriter::PostCsvWriter(std::vector<std::string> label_sets,
                             std::vector<std::string> prediction_sets)
    : label_sets_(std::move(label_sets)), prediction_sets_(std::move(prediction_sets)) {}

std::string PostCsvWriter::Header() const {
  std::string out;
  for (const char* column : kColumns) {
    if (!out.empty()) out.push_back(',');
    out += column;
  }
  for (const auto& set : label_sets_) {
    out.push_back(',');
    AppendCsvField(out, "label:" + set);
  }
  for (const auto& set : prediction_sets_) {
    out.push_back(',');
    AppendCsvField(out, "pred:" + set);
  }
  out.push_back('\n');
  return out;
}

void PostCsvWriter::Append(const Post& p, std::string& out) const {
  const std::string fields[] = {
      p.id,
      p.created_at != 0 ? FormatTimestamp(p.created_at) : "",
      p.author_id,
      p.author_handle,
      p.author_name,
      Optional(p.author_followers),
      p.observed_at ? FormatTimestamp(*p.observed_at) : "",
      p.lang,
      std::string(PostKindName(p.kind)),
      p.text,
      p.replied_to_id,
      p.replied_to_handle,
      p.retweeted_id,
      p.retweeted_handle,
      p.quoted_id,
      p.quoted_handle,
      Join(p.mentions, ' '),
      Join(p.hashtags, ' '),
      Join(p.urls, ' '),
      Optional(p.metrics.likes),
      Optional(p.metrics.retweets),
      Optional(p.metrics.replies),
      Optional(p.metrics.quotes),
      Optional(p.metrics.impressions),
      p.token_count >= 0 ? std::to_string(p.token_count) : "",
      p.source_file,
      std::to_string(p.source_line),
  };
  bool first = true;
  for (const auto& f : fields) {
    if (!first) out.push_back(',');
    first = false;
    AppendCsvField(out, f);
  }
  for (const auto& set : label_sets_) {
    out.push_back(',');
    auto at = p.true_labels.find(set);
    AppendCsvField(out, at == p.true_labels.end() ? "" : Join(at->second, '|'));
  }
  for (const auto& set : prediction_sets_) {
    out.push_back(',');
    auto at = p.predictions.find(set);
    AppendCsvField(out, at == p.predictions.end() ? "" : FormatPredictionCell(at->second));
  }
  out.push_back('\n');
}

}  // namespace liputan
