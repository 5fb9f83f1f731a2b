#pragma once

#include "classify/post_classifier.h"
#include "report/report_builder.h"
#include "report/report_state.h"
#include "report/report_taxonomy.h"
#include "report/run/report_request.h"

// A ReportRequest's options turned into report/'s own option structs, checked as `liputan report`
// checks them (ErrorCode::kUsage naming the option).
namespace liputan::report {

AggregationOptions AggregationFrom(const ReportRequest& r);

// --examples K (0..kMaxExamplesPerLabel), 0 with --no-examples: the example posts kept per label.
int ExamplesPerLabel(const ReportRequest& r);

ReportTaxonomy TaxonomyFrom(const ReportRequest& r);

// Reads the confusion matrices and the model summary the request names.
ReportOptions ReportOptionsFrom(const ReportRequest& r);

// --validation: the user's labeled posts give the matrices of the sets they label (replacing the
// manifest's or --confusion's) and the scores report.json's "model.validation" states. With a
// classifier the posts are classified with it; without one, the file's suggested labels count.
void AddValidation(const ReportRequest& r, const PostClassifier* classifier,
                   const ReportTaxonomy& taxonomy, ReportOptions& options);

}  // namespace liputan::report
