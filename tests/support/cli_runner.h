#pragma once

#include <string>
#include <vector>

namespace liputan::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs the built `liputan` executable with `args`, feeding `input` on stdin, and captures both
// streams and the exit code. For integration tests of the CLI contract.
CliResult RunLiputan(const std::vector<std::string>& args, const std::string& input = "");

// In a forked child: replaces the process with the built liputan and `args` (exit 127 if the
// exec fails). Shared by RunLiputan and the bad-input suite's CliProcess.
[[noreturn]] void ExecLiputan(const std::vector<std::string>& args);

// A fresh temporary directory, removed with its contents when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

void WriteFile(const std::string& path, const std::string& content);
std::string ReadFile(const std::string& path);

}  // namespace liputan::testing
