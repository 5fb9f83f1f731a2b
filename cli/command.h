#pragma once

#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <vector>

namespace liputan::cli {

namespace po = boost::program_options;

// A verb of the `liputan` executable. Each <verb>_command.cc defines one and registers it with a
// static CommandRegistrar, so adding a command never touches main.cc.
struct Command {
  const char* name;
  const char* summary;                               // one line for `liputan --help`
  int (*run)(const std::vector<std::string>& args);  // args after the verb; returns the exit code
};

void RegisterCommand(const Command& command);
// All registered commands, sorted by name.
const std::vector<Command>& Commands();
const Command* FindCommand(const std::string& name);

struct CommandRegistrar {
  explicit CommandRegistrar(const Command& command) { RegisterCommand(command); }
};

// Parses `args` against `options` (plus --help) and the positional description. Returns an exit
// code when the command should stop now (help printed: 0), or nullopt to go on. Option errors throw
// po::error, which RunGuarded maps to exit code 64. A command that reads input also gets the
// input caps (--max-record-bytes, --max-field-bytes, --max-records, --max-bad-share), which set
// the run's InputLimits (common/input_limits.h) before the command makes any reader.
std::optional<int> ParseCommandLine(const std::string& usage, po::options_description& options,
                                    const po::positional_options_description& positional,
                                    const std::vector<std::string>& args, po::variables_map& vm,
                                    bool reads_input = true);

// Runs `body`, printing any exception as "liputan CMD: message" on stderr and mapping it to the
// exit code of its class (DESIGN.md §4); library notes (common/notice.h) are printed the same
// way. main() wraps every command in it.
int RunGuarded(const std::string& command_name, const std::vector<std::string>& args,
               int (*body)(const std::vector<std::string>&));

}  // namespace liputan::cli
