#pragma once

#include <optional>
#include <string>

#include "report/calendar.h"
#include "report/confusion_input.h"
#include "report/corrected_shares.h"
#include "report/model_summary.h"
#include "report/report_model.h"
#include "report/report_state.h"
#include "report/report_taxonomy.h"

namespace liputan::report {

// Options that only change how an aggregated state is turned into a report (so one partial state
// serves them all).
struct ReportOptions {
  PeriodKind period = PeriodKind::kMonth;
  int breadth_strict_k = 3;  // sector breadth counts a sector with ≥ k posts (reference: k = 3)
  std::optional<ConfusionInput> confusion;  // corrected shares only when given
  std::string confusion_source;             // where it came from, for the record
  // The bundle of `-m` that labeled the posts, described in report.json's "model" so the reader
  // can judge the content labels; none: the labels came with the input.
  std::optional<ModelSummary> model;
  // `confusion` is that model's own (its manifest): "model" then says where the matrices were
  // measured (real posts or the training corpus) instead of naming the file.
  bool confusion_from_model = false;
  CorrectedSharesOptions corrected;
  std::string generator = "liputan";  // "liputan 0.1.0", recorded in the report
  // Example posts shown per agency, label set and label (at most the state's
  // examples_per_label()); 0: report.json has no "examples", and no output any post text.
  int examples = kDefaultExamplesPerLabel;
  // Whether network.edges is in the report (Report::network.edges). `liputan report` leaves it out
  // and streams the edges from ReportEdges into the files (report_writer.h), which a copy would
  // multiply in memory.
  bool edges_in_document = true;
};

// Computes every metric of docs/metrics.md from the state and returns the report, whose
// serialisation report.json (report/report_json.h) docs/report.md describes. Deterministic: the
// same state and options give the same report, byte for byte once serialised.
Report BuildReport(const ReportState& state, const ReportTaxonomy& taxonomy,
                   const ReportOptions& options);

}  // namespace liputan::report
