#include "common/atomic_output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "common/error.h"
#include "common/interrupt_cleanup.h"

namespace liputan {
namespace {

// mkstemp creates files readable by the owner only; outputs should get the usual 0666 & ~umask.
// umask can only be read by setting it, so do that once, before any worker threads exist.
mode_t OutputFileMode() {
  static mode_t mode = [] {
    mode_t mask = ::umask(0);
    ::umask(mask);
    return static_cast<mode_t>(0666 & ~mask);
  }();
  return mode;
}

}  // namespace

AtomicOutputFile::AtomicOutputFile(const std::string& path) : path_(path) {
  if (path == "-") {
    direct_ = true;
    file_ = stdout;
    return;
  }
  // A device or pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced by a rename, and must not
  // be: write to it directly. A symlink is followed, so the file it names is the one replaced.
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) {
      errno = EISDIR;
      Fail("cannot write");
    }
    direct_ = true;
    owns_direct_file_ = true;
    file_ = std::fopen(path.c_str(), "wb");
    if (file_ == nullptr) Fail("cannot open");
    return;
  }
  if (char* resolved = ::realpath(path.c_str(), nullptr)) {
    rename_target_ = resolved;
    std::free(resolved);
  } else {
    rename_target_ = path;  // does not exist yet
  }
  std::string pattern = rename_target_ + ".tmp.XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) Fail("cannot create temporary file");
  temp_path_ = name.data();
  ::fchmod(fd, OutputFileMode());
  cleanup_slot_ = RegisterTempFile(temp_path_.c_str());
  file_ = ::fdopen(fd, "wb");
  if (file_ == nullptr) {
    ::close(fd);
    Fail("cannot open temporary file");
  }
}

AtomicOutputFile::~AtomicOutputFile() {
  if (committed_) return;
  if (direct_) {
    if (owns_direct_file_ && file_ != nullptr) std::fclose(file_);
    return;
  }
  if (file_ != nullptr) std::fclose(file_);
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
  UnregisterTempFile(cleanup_slot_);
}

void AtomicOutputFile::Fail(const std::string& what) {
  std::string reason = std::strerror(errno);
  throw Error(ErrorCode::kIo, what + ": " + reason, path_);
}

void AtomicOutputFile::Write(std::string_view data) {
  if (committed_) throw Error(ErrorCode::kInternal, "write after commit", path_);
  if (!data.empty() && std::fwrite(data.data(), 1, data.size(), file_) != data.size()) {
    Fail("write failed");
  }
}

void AtomicOutputFile::Commit() {
  if (committed_) return;
  if (std::fflush(file_) != 0) Fail("write failed");
  if (direct_) {
    if (owns_direct_file_) {
      std::FILE* f = file_;
      file_ = nullptr;
      if (std::fclose(f) != 0) Fail("close failed");
    }
    committed_ = true;
    return;
  }
  if (::fsync(::fileno(file_)) != 0) Fail("sync failed");
  std::FILE* f = file_;
  file_ = nullptr;
  if (std::fclose(f) != 0) Fail("close failed");
  if (std::rename(temp_path_.c_str(), rename_target_.c_str()) != 0) Fail("rename failed");
  UnregisterTempFile(cleanup_slot_);
  committed_ = true;
}

}  // namespace liputan
