#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "common/temp_file.h"

namespace liputan {

// Writes an output file so that readers only ever see nothing or the whole file: data goes to a
// temporary file beside the target, and Commit() flushes, syncs and renames it into place.
// Destroying it without Commit() removes the temporary file and leaves the target untouched.
// The path "-" writes straight to stdout, and an existing device or pipe (/dev/null, a FIFO) is
// written directly: no atomicity is possible there. A symlink is followed: the file it names is
// replaced and the link stays.
class AtomicOutputFile {
 public:
  explicit AtomicOutputFile(const std::string& path);
  ~AtomicOutputFile();
  AtomicOutputFile(const AtomicOutputFile&) = delete;
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;

  void Write(std::string_view data);
  void Commit();

  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_.path; }

 private:
  void Fail(const std::string& what);

  std::string path_;
  std::string rename_target_;  // path_ with symlinks resolved
  std::FILE* file_ = nullptr;
  bool direct_ = false;            // stdout or a device: no temp file, no rename
  bool owns_direct_file_ = false;  // a device we opened (stdout is not ours to close)
  bool committed_ = false;
  TempFile temp_;  // registered with interrupt_cleanup while it exists
};

}  // namespace liputan
