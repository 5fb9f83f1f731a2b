#include "classify/resumable_output.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/atomic_output_file.h"
#include "common/error.h"
#include "common/interrupt_cleanup.h"

namespace liputan {
namespace {

constexpr const char* kStateFormat = "liputan-classify-partial";
constexpr int kStateVersion = 1;

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// A SIGKILL while the state was being replaced leaves its temporary file ("STATE.tmp.XXXXXX",
// AtomicOutputFile's naming); nothing else can own it, so the next run removes it.
void RemoveStaleStateTemps(const std::string& state_path) {
  size_t slash = state_path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : state_path.substr(0, slash + 1);
  std::string prefix =
      (slash == std::string::npos ? state_path : state_path.substr(slash + 1)) + ".tmp.";
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return;
  while (dirent* entry = ::readdir(d)) {
    if (std::strncmp(entry->d_name, prefix.c_str(), prefix.size()) == 0) {
      ::unlink((dir + (slash == std::string::npos ? "/" : "") + entry->d_name).c_str());
    }
  }
  ::closedir(d);
}

bool Exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

std::string ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::string DescribeResumeInputs(const std::vector<std::string>& paths) {
  std::string out;
  for (const std::string& path : paths.empty() ? std::vector<std::string>{"-"} : paths) {
    out += path;
    struct stat st {};
    if (path != "-" && ::stat(path.c_str(), &st) == 0) {
      out += " bytes=" + std::to_string(st.st_size) +
             " mtime_ns=" + std::to_string(st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec);
    }
    out += '\n';
  }
  return out;
}

ResumableOutput::ResumableOutput(const std::string& path, ResumeFingerprint fingerprint,
                                 double checkpoint_seconds)
    : path_(path),
      partial_path_(path + ".partial"),
      state_path_(path + ".partial.state"),
      fingerprint_(std::move(fingerprint)),
      checkpoint_seconds_(checkpoint_seconds) {
  if (path == "-" || path.empty()) {
    throw Error(ErrorCode::kUsage, "--resume needs an output file (-o FILE), not stdout");
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    throw Error(ErrorCode::kUsage, "--resume needs a regular output file", path);
  }
  try {
    Open();
  } catch (...) {
    if (fd_ >= 0) ::close(fd_);  // the destructor does not run: release the lock here
    throw;
  }
}

ResumableOutput::~ResumableOutput() {
  if (fd_ >= 0) ::close(fd_);
}

void ResumableOutput::Fail(const std::string& what, const std::string& path) const {
  std::string reason = std::strerror(errno);
  throw Error(ErrorCode::kIo, what + ": " + reason, path);
}

void ResumableOutput::Open() {
  RemoveStaleStateTemps(state_path_);
  const bool had_partial = Exists(partial_path_);
  fd_ = ::open(partial_path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (fd_ < 0) Fail("cannot open", partial_path_);
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno == EWOULDBLOCK) {
      throw Error(ErrorCode::kIo, "another `liputan classify --resume` is writing this file",
                  partial_path_);
    }
    Fail("cannot lock", partial_path_);
  }
  // A partial without state holds nothing known to be whole (the run stopped before its first
  // checkpoint, or between removing the state and renaming at the end): start it afresh.
  if (had_partial && Exists(state_path_)) {
    ReadState();
  } else {
    ::unlink(state_path_.c_str());
  }
  if (::ftruncate(fd_, bytes_) != 0) Fail("cannot truncate", partial_path_);
  if (::lseek(fd_, bytes_, SEEK_SET) != bytes_) Fail("cannot seek", partial_path_);
  checkpoint_records_ = resumed_records_;
  checkpoint_last_id_ = resumed_last_id_;
  last_checkpoint_ = Now();
}

void ResumableOutput::ReadState() {
  nlohmann::json state;
  try {
    state = nlohmann::json::parse(ReadWhole(state_path_));
    if (state.at("format").get<std::string>() != kStateFormat ||
        state.at("format_version").get<int>() != kStateVersion) {
      throw Error(ErrorCode::kData,
                  "not a liputan classify checkpoint of this version; delete " + partial_path_ +
                      " to start over",
                  state_path_);
    }
    auto recorded = state.at("fingerprint").get<ResumeFingerprint>();
    for (const auto& [part, value] : fingerprint_) {
      auto it = recorded.find(part);
      if (it == recorded.end() || it->second != value) {
        // Short values (options, version) are worth showing; digests and file lists are not.
        std::string detail;
        if (it != recorded.end() && value.size() < 160 && value.find('\n') == std::string::npos)
          detail = " (was \"" + it->second + "\", now \"" + value + "\")";
        throw Error(ErrorCode::kUsage,
                    "cannot resume: the " + part + " changed since the interrupted run" + detail +
                        "; delete " + partial_path_ + " to start over",
                    path_);
      }
    }
    resumed_records_ = state.at("records").get<int64_t>();
    bytes_ = state.at("bytes").get<int64_t>();
    resumed_last_id_ = state.at("last_id").get<std::string>();
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kData, std::string("damaged checkpoint: ") + e.what(), state_path_);
  }
  struct stat st {};
  if (::fstat(fd_, &st) != 0) Fail("cannot stat", partial_path_);
  if (resumed_records_ < 0 || bytes_ < 0 || st.st_size < bytes_) {
    throw Error(ErrorCode::kData,
                "the partial output is shorter (" + std::to_string(st.st_size) +
                    " bytes) than its checkpoint (" + std::to_string(bytes_) +
                    "); delete it to start over",
                partial_path_);
  }
}

