#pragma once

#include <functional>
#include <memory>
#include <string>

#include "common/byte_source.h"

namespace liputan {

// How a file is packed, told by its first bytes (never by its name, which users get wrong).
enum class Packing { kPlain, kGzip, kZstd, kBzip2, kXz, kZip };

// Reads the magic bytes of `path` ("-" is never sniffed: stdin is read through libarchive's
// filter detection instead). A missing file throws ErrorCode::kNoInput.
Packing SniffPacking(const std::string& path);

// Opens `path` for reading its content: plain files directly, .gz/.zst/.bz2/.xz streams
// decompressed on the fly through libarchive, and stdin ("-") through whichever of those it is.
// Memory stays flat whatever the size. A truncated or corrupt stream throws ErrorCode::kData
// from Read() naming the file. A .zip throws ErrorCode::kUsage here: use ForEachZipMember.
std::unique_ptr<ByteSource> OpenInputSource(const std::string& path);

// Calls `visit(member_name, source)` for each regular member of the zip archive `path`, in archive
// order, streaming each member (the source is valid only during the call). `visit` returns false
// to stop. The source's name() is "path:member". Members are decompressed lazily: a member the
// visitor does not read costs nothing.
void ForEachZipMember(const std::string& path,
                      const std::function<bool(const std::string&, ByteSource&)>& visit);

}  // namespace liputan
