// The `liputan` executable: finds the verb in the command table and runs it guarded.
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "common/error.h"
#include "common/interrupt_cleanup.h"
#include "common/version.h"

namespace {

void PrintUsage(std::ostream& out) {
  out << "usage: liputan COMMAND [OPTIONS] [ARGS...]\n\n"
         "How Indonesian government agencies use social media for public service:\n"
         "tokenize, train, classify and report on tweet archives.\n\ncommands:\n";
  for (const auto& c : liputan::cli::Commands()) {
    std::string name = c.name;
    if (name.find(' ') != std::string::npos) continue;  // "annotate sample": under its verb
    out << "  " << name << std::string(name.size() < 12 ? 12 - name.size() : 1, ' ') << c.summary
        << "\n";
  }
  out << "\n'liputan COMMAND --help' describes a command. 'liputan --version' prints the "
         "version.\n";
}

}  // namespace

int main(int argc, char** argv) {
  liputan::InstallInterruptCleanup();
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    PrintUsage(std::cerr);
    return static_cast<int>(liputan::ErrorCode::kUsage);
  }
  const std::string verb = args[0];  // a copy: args is shortened below
  if (verb == "--help" || verb == "-h" || verb == "help") {
    PrintUsage(std::cout);
    return 0;
  }
  if (verb == "--version") {
    std::cout << "liputan " << liputan::kVersion << "\n";
    return 0;
  }
  const auto* command = liputan::cli::FindCommand(verb);
  if (command == nullptr) {
    std::cerr << "liputan: unknown command '" << verb << "'\n\n";
    PrintUsage(std::cerr);
    return static_cast<int>(liputan::ErrorCode::kUsage);
  }
  args.erase(args.begin());
  return liputan::cli::RunGuarded(verb, args, command->run);
}
