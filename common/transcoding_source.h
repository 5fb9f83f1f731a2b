#pragma once

#include <memory>
#include <string>

#include "common/byte_source.h"

namespace liputan {

// Wraps `source` (bytes in `encoding`, any name ICU knows: "latin1", "windows-1252", "UTF-16",
// "Shift_JIS" ...) so that reading it yields UTF-8, converted in streaming chunks. An encoding ICU
// does not know throws ErrorCode::kUsage; bytes invalid in that encoding throw ErrorCode::kData
// from Read(). "UTF-8" (any spelling) returns `source` unchanged.
std::unique_ptr<ByteSource> MakeTranscodingSource(std::unique_ptr<ByteSource> source,
                                                  const std::string& encoding);

}  // namespace liputan
