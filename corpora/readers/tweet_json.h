#pragma once

// Internal to corpora/: converting parsed tweet JSON (simdjson DOM) of the Twitter API v2
// (twarc2), v1.1 and the user archive's tweets.js into Posts. Not a public header: it exposes
// simdjson.

#include <simdjson.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "corpora/post.h"

namespace liputan::tweet_json {

using simdjson::dom::element;

// The string at `key`, or "" when missing or not a string.
std::string_view Str(element e, std::string_view key);
// An id at `key` given as a string or an integer (v1.1 has both), or "".
std::string Id(element e, std::string_view key);
// A count given as an integer or a string of digits (tweets.js), or nullopt when absent.
std::optional<int64_t> Count(element e, std::string_view key);
// Decodes the three entities Twitter escapes in tweet text: &amp; &lt; &gt;.
std::string DecodeEntities(std::string_view text);
// "RT @handle: ..." → "handle", else "".
std::string RetweetPrefixHandle(std::string_view text);

// A twarc2 page's includes, for looking up authors and referenced tweets by id.
struct V2Includes {
  std::unordered_map<std::string_view, element> users;
  std::unordered_map<std::string_view, element> tweets;
  void Index(element page);
};

// Fills `post` from a v2 tweet: a page's `data` item (with `includes`) or a flattened twarc2
// line (author and referenced tweets inline; `includes` may be null). Returns an error message,
// or "" on success.
std::string ConvertV2Tweet(element tweet, const V2Includes* includes, Post& post);

// The archive owner, read from data/account.js (tweets.js items carry no user).
struct ArchiveAccount {
  std::string id;
  std::string handle;
  std::string name;
};

// Fills `post` from a v1.1 status, or a tweets.js item ({"tweet": {...}} or the bare tweet).
std::string ConvertV1Status(element status, const ArchiveAccount* account, Post& post);

}  // namespace liputan::tweet_json
