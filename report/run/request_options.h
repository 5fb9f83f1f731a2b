#pragma once

#include <array>
#include <string>

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

// The label sets playing the sector and function roles: --label-sets (each must be one of
// `model`'s sets when a model is given), else sektor and fungsi, else, when the model has neither
// and exactly two sets, those two in the manifest's order (said through r.log). kUsage names the
// model's sets when a set is not among them.
std::array<std::string, 2> LabelSetsFrom(const ReportRequest& r, const ModelSummary* model);

// The built-in taxonomy or --taxonomy's, its roles bound to `label_sets`, with
// --basic-service-sectors.
ReportTaxonomy TaxonomyFrom(const ReportRequest& r, const std::array<std::string, 2>& label_sets);

// Reads the confusion matrices and the model summary the request names.
ReportOptions ReportOptionsFrom(const ReportRequest& r);

// --validation: the user's labeled posts give the matrices of the sets they label (replacing the
// manifest's or --confusion's) and the scores report.json's "model.validation" states. With a
// classifier the posts are classified with it; without one, the file's suggested labels count.
void AddValidation(const ReportRequest& r, const PostClassifier* classifier,
                   const ReportTaxonomy& taxonomy, ReportOptions& options);

}  // namespace liputan::report
