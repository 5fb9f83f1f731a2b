// `liputan classify`: label every post of the inputs with a model bundle (classify/).
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <optional>

#include "annotate/qdpx_post_sink.h"
#include "classify/classify_pipeline.h"
#include "classify/resumable_output.h"
#include "cli/command.h"
#include "common/atomic_output_file.h"
#include "common/data_paths.h"
#include "common/error.h"
#include "common/input_limits.h"
#include "common/phase_timer.h"
#include "common/version.h"
#include "models/sha256.h"

namespace liputan::cli {
namespace {

const char kUsage[] =
    "liputan classify [-m MODEL] [-o FILE] [--format jsonl|csv|qdpx] [--top-k K] [--threads N] "
    "[--resume] [INPUT...]\n\n"
    "Tokenizes and classifies every post of the inputs ('-' or none = stdin) with every label set\n"
    "of MODEL and writes one labeled record per post, in input order. Output files are written\n"
    "atomically (all or nothing). Bad records are skipped and counted unless --on-error fail.\n"
    "With --resume, records go to FILE.partial, which an interruption (Ctrl-C, kill, crash)\n"
    "leaves in place; running the same command again continues after the last checkpointed\n"
    "record and renames FILE.partial to FILE at the end (docs/models.md).\n"
    "--format qdpx writes a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA or QualCoder\n"
    "(docs/annotate.md): each post a text source, each prediction a coding.";

// Everything that shapes the output besides the model and inputs: a resumed run must match.
std::string DescribeOutputOptions(const std::string& format, const ClassifyOptions& options,
                                  const std::string& input_format,
                                  const PostReaderOptions& reader) {
  std::string out = "format=" + format + " top-k=" + std::to_string(options.top_k) +
                    " thresholds=" + (options.apply_thresholds ? "apply" : "ignore") +
                    " input-format=" + input_format + " encoding=" + reader.encoding;
  for (const auto& m : reader.column_map) out += " map=" + m;
  // The input caps decide which records are skipped as too long, so they shape the output too.
  const InputLimits& caps = ProcessInputLimits();
  out += " max-record-bytes=" + std::to_string(caps.max_line_bytes) + "/" +
         std::to_string(caps.max_csv_record_bytes) +
         " max-field-bytes=" + std::to_string(caps.max_field_bytes);
  return out;
}

struct ClassifyArgs {
  std::string model_dir, output = "-", format = "jsonl", on_error = "skip", input_format = "auto";
  std::string thresholds = "apply";
  PostReaderOptions reader;
  std::vector<std::string> inputs;
  ClassifyOptions options;
  bool resume = false;
  bool timings = false;
  double checkpoint_seconds = 1.0;
};

void AddOptions(po::options_description& desc, ClassifyArgs& a) {
  desc.add_options()("model,m", po::value(&a.model_dir),
                     "the model bundle (default: the default model, share/liputan/models/ of an "
                     "installed liputan or the build tree's models/)")(
      "output,o", po::value(&a.output)->default_value(a.output), "output file ('-' = stdout)")(
      "format", po::value(&a.format)->default_value(a.format), "jsonl|csv|qdpx")(
      "top-k", po::value(&a.options.top_k)->default_value(a.options.top_k),
      "predictions kept per label set")(
      "threads", po::value(&a.options.threads)->default_value(a.options.threads),
      "worker threads (0 = all cores)")("on-error",
                                        po::value(&a.on_error)->default_value(a.on_error),
                                        "bad records: skip (and count) or fail")(
      "input-format", po::value(&a.input_format)->default_value(a.input_format),
      "auto|twarc2|twarc2-flat|v1|tweets-js|csv|liputan, or text: one post per plain line "
      "(leading __label__ tokens become true labels)")("map", po::value(&a.reader.column_map),
                                                       "CSV: field=column (repeatable)")(
      "encoding", po::value(&a.reader.encoding), "input encoding (ICU name) when not UTF-8")(
      "thresholds", po::value(&a.thresholds)->default_value(a.thresholds),
      "apply: multi-label sets keep the labels at or above their thresholds (manifest, eval "
      "--thresholds tune), single-label sets flag a top label below its threshold; ignore: "
      "top-k labels for every set")(
      "resume", po::bool_switch(&a.resume),
      "continue an interrupted run writing -o FILE (see above); needs the same model, inputs "
      "and options")("checkpoint-seconds",
                     po::value(&a.checkpoint_seconds)->default_value(a.checkpoint_seconds),
                     "--resume: make the partial output durable at most this often")(
      "batch-size", po::value(&a.options.batch_size)->default_value(a.options.batch_size),
      "posts per pipeline batch")(
      "timings", po::bool_switch(&a.timings),
      "report the CPU time of the serial stages (reading, writing) against the whole run's")(
      "input", po::value(&a.inputs), "input files");
}

std::unique_ptr<PostSource> OpenSource(ClassifyArgs& a, OnError policy) {
  if (a.input_format == "text") return OpenTextLineSource(a.inputs, policy, a.reader.encoding);
  a.reader.format = ParseInputFormat(a.input_format);
  a.reader.on_error = policy;
  return OpenArchiveSource(a.inputs, a.reader);
}

// The partial output of --resume, with everything that must match the interrupted run.
void OpenResumable(const ClassifyArgs& a, std::optional<ResumableOutput>& partial) {
  if (!a.resume) return;
  partial.emplace(a.output,
                  ResumeFingerprint{{"model", Sha256File(a.model_dir + "/manifest.json")},
                                    {"inputs", DescribeResumeInputs(a.inputs)},
                                    {"options", DescribeOutputOptions(a.format, a.options,
                                                                      a.input_format, a.reader)},
                                    {"liputan version", kVersion}},
                  a.checkpoint_seconds);
}

// Serial stages against all CPU spent classifying: with a serial share s, no thread count can
// speed the run up by more than 1/s.
void PrintTimings(const ClassifyStats& stats, double cpu_seconds) {
  double serial = stats.read_cpu_seconds + stats.write_cpu_seconds;
  std::fprintf(stderr,
               "liputan classify: serial stages %.2f s CPU (read %.2f, write %.2f) of %.2f s CPU "
               "classifying (%.1f%%; threads can speed this up at most %.1fx)\n",
               serial, stats.read_cpu_seconds, stats.write_cpu_seconds, cpu_seconds,
               cpu_seconds > 0 ? 100 * serial / cpu_seconds : 0.0,
               serial > 0 ? cpu_seconds / serial : 0.0);
}

void PrintSummary(const ModelBundle& bundle, const ClassifyOptions& options,
                  const ClassifyStats& stats, const DiagnosticLog& diagnostics) {
  if (options.resume_after > 0) {
    std::fprintf(stderr, "liputan classify: resumed after %lld records\n",
                 static_cast<long long>(options.resume_after));
  }
  long long bad = diagnostics.count();
  std::fprintf(stderr, "liputan classify: %lld records classified",
               static_cast<long long>(stats.records));
  if (bad > 0) {
    std::fprintf(stderr, ", %lld bad records skipped (first: %s)", bad,
                 diagnostics.kept().empty() ? "" : diagnostics.kept()[0].ToString().c_str());
  }
  const auto& sets = bundle.manifest().label_sets;
  for (size_t set = 0; set < stats.below_threshold.size() && set < sets.size(); ++set) {
    if (stats.below_threshold[set] == 0) continue;
    std::fprintf(stderr, ", %lld with the top label of %s below its threshold",
                 static_cast<long long>(stats.below_threshold[set]), sets[set].name.c_str());
  }
  std::fprintf(stderr, "\n");
}

int RunClassify(const std::vector<std::string>& args) {
  ClassifyArgs a;
  po::options_description desc("options");
  AddOptions(desc, a);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  if (auto code = ParseCommandLine(kUsage, desc, positional, args, vm)) return *code;
  ClassifyOptions& options = a.options;
  const bool qdpx = a.format == "qdpx";  // the pipeline writes JSONL that QdpxPostSink converts
  options.format = ParseClassifyFormat(qdpx ? "jsonl" : a.format);
  if (qdpx && a.resume) {
    throw Error(ErrorCode::kUsage, "--resume cannot write --format qdpx (a zip is written whole)");
  }
  if (a.thresholds != "apply" && a.thresholds != "ignore") {
    throw Error(ErrorCode::kUsage,
                "--thresholds must be apply or ignore, not '" + a.thresholds + "'");
  }
  options.apply_thresholds = a.thresholds == "apply";
  const OnError policy = ParseOnError(a.on_error);  // usage errors before loading anything
  if (a.model_dir.empty()) a.model_dir = DefaultModelDir();
  ModelBundle bundle = ModelBundle::Load(a.model_dir);
  std::unique_ptr<PostSource> source = OpenSource(a, policy);
  std::optional<ResumableOutput> partial;
  OpenResumable(a, partial);
  std::optional<AtomicOutputFile> out;
  std::optional<QdpxPostSink> project;
  if (partial) {
    options.resume_after = partial->resumed_records();
    options.resume_last_id = partial->resumed_last_id();
  } else if (qdpx) {
    project.emplace(a.output, bundle);
  } else {
    out.emplace(a.output);
  }
  const bool tty = ::isatty(2) != 0;
  auto start = std::chrono::steady_clock::now();
  auto progress = [&](const ClassifyStats& s) {
    if (partial) partial->Checkpoint(options.resume_after + s.records, s.last_id);
    if (!tty) return;
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "\rliputan classify: %lld records (%.0f/s)",
                 static_cast<long long>(s.records), seconds > 0 ? s.records / seconds : 0.0);
  };
  auto write = [&](std::string_view d) {
    partial ? partial->Write(d) : project ? project->Write(d) : out->Write(d);
  };
  const double cpu_start = ProcessCpuSeconds();
  ClassifyStats stats = ClassifyPosts(bundle, *source, write, options, progress);
  const double cpu_seconds = ProcessCpuSeconds() - cpu_start;
  partial ? partial->Commit() : project ? project->Commit() : out->Commit();
  if (tty) std::fprintf(stderr, "\n");
  PrintSummary(bundle, options, stats, source->diagnostics());
  if (a.timings) PrintTimings(stats, cpu_seconds);
  return 0;
}

const CommandRegistrar kRegistrar{
    {"classify", "label every post of archives with a model bundle", &RunClassify}};

}  // namespace
}  // namespace liputan::cli
