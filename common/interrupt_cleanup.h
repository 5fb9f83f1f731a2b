#pragma once

namespace liputan {

// Removes the temporary files of unfinished outputs when the process is interrupted.
//
// SIGINT/SIGTERM would otherwise leave "out.jsonl.tmp.XXXXXX" files behind. AtomicOutputFile
// registers each temporary path here while it is open; the signal handler unlinks every registered
// path (unlink is async-signal-safe) and then re-raises the signal with its default action, so the
// exit status still says "killed by signal". Final output names are never touched.
void InstallInterruptCleanup();

// Holds SIGINT/SIGTERM/SIGHUP back while it lives (this thread), so a group of renames that must
// happen together (a report's files) is not cut in half; a signal that arrived meanwhile is
// delivered when it ends.
class DeferInterrupts {
 public:
  DeferInterrupts();
  ~DeferInterrupts();
  DeferInterrupts(const DeferInterrupts&) = delete;
  DeferInterrupts& operator=(const DeferInterrupts&) = delete;

 private:
  unsigned long long saved_[16];  // storage for the previous sigset_t (kept out of this header)
};

// Registration used by AtomicOutputFile. Returns a slot handle, or -1 when every slot is taken (the
// file is then simply not cleaned up on a signal). Paths longer than the slot size are not tracked.
int RegisterTempFile(const char* path);
// A directory made for outputs not yet committed: removed on a signal if it is empty by then.
int RegisterTempDirectory(const char* path);
// Ends a registration of either kind.
void UnregisterTempFile(int slot);

}  // namespace liputan
