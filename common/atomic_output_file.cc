#include "common/atomic_output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "common/error.h"
#include "common/temp_file.h"

namespace liputan {
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
  rename_target_ = ResolveRenameTarget(path);
  temp_ = CreateTempFileBeside(rename_target_, path_);
  file_ = ::fdopen(temp_.fd, "wb");
  if (file_ == nullptr) {
    const int reason = errno;  // close and unlink below must not change what is reported
    ::close(temp_.fd);
    ReleaseTempFile(temp_, true);
    errno = reason;
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
  ReleaseTempFile(temp_, true);
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
  if (std::rename(temp_.path.c_str(), rename_target_.c_str()) != 0) Fail("rename failed");
  ReleaseTempFile(temp_, false);
  committed_ = true;
}

}  // namespace liputan
