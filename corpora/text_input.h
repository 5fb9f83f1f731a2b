#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "common/byte_source.h"

namespace liputan {

// A text input opened for reading: decompressed, transcoded to UTF-8, byte order mark removed,
// with its first bytes kept for sniffing the format (they are replayed by `source`).
struct TextInput {
  std::unique_ptr<ByteSource> source;
  std::string head;  // up to the first 64 KiB, as UTF-8
};

// Opens `path` ("-" = stdin; .gz/.zst/.bz2/.xz decompressed) as UTF-8 text. With an empty
// `encoding` the input must be UTF-8: a UTF-16/32 byte order mark throws ErrorCode::kData telling
// the user to pass --encoding. Otherwise bytes are converted from `encoding` (ICU names).
TextInput OpenTextInput(const std::string& path, const std::string& encoding);

// Same for a source already open (a zip member).
TextInput OpenTextInput(std::unique_ptr<ByteSource> source, const std::string& encoding);

// Whether `text` is valid UTF-8.
bool IsValidUtf8(std::string_view text);

// The hint appended to "invalid UTF-8" messages.
extern const char kEncodingHint[];

}  // namespace liputan
