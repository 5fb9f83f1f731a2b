#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace liputan::testing {

// How to run the CLI for a bad-input case: what stdout goes to, a file-size limit that makes
// writes fail like a full disk (RLIMIT_FSIZE, with SIGXFSZ ignored so write() returns EFBIG), and
// how long before the run counts as a hang and is killed.
struct CliRunOptions {
  std::string stdin_path = "/dev/null";
  std::string stdout_path;  // empty: captured into a temp file and returned
  long long file_size_limit = -1;
  int timeout_seconds = 120;
};

struct CliOutcome {
  int exit_code = -1;  // 128 + signal when killed by a signal
  bool timed_out = false;
  std::string out;  // captured stdout (empty when stdout_path was given)
  std::string err;
};

// A running `liputan` child in its own process group, for tests that signal it mid-run.
class CliProcess {
 public:
  CliProcess(const std::vector<std::string>& args, const CliRunOptions& options);
  ~CliProcess();
  CliProcess(const CliProcess&) = delete;
  CliProcess& operator=(const CliProcess&) = delete;

  void Signal(int signo);
  // Waits for the exit (killing the group with SIGKILL after the timeout) and collects output.
  CliOutcome Wait();
  pid_t pid() const { return pid_; }

 private:
  std::string io_dir_;
  CliRunOptions options_;
  pid_t pid_ = -1;
  bool reaped_ = false;
};

CliOutcome RunCli(const std::vector<std::string>& args, const CliRunOptions& options = {});

}  // namespace liputan::testing
