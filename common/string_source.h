#pragma once

#include <memory>
#include <string>

#include "common/byte_source.h"

namespace liputan {

// A ByteSource over bytes held in memory (a copy of `data`); `name` is used in messages.
// For tests, and for a prefix already read while sniffing a format.
std::unique_ptr<ByteSource> MakeStringSource(std::string data, std::string name = "<string>");

// Replays `prefix` (bytes already taken from `rest`), then continues with `rest`.
std::unique_ptr<ByteSource> MakePrefixedSource(std::string prefix,
                                               std::unique_ptr<ByteSource> rest);

}  // namespace liputan
