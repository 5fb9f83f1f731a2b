// The bad-input suite: every row of cases.tsv runs the built `liputan` on a broken input and
// checks the outcome a user sees: the exit code, a fragment of the message (file and line), what
// was or was not written, and that the run neither crashed (signal) nor hung (timeout).
// See the header of cases.tsv for the columns and docs/reliability.md for the policy.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/badinput/cli_process.h"
#include "tests/badinput/inputs.h"
#include "tests/support/cli_runner.h"

namespace fs = std::filesystem;

namespace liputan::testing {
namespace {

const std::string kSource = LIPUTAN_SOURCE_DIR;
const std::string kPrevious = "previous content, must survive\n";

struct Case {
  std::string name, args, input, stderr_fragment, checks, run, status;
  int exit_code = 0;
};

// What gtest prints for a failing row: its name, not the bytes of the struct.
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, separator)) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

std::vector<Case> LoadCases() {
  std::ifstream in(kSource + "/tests/badinput/cases.tsv");
  std::vector<Case> cases;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream s(line);
    std::string field;
    while (std::getline(s, field, '\t')) f.push_back(field);
    if (f.size() != 8) {
      ADD_FAILURE() << "cases.tsv: needs 8 tab-separated columns: " << line;
      continue;
    }
    cases.push_back({f[0], f[1], f[2], f[4], f[5], f[6], f[7], std::stoi(f[3])});
  }
  return cases;
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

struct Placeholders {
  std::string in, tmp, model;
  std::string Apply(std::string text) const {
    text = Replace(text, "{in}", in);
    text = Replace(text, "{in-name}", fs::path(in).filename().string());
    text = Replace(text, "{tmp}", tmp);
    text = Replace(text, "{model}", model);
    text = Replace(text, "{data}", kSource + "/tests/data");
    return text;
  }
};

bool HasTempFile(const std::string& dir) {
  if (!fs::is_directory(dir)) return false;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.path().filename().string().find(".tmp.") != std::string::npos) return true;
  }
  return false;
}

// One check of the `checks` column; returns a problem description or "".
std::string Check(const std::string& check, const CliOutcome& r) {
  auto eq = check.find('=');
  std::string what = check.substr(0, eq);
  std::string arg = eq == std::string::npos ? "" : check.substr(eq + 1);
  if (what == "stdout-empty") return r.out.empty() ? "" : "stdout is not empty";
  if (what == "stdout-has") {
    return r.out.find(arg) != std::string::npos ? "" : "stdout lacks \"" + arg + "\"";
  }
  if (what == "absent") return fs::exists(fs::symlink_status(arg)) ? arg + " was written" : "";
  if (what == "exists") return fs::exists(arg) ? "" : arg + " was not written";
  if (what == "no-temp") return HasTempFile(arg) ? "a temporary file remains in " + arg : "";
  if (what == "unchanged") return ReadFile(arg) == kPrevious ? "" : arg + " was changed";
  if (what == "symlink") return fs::is_symlink(arg) ? "" : arg + " is no longer a symlink";
  return "unknown check " + what;
}

class BadInput : public ::testing::TestWithParam<Case> {};

TEST_P(BadInput, FailsCleanly) {
  const Case& c = GetParam();
  bool big = c.run.find("big") != std::string::npos;
  if (big && std::getenv("LIPUTAN_BADINPUT_SKIP_BIG") != nullptr) {
    GTEST_SKIP() << "big input skipped (LIPUTAN_BADINPUT_SKIP_BIG)";
  }
  TempDir tmp;
  Placeholders p{"", tmp.path(), ""};
  bool needs_model =
      c.args.find("{model}") != std::string::npos || c.input.rfind("gen:model-", 0) == 0;
  if (needs_model) p.model = SharedModel();
  if (c.input.rfind("gen:", 0) == 0) p.in = GenerateInput(c.input.substr(4), tmp.path(), p.model);
  if (c.input.rfind("fixture:", 0) == 0) {
    p.in = kSource + "/tests/data/badinput/" + c.input.substr(8);
  }

  CliRunOptions options;
  for (const auto& opt : Split(c.run, ',')) {
    auto eq = opt.find('=');
    std::string key = opt.substr(0, eq),
                value = eq == std::string::npos ? "" : p.Apply(opt.substr(eq + 1));
    if (key == "stdout") options.stdout_path = value;
    if (key == "stdin") options.stdin_path = value;
    if (key == "fsize") options.file_size_limit = std::stoll(value);
    if (key == "timeout") options.timeout_seconds = std::stoi(value);
    if (key == "pre") WriteFile(value, kPrevious);
  }
  std::vector<std::string> args = Split(p.Apply(c.args), ' ');
  CliOutcome r = RunCli(args, options);

  std::vector<std::string> problems;
  if (r.timed_out) {
    problems.push_back("hung (killed after " + std::to_string(options.timeout_seconds) + " s)");
  } else if (r.exit_code >= 128) {
    problems.push_back("crashed (signal " + std::to_string(r.exit_code - 128) + ")");
  }
  if (r.exit_code != c.exit_code) {
    problems.push_back("exit " + std::to_string(r.exit_code) + ", expected " +
                       std::to_string(c.exit_code));
  }
  std::string fragment = p.Apply(c.stderr_fragment);
  if (fragment != "-" && r.err.find(fragment) == std::string::npos) {
    problems.push_back("stderr lacks \"" + fragment + "\"");
  }
  if (c.checks != "-") {
    for (const auto& check : Split(p.Apply(c.checks), ';')) {
      std::string problem = Check(check, r);
      if (!problem.empty()) problems.push_back(problem);
    }
  }
  std::string report;
  for (const auto& problem : problems) report += "  " + problem + "\n";
  report += "stderr: " + r.err.substr(0, 2000);
  if (c.status.rfind("known", 0) == 0) {
    if (problems.empty()) GTEST_SKIP() << "known failure now passes: mark it ok in cases.tsv";
    GTEST_SKIP() << "known failure (" << c.status << "):\n" << report;
  }
  std::string command = "liputan";
  for (const auto& a : args) command += " " + a;
  EXPECT_TRUE(problems.empty()) << command << "\n" << report;
}

INSTANTIATE_TEST_SUITE_P(Table, BadInput, ::testing::ValuesIn(LoadCases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return info.param.name;
                         });

}  // namespace
}  // namespace liputan::testing
