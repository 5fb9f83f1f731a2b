// `liputan report`: coverage-of-public-service reports (konten, partisipasi, integrasi) from
// classified posts, or from partial aggregation states (--merge). Option parsing only: the run is
// report::Run (report/run/report_run.h).
#include <cstdio>
#include <memory>
#include <optional>

#include "classify/bundle_post_classifier.h"
#include "classify/post_source.h"
#include "cli/command.h"
#include "common/error.h"
#include "common/phase_timer.h"
#include "corpora/post_reader.h"
#include "models/model_bundle.h"
#include "report/run/report_run.h"

namespace liputan::cli {
namespace {

const char kUsage[] =
    "liputan report --agencies agencies.csv -o DIR [options] LABELED.jsonl...\n"
    "       liputan report -m MODEL --agencies agencies.csv -o DIR [options] ARCHIVE...\n"
    "       liputan report --agencies agencies.csv --emit-state PART.json [options] "
    "LABELED.jsonl...\n"
    "       liputan report --agencies agencies.csv -o DIR --merge PART.json...\n\n"
    "Measures, per agency of the registry and per period, the three factors of the study:\n"
    "konten (content mix over sektor and fungsi), partisipasi (Bonson-Ratkai engagement,\n"
    "citizen posts and responsiveness) and integrasi (mention/retweet/reply/quote network among\n"
    "the agencies), compares the agencies and ranks them. Input: classify's output (liputan\n"
    "JSONL; any archive format corpus reads works, unlabeled posts count only for activity,\n"
    "engagement and integration), or with -m MODEL raw archives, classified in process (posts\n"
    "that already carry predictions keep them). Output in DIR, written atomically: report.json,\n"
    "CSV tables, report.md, and report.html (Vega-Lite charts, self-contained), report.xlsx,\n"
    "network.gexf/.graphml as --formats asks. --emit-state writes the mergeable aggregation\n"
    "state (a map task); --merge combines such states (the reduce) exactly as if all input had\n"
    "been read in one run.\n"
    "See docs/report.md and docs/metrics.md.";

struct ReportArgs {
  report::ReportRequest request;
  bool merge = false;
  std::string input_format = "auto";
  std::string on_error = "skip";
  bool timings = false;
  std::vector<std::string> inputs;
};

// The inputs through PostReader, opened at the first read so that a bad --input-format or a
// missing file is reported after the options report::Run checks first. At the end of the input
// it says what was skipped and dropped (to stderr: this is the CLI).
class ReaderSource : public PostSource {
 public:
  ReaderSource(const std::vector<std::string>& inputs, const ReportArgs& a)
      : inputs_(inputs), args_(a) {}

  bool Next(Post& post) override {
    if (!reader_) Open();
    if (reader_->Next(post)) return true;
    if (!ended_) Summarize();
    ended_ = true;
    return false;
  }
  const DiagnosticLog& diagnostics() const override {
    return reader_ ? reader_->diagnostics() : none_;
  }

 private:
  void Open() {
    PostReaderOptions options;
    options.format = ParseInputFormat(args_.input_format);
    options.on_error = ParseOnError(args_.on_error);
    reader_.emplace(inputs_, options);
  }
  void Summarize() const {
    const long long bad = reader_->diagnostics().count();
    if (bad > 0) {
      std::fprintf(stderr, "liputan report: %lld bad records skipped (first: %s)\n", bad,
                   reader_->diagnostics().kept()[0].ToString().c_str());
    }
    if (reader_->stats().duplicates > 0) {
      std::fprintf(stderr, "liputan report: %lld duplicate posts dropped\n",
                   reader_->stats().duplicates);
    }
  }

