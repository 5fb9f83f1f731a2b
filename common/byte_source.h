#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace liputan {

// A stream of bytes: a file, stdin, or (added by corpora/) a decompressed archive member.
// Read() fills up to `size` bytes and returns how many; 0 means the end. Errors throw
// liputan::Error.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual size_t Read(char* buffer, size_t size) = 0;
  // The name used in messages: the path, or "<stdin>".
  virtual const std::string& name() const = 0;
};

// Opens a plain file, or stdin for "-". A missing or unreadable file throws ErrorCode::kNoInput.
std::unique_ptr<ByteSource> OpenFileSource(const std::string& path);

}  // namespace liputan
