#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace liputan {

// Files that appear together or not at all (a report's json, csv, md, html and charts): each is
// written whole to a temporary file beside its target as it is added, and Commit() renames them
// all into place with SIGINT/SIGTERM/SIGHUP held back, keeping the previous versions reachable
// until every rename has succeeded, so a failed rename puts every earlier file back. Destroying
// the group without Commit() removes the temporary files and leaves every target untouched; so
// does a signal (the temporary files are registered with common/interrupt_cleanup.h).
//
// Temporary files are closed as soon as they are written, so a group of thousands of files
// holds no file descriptors.
class OutputGroup {
 public:
  OutputGroup();
  ~OutputGroup();
  OutputGroup(const OutputGroup&) = delete;
  OutputGroup& operator=(const OutputGroup&) = delete;

  // Writes `content` to a temporary file for `path` (its directory must exist). Throws kIo
  // naming the path when it cannot be written (the group is then still uncommitted).
  void Add(const std::string& path, std::string_view content);
  // The same for content made in pieces: `produce` calls the sink with each piece in order, so a
  // large file (report.json) is never held whole.
  using Sink = std::function<void(std::string_view)>;
  void AddStreamed(const std::string& path, const std::function<void(const Sink&)>& produce);
  void Commit();

  // Creates `dir` and its missing parents for the group's files. The ones it creates are the
  // group's too: removed (when empty) if the group is abandoned or a signal ends the process, so
  // an interrupted first report leaves no empty output directory behind.
  void MakeDirectories(const std::string& dir);

  size_t size() const { return pending_.size(); }

 private:
  struct Pending;
  std::vector<std::unique_ptr<Pending>> pending_;
  std::vector<std::pair<std::string, int>> made_dirs_;  // path, cleanup slot; parents first
  bool committed_ = false;
};

}  // namespace liputan
