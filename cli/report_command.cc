// `liputan report`: coverage-of-public-service reports (konten, partisipasi, integrasi) from
// classified posts, or from partial aggregation states (--merge). Logic lives in report/.
#include <algorithm>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "classify/classify_pipeline.h"
#include "classify/post_source.h"
#include "cli/command.h"
#include "common/atomic_output_file.h"
#include "common/data_paths.h"
#include "common/error.h"
#include "common/leave_to_exit.h"
#include "common/output_group.h"
#include "common/phase_timer.h"
#include "common/version.h"
#include "corpora/post_fan_out.h"
#include "corpora/post_jsonl.h"
#include "corpora/post_reader.h"
#include "corpora/taxonomy/taxonomy.h"
#include "models/model_bundle.h"
#include "report/agency_registry.h"
#include "report/render/chart_bundles.h"
#include "report/render/render_report.h"
#include "report/render/word_stats.h"
#include "report/report_builder.h"
#include "report/report_edges.h"
#include "report/report_state.h"
#include "report/report_taxonomy.h"
#include "report/report_writer.h"
#include "report/state_reader.h"
#include "report/state_writer.h"
#include "report/validation_sample.h"
#include "tokenizer/tokenizer.h"

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

const char kDefaultFormats[] = "json,csv,md";

struct ReportArgs {
  std::string agencies;
  std::string output;
  std::string emit_state;
  std::string period = "month";
  std::string from, to;
  bool exclude_retweets = false;
  bool merge = false;
  std::string formats;  // "" = kDefaultFormats, plus html when the chart bundles are found
  std::string lang = "id";
  std::string node_modules;
  int freeze_days = report::AggregationOptions{}.engagement_freeze_days;
  int window_hours = report::AggregationOptions{}.response_window_hours;
  std::string confusion;
  std::string model;
  std::string validation;  // an annotation file whose labels validate the model (docs/annotate.md)
  std::string taxonomy;
  std::string basic_service;
  int bootstrap = report::CorrectedSharesOptions{}.bootstrap_replicates;
  uint64_t seed = report::CorrectedSharesOptions{}.seed;
  std::string input_format = "auto";
  std::string on_error = "skip";
  int threads = 0;
  bool timings = false;
  int examples = report::kDefaultExamplesPerLabel;  // example posts per label; 0 = none
  bool no_examples = false;
  std::vector<std::string> inputs;
};

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kNoInput, "cannot open file", path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

report::AggregationOptions AggregationFrom(const ReportArgs& a) {
  report::AggregationOptions o;
  if (!a.from.empty()) o.from = report::ParseDate(a.from);
  // A plain date in --to includes that whole day.
  if (!a.to.empty()) o.to = report::ParseDate(a.to) + (a.to.size() == 10 ? 86400 : 0);
  if (o.from && o.to && *o.to <= *o.from)
    throw Error(ErrorCode::kUsage, "--to is not after --from");
  o.exclude_retweets = a.exclude_retweets;
  if (a.freeze_days < 0) throw Error(ErrorCode::kUsage, "--engagement-freeze-days must be >= 0");
  if (a.window_hours <= 0) throw Error(ErrorCode::kUsage, "--response-window-hours must be > 0");
  o.engagement_freeze_days = a.freeze_days;
  o.response_window_hours = a.window_hours;
  return o;
}

// --examples K (0..kMaxExamplesPerLabel), 0 with --no-examples: the example posts kept per label.
int ExamplesPerLabel(const ReportArgs& a) {
  if (a.examples < 0 || a.examples > report::kMaxExamplesPerLabel) {
    throw Error(ErrorCode::kUsage,
                "--examples must be between 0 and " + std::to_string(report::kMaxExamplesPerLabel));
  }
  return a.no_examples ? 0 : a.examples;
}

report::ReportState MergeStates(const ReportArgs& a, const report::AgencyRegistry& registry) {
  if (!a.from.empty() || !a.to.empty() || a.exclude_retweets) {
    throw Error(ErrorCode::kUsage,
                "--from, --to and --exclude-retweets are set when the partial states are made, not "
                "with --merge");
  }
  std::optional<report::ReportState> merged;
  for (const std::string& path : a.inputs) {
    // Read element by element: a tree of a large part would be about 15x its text.
    report::ReportState part = report::ReadState(ReadWholeFile(path), registry, path);
    if (!merged) {
      merged.emplace(std::move(part));
    } else {
      try {
        merged->Merge(part);
      } catch (const Error& e) {
        throw Error(e.code(), e.message(), path);
      }
    }
  }
  merged->LimitExamples(ExamplesPerLabel(a));  // also in a state it writes (--emit-state)
  return std::move(*merged);
}

