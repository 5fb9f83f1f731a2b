#pragma once

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
// from Read() naming the file. A .zip throws ErrorCode::kUsage here: use ZipReader.
std::unique_ptr<ByteSource> OpenInputSource(const std::string& path);

// Reads the members of a zip archive one after another, streaming each (memory stays flat
// whatever the member sizes). Members are decompressed lazily: skipping one costs a seek.
class ZipReader {
 public:
  explicit ZipReader(const std::string& path);
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  // Moves to the next regular file member and sets `name` to its path inside the archive; false
  // at the end. Invalidates the source of the previous member.
  bool NextMember(std::string& name);
  // The current member's content; its name() is "archive.zip:member". Valid until NextMember().
  std::unique_ptr<ByteSource> OpenMember();

 private:
  struct State;
  std::string path_;
  std::unique_ptr<State> state_;
};

}  // namespace liputan
