#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "liputan/export.h"

namespace liputan {

enum class PostKind { kOriginal, kReply, kRetweet, kQuote };

// Counts as the source reported them; absent (nullopt) is not zero.
struct PostMetrics {
  std::optional<int64_t> likes;
  std::optional<int64_t> retweets;
  std::optional<int64_t> replies;
  std::optional<int64_t> quotes;
  std::optional<int64_t> impressions;

  friend bool operator==(const PostMetrics&, const PostMetrics&) = default;
};

// One predicted label with its probability. Filled by classify, read by report.
struct Prediction {
  std::string label;
  double probability = 0.0;

  friend bool operator==(const Prediction&, const Prediction&) = default;
};

// The one normalised record every reader produces, classify annotates and report aggregates.
struct Post {
  std::string id;  // exact, as a string (ids overflow doubles)
  std::string author_id;
  std::string author_handle;  // without "@"
  std::string author_name;
  std::optional<int64_t> author_followers;
  std::optional<int64_t> observed_at;  // unix seconds when the follower count/metrics were taken
  int64_t created_at = 0;              // unix seconds, UTC
  std::string lang;
  std::string text;  // full, untruncated; a retweet carries the original's full text
  PostKind kind = PostKind::kOriginal;

  std::string replied_to_id;
  std::string replied_to_handle;
  std::string retweeted_id;
  std::string retweeted_handle;
  std::string quoted_id;
  std::string quoted_handle;

  std::vector<std::string> mentions;  // handles without "@"
  std::vector<std::string> hashtags;  // without "#"
  std::vector<std::string> urls;      // expanded when the source has them
  PostMetrics metrics;

  // label set ("sektor", "fungsi") → predictions, best first. Empty until classified.
  std::map<std::string, std::vector<Prediction>> predictions;
  // label set → true labels, when the source carries them (our sample archives, labeled data).
  std::map<std::string, std::vector<std::string>> true_labels;
  int token_count = -1;  // set by classify

  std::string source_file;
  int64_t source_line = 0;

  // Every field equal (round-trip tests; probabilities compare exactly).
  friend bool operator==(const Post&, const Post&) = default;
};

LIPUTAN_API std::string_view PostKindName(
    PostKind kind);  // "original", "reply", "retweet", "quote"
// The inverse of PostKindName; nullopt for any other name.
LIPUTAN_API std::optional<PostKind> ParsePostKind(std::string_view name);

}  // namespace liputan