// Word statistics (docs/html-report.md): the text of each registry agency's own posts (not its
// retweets, whose words are someone else's), within the period, keyed by the registry's handle as
// report.json writes it.
class WordCounter {
 public:
  WordCounter(const report::AgencyRegistry& registry, const report::AggregationOptions& options)
      : registry_(registry), options_(options), tokenizer_(render::WordStatsTokenizerOptions()) {}

  void Add(const Post& post) {
    if (post.kind == PostKind::kRetweet) return;
    if ((options_.from && post.created_at < *options_.from) ||
        (options_.to && post.created_at >= *options_.to)) {
      return;
    }
    const int index = registry_.Find(post.author_handle);
    if (index < 0 || registry_.agencies()[index].vertical()) return;
    terms_.AddTokens(registry_.agencies()[index].display_handle, tokenizer_.Tokenize(post.text));
  }
  const render::TermCounts& terms() const { return terms_; }

 private:
  const report::AgencyRegistry& registry_;
  report::AggregationOptions options_;
  Tokenizer tokenizer_;
  render::TermCounts terms_;
};

// The posts of PostReader for the classify pipeline, remembering in input order the predictions
// each post already carried: classified input (classify's output) is used as it is, raw archives
// get the model's predictions. The pipeline reads and writes on different threads, hence the lock.
class CarriedPredictionsSource : public PostSource {
 public:
  using Predictions = std::map<std::string, std::vector<Prediction>>;

  explicit CarriedPredictionsSource(PostReader& reader) : reader_(reader) {}

  bool Next(Post& post) override {
    if (!reader_.Next(post)) return false;
    std::lock_guard lock(mutex_);
    carried_.push_back(post.predictions.empty() ? std::nullopt
                                                : std::optional<Predictions>(post.predictions));
    return true;
  }
  const DiagnosticLog& diagnostics() const override { return reader_.diagnostics(); }

  // The next written post's own predictions, if it had any.
  std::optional<Predictions> PopCarried() {
    std::lock_guard lock(mutex_);
    if (carried_.empty()) throw Error(ErrorCode::kInternal, "classify wrote more posts than read");
    std::optional<Predictions> front = std::move(carried_.front());
    carried_.pop_front();
    return front;
  }

 private:
  PostReader& reader_;
  std::mutex mutex_;
  std::deque<std::optional<Predictions>> carried_;
};

// Classifies the posts in process (classify's pipeline, on --threads threads) and aggregates them
// in input order. Every label of every set is kept, so the probabilistic corrected shares see
// the whole predicted distribution, as with `liputan classify --top-k` at its maximum and
// `--thresholds ignore` (a multi-label set's thresholds would drop the labels below them).
void ClassifyAndAdd(const ModelBundle& bundle, int threads, PostReader& reader,
                    report::ReportState& state, WordCounter* words) {
  CarriedPredictionsSource source(reader);
  ClassifyOptions options;
  options.threads = threads;
  options.apply_thresholds = false;
  for (const auto& set : bundle.manifest().label_sets)
    options.top_k = std::max(options.top_k, static_cast<int>(set.labels.size()));
  Post post;
  std::string error;
  auto add = [&](std::string_view written) {
    for (size_t start = 0, end; start < written.size(); start = end + 1) {
      end = written.find('\n', start);
      if (end == std::string_view::npos) end = written.size();
      if (end == start) continue;
      post = Post{};
      if (!ParsePostJson(written.substr(start, end - start), post, error))
        throw Error(ErrorCode::kInternal, "classified post does not read back: " + error);
      if (auto carried = source.PopCarried()) post.predictions = std::move(*carried);
      state.Add(post);
      if (words) words->Add(post);
    }
  };
  ClassifyPosts(bundle, source, add, options);
}

