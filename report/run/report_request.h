#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "classify/post_classifier.h"
#include "common/phase_timer.h"
#include "report/corrected_shares.h"
#include "report/post_examples.h"
#include "report/report_state.h"

namespace liputan::report {

// Everything `liputan report` is asked to do, in one struct the CLI binds its options into (the
// one place their defaults are stated). report::Run and report::RunMerge carry it out.
struct ReportRequest {
  std::string agencies;                   // registry CSV (required)
  std::string output_dir;                 // report files; "" = none (then emit_state is required)
  std::string emit_state;                 // the mergeable aggregation state; "" = none
  std::vector<std::string> merge_inputs;  // RunMerge: partial states (from emit_state)
  std::string period = "month";
  std::string from, to;  // YYYY-MM-DD[THH:MM:SSZ]; a plain date in `to` includes the whole day
  bool exclude_retweets = false;
  std::string formats;  // comma-separated; "" = json,csv,md plus html when chart bundles exist
  std::string lang = "id";
  std::string node_modules;
  int freeze_days = AggregationOptions{}.engagement_freeze_days;
  int window_hours = AggregationOptions{}.response_window_hours;
  std::string confusion;      // confusion matrices (our JSON or a manifest.json)
  std::string model;          // bundle directory: its manifest's matrices and summary
  std::string validation;     // annotation file validating the labels (docs/annotate.md)
  std::string taxonomy;       // directory with a <set>.tsv per label set; "" = built-in
  std::string basic_service;  // comma-separated sector slugs; "" = the taxonomy's
  // The label sets playing the sector and function roles, "SECTOR,FUNCTION"; "" = sektor,fungsi,
  // or the model's two sets when it has neither (LabelSetsFrom).
  std::string label_sets;
  int bootstrap = CorrectedSharesOptions{}.bootstrap_replicates;
  uint64_t seed = CorrectedSharesOptions{}.seed;
  int threads = 0;  // for the classifier; 0 = all cores
  int examples = kDefaultExamplesPerLabel;
  bool no_examples = false;

  // The in-process classifier for posts without predictions (the CLI's -m), made when the run
  // needs it: after the options are checked, so a bad option is reported before a bad model.
  // Empty: the posts' own labels are used.
  std::function<std::unique_ptr<PostClassifier>()> classifier;
  // Messages for the user (validation scores); library code does not print.
  std::function<void(const std::string&)> log;
  PhaseTimer* timer = nullptr;  // marks each phase when given
  // A command that exits right after the run leaves the large state and document to process exit
  // (common/leave_to_exit.h says why); an embedding caller keeps the default and frees them.
  bool leave_to_exit = false;
};

}  // namespace liputan::report
