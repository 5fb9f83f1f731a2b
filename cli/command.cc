#include "cli/command.h"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <iostream>
#include <new>

#include "common/error.h"
#include "common/input_limits.h"
#include "common/notice.h"

namespace liputan::cli {
namespace {

std::vector<Command>& Registry() {
  static std::vector<Command> commands;
  return commands;
}

}  // namespace

void RegisterCommand(const Command& command) {
  auto& commands = Registry();
  auto at = std::lower_bound(
      commands.begin(), commands.end(), command,
      [](const Command& a, const Command& b) { return std::string(a.name) < std::string(b.name); });
  commands.insert(at, command);
}

const std::vector<Command>& Commands() { return Registry(); }

const Command* FindCommand(const std::string& name) {
  for (const auto& c : Registry()) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

namespace {

// 0.5 → "0.5" (std::to_string would give "0.500000").
std::string ShareText(double share) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", share);
  return buffer;
}

po::options_description InputLimitOptions() {
  const InputLimits defaults;
  po::options_description caps("input limits (docs/limits.md)");
  caps.add_options()("max-record-bytes", po::value<long long>(),
                     ("longest line, JSON record or CSV record; longer is a bad record (default " +
                      std::to_string(defaults.max_line_bytes) + ", CSV " +
                      std::to_string(defaults.max_csv_record_bytes) + ")")
                         .c_str())(
      "max-field-bytes", po::value<long long>(),
      ("longest post or example text (default " + std::to_string(defaults.max_field_bytes) + ")")
          .c_str())("max-records", po::value<long long>(),
                    "stop with exit 65 after this many records over all inputs (default: no cap)")(
      "max-bad-share", po::value<double>(),
      ("stop with exit 65 when more than this share of one input's records are bad (default " +
       ShareText(defaults.max_bad_share) + "; 1 = any share; an input with no good record fails)")
          .c_str());
  return caps;
}

long long PositiveCap(const po::variables_map& vm, const char* name) {
  long long value = vm[name].as<long long>();
  if (value <= 0) {
    throw Error(ErrorCode::kUsage, std::string("--") + name + " must be a positive number");
  }
  return value;
}

// Sets the run's caps from the options given; the others keep their defaults.
void ApplyInputLimits(const po::variables_map& vm) {
  InputLimits limits = ProcessInputLimits();
  if (vm.count("max-record-bytes")) {
    auto bytes = static_cast<size_t>(PositiveCap(vm, "max-record-bytes"));
    limits.max_line_bytes = bytes;
    limits.max_csv_record_bytes = bytes;
  }
  if (vm.count("max-field-bytes")) {
    limits.max_field_bytes = static_cast<size_t>(PositiveCap(vm, "max-field-bytes"));
  }
  if (vm.count("max-records")) limits.max_records = PositiveCap(vm, "max-records");
  if (vm.count("max-bad-share")) {
    double share = vm["max-bad-share"].as<double>();
    if (!(share >= 0 && share <= 1)) {
      throw Error(ErrorCode::kUsage, "--max-bad-share must be a share between 0 and 1");
    }
    limits.max_bad_share = share;
  }
  SetProcessInputLimits(limits);
}

}  // namespace

std::optional<int> ParseCommandLine(const std::string& usage, po::options_description& options,
                                    const po::positional_options_description& positional,
                                    const std::vector<std::string>& args, po::variables_map& vm,
                                    bool reads_input) {
  options.add_options()("help,h", "show this help and exit");
  if (reads_input) options.add(InputLimitOptions());
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << "usage: " << usage << "\n\n" << options << "\n";
    return 0;
  }
  po::notify(vm);
  if (reads_input) ApplyInputLimits(vm);
  return std::nullopt;
}

int RunGuarded(const std::string& command_name, const std::vector<std::string>& args,
               int (*body)(const std::vector<std::string>&)) {
  const std::string prefix = "liputan " + command_name + ": ";
  // Notes from the libraries (common/notice.h) go to stderr like every other message of ours.
  SetNoticeHandler(
      [prefix](const std::string& message) { std::cerr << prefix << message << std::endl; });
  try {
    int code = body(args);
    // Data on stdout that could not be written (disk full, closed pipe) is a failed run, not a
    // success: flush both C++ and C streams and check.
    std::cout.flush();
    if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout)) {
      throw Error(ErrorCode::kIo, "write failed", "<stdout>");
    }
    return code;
  } catch (const Error& e) {
    std::cerr << prefix << e.what() << "\n";
    return static_cast<int>(e.code());
  } catch (const po::error& e) {
    std::cerr << prefix << e.what() << "\n(see 'liputan " << command_name << " --help')\n";
    return static_cast<int>(ErrorCode::kUsage);
  } catch (const std::bad_alloc&) {
    std::cerr << prefix << "out of memory\n";
    return static_cast<int>(ErrorCode::kInternal);
  } catch (const std::exception& e) {
    std::cerr << prefix << "internal error: " << e.what() << "\n";
    return static_cast<int>(ErrorCode::kInternal);
  } catch (...) {
    std::cerr << prefix << "internal error\n";
    return static_cast<int>(ErrorCode::kInternal);
  }
}

}  // namespace liputan::cli
