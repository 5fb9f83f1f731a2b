// `liputan classify`: label every post of the inputs with a model bundle (classify/).
#include <unistd.h>

#include <chrono>
#include <cstdio>

#include "classify/classify_pipeline.h"
#include "cli/command.h"
#include "common/atomic_output_file.h"
#include "common/error.h"

namespace liputan::cli {
namespace {

const char kUsage[] =
    "liputan classify -m MODEL [-o FILE] [--format jsonl|csv] [--top-k K] [--threads N] "
    "[INPUT...]\n\n"
    "Tokenizes and classifies every post of the inputs ('-' or none = stdin) with every label set\n"
    "of MODEL and writes one labeled record per post, in input order. Output files are written\n"
    "atomically (all or nothing). Bad records are skipped and counted unless --on-error fail.";

int RunClassify(const std::vector<std::string>& args) {
  std::string model_dir, output = "-", format = "jsonl", on_error = "skip", input_format = "auto";
  PostReaderOptions reader;
  std::vector<std::string> inputs;
  ClassifyOptions options;
  po::options_description desc("options");
  desc.add_options()("model,m", po::value(&model_dir)->required(), "the model bundle")(
      "output,o", po::value(&output)->default_value(output), "output file ('-' = stdout)")(
      "format", po::value(&format)->default_value(format), "jsonl|csv")(
      "top-k", po::value(&options.top_k)->default_value(options.top_k),
      "predictions kept per label set")(
      "threads", po::value(&options.threads)->default_value(options.threads),
      "worker threads (0 = all cores)")("on-error", po::value(&on_error)->default_value(on_error),
                                        "bad records: skip (and count) or fail")(
      "input-format", po::value(&input_format)->default_value(input_format),
      "auto|twarc2|twarc2-flat|v1|tweets-js|csv|liputan, or text: one post per plain line "
      "(leading __label__ tokens become true labels)")("map", po::value(&reader.column_map),
                                                       "CSV: field=column (repeatable)")(
      "encoding", po::value(&reader.encoding), "input encoding (ICU name) when not UTF-8")(
      "input", po::value(&inputs), "input files");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  if (auto code = ParseCommandLine(kUsage, desc, positional, args, vm)) return *code;
  options.format = ParseClassifyFormat(format);
  OnError policy = ParseOnError(on_error);
  ModelBundle bundle = ModelBundle::Load(model_dir);
  std::unique_ptr<PostSource> source;
  if (input_format == "text") {
    source = OpenTextLineSource(inputs, policy, reader.encoding);
  } else {
    reader.format = ParseInputFormat(input_format);
    reader.on_error = policy;
    source = OpenArchiveSource(inputs, reader);
  }
  AtomicOutputFile out(output);
  const bool tty = ::isatty(2) != 0;
  auto start = std::chrono::steady_clock::now();
  auto progress = [&](const ClassifyStats& s) {
    if (!tty) return;
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "\rliputan classify: %lld records (%.0f/s)",
                 static_cast<long long>(s.records), seconds > 0 ? s.records / seconds : 0.0);
  };
  ClassifyStats stats = ClassifyPosts(
      bundle, *source, [&](std::string_view d) { out.Write(d); }, options, progress);
  out.Commit();
  if (tty) std::fprintf(stderr, "\n");
  long long bad = source->diagnostics().count();
  std::fprintf(stderr, "liputan classify: %lld records classified",
               static_cast<long long>(stats.records));
  if (bad > 0) {
    std::fprintf(stderr, ", %lld bad records skipped (first: %s)", bad,
                 source->diagnostics().kept().empty()
                     ? ""
                     : source->diagnostics().kept()[0].ToString().c_str());
  }
  std::fprintf(stderr, "\n");
  return 0;
}

const CommandRegistrar kRegistrar{
    {"classify", "label every post of archives with a model bundle", &RunClassify}};

}  // namespace
}  // namespace liputan::cli
