// `liputan tokenize`: one output line per input line, tokens joined by single spaces (DESIGN.md
// §5).
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "common/atomic_output_file.h"
#include "common/error.h"
#include "common/input_limits.h"
#include "common/line_reader.h"
#include "tokenizer/token_jsonl.h"
#include "tokenizer/tokenizer.h"

namespace liputan::cli {
namespace {

constexpr size_t kFlushBytes = 1 << 20;

struct TokenizeArgs {
  TokenizerOptions options;
  std::string format = "text";
  std::string invalid_utf8 = "replace";
  std::string output = "-";
  bool show_config = false;
  std::vector<std::string> inputs;
};

void FormatLine(const Tokenizer& tokenizer, const std::string& format, std::string_view line,
                std::string& out, TokenizeStats& stats) {
  if (format == "text") {
    tokenizer.TokenizeToString(line, out, &stats);
    out.push_back('\n');
  } else if (format == "jsonl") {
    AppendTokensJsonl(tokenizer.Tokenize(line, &stats), out);
  } else {
    out += tokenizer.Explain(line);
    tokenizer.Tokenize(line, &stats);
    out.push_back('\n');
  }
}

// Prints the options as stored in model bundles and the hash of each lexicon in use.
void ShowConfig(const Tokenizer& tokenizer) {
  std::cout << "options " << tokenizer.options().ToJson() << "\n";
  for (const auto& [name, hash] : tokenizer.LexiconHashes()) {
    std::cout << "lexicon " << name << " " << hash << "\n";
  }
}

int RunTokenize(const std::vector<std::string>& args) {
  TokenizeArgs a;
  po::options_description options("options");
  options.add_options()("preserve", po::bool_switch(&a.options.preserve),
                        "segmentation only: keep case, punctuation, URLs and spelling")(
      "split-clitics", po::bool_switch(&a.options.split_clitics),
      "ku-/kau- and -ku/-mu/-nya, -lah/-kah/-tah/-pun as separate tokens (a capitalised -Mu, "
      "-Nya is kept as written)")("drop-stopwords", po::bool_switch(&a.options.drop_stopwords),
                                  "remove Indonesian stopwords")(
      "drop-punctuation", po::bool_switch(&a.options.drop_punctuation),
      "remove punctuation tokens")("stem", po::bool_switch(&a.options.stem),
                                   "replace words by their root")(
      "format", po::value(&a.format)->default_value(a.format), "text, jsonl or explain")(
      "invalid-utf8", po::value(&a.invalid_utf8)->default_value(a.invalid_utf8),
      "replace (with U+FFFD, counted) or reject (exit 65 naming the line)")(
      "output,o", po::value(&a.output)->default_value(a.output), "output file (- for stdout)")(
      "show-config", po::bool_switch(&a.show_config),
      "print the options as JSON and each lexicon's hash, then exit")(
      "input", po::value(&a.inputs), "input files (- for stdin; the default)");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  if (auto code =
          ParseCommandLine("liputan tokenize [OPTIONS] [FILE...]", options, positional, args, vm)) {
    return *code;
  }
  if (a.format != "text" && a.format != "jsonl" && a.format != "explain") {
    throw Error(ErrorCode::kUsage,
                "--format must be text, jsonl or explain, not '" + a.format + "'");
  }
  if (a.invalid_utf8 != "replace" && a.invalid_utf8 != "reject") {
    throw Error(ErrorCode::kUsage, "--invalid-utf8 must be replace or reject");
  }
  a.options.invalid_utf8 =
      a.invalid_utf8 == "reject" ? InvalidUtf8Policy::kReject : InvalidUtf8Policy::kReplace;
  const Tokenizer tokenizer(a.options);
  if (a.show_config) return ShowConfig(tokenizer), 0;
  if (a.inputs.empty()) a.inputs.push_back("-");

  AtomicOutputFile output(a.output);
  std::string buffer, first_invalid;
  TokenizeStats stats;
  long long lines = 0;
  for (const auto& path : a.inputs) {
    LineReader reader(OpenFileSource(path));
    std::string_view line;
    while (reader.Next(line)) {
      CheckRecordCount(++lines, ProcessInputLimits().max_records, reader.location());
      size_t invalid_before = stats.invalid_utf8;
      try {
        FormatLine(tokenizer, a.format, line, buffer, stats);
      } catch (const Error& e) {
        if (!e.location().empty()) throw;
        throw Error(e.code(), e.message(), reader.location());
      }
      if (stats.invalid_utf8 > invalid_before && first_invalid.empty()) {
        first_invalid = reader.location();
      }
      if (buffer.size() >= kFlushBytes) output.Write(buffer), buffer.clear();
    }
  }
  output.Write(buffer);
  output.Commit();
  if (stats.invalid_utf8 > 0) {
    std::cerr << "liputan tokenize: replaced " << stats.invalid_utf8
              << " invalid UTF-8 sequence(s) with U+FFFD (first at " << first_invalid << ")\n";
  }
  return 0;
}

const CommandRegistrar kRegistrar{
    {"tokenize", "split Indonesian tweets into normalised tokens", &RunTokenize}};

}  // namespace
}  // namespace liputan::cli
