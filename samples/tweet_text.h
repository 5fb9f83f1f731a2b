#pragma once

#include <cstdint>
#include <string>
#include <vector>

// The small text and id conventions of twarc2 archives that the sample generator imitates.
namespace liputan::samples {

bool StartsWith(const std::string& s, const char* prefix);
// The handles "@x" in a text, in order.
std::vector<std::string> Mentions(const std::string& text);
// A letter, digit or underscore: what a handle or hashtag is made of.
bool IsWordByte(char c);
// Whether a whitespace-separated word of an authored text is a link (it becomes a t.co link).
bool IsUrlStart(const std::string& token);
// The v2 API escapes &, < and > in "text".
std::string HtmlEscape(const std::string& text);
// A 10-character t.co-style code derived from `seed` (a tweet id and position).
std::string TcoCode(const std::string& seed);
// Code points in the first `byte_end` bytes of UTF-8 `text` (entity offsets count code points).
int64_t Codepoints(const std::string& text, size_t byte_end);
// Cuts to `limit` code points and adds "…", as retweet texts in v2 archives are.
std::string TruncateCodepoints(const std::string& text, int64_t limit);

// Tweet ids follow Twitter's snowflake layout (ms since 2010-11-04 << 22 | sequence), so they grow
// with time like real ones.
std::string SnowflakeId(int64_t time, uint64_t sequence);
// A stable 18-digit user id for a handle.
std::string UserId(const std::string& handle);
// "2026-03-04T01:22:13.000Z": the created_at form of the v2 API.
std::string IsoTime(int64_t unix_seconds);

}  // namespace liputan::samples