report::ReportState Aggregate(const ReportArgs& a, const report::AgencyRegistry& registry,
                              const ModelBundle* bundle, WordCounter* words) {
  report::ReportState state(registry, AggregationFrom(a), ExamplesPerLabel(a));
  PostReaderOptions options;
  options.format = ParseInputFormat(a.input_format);
  options.on_error = ParseOnError(a.on_error);
  PostReader reader(a.inputs, options);
  if (bundle) {
    ClassifyAndAdd(*bundle, a.threads, reader, state, words);
  } else {
    // Reading (JSON parsing) on this thread, aggregating and word counting on others, in input
    // order, so that they take about as long as reading alone instead of adding to it. A million
    // posts cost about 2.4 s of CPU to read, 1.1 s to aggregate and 0.8 s to count words: with
    // two cores one thread does both, so the reader keeps a core to itself; with more, each gets
    // its own.
    std::vector<std::function<void(const Post&)>> consumers{
        [&state](const Post& post) { state.Add(post); }};
    if (words && std::thread::hardware_concurrency() > 2) {
      consumers.push_back([words](const Post& post) { words->Add(post); });
    } else if (words) {
      consumers[0] = [&state, words](const Post& post) {
        state.Add(post);
        words->Add(post);
      };
    }
    FanOutPosts([&reader](Post& post) { return reader.Next(post); }, consumers);
  }
  const long long bad = reader.diagnostics().count();
  if (bad > 0) {
    std::fprintf(stderr, "liputan report: %lld bad records skipped (first: %s)\n", bad,
                 reader.diagnostics().kept()[0].ToString().c_str());
  }
  if (reader.stats().duplicates > 0) {
    std::fprintf(stderr, "liputan report: %lld duplicate posts dropped\n",
                 reader.stats().duplicates);
  }
  return state;
}

report::ReportTaxonomy TaxonomyFrom(const ReportArgs& a) {
  report::ReportTaxonomy t = a.taxonomy.empty() ? report::ReportTaxonomy::Default()
                                                : report::LoadReportTaxonomy(a.taxonomy);
  if (!a.basic_service.empty()) {
    t.basic_service_sectors.clear();
    std::stringstream list(a.basic_service);
    std::string slug;
    while (std::getline(list, slug, ',')) {
      if (slug.empty()) continue;
      if (t.SectorIndex(slug) < 0)
        throw Error(ErrorCode::kUsage, "--basic-service-sectors: unknown sector \"" + slug + "\"");
      t.basic_service_sectors.insert(slug);
    }
  }
  return t;
}

report::ReportOptions ReportOptionsFrom(const ReportArgs& a) {
  report::ReportOptions o;
  o.period = report::ParsePeriodKind(a.period);
  o.generator = std::string("liputan ") + kVersion;
  o.edges_in_document = false;  // streamed from report::ReportEdges (RunReport)
  std::string confusion = a.confusion;
  if (confusion.empty() && !a.model.empty()) confusion = a.model + "/manifest.json";
  if (!confusion.empty()) {
    o.confusion = report::ReadConfusionFile(confusion);
    o.confusion_source = confusion;
  }
  // report.json's "model" tells the reader how valid the content labels are. With --merge, -m
  // names the model that labeled the parts (as it corrects their shares); without -m the labels
  // count as the input's, of unknown validity.
  if (!a.model.empty()) o.model = report::ReadModelSummary(a.model);
  o.confusion_from_model = a.confusion.empty() && !a.model.empty();
  if (a.bootstrap < 0) throw Error(ErrorCode::kUsage, "--bootstrap must be >= 0");
  o.corrected.bootstrap_replicates = a.bootstrap;
  o.corrected.seed = a.seed;
  o.examples = ExamplesPerLabel(a);
  return o;
}

// The label sets --validation scores, with the labels its matrices are indexed by: the model's
// (-m), else those of the matrices already given, else the taxonomy's sektor and fungsi.
std::vector<report::ValidationLabelSet> ValidationSets(const ModelBundle* bundle,
                                                       const report::ReportOptions& options,
                                                       const report::ReportTaxonomy& taxonomy) {
  std::vector<report::ValidationLabelSet> sets;
  if (bundle) {
    for (const auto& set : bundle->manifest().label_sets) {
      sets.push_back({set.name, {}});
      for (const auto& label : set.labels) sets.back().labels.push_back(label.name);
    }
    return sets;
  }
  for (const auto& [name, labels] :
       {std::pair{kSektorSet, &taxonomy.sectors}, std::pair{kFungsiSet, &taxonomy.functions}}) {
    const auto given = options.confusion ? options.confusion->find(name)
                                         : report::ConfusionInput::const_iterator{};
    const bool from_matrix = options.confusion && given != options.confusion->end();
    sets.push_back({name, from_matrix ? given->second.labels : *labels});
  }
  return sets;
}

