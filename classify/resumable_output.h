#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace liputan {

// What must be the same between an interrupted `classify --resume` run and its continuation for
// the joined output to equal one uninterrupted run: named parts ("model", "inputs", "options",
// "liputan version") mapped to a description or digest of each.
using ResumeFingerprint = std::map<std::string, std::string>;

// Describes input files for a fingerprint: path, size and modification time of each ("-" for
// stdin, which cannot be described; the last-record check still applies to it).
std::string DescribeResumeInputs(const std::vector<std::string>& paths);

// The output of `classify --resume` (docs/models.md, "Resuming an interrupted run").
//
// Records go to PATH.partial, which a signal does not remove. A checkpoint makes the partial
// durable up to the end of the last whole batch (fdatasync) and then atomically replaces the
// sidecar PATH.partial.state (JSON: fingerprint, records, bytes, id of the last record). Bytes
// past the checkpoint (a batch cut by SIGKILL) are truncated away when the next run opens the
// partial, so only whole records survive, whatever the format (a CSV record may span lines).
// Commit() makes the partial durable, removes the state and renames the partial to PATH.
// An advisory lock on the partial stops two runs from writing it at once.
class ResumableOutput {
 public:
  // Opens PATH.partial after its last checkpoint, or starts it empty when there is no partial or
  // no state. Throws ErrorCode::kUsage when PATH is "-" or not a regular file, or when the state
  // was written with another fingerprint (naming the part that differs); kData when the partial
  // is shorter than its checkpoint or the state is damaged; kIo on I/O failures.
  ResumableOutput(const std::string& path, ResumeFingerprint fingerprint,
                  double checkpoint_seconds = 1.0);
  ~ResumableOutput();
  ResumableOutput(const ResumableOutput&) = delete;
  ResumableOutput& operator=(const ResumableOutput&) = delete;

  // Whole records already in the partial from earlier runs, and the id of the last of them.
  int64_t resumed_records() const { return resumed_records_; }
  const std::string& resumed_last_id() const { return resumed_last_id_; }

  void Write(std::string_view data);
  // The partial now ends after `records` whole records (counted from the start of the output),
  // the last with id `last_id`. Durable at most every `checkpoint_seconds` unless `force`.
  void Checkpoint(int64_t records, std::string_view last_id, bool force = false);
  void Commit();

  const std::string& partial_path() const { return partial_path_; }
  const std::string& state_path() const { return state_path_; }

 private:
  void Open();
  void ReadState();
  void WriteState();
  void Fail(const std::string& what, const std::string& path) const;

  std::string path_;
  std::string partial_path_;
  std::string state_path_;
  ResumeFingerprint fingerprint_;
  double checkpoint_seconds_;
  int fd_ = -1;
  int64_t bytes_ = 0;  // written to the partial so far
  int64_t resumed_records_ = 0;
  std::string resumed_last_id_;
  int64_t checkpoint_records_ = 0;
  std::string checkpoint_last_id_;
  double last_checkpoint_ = 0;  // steady-clock seconds
  bool committed_ = false;
};

}  // namespace liputan