void ResumableOutput::WriteState() {
  nlohmann::json state = {
      {"format", kStateFormat},        {"format_version", kStateVersion}, {"output", path_},
      {"fingerprint", fingerprint_},   {"records", checkpoint_records_},  {"bytes", bytes_},
      {"last_id", checkpoint_last_id_}};
  AtomicOutputFile out(state_path_);
  out.Write(state.dump(1) + "\n");
  out.Commit();
}

void ResumableOutput::Write(std::string_view data) {
  if (committed_) throw Error(ErrorCode::kInternal, "write after commit", path_);
  while (!data.empty()) {
    ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      Fail("write failed", partial_path_);
    }
    data.remove_prefix(static_cast<size_t>(n));
    bytes_ += n;
  }
}

void ResumableOutput::Checkpoint(int64_t records, std::string_view last_id, bool force) {
  checkpoint_records_ = records;
  checkpoint_last_id_.assign(last_id);
  double now = Now();
  if (!force && now - last_checkpoint_ < checkpoint_seconds_) return;
  // The records must be on disk before a state that counts them, or a crash could leave a
  // state pointing past the data.
  if (::fdatasync(fd_) != 0) Fail("sync failed", partial_path_);
  WriteState();
  last_checkpoint_ = now;
}

void ResumableOutput::Commit() {
  if (committed_) return;
  if (::fsync(fd_) != 0) Fail("sync failed", partial_path_);
  std::string target = path_;
  if (char* resolved = ::realpath(path_.c_str(), nullptr)) {  // follow a symlink, as -o does
    target = resolved;
    std::free(resolved);
  }
  {
    // The state goes first: a run stopped between the two steps leaves a partial without state,
    // which the next run starts afresh (wasted work, never a wrong output). Interrupts are held
    // back on this thread to make that window rarer.
    DeferInterrupts defer;
    if (::unlink(state_path_.c_str()) != 0 && errno != ENOENT) Fail("cannot remove", state_path_);
    if (std::rename(partial_path_.c_str(), target.c_str()) != 0) Fail("rename failed", target);
  }
  ::close(fd_);
  fd_ = -1;
  committed_ = true;
}

}  // namespace liputan
