// `liputan annotate SUBCOMMAND`: the labeling loop of docs/annotate.md. Each subcommand lives in
// its own annotate_<sub>_command.cc and registers itself as the command "annotate <sub>", so the
// parts grow apart; this file only finds the subcommand and runs it.
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "common/error.h"

namespace liputan::cli {
namespace {

const char kPrefix[] = "annotate ";

void PrintSubcommands(std::ostream& out) {
  out << "usage: liputan annotate SUBCOMMAND [OPTIONS]\n\n"
         "Check the model's labels on your own posts, correct them, and teach the model:\n";
  const std::string prefix = kPrefix;
  for (const auto& c : Commands()) {
    std::string name = c.name;
    if (name.rfind(prefix, 0) != 0) continue;
    name.erase(0, prefix.size());
    out << "  " << name << std::string(name.size() < 10 ? 10 - name.size() : 1, ' ') << c.summary
        << "\n";
  }
  out << "\n'liputan annotate SUBCOMMAND --help' describes one.\n";
}

int RunAnnotate(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    PrintSubcommands(args.empty() ? std::cerr : std::cout);
    return args.empty() ? static_cast<int>(ErrorCode::kUsage) : 0;
  }
  const Command* sub = FindCommand(kPrefix + args[0]);
  if (sub == nullptr) {
    throw Error(ErrorCode::kUsage,
                "unknown subcommand '" + args[0] + "' (see 'liputan annotate --help')");
  }
  return sub->run(std::vector<std::string>(args.begin() + 1, args.end()));
}

const CommandRegistrar kRegistrar{
    {"annotate", "draw posts to label, label them, export them (annotate --help)", &RunAnnotate}};

}  // namespace
}  // namespace liputan::cli
