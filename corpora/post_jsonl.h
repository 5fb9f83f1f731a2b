#pragma once

#include <string>
#include <string_view>

#include "corpora/post.h"

namespace liputan {

// The normalised JSONL schema of a Post (docs/formats.md, "liputan JSONL"): one JSON object per
// line with every field of Post, always present, in a fixed order; absent values are null. It is
// what `liputan corpus convert` and `liputan classify` write and what `report` reads. Writing
// then reading gives back an equal Post, bit for bit (probabilities use the shortest decimal
// that round-trips).

// Appends the JSON object of `post` (no newline) to `out`.
void AppendPostJson(const Post& post, std::string& out);
std::string PostToJson(const Post& post);

// Parses one line of the schema into `post`. Keys may be missing (defaults apply) and unknown
// keys are ignored, so hand-made or older files read too. On failure returns false and sets
// `error` to a message ("invalid JSON: ...", "\"kind\" must be one of ...").
bool ParsePostJson(std::string_view line, Post& post, std::string& error);

// Whether a line looks like the normalised schema (for format sniffing): an object whose first
// key is "id" and which has "author_handle" and "kind" keys.
bool LooksLikePostJson(std::string_view line);

}  // namespace liputan
