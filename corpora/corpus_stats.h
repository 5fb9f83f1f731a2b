#pragma once

#include <map>
#include <string>
#include <vector>

#include "corpora/diagnostics.h"
#include "corpora/post.h"
#include "corpora/post_reader.h"

namespace liputan {

// What `liputan corpus stats` reports: posts per kind, author, month and language, plus the
// reader's per-format counts, duplicates and bad records.
class CorpusStats {
 public:
  CorpusStats() = default;
  CorpusStats(const CorpusStats&) = delete;  // last_month_ points into by_month_
  CorpusStats& operator=(const CorpusStats&) = delete;
  CorpusStats(CorpusStats&&) = default;  // map nodes move with the map
  CorpusStats& operator=(CorpusStats&&) = default;

  void Add(const Post& post);

  // Plain text for a terminal: counts, then the top `top_n` authors, every month, languages,
  // and the kept diagnostics.
  std::string RenderText(const PostReaderStats& reader, const DiagnosticLog& log,
                         size_t top_n = 20) const;
  // The same as one JSON object (all authors).
  std::string RenderJson(const PostReaderStats& reader, const DiagnosticLog& log) const;

  long long posts() const { return posts_; }
  const std::map<std::string, long long>& by_kind() const { return by_kind_; }
  const std::map<std::string, long long>& by_author() const { return by_author_; }
  const std::map<std::string, long long>& by_month() const { return by_month_; }
  const std::map<std::string, long long>& by_lang() const { return by_lang_; }

 private:
  long long posts_ = 0;
  long long texts_empty_ = 0;
  int64_t first_ = 0;
  int64_t last_ = 0;
  std::map<std::string, long long> by_kind_;
  std::map<std::string, long long> by_author_;
  std::map<std::string, long long> by_month_;  // "2021-06"; "unknown" when created_at is absent
  std::map<std::string, long long> by_lang_;
  int64_t last_day_ = 0;
  long long* last_month_ = nullptr;  // by_month_ entry of last_day_ (map nodes do not move)
};

}  // namespace liputan
