#pragma once

#include <string>

namespace liputan {

// A temporary file beside an output's target ("TARGET.tmp.XXXXXX"), created with the usual
// 0666 & ~umask mode and registered for removal on SIGINT/SIGTERM (common/interrupt_cleanup.h).
// Signals are held back from creation to registration, so none can leave an unregistered file.
// Shared by AtomicOutputFile and OutputGroup.
struct TempFile {
  int fd = -1;
  std::string path;
  int cleanup_slot = -1;
};

// The file a rename onto `path` should replace: a symlink is followed (the file it names is
// replaced and the link stays); a path that does not exist yet is itself.
std::string ResolveRenameTarget(const std::string& path);

// Throws ErrorCode::kIo naming `reported_path` when the file cannot be created.
TempFile CreateTempFileBeside(const std::string& target, const std::string& reported_path);

// Unlinks the file (when `remove`) and ends its registration.
void ReleaseTempFile(TempFile& file, bool remove);

}  // namespace liputan