// The model's top label for a labeled post's text, as the in-process classification gives it
// (every label kept, no thresholds: ClassifyAndAdd), so the matrix belongs to the labels counted.
report::ValidationClassifier BundleClassifier(const ModelBundle& bundle) {
  return [&bundle](size_t set, const std::string& text) {
    thread_local PredictScratch scratch;
    std::string tokens;
    std::vector<std::pair<int, float>> scores;
    bundle.BuildInput(text, tokens);
    bundle.Score(set, tokens, 1, scores, scratch);
    return scores.empty() ? std::string()
                          : bundle.manifest().label_sets[set].labels[scores[0].first].name;
  };
}

// --validation: the user's labeled posts give the matrices of the sets they label (replacing the
// manifest's or --confusion's) and the scores report.json's "model.validation" states.
void AddValidation(const ReportArgs& a, const ModelBundle* bundle,
                   const report::ReportTaxonomy& taxonomy, report::ReportOptions& options) {
  report::ValidationEstimateOptions estimate;
  estimate.seed = a.seed;
  const report::Validation validation =
      report::ReadValidation(a.validation, ValidationSets(bundle, options, taxonomy),
                             bundle ? BundleClassifier(*bundle) : nullptr, estimate);
  report::ConfusionInput confusion = options.confusion.value_or(report::ConfusionInput{});
  for (const auto& set : validation.label_sets)
    confusion[set.name] = report::ValidationConfusionMatrix(set.estimate, set.items);
  const bool all_validated = confusion.size() == validation.label_sets.size();
  options.confusion_source =
      a.validation +
      (all_validated || options.confusion_source.empty() ? "" : " + " + options.confusion_source);
  options.confusion = std::move(confusion);
  options.confusion_from_model = true;  // each matrix says where it was measured
  if (!options.model) {
    options.model.emplace();
    options.model->labels_from_model = false;
  }
  options.model->validation = report::SummarizeValidation(validation);
  for (const auto& set : validation.label_sets) {
    std::fprintf(stderr, "liputan report: %s validated on %lld labeled posts: macro-F1 %.3f\n",
                 set.name.c_str(), static_cast<long long>(set.estimate.items),
                 set.estimate.macro_f1);
  }
}

// Whether the Vega bundles report.html inlines can be found (--node-modules, LIPUTAN_NODE_MODULES,
// the source tree's node_modules), so that html can be a default format without failing where
// they are not installed.
bool ChartBundlesFound(const std::string& node_modules) {
  const std::filesystem::path dir = render::ResolveNodeModules(node_modules);
  std::error_code ec;
  for (const char* file : {"vega/build/vega.min.js", "vega-lite/build/vega-lite.min.js",
                           "vega-embed/build/vega-embed.min.js"}) {
    if (!std::filesystem::is_regular_file(dir / file, ec)) return false;
  }
  return true;
}

// Splits --formats into report/'s formats (json, csv, md) and render/'s (html, xlsx, gexf,
// graphml, csv); csv goes to both (report/ writes its tables, render/ the word lists).
std::string SplitRenderFormats(const std::string& list, std::vector<std::string>& render_formats) {
  std::string report_formats;
  std::stringstream stream(list);
  std::string name;
  while (std::getline(stream, name, ',')) {
    if (name.empty()) continue;
    const bool report_knows = name == "json" || name == "csv" || name == "md";
    if (render::IsRenderFormat(name)) render_formats.push_back(name);
    if (report_knows || !render::IsRenderFormat(name)) {
      report_formats += (report_formats.empty() ? "" : ",") + name;
    }
  }
  return report_formats;
}

