#include "report/run/report_run.h"

#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <thread>

#include "common/atomic_output_file.h"
#include "common/error.h"
#include "common/leave_to_exit.h"
#include "corpora/post_fan_out.h"
#include "report/agency_registry.h"
#include "report/run/report_outputs.h"
#include "report/run/request_options.h"
#include "report/run/word_counter.h"
#include "report/state_reader.h"
#include "report/state_writer.h"

namespace liputan::report {
namespace {

// What a run needs before it reads anything; building it checks every option first.
struct Setup {
  OutputFormats formats;
  std::unique_ptr<PostClassifier> classifier;
  ReportTaxonomy taxonomy;  // its label sets are the state's (AggregationOptions::label_sets)
  ReportOptions options;
  std::optional<AgencyRegistry> registry;
};

void Mark(const ReportRequest& r, const char* phase) {
  if (r.timer) r.timer->Mark(phase);
}

Setup Prepare(const ReportRequest& r, bool merge) {
  if (r.agencies.empty()) throw Error(ErrorCode::kUsage, "--agencies FILE is required");
  if (r.output_dir.empty() && r.emit_state.empty())
    throw Error(ErrorCode::kUsage, "nothing to write: give -o DIR or --emit-state FILE");
  if (merge && r.merge_inputs.empty())
    throw Error(ErrorCode::kUsage, "--merge needs PART.json files");
  Setup s;
  s.formats = ResolveFormats(r);
  if (r.threads < 0) throw Error(ErrorCode::kUsage, "--threads must be 0 (all) or more");
  // A merge has no posts to classify, but --validation classifies its labeled posts. The model is
  // loaded (and validated) before its manifest's matrices are read, so a damaged or future bundle
  // is reported as such.
  if (r.classifier && (!merge || !r.validation.empty())) s.classifier = r.classifier();
  s.options = ReportOptionsFrom(r);
  s.taxonomy = TaxonomyFrom(r, LabelSetsFrom(r, r.model.empty() ? nullptr : &*s.options.model));
  if (!r.validation.empty()) AddValidation(r, s.classifier.get(), s.taxonomy, s.options);
  s.registry.emplace(AgencyRegistry::ReadCsv(r.agencies));
  return s;
}

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kNoInput, "cannot open file", path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The aggregation options of a run: the request's, tallying the taxonomy's label sets.
AggregationOptions Aggregation(const ReportRequest& r, const Setup& s) {
  AggregationOptions options = AggregationFrom(r);
  options.label_sets = {s.taxonomy.sector_set, s.taxonomy.function_set};
  return options;
}

ReportState MergeStates(const ReportRequest& r, const Setup& s) {
  if (!r.from.empty() || !r.to.empty() || r.exclude_retweets) {
    throw Error(ErrorCode::kUsage,
                "--from, --to and --exclude-retweets are set when the partial states are made, not "
                "with --merge");
  }
  std::optional<ReportState> merged;
  for (const std::string& path : r.merge_inputs) {
    // Read element by element: a tree of a large part would be about 15x its text.
    ReportState part = ReadState(ReadWholeFile(path), *s.registry, path,
                                 {s.taxonomy.sector_set, s.taxonomy.function_set});
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
  merged->LimitExamples(ExamplesPerLabel(r));  // also in a state it writes (--emit-state)
  return std::move(*merged);
}

// Without a classifier: reading (JSON parsing) on this thread, aggregating and word counting on
// others, in input order, so that they take about as long as reading alone instead of adding to
// it. A million posts cost about 2.4 s of CPU to read, 1.1 s to aggregate and 0.8 s to count
// words: with two cores one thread does both, so the reader keeps a core to itself; with more,
// each gets its own.
void AddLabeled(PostSource& source, ReportState& state, WordCounter* words) {
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
  FanOutPosts([&source](Post& post) { return source.Next(post); }, consumers);
}

// The state's outputs: the mergeable state file and the report files.
ReportResult Finish(const ReportRequest& r, const Setup& s,
                    std::unique_ptr<const ReportState> state, const WordCounter* words) {
  if (!r.emit_state.empty()) {
    AtomicOutputFile out(r.emit_state);
    WriteState(*state, [&](std::string_view piece) { out.Write(piece); });  // no tree held
    out.Write("\n");
    out.Commit();
    Mark(r, "emit-state");
  }
  if (!r.output_dir.empty()) {
    // A role whose labels no taxonomy file gave (a user's own set) has those of the posts.
    ReportTaxonomy taxonomy = s.taxonomy;
    taxonomy.AddSeenLabels(state->Labels(0), state->Labels(1));
    WriteOutputs(r, s.formats, *state, taxonomy, s.options, words);
  }
  ReportResult result{state->counters()};
  if (r.leave_to_exit) LeaveToExit(std::move(state));
  return result;
}

}  // namespace

ReportResult Run(const ReportRequest& r, PostSource& source) {
  const Setup s = Prepare(r, false);
  std::optional<WordCounter> words;
  if (!s.formats.render.empty()) words.emplace(*s.registry, AggregationFrom(r));
  Mark(r, "setup");
  auto state = std::make_unique<ReportState>(*s.registry, Aggregation(r, s), ExamplesPerLabel(r));
  WordCounter* counter = words ? &*words : nullptr;
  if (s.classifier) {
    // Classified in process on the classifier's threads; aggregated in input order.
    s.classifier->ClassifyAll(source, [&](const Post& post) {
      state->Add(post);
      if (counter) counter->Add(post);
    });
  } else {
    AddLabeled(source, *state, counter);
  }
  Mark(r, s.classifier ? "read+classify+aggregate" : "read+aggregate");
  return Finish(r, s, std::move(state), counter);
}

ReportResult RunMerge(const ReportRequest& r) {
  const Setup s = Prepare(r, true);
  Mark(r, "setup");
  auto state = std::make_unique<const ReportState>(MergeStates(r, s));
  Mark(r, "merge");
  return Finish(r, s, std::move(state), nullptr);
}

}  // namespace liputan::report
