#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace liputan {

// Writes an output file so that readers only ever see nothing or the whole file: data goes to a
// temporary file beside the target, and Commit() flushes, syncs and renames it into place.
// Destroying it without Commit() removes the temporary file and leaves the target untouched.
// The path "-" writes straight to stdout (no atomicity is possible there).
class AtomicOutputFile {
 public:
  explicit AtomicOutputFile(const std::string& path);
  ~AtomicOutputFile();
  AtomicOutputFile(const AtomicOutputFile&) = delete;
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;

  void Write(std::string_view data);
  void Commit();

  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_path_; }

 private:
  void Fail(const std::string& what);

  std::string path_;
  std::string temp_path_;
  std::FILE* file_ = nullptr;
  bool to_stdout_ = false;
  bool committed_ = false;
  int cleanup_slot_ = -1;  // registration with interrupt_cleanup while the temp file exists
};

}  // namespace liputan