int RunReport(const std::vector<std::string>& args) {
  ReportArgs a;
  po::options_description desc("options");
  desc.add_options()("agencies", po::value(&a.agencies),
                     "registry CSV: handle,name,type,urusan,parent (required)")(
      "output,o", po::value(&a.output), "output directory for report.json, *.csv, report.md")(
      "emit-state", po::value(&a.emit_state),
      "write the mergeable aggregation state to this JSON file")(
      "merge", po::bool_switch(&a.merge),
      "inputs are partial states (from --emit-state) to combine")(
      "period", po::value(&a.period)->default_value(a.period), "month|quarter|year")(
      "from", po::value(&a.from), "first day to include (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, UTC)")(
      "to", po::value(&a.to), "last day to include (a date includes the whole day)")(
      "exclude-retweets", po::bool_switch(&a.exclude_retweets),
      "drop retweets everywhere (by default they count for activity and integration, never for the "
      "content mix)")("formats", po::value(&a.formats),
                      "comma-separated: json,csv,md,html,xlsx,gexf,graphml (default: "
                      "json,csv,md,html; html only when the chart bundles are found)")(
      "lang", po::value(&a.lang)->default_value(a.lang),
      "language of report.html and report.xlsx: id|en")(
      "node-modules", po::value(&a.node_modules),
      "node_modules folder holding vega, vega-lite, vega-embed (default: LIPUTAN_NODE_MODULES, "
      "then the source tree's)")(
      "engagement-freeze-days", po::value(&a.freeze_days)->default_value(a.freeze_days),
      "posts observed younger than this are left out of engagement metrics (and counted)")(
      "response-window-hours", po::value(&a.window_hours)->default_value(a.window_hours),
      "a citizen post counts as answered when the agency replies within this many hours")(
      "confusion", po::value(&a.confusion),
      "confusion matrices for corrected shares (our JSON or a bundle's manifest.json)")(
      "model,m", po::value(&a.model),
      "model bundle directory: posts without predictions are classified with it, and its "
      "manifest's confusion matrices correct the shares")(
      "validation", po::value(&a.validation),
      "annotation file with your labels of a sample of these posts: its confusion matrix "
      "corrects the shares and its macro-F1 (95% interval) heads the report")(
      "threads", po::value(&a.threads)->default_value(a.threads),
      "threads for classifying with -m (0 = all cores)")(
      "taxonomy", po::value(&a.taxonomy),
      "directory with sektor.tsv and fungsi.tsv (default: the built-in reference sets)")(
      "basic-service-sectors", po::value(&a.basic_service),
      "comma-separated PD sectors (default: "
      "pendidikan,kesehatan,infrastruktur,ketertiban_bencana,sosial)")(
      "bootstrap", po::value(&a.bootstrap)->default_value(a.bootstrap),
      "bootstrap replicates for the 95% intervals (0 = none)")(
      "seed", po::value(&a.seed)->default_value(a.seed), "bootstrap seed")(
      "input-format", po::value(&a.input_format)->default_value(a.input_format),
      "auto|liputan|twarc2|twarc2-flat|v1|tweets-js|csv")(
      "on-error", po::value(&a.on_error)->default_value(a.on_error), "bad records: skip or fail")(
      "examples", po::value(&a.examples)->default_value(a.examples),
      "example posts per agency and label in report.json, report.md and report.html: the "
      "likeliest of each label, with their text (0 = none; at most 100)")(
      "no-examples", po::bool_switch(&a.no_examples),
      "no example posts: no post text in any output (or in the --emit-state file)")(
      "timings", po::bool_switch(&a.timings),
      "print the wall and CPU time of each phase (setup, read, build, write, render) to stderr")(
      "input", po::value(&a.inputs), "inputs");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  if (auto code = ParseCommandLine(kUsage, desc, positional, args, vm)) return *code;
  PhaseTimer timer;
  if (a.agencies.empty()) throw Error(ErrorCode::kUsage, "--agencies FILE is required");
  if (a.output.empty() && a.emit_state.empty())
    throw Error(ErrorCode::kUsage, "nothing to write: give -o DIR or --emit-state FILE");
  if (a.inputs.empty())
    throw Error(ErrorCode::kUsage,
                a.merge ? "--merge needs PART.json files" : "no input files (use '-' for stdin)");
  // Validate everything that can be validated before the (long) read.
  if (a.formats.empty()) {
    a.formats = kDefaultFormats;
    if (!a.output.empty() && ChartBundlesFound(a.node_modules)) a.formats += ",html";
  }
  std::vector<std::string> render_formats;
  const std::string report_formats = SplitRenderFormats(a.formats, render_formats);
  // Only render formats (--formats html): report/ writes nothing of its own.
  const std::set<std::string> formats = report_formats.empty() && !render_formats.empty()
                                            ? std::set<std::string>{}
                                            : report::ParseFormats(report_formats);
  const render::Lang lang = render::ParseLang(a.lang);
  if (std::find(render_formats.begin(), render_formats.end(), "html") != render_formats.end()) {
    if (a.output.empty()) throw Error(ErrorCode::kUsage, "--formats html needs -o DIR");
    render::LoadChartBundles(a.node_modules);  // missing bundles: kNoInput, before any work
  }
  if (a.threads < 0) throw Error(ErrorCode::kUsage, "--threads must be 0 (all) or more");
  // With -m, raw archives are classified in process; a merge has no posts to classify. The bundle
  // is loaded (and validated: version, tokenizer, files) before its manifest's confusion matrices
  // are read, so a damaged or future bundle is reported as such.
  // --validation with -m classifies the labeled posts with it, with --merge too.
  std::optional<ModelBundle> bundle;
  if (!a.model.empty() && (!a.merge || !a.validation.empty()))
    bundle.emplace(ModelBundle::Load(a.model));
  const report::ReportTaxonomy taxonomy = TaxonomyFrom(a);
  report::ReportOptions options = ReportOptionsFrom(a);
  if (!a.validation.empty()) AddValidation(a, bundle ? &*bundle : nullptr, taxonomy, options);
  const report::AgencyRegistry registry = report::AgencyRegistry::ReadCsv(a.agencies);
  std::optional<WordCounter> words;
  if (!a.merge && !render_formats.empty()) words.emplace(registry, AggregationFrom(a));
  timer.Mark("setup");
  auto state_owner = std::make_unique<const report::ReportState>(
      a.merge ? MergeStates(a, registry)
              : Aggregate(a, registry, bundle ? &*bundle : nullptr, words ? &*words : nullptr));
  const report::ReportState& state = *state_owner;
  timer.Mark(a.merge ? "merge" : bundle ? "read+classify+aggregate" : "read+aggregate");
  if (!a.emit_state.empty()) {
    AtomicOutputFile out(a.emit_state);
    report::WriteState(state, [&](std::string_view piece) { out.Write(piece); });  // no tree held
    out.Write("\n");
    out.Commit();
    timer.Mark("emit-state");
  }
  if (!a.output.empty()) {
    // The edges between agencies stay in the state's compact form and are streamed into the
    // files (in the document they would be its largest part). They are sorted while the document
    // is built: they read only the state's edges and handle names, which building leaves alone.
    std::future<report::ReportEdges> sorted_edges =
        std::async(std::launch::async, [&state] { return report::ReportEdges(state); });
    auto document_owner =
        std::make_unique<const nlohmann::json>(report::BuildReport(state, taxonomy, options));
    const nlohmann::json& document = *document_owner;
    const report::ReportEdges edges = sorted_edges.get();
    timer.Mark("build");
    // One group for report/'s files and render/'s: a signal or a failed write leaves the whole
    // new report or the whole old one, never a mix.
    OutputGroup group;
    group.MakeDirectories(a.output);
    report::AddReportFiles(group, a.output, document, formats, &edges);
    if (!render_formats.empty()) {
      render::RenderOptions r;
      r.out_dir = a.output;
      r.formats = render_formats;
      r.lang = lang;
      r.node_modules = a.node_modules;
      // An installed liputan's category names (share/liputan/taxonomy); "" = the build tree's.
      if (a.taxonomy.empty()) r.taxonomy_dir = FindDataPath("taxonomy");
      r.group = &group;
      const render::EdgeStream edge_stream = [&edges](const render::EdgeVisitor& visit) {
        edges.ForEach([&](const std::string&, const char* layer, const std::string& from,
                          const std::string& to,
                          int64_t weight) { visit(from, to, layer, static_cast<double>(weight)); });
      };
      timer.Mark("write");
      render::RenderReportDocument(document, r, words ? &words->terms() : nullptr, &edge_stream);
    }
    group.Commit();
    timer.Mark(render_formats.empty() ? "write" : "render");
    LeaveToExit(std::move(document_owner));
  }
  const report::InputCounters& c = state.counters();
  std::fprintf(
      stderr,
      "liputan report: %lld records, %lld agency posts, %lld citizen posts to agencies, %lld other "
      "posts ignored, %lld outside the period\n",
      static_cast<long long>(c.records), static_cast<long long>(c.agency_posts),
      static_cast<long long>(c.inbound_posts),
      static_cast<long long>(c.outside_posts - c.inbound_posts),
      static_cast<long long>(c.out_of_range));
  if (a.timings) std::fprintf(stderr, "liputan report: %s\n", timer.Summary().c_str());
  LeaveToExit(std::move(state_owner));
  return 0;
}

const CommandRegistrar kRegistrar{
    {"report", "coverage reports per agency: konten, partisipasi, integrasi; merge partial states",
     &RunReport}};

}  // namespace
}  // namespace liputan::cli
