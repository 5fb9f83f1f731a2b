#include "common/temp_file.h"

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

std::string ResolveRenameTarget(const std::string& path) {
  char* resolved = ::realpath(path.c_str(), nullptr);
  if (resolved == nullptr) return path;
  std::string target = resolved;
  std::free(resolved);
  return target;
}

TempFile CreateTempFileBeside(const std::string& target, const std::string& reported_path) {
  std::string pattern = target + ".tmp.XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const mode_t mode = OutputFileMode();
  TempFile file;
  {
    // A signal between mkstemp and the registration would leave a file nobody removes.
    const DeferInterrupts defer;
    file.fd = ::mkstemp(name.data());
    if (file.fd >= 0) file.cleanup_slot = RegisterTempFile(name.data());
  }
  if (file.fd < 0) {
    std::string reason = std::strerror(errno);
    throw Error(ErrorCode::kIo, "cannot create temporary file: " + reason, reported_path);
  }
  file.path = name.data();
  ::fchmod(file.fd, mode);
  return file;
}

void ReleaseTempFile(TempFile& file, bool remove) {
  if (remove && !file.path.empty()) ::unlink(file.path.c_str());
  UnregisterTempFile(file.cleanup_slot);
  file.cleanup_slot = -1;
}

}  // namespace liputan
