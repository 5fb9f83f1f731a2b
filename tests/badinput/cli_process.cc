#include "tests/badinput/cli_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "tests/support/cli_runner.h"

namespace liputan::testing {
namespace {

std::string MakeIoDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "liputan-cli-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

// In the child, between fork and exec: only async-signal-safe calls.
[[noreturn]] void ExecChild(const std::vector<std::string>& args, const CliRunOptions& options,
                            const std::string& out_path, const std::string& err_path) {
  ::setpgid(0, 0);
  int in = ::open(options.stdin_path.c_str(), O_RDONLY);
  int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (in < 0 || out < 0 || err < 0) ::_exit(126);
  ::dup2(in, 0);
  ::dup2(out, 1);
  ::dup2(err, 2);
  if (options.file_size_limit >= 0) {
    ::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{static_cast<rlim_t>(options.file_size_limit),
                 static_cast<rlim_t>(options.file_size_limit)};
    ::setrlimit(RLIMIT_FSIZE, &limit);
  }
  ExecLiputan(args);
}

}  // namespace

CliProcess::CliProcess(const std::vector<std::string>& args, const CliRunOptions& options)
    : io_dir_(MakeIoDir()), options_(options) {
  std::string out_path = options.stdout_path.empty() ? io_dir_ + "/out" : options.stdout_path;
  std::string err_path = io_dir_ + "/err";
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) ExecChild(args, options, out_path, err_path);
  ::setpgid(pid_, pid_);  // also from the parent, so Signal() cannot race the child's setpgid
}

CliProcess::~CliProcess() {
  if (!reaped_ && pid_ > 0) {
    ::kill(-pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  std::error_code ignored;
  std::filesystem::remove_all(io_dir_, ignored);
}

void CliProcess::Signal(int signo) { ::kill(pid_, signo); }

CliOutcome CliProcess::Wait() {
  CliOutcome outcome;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(options_.timeout_seconds);
  int status = 0;
  while (::waitpid(pid_, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      outcome.timed_out = true;
      ::kill(-pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  reaped_ = true;
  outcome.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (options_.stdout_path.empty()) outcome.out = ReadFile(io_dir_ + "/out");
  outcome.err = ReadFile(io_dir_ + "/err");
  return outcome;
}

CliOutcome RunCli(const std::vector<std::string>& args, const CliRunOptions& options) {
  CliProcess process(args, options);
  return process.Wait();
}

}  // namespace liputan::testing
