#include "corpora/corpus_stats.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "corpora/timestamp.h"

namespace liputan {
namespace {

// Entries by count, largest first (ties by name, so the output is deterministic).
std::vector<std::pair<std::string, long long>> ByCount(const std::map<std::string, long long>& m) {
  std::vector<std::pair<std::string, long long>> v(m.begin(), m.end());
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return v;
}

void Section(std::ostringstream& out, const std::string& title,
             const std::vector<std::pair<std::string, long long>>& rows, size_t limit) {
  out << title << ":\n";
  for (size_t i = 0; i < rows.size() && i < limit; ++i) {
    out << "  " << rows[i].first << "\t" << rows[i].second << "\n";
  }
  if (rows.size() > limit) out << "  ... " << rows.size() - limit << " more\n";
}

}  // namespace

void CorpusStats::Add(const Post& post) {
  ++posts_;
  ++by_kind_[std::string(PostKindName(post.kind))];
  ++by_author_[post.author_handle.empty() ? "(unknown)" : "@" + post.author_handle];
  ++by_lang_[post.lang.empty() ? "(unknown)" : post.lang];
  if (post.created_at == 0) {
    ++by_month_["(unknown)"];
  } else {
    // Posts come in runs of the same day: format the month once per day seen.
    int64_t day =
        post.created_at >= 0 ? post.created_at / 86400 : (post.created_at - 86399) / 86400;
    if (day != last_day_ || last_month_ == nullptr) {
      last_day_ = day;
      last_month_ = &by_month_[FormatTimestamp(post.created_at).substr(0, 7)];
    }
    ++*last_month_;
  }
  if (post.text.empty()) ++texts_empty_;
  if (post.created_at != 0) {
    first_ = first_ == 0 ? post.created_at : std::min(first_, post.created_at);
    last_ = std::max(last_, post.created_at);
  }
}

std::string CorpusStats::RenderText(const PostReaderStats& reader, const DiagnosticLog& log,
                                    size_t top_n) const {
  std::ostringstream out;
  out << "posts\t" << posts_ << "\n";
  out << "duplicates dropped\t" << reader.duplicates << "\n";
  out << "bad records\t" << log.count() << "\n";
  out << "empty texts\t" << texts_empty_ << "\n";
  if (first_ != 0) {
    out << "period\t" << FormatTimestamp(first_) << " .. " << FormatTimestamp(last_) << "\n";
  }
  out << "formats:\n";
  for (const auto& [format, files] : reader.files_by_format) {
    auto at = reader.posts_by_format.find(format);
    out << "  " << format << "\t" << (at == reader.posts_by_format.end() ? 0 : at->second)
        << " posts in " << files << " file(s)\n";
  }
  Section(out, "kinds", ByCount(by_kind_), by_kind_.size());
  Section(out, "authors", ByCount(by_author_), top_n);
  Section(out, "months", {by_month_.begin(), by_month_.end()}, by_month_.size());
  Section(out, "languages", ByCount(by_lang_), top_n);
  if (!log.kept().empty()) {
    out << "first bad records:\n";
    for (const auto& d : log.kept()) out << "  " << d.ToString() << "\n";
  }
  return out.str();
}

std::string CorpusStats::RenderJson(const PostReaderStats& reader, const DiagnosticLog& log) const {
  nlohmann::ordered_json j;
  j["posts"] = posts_;
  j["duplicates"] = reader.duplicates;
  j["bad_records"] = log.count();
  j["empty_texts"] = texts_empty_;
  j["first"] = first_ != 0 ? nlohmann::ordered_json(FormatTimestamp(first_)) : nullptr;
  j["last"] = first_ != 0 ? nlohmann::ordered_json(FormatTimestamp(last_)) : nullptr;
  j["posts_by_format"] = reader.posts_by_format;
  j["files_by_format"] = reader.files_by_format;
  j["kinds"] = by_kind_;
  j["authors"] = by_author_;
  j["months"] = by_month_;
  j["languages"] = by_lang_;
  auto& messages = j["bad_record_messages"] = nlohmann::ordered_json::array();
  for (const auto& d : log.kept()) messages.push_back(d.ToString());
  return j.dump(2) + "\n";
}

}  // namespace liputan
