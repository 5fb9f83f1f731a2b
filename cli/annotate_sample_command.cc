// `liputan annotate sample`: draw posts to label into an annotation file (annotate/sampler.h).
#include <cstdio>
#include <optional>

#include "annotate/annotation_xlsx_writer.h"
#include "annotate/candidate_reader.h"
#include "annotate/codebook.h"
#include "annotate/sampler.h"
#include "cli/command.h"
#include "common/error.h"

namespace liputan::cli {
namespace {

const char kUsage[] =
    "liputan annotate sample [-m MODEL] -n N [--strategy validate|teach|mixed] [-o FILE] "
    "[INPUT...]\n\n"
    "Draws N posts of the inputs (archives, or classified JSONL from 'liputan classify'; '-' or\n"
    "none = stdin) to be labeled by a person, and writes them as an annotation file: CSV, or an\n"
    "Excel workbook with label dropdowns when FILE ends in .xlsx (docs/annotate.md).\n"
    "  validate  a stratified random sample (stratum = predicted label x agency) with each post's\n"
    "            inclusion probability, for unbiased accuracy estimates\n"
    "  teach     posts the model is least sure about, near-duplicates left out, to teach it\n"
    "  mixed     both: --teach-share of N to teach, the rest to validate\n"
    "Posts without predictions are classified with MODEL (-m is then required). The same inputs,\n"
    "options and --seed give the same draw.";

struct SampleArgs {
  std::string model_dir, output = "-", strategy = "validate", stratify_by;
  std::string input_format = "auto", on_error = "skip";
  std::vector<std::string> inputs;
  SampleOptions sample;
  CandidateReadOptions read;
};

void AddOptions(po::options_description& desc, SampleArgs& a) {
  desc.add_options()("model,m", po::value(&a.model_dir), "the model bundle")(
      "n,n", po::value(&a.sample.n)->required(), "posts to draw")(
      "strategy", po::value(&a.strategy)->default_value(a.strategy), "validate|teach|mixed")(
      "teach-share", po::value(&a.sample.teach_share)->default_value(a.sample.teach_share),
      "mixed: share of N drawn to teach")(
      "seed", po::value(&a.sample.seed)->default_value(a.sample.seed), "random seed of the draw")(
      "stratify-by", po::value(&a.stratify_by),
      "validate: the label set whose predicted label forms the strata (default: the first)")(
      "min-per-stratum",
      po::value(&a.sample.min_per_stratum)->default_value(a.sample.min_per_stratum),
      "validate: posts every stratum gets when N allows")(
      "output,o", po::value(&a.output)->default_value(a.output),
      "FILE.csv, FILE.xlsx, or '-' (CSV on stdout)")(
      "input-format", po::value(&a.input_format)->default_value(a.input_format),
      "auto|twarc2|twarc2-flat|v1|tweets-js|csv|liputan|text")(
      "map", po::value(&a.read.reader.column_map), "CSV: field=column (repeatable)")(
      "encoding", po::value(&a.read.reader.encoding), "input encoding (ICU name) when not UTF-8")(
      "on-error", po::value(&a.on_error)->default_value(a.on_error),
      "bad records: skip (and count) or fail")(
      "threads", po::value(&a.read.threads)->default_value(a.read.threads),
      "classifying threads (0 = all cores)")("input", po::value(&a.inputs), "input files");
}

bool IsXlsx(const std::string& path) {
  return path.size() > 5 && path.compare(path.size() - 5, 5, ".xlsx") == 0;
}

size_t StratifySet(const std::vector<std::string>& sets, const std::string& wanted) {
  if (wanted.empty()) return 0;
  for (size_t i = 0; i < sets.size(); ++i)
    if (sets[i] == wanted) return i;
  std::string known;
  for (const auto& s : sets) known += (known.empty() ? "" : ", ") + s;
  throw Error(ErrorCode::kUsage, "--stratify-by " + wanted + ": the label sets are " + known);
}

void PrintSummary(const SampleResult& r, const SampleArgs& a, const CandidateReader& reader) {
  std::fprintf(stderr, "liputan annotate sample: drew %lld of %lld posts",
               static_cast<long long>(r.file.rows.size()), static_cast<long long>(r.population));
  if (r.validate_rows > 0)
    std::fprintf(stderr, "; validate %lld from %lld strata",
                 static_cast<long long>(r.validate_rows), static_cast<long long>(r.strata));
  if (r.teach_rows > 0) std::fprintf(stderr, "; teach %lld", static_cast<long long>(r.teach_rows));
  if (reader.stats().classified > 0)
    std::fprintf(stderr, " (%lld classified with the model)",
                 static_cast<long long>(reader.stats().classified));
  if (reader.diagnostics().count() > 0)
    std::fprintf(stderr, "; %lld bad records skipped (first: %s)", reader.diagnostics().count(),
                 reader.diagnostics().kept().empty()
                     ? ""
                     : reader.diagnostics().kept()[0].ToString().c_str());
  std::fprintf(stderr, "\n");
  if (r.population <= a.sample.n)
    std::fprintf(stderr,
                 "liputan annotate sample: note: -n %lld is not below the %lld posts: "
                 "all of them are in the file\n",
                 static_cast<long long>(a.sample.n), static_cast<long long>(r.population));
  if (r.strata_not_drawn > 0)
    std::fprintf(stderr,
                 "liputan annotate sample: note: %lld of %lld strata got no post; "
                 "with -n %lld or more every stratum gets one\n",
                 static_cast<long long>(r.strata_not_drawn), static_cast<long long>(r.strata),
                 static_cast<long long>(r.strata * a.sample.min_per_stratum));
  if (r.duplicates_left_out > 0)
    std::fprintf(stderr,
                 "liputan annotate sample: note: teach drew fewer than asked; %lld "
                 "uncertain posts were near-duplicates of chosen ones\n",
                 static_cast<long long>(r.duplicates_left_out));
}

int RunAnnotateSample(const std::vector<std::string>& args) {
  SampleArgs a;
  po::options_description desc("options");
  AddOptions(desc, a);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  if (auto code = ParseCommandLine(kUsage, desc, positional, args, vm)) return *code;
  if (a.sample.n < 1) throw Error(ErrorCode::kUsage, "-n must be at least 1");
  a.sample.strategy = ParseSampleStrategy(a.strategy);
  a.read.on_error = ParseOnError(a.on_error);
  a.read.input_format = a.input_format;
  if (a.input_format != "text") ParseInputFormat(a.input_format);  // usage errors first
  std::optional<ModelBundle> bundle;
  if (!a.model_dir.empty()) bundle.emplace(ModelBundle::Load(a.model_dir));
  CandidateReader reader(a.inputs, bundle ? &*bundle : nullptr, a.read);
  const std::vector<std::string> sets = reader.label_sets();
  a.sample.stratify_set = StratifySet(sets, a.stratify_by);
  std::optional<Sampler> sampler;
  if (!sets.empty()) sampler.emplace(sets, a.sample);
  reader.ReadAll([&](Candidate c) { sampler->Add(std::move(c)); });
  if (!sampler || sampler->population() == 0)
    throw Error(ErrorCode::kData, "no post with text to draw from in the inputs");
  SampleResult result = sampler->Finish();
  if (IsXlsx(a.output)) {
    WriteAnnotationXlsx(a.output, result.file,
                        MakeCodebook(result.file, bundle ? &*bundle : nullptr));
  } else {
    WriteAnnotationCsv(a.output, result.file);
  }
  PrintSummary(result, a, reader);
  return 0;
}

const CommandRegistrar kRegistrar{
    {"annotate sample", "draw posts to label: validate, teach or mixed", &RunAnnotateSample}};

}  // namespace
}  // namespace liputan::cli
