// `liputan corpus stats|convert`: inspect tweet archives and convert them to our JSONL or CSV.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <set>

#include "cli/command.h"
#include "common/atomic_output_file.h"
#include "common/error.h"
#include "corpora/corpus_stats.h"
#include "corpora/post_csv.h"
#include "corpora/post_jsonl.h"
#include "corpora/post_reader.h"

namespace liputan::cli {
namespace {

const char kUsage[] =
    "liputan corpus stats [options] FILE...\n"
    "       liputan corpus convert [options] FILE... -o OUT.jsonl|OUT.csv\n\n"
    "Reads tweet archives (twarc2 JSONL pages or flattened, Twitter API v1.1 JSON, the user\n"
    "archive's tweets.js or its .zip, CSV/TSV exports, liputan JSONL; plain or .gz/.zst/.bz2/.xz;\n"
    "'-' = stdin), sniffing each file's format. Posts seen before (same id) are dropped.\n"
    "stats: posts per format, kind, author, month and language; duplicates; bad records.\n"
    "convert: writes the normalised JSONL (docs/formats.md) or CSV, atomically.";

struct CorpusArgs {
  PostReaderOptions reader;
  std::string input_format = "auto";
  std::string on_error = "skip";
  std::string date_order = "dmy";
  std::string output;
  std::string format;  // jsonl|csv; default from the output's extension
  bool json = false;
  bool keep_duplicates = false;
  std::vector<std::string> inputs;
};

void AddReaderOptions(po::options_description& desc, CorpusArgs& a) {
  desc.add_options()("input-format", po::value(&a.input_format)->default_value(a.input_format),
                     "auto|liputan|twarc2|twarc2-flat|v1|tweets-js|csv")(
      "encoding", po::value(&a.reader.encoding), "input encoding (ICU name, e.g. windows-1252)")(
      "map", po::value(&a.reader.column_map), "CSV column mapping FIELD=COLUMN (repeatable)")(
      "label-field", po::value(&a.reader.label_fields),
      "column carried as true labels (repeatable)")(
      "date-order", po::value(&a.date_order)->default_value(a.date_order),
      "numeric dates: dmy (01/06/2021 = 1 June) or mdy")(
      "keep-duplicates", po::bool_switch(&a.keep_duplicates), "do not drop repeated post ids")(
      "on-error", po::value(&a.on_error)->default_value(a.on_error),
      "bad records: skip (count, show the first) or fail (stop at the first)")(
      "input", po::value(&a.inputs), "input files");
}

void FinishReaderOptions(CorpusArgs& a) {
  if (a.inputs.empty()) throw Error(ErrorCode::kUsage, "no input files (use '-' for stdin)");
  a.reader.format = ParseInputFormat(a.input_format);
  a.reader.on_error = ParseOnError(a.on_error);
  a.reader.drop_duplicates = !a.keep_duplicates;
  if (a.date_order == "dmy") {
    a.reader.date_order = DateOrder::kDayFirst;
  } else if (a.date_order == "mdy") {
    a.reader.date_order = DateOrder::kMonthFirst;
  } else {
    throw Error(ErrorCode::kUsage, "--date-order must be dmy or mdy");
  }
}

int RunStats(CorpusArgs& a) {
  FinishReaderOptions(a);
  PostReader reader(a.inputs, a.reader);
  CorpusStats stats;
  Post post;
  while (reader.Next(post)) stats.Add(post);
  std::cout << (a.json ? stats.RenderJson(reader.stats(), reader.diagnostics())
                       : stats.RenderText(reader.stats(), reader.diagnostics()));
  return 0;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// CSV needs its label columns before the first row: the sets are taken from the first posts
// (up to kPeek, held in memory) and from --label-field.
constexpr size_t kPeek = 10000;

int RunConvert(CorpusArgs& a) {
  FinishReaderOptions(a);
  if (a.output.empty())
    throw Error(ErrorCode::kUsage, "convert needs -o OUT.jsonl|OUT.csv ('-' = stdout)");
  if (a.format.empty()) a.format = EndsWith(a.output, ".csv") ? "csv" : "jsonl";
  if (a.format != "jsonl" && a.format != "csv")
    throw Error(ErrorCode::kUsage, "--format must be jsonl or csv");
  PostReader reader(a.inputs, a.reader);
  AtomicOutputFile out(a.output);
  std::string buffer;
  long long written = 0;
  Post post;
  if (a.format == "jsonl") {
    while (reader.Next(post)) {
      AppendPostJson(post, buffer);
      buffer.push_back('\n');
      ++written;
      if (buffer.size() > (1u << 20)) {
        out.Write(buffer);
        buffer.clear();
      }
    }
  } else {
    std::vector<Post> peeked;
    std::set<std::string> label_sets(a.reader.label_fields.begin(), a.reader.label_fields.end());
    std::set<std::string> prediction_sets;
    while (peeked.size() < kPeek && reader.Next(post)) {
      for (const auto& [set, labels] : post.true_labels) label_sets.insert(set);
      for (const auto& [set, p] : post.predictions) prediction_sets.insert(set);
      peeked.push_back(std::move(post));
    }
    PostCsvWriter writer({label_sets.begin(), label_sets.end()},
                         {prediction_sets.begin(), prediction_sets.end()});
    buffer = writer.Header();
    auto write = [&](const Post& p) {
      writer.Append(p, buffer);
      ++written;
      if (buffer.size() > (1u << 20)) {
        out.Write(buffer);
        buffer.clear();
      }
    };
    for (const auto& p : peeked) write(p);
    while (reader.Next(post)) write(post);
  }
  out.Write(buffer);
  out.Commit();
  const auto& s = reader.stats();
  std::fprintf(
      stderr, "liputan corpus: %lld posts written to %s, %lld duplicates dropped, %lld bad records",
      written, a.output.c_str(), s.duplicates, reader.diagnostics().count());
  if (!reader.diagnostics().kept().empty()) {
    std::fprintf(stderr, " (first: %s)", reader.diagnostics().kept()[0].ToString().c_str());
  }
  std::fprintf(stderr, "\n");
  return 0;
}

int RunCorpus(const std::vector<std::string>& args) {
  if (args.empty() || (args[0] != "stats" && args[0] != "convert")) {
    if (!args.empty() && (args[0] == "-h" || args[0] == "--help")) {
      std::cout << "usage: " << kUsage << "\n";
      return 0;
    }
    throw Error(ErrorCode::kUsage, "expected 'stats' or 'convert' (see 'liputan corpus --help')");
  }
  const std::string verb = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  CorpusArgs a;
  po::options_description desc("options");
  AddReaderOptions(desc, a);
  if (verb == "stats") {
    desc.add_options()("json", po::bool_switch(&a.json), "print one JSON object");
  } else {
    desc.add_options()("output,o", po::value(&a.output),
                       "output file: .jsonl or .csv ('-' = stdout, JSONL)")(
        "format", po::value(&a.format), "jsonl|csv (default: from the output's extension)");
  }
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  if (auto code = ParseCommandLine(kUsage, desc, positional, rest, vm)) return *code;
  return verb == "stats" ? RunStats(a) : RunConvert(a);
}

const CommandRegistrar kRegistrar{
    {"corpus", "inspect tweet archives (stats) and convert them to JSONL/CSV", &RunCorpus}};

}  // namespace
}  // namespace liputan::cli
