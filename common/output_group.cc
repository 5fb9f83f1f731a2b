#include "common/output_group.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>

#include "common/error.h"
#include "common/interrupt_cleanup.h"
#include "common/temp_file.h"

namespace liputan {

namespace fs = std::filesystem;

struct OutputGroup::Pending {
  std::string path;    // as given (for messages)
  std::string target;  // what the rename replaces
  TempFile temp;
};

namespace {

[[noreturn]] void ThrowIo(const std::string& what, const std::string& path) {
  std::string reason = std::strerror(errno);
  throw Error(ErrorCode::kIo, what + ": " + reason, path);
}

void WriteAll(int fd, std::string_view content, const std::string& path) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) ThrowIo("write failed", path);
    content.remove_prefix(static_cast<size_t>(n));
  }
}

}  // namespace

OutputGroup::OutputGroup() = default;

OutputGroup::~OutputGroup() {
  if (committed_) return;
  for (auto& p : pending_) ReleaseTempFile(p->temp, true);
  for (auto it = made_dirs_.rbegin(); it != made_dirs_.rend(); ++it) {
    ::rmdir(it->first.c_str());  // fails, harmlessly, when something else was put there
    UnregisterTempFile(it->second);
  }
}

void OutputGroup::MakeDirectories(const std::string& dir) {
  std::vector<fs::path> missing;
  fs::path start = fs::path(dir).lexically_normal();
  if (!start.has_filename()) start = start.parent_path();  // "out/" names "out"
  for (fs::path p = start; !p.empty() && !fs::exists(p); p = p.parent_path()) {
    missing.push_back(p);
    if (p == p.parent_path()) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    const std::string path = it->string();
    const DeferInterrupts defer;  // created and registered as one step
    std::error_code ec;
    if (!fs::create_directory(*it, ec) && ec) {
      throw Error(ErrorCode::kIo, "cannot create output directory: " + ec.message(), dir);
    }
    made_dirs_.emplace_back(path, RegisterTempDirectory(path.c_str()));
  }
  if (!fs::is_directory(dir)) {
    throw Error(ErrorCode::kIo, "cannot create output directory: not a directory", dir);
  }
}

void OutputGroup::Add(const std::string& path, std::string_view content) {
  AddStreamed(path, [&](const Sink& sink) { sink(content); });
}

void OutputGroup::AddStreamed(const std::string& path,
                              const std::function<void(const Sink&)>& produce) {
  if (committed_) throw Error(ErrorCode::kInternal, "add after commit", path);
  auto pending = std::make_unique<Pending>();
  pending->path = path;
  pending->target = ResolveRenameTarget(path);
  pending->temp = CreateTempFileBeside(pending->target, path);
  try {
    const int fd = pending->temp.fd;
    produce([&](std::string_view piece) { WriteAll(fd, piece, path); });
    if (::fsync(fd) != 0) ThrowIo("sync failed", path);
  } catch (...) {
    ::close(pending->temp.fd);
    ReleaseTempFile(pending->temp, true);
    throw;
  }
  int fd = std::exchange(pending->temp.fd, -1);
  if (::close(fd) != 0) {
    ReleaseTempFile(pending->temp, true);
    ThrowIo("close failed", path);
  }
  pending_.push_back(std::move(pending));
}

void OutputGroup::Commit() {
  if (committed_) return;
  const DeferInterrupts defer;  // a signal now would leave half a group of renamed files
  // Every file is complete on disk; now swap them in. The previous versions stay reachable
  // through hard links until all renames succeeded, so a failure half-way (a rename refused)
  // puts every earlier file back and the directory shows the old group, whole.
  std::vector<std::pair<fs::path, fs::path>> done;  // target → backup ("" when none existed)
  std::error_code ec;
  auto roll_back = [&]() {
    for (auto& [target, backup] : done) {
      std::error_code ignored;
      if (backup.empty()) {
        fs::remove(target, ignored);
      } else {
        fs::rename(backup, target, ignored);
      }
    }
  };
  try {
    for (auto& p : pending_) {
      const fs::path target = p->target;
      fs::path backup;
      if (fs::is_regular_file(target)) {
        backup = target.string() + ".previous";
        fs::remove(backup, ec);
        fs::create_hard_link(target, backup, ec);
        if (ec) {
          throw Error(ErrorCode::kIo, "cannot keep the previous version: " + ec.message(), p->path);
        }
      }
      if (std::rename(p->temp.path.c_str(), p->target.c_str()) != 0) {
        std::string reason = std::strerror(errno);
        if (!backup.empty()) fs::remove(backup, ec);  // the target itself was not replaced
        throw Error(ErrorCode::kIo, "rename failed: " + reason, p->path);
      }
      done.emplace_back(target, backup);
    }
  } catch (...) {
    roll_back();
    throw;  // the destructor removes the temporary files not yet renamed
  }
  for (auto& [target, backup] : done) {
    if (!backup.empty()) fs::remove(backup, ec);
  }
  for (auto& p : pending_) ReleaseTempFile(p->temp, false);
  for (auto& [path, slot] : made_dirs_) UnregisterTempFile(slot);
  committed_ = true;
}

}  // namespace liputan
