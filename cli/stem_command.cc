// `liputan stem [--lexicon FILE] [--explain] [FILE...]`: one word per input line,
// "word<TAB>root" per output line (DESIGN.md §5). The stemming itself is tokenizer/stemmer.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command.h"
#include "common/atomic_output_file.h"
#include "common/input_limits.h"
#include "common/line_reader.h"
#include "tokenizer/stemmer/root_lexicon.h"
#include "tokenizer/stemmer/stemmer.h"

namespace liputan::cli {
namespace {

struct StemCommandOptions {
  std::string lexicon;  // empty: hunspell-id + built-in additions
  bool explain = false;
  std::vector<std::string> inputs;
};

std::string_view Trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

void StemStream(const Stemmer& stemmer, const std::string& path, bool explain,
                AtomicOutputFile& out, long long& words) {
  LineReader reader(OpenFileSource(path));
  std::string buffer;
  std::string_view line;
  while (reader.Next(line)) {
    CheckRecordCount(++words, ProcessInputLimits().max_records, reader.location());
    std::string_view word = Trim(line);
    buffer.append(word).push_back('\t');
    if (explain) {
      StemTrace trace = stemmer.Trace(word);
      buffer.append(trace.root).push_back('\t');
      for (size_t i = 0; i < trace.steps.size(); ++i) {
        buffer.append(i == 0 ? "" : " > ").append(trace.steps[i]);
      }
    } else {
      buffer.append(stemmer.Stem(word));
    }
    buffer.push_back('\n');
    if (buffer.size() >= (1u << 16)) out.Write(buffer), buffer.clear();
  }
  out.Write(buffer);
}

int RunStem(const std::vector<std::string>& args) {
  StemCommandOptions opts;
  po::options_description options("options");
  options.add_options()(
      "lexicon", po::value(&opts.lexicon),
      "plain word list (one root per line) replacing the default lexicon (hunspell-id + "
      "built-in additions)")("explain", po::bool_switch(&opts.explain),
                             "add a third column with the steps taken (rule ids)")(
      "input", po::value(&opts.inputs), "input files ('-' = stdin, the default)");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  const std::string usage =
      "usage: liputan stem [--lexicon FILE] [--explain] [FILE...]\n"
      "Reads one word per line and writes \"word<TAB>root\" per line (Indonesian confix\n"
      "stripping; see docs/stemmer.md).";
  if (auto code = ParseCommandLine(usage, options, positional, args, vm)) return *code;
  if (opts.inputs.empty()) opts.inputs.push_back("-");

  std::shared_ptr<const RootLexicon> lexicon =
      opts.lexicon.empty() ? RootLexicon::Default() : RootLexicon::LoadFile(opts.lexicon);
  Stemmer stemmer(lexicon);
  AtomicOutputFile out("-");
  long long words = 0;
  for (const auto& path : opts.inputs) StemStream(stemmer, path, opts.explain, out, words);
  out.Commit();
  return 0;
}

const CommandRegistrar kRegistrar{
    {"stem", "reduce Indonesian words to their roots (one word per line)", &RunStem}};

}  // namespace
}  // namespace liputan::cli