  const std::vector<std::string>& inputs_;
  const ReportArgs& args_;
  std::optional<PostReader> reader_;
  DiagnosticLog none_;  // before the first read
  bool ended_ = false;
};

int RunReport(const std::vector<std::string>& args) {
  ReportArgs a;
  report::ReportRequest& r = a.request;
  po::options_description desc("options");
  desc.add_options()("agencies", po::value(&r.agencies),
                     "registry CSV: handle,name,type,urusan,parent (required)")(
      "output,o", po::value(&r.output_dir), "output directory for report.json, *.csv, report.md")(
      "emit-state", po::value(&r.emit_state),
      "write the mergeable aggregation state to this JSON file")(
      "merge", po::bool_switch(&a.merge),
      "inputs are partial states (from --emit-state) to combine")(
      "period", po::value(&r.period)->default_value(r.period), "month|quarter|year")(
      "from", po::value(&r.from), "first day to include (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, UTC)")(
      "to", po::value(&r.to), "last day to include (a date includes the whole day)")(
      "exclude-retweets", po::bool_switch(&r.exclude_retweets),
      "drop retweets everywhere (by default they count for activity and integration, never for the "
      "content mix)")("formats", po::value(&r.formats),
                      "comma-separated: json,csv,md,html,xlsx,gexf,graphml (default: "
                      "json,csv,md,html; html only when the chart bundles are found)")(
      "lang", po::value(&r.lang)->default_value(r.lang),
      "language of report.html and report.xlsx: id|en")(
      "node-modules", po::value(&r.node_modules),
      "node_modules folder holding vega, vega-lite, vega-embed (default: LIPUTAN_NODE_MODULES, "
      "then the source tree's)")(
      "engagement-freeze-days", po::value(&r.freeze_days)->default_value(r.freeze_days),
      "posts observed younger than this are left out of engagement metrics (and counted)")(
      "response-window-hours", po::value(&r.window_hours)->default_value(r.window_hours),
      "a citizen post counts as answered when the agency replies within this many hours")(
      "confusion", po::value(&r.confusion),
      "confusion matrices for corrected shares (our JSON or a bundle's manifest.json)")(
      "model,m", po::value(&r.model),
      "model bundle directory: posts without predictions are classified with it, and its "
      "manifest's confusion matrices correct the shares")(
      "validation", po::value(&r.validation),
      "annotation file with your labels of a sample of these posts: its confusion matrix "
      "corrects the shares and its macro-F1 (95% interval) heads the report")(
      "threads", po::value(&r.threads)->default_value(r.threads),
      "threads for classifying with -m (0 = all cores)")(
      "label-sets", po::value(&r.label_sets),
      "SECTOR,FUNCTION: the label sets of the posts (or of -m's model) read as the sector and the "
      "function sets (default: sektor,fungsi; with a model that has neither, its two sets)")(
      "taxonomy", po::value(&r.taxonomy),
      "directory with a SET.tsv per label set: sektor.tsv and fungsi.tsv, or those of --label-sets "
      "(missing: the labels of the posts) (default: the built-in reference sets)")(
      "basic-service-sectors", po::value(&r.basic_service),
      "comma-separated PD sectors (default: "
      "pendidikan,kesehatan,infrastruktur,ketertiban_bencana,sosial)")(
      "bootstrap", po::value(&r.bootstrap)->default_value(r.bootstrap),
      "bootstrap replicates for the 95% intervals (0 = none)")(
      "seed", po::value(&r.seed)->default_value(r.seed), "bootstrap seed")(
      "input-format", po::value(&a.input_format)->default_value(a.input_format),
      "auto|liputan|twarc2|twarc2-flat|v1|tweets-js|csv")(
      "on-error", po::value(&a.on_error)->default_value(a.on_error), "bad records: skip or fail")(
      "examples", po::value(&r.examples)->default_value(r.examples),
      "example posts per agency and label in report.json, report.md and report.html: the "
      "likeliest of each label, with their text (0 = none; at most 100)")(
      "no-examples", po::bool_switch(&r.no_examples),
      "no example posts: no post text in any output (or in the --emit-state file)")(
      "timings", po::bool_switch(&a.timings),
      "print the wall and CPU time of each phase (setup, read, build, write, render) to stderr")(
      "input", po::value(&a.inputs), "inputs");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  if (auto code = ParseCommandLine(kUsage, desc, positional, args, vm)) return *code;
  PhaseTimer timer;
  r.merge_inputs = a.merge ? a.inputs : std::vector<std::string>{};  // RunMerge checks them
  // After report::Run's first checks (--agencies, an output), where this error always came.
  if (!a.merge && a.inputs.empty() && !r.agencies.empty() &&
      (!r.output_dir.empty() || !r.emit_state.empty())) {
    throw Error(ErrorCode::kUsage, "no input files (use '-' for stdin)");
  }
  // -m: posts without predictions are classified in process; report::Run loads the bundle when
  // it needs it (after checking the other options).
  std::optional<ModelBundle> bundle;
  if (!r.model.empty()) {
    r.classifier = [&]() {
      bundle.emplace(ModelBundle::Load(r.model));
      return MakeBundlePostClassifier(*bundle, r.threads);
    };
  }
  r.log = [](const std::string& line) {
    std::fprintf(stderr, "liputan report: %s\n", line.c_str());
  };
  r.timer = &timer;
  r.leave_to_exit = true;  // the command returns to main right after
  report::ReportResult result;
  if (a.merge) {
    result = report::RunMerge(r);
  } else {
    ReaderSource source(a.inputs, a);
    result = report::Run(r, source);
  }
  const report::InputCounters& c = result.counters;
  std::fprintf(
      stderr,
      "liputan report: %lld records, %lld agency posts, %lld citizen posts to agencies, %lld other "
      "posts ignored, %lld outside the period\n",
      static_cast<long long>(c.records), static_cast<long long>(c.agency_posts),
      static_cast<long long>(c.inbound_posts),
      static_cast<long long>(c.outside_posts - c.inbound_posts),
      static_cast<long long>(c.out_of_range));
  if (a.timings) std::fprintf(stderr, "liputan report: %s\n", timer.Summary().c_str());
  return 0;
}

const CommandRegistrar kRegistrar{
    {"report", "coverage reports per agency: konten, partisipasi, integrasi; merge partial states",
     &RunReport}};

}  // namespace
}  // namespace liputan::cli
