#include "report/run/request_options.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "common/error.h"
#include "common/version.h"
#include "corpora/taxonomy/taxonomy.h"
#include "report/calendar.h"
#include "report/validation_sample.h"

namespace liputan::report {

AggregationOptions AggregationFrom(const ReportRequest& r) {
  AggregationOptions o;
  if (!r.from.empty()) o.from = ParseDate(r.from);
  // A plain date in --to includes that whole day.
  if (!r.to.empty()) o.to = ParseDate(r.to) + (r.to.size() == 10 ? 86400 : 0);
  if (o.from && o.to && *o.to <= *o.from)
    throw Error(ErrorCode::kUsage, "--to is not after --from");
  o.exclude_retweets = r.exclude_retweets;
  if (r.freeze_days < 0) throw Error(ErrorCode::kUsage, "--engagement-freeze-days must be >= 0");
  if (r.window_hours <= 0) throw Error(ErrorCode::kUsage, "--response-window-hours must be > 0");
  o.engagement_freeze_days = r.freeze_days;
  o.response_window_hours = r.window_hours;
  return o;
}

int ExamplesPerLabel(const ReportRequest& r) {
  if (r.examples < 0 || r.examples > kMaxExamplesPerLabel) {
    throw Error(ErrorCode::kUsage,
                "--examples must be between 0 and " + std::to_string(kMaxExamplesPerLabel));
  }
  return r.no_examples ? 0 : r.examples;
}

namespace {

std::string Quoted(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "\"" : ", \"") + name + "\"";
  return out;
}

}  // namespace

std::array<std::string, 2> LabelSetsFrom(const ReportRequest& r, const ModelSummary* model) {
  std::vector<std::string> given;
  std::stringstream list(r.label_sets);
  for (std::string name; std::getline(list, name, ',');) given.push_back(name);
  if (!r.label_sets.empty() &&
      (given.size() != 2 || given[0].empty() || given[1].empty() || given[0] == given[1])) {
    throw Error(ErrorCode::kUsage,
                "--label-sets takes two different label sets: SECTOR,FUNCTION (got \"" +
                    r.label_sets + "\")");
  }
  const bool chosen = !given.empty();
  std::array<std::string, 2> sets{kSektorSet, kFungsiSet};
  if (chosen) sets = {given[0], given[1]};
  if (!model || model->label_sets.empty()) return sets;
  std::vector<std::string> has;
  for (const auto& [name, scores] : model->label_sets) has.push_back(name);
  const auto in_model = [&](const std::string& set) {
    return std::find(has.begin(), has.end(), set) != has.end();
  };
  // A model of sektor or fungsi (or of both) keeps the default roles, as it always did.
  if (!chosen && !in_model(sets[0]) && !in_model(sets[1]) && has.size() == 2) {
    sets = {has[0], has[1]};
    if (r.log) {
      r.log("the model's label sets are not sektor and fungsi: \"" + sets[0] +
            "\" is read as the sector set and \"" + sets[1] +
            "\" as the function set (--label-sets SECTOR,FUNCTION to choose)");
    }
    return sets;
  }
  for (const std::string& set : sets) {
    if (in_model(set) || (!chosen && in_model(sets[0]) != in_model(sets[1]))) continue;
    throw Error(ErrorCode::kUsage, std::string(chosen ? "--label-sets: " : "") +
                                       "the model has no label set \"" + set +
                                       "\" (its label sets: " + Quoted(has) +
                                       "); name the sector and function sets with --label-sets "
                                       "SECTOR,FUNCTION");
  }
  return sets;
}

ReportTaxonomy TaxonomyFrom(const ReportRequest& r, const std::array<std::string, 2>& label_sets) {
  ReportTaxonomy t = ReportTaxonomy::Default();
  if (r.taxonomy.empty()) {
    t.BindLabelSets(label_sets[0], label_sets[1]);
  } else {
    t = LoadReportTaxonomy(r.taxonomy, label_sets[0], label_sets[1]);
  }
  if (!r.basic_service.empty()) {
    t.basic_service_sectors.clear();
    std::stringstream list(r.basic_service);
    std::string slug;
    while (std::getline(list, slug, ',')) {
      if (slug.empty()) continue;
      if (t.SectorIndex(slug) < 0 && !t.sectors.empty())
        throw Error(ErrorCode::kUsage, "--basic-service-sectors: unknown sector \"" + slug + "\"");
      t.basic_service_sectors.insert(slug);
    }
  }
  return t;
}

ReportOptions ReportOptionsFrom(const ReportRequest& r) {
  ReportOptions o;
  o.period = ParsePeriodKind(r.period);
  o.generator = std::string("liputan ") + kVersion;
  o.edges_in_document = false;  // streamed from ReportEdges (report_outputs.cc)
  std::string confusion = r.confusion;
  if (confusion.empty() && !r.model.empty()) confusion = r.model + "/manifest.json";
  if (!confusion.empty()) {
    o.confusion = ReadConfusionFile(confusion);
    o.confusion_source = confusion;
  }
  // report.json's "model" tells the reader how valid the content labels are. With --merge, -m
  // names the model that labeled the parts (as it corrects their shares); without -m the labels
  // count as the input's, of unknown validity.
  if (!r.model.empty()) o.model = ReadModelSummary(r.model);
  o.confusion_from_model = r.confusion.empty() && !r.model.empty();
  if (r.bootstrap < 0) throw Error(ErrorCode::kUsage, "--bootstrap must be >= 0");
  o.corrected.bootstrap_replicates = r.bootstrap;
  o.corrected.seed = r.seed;
  o.examples = ExamplesPerLabel(r);
  return o;
}

namespace {

// The label sets --validation scores, with the labels its matrices are indexed by: the model's
// (-m), else those of the matrices already given, else the taxonomy's sektor and fungsi.
std::vector<ValidationLabelSet> ValidationSets(const PostClassifier* classifier,
                                               const ReportOptions& options,
                                               const ReportTaxonomy& taxonomy) {
  std::vector<ValidationLabelSet> sets;
  if (classifier) {
    for (const auto& set : classifier->label_sets()) sets.push_back({set.name, set.labels});
    return sets;
  }
  for (const auto& [name, labels] : {std::pair{&taxonomy.sector_set, &taxonomy.sectors},
                                     std::pair{&taxonomy.function_set, &taxonomy.functions}}) {
    const auto given =
        options.confusion ? options.confusion->find(*name) : ConfusionInput::const_iterator{};
    const bool from_matrix = options.confusion && given != options.confusion->end();
    sets.push_back({*name, from_matrix ? given->second.labels : *labels});
  }
  return sets;
}

}  // namespace

void AddValidation(const ReportRequest& r, const PostClassifier* classifier,
                   const ReportTaxonomy& taxonomy, ReportOptions& options) {
  ValidationEstimateOptions estimate;
  estimate.seed = r.seed;
  // The model's top label for a labeled post's text, as the in-process classification gives it,
  // so the matrix belongs to the labels counted.
  ValidationClassifier top_label;
  if (classifier) {
    top_label = [classifier](size_t set, const std::string& text) {
      return classifier->TopLabel(set, text);
    };
  }
  const Validation validation = ReadValidation(
      r.validation, ValidationSets(classifier, options, taxonomy), top_label, estimate);
  ConfusionInput confusion = options.confusion.value_or(ConfusionInput{});
  for (const auto& set : validation.label_sets)
    confusion[set.name] = ValidationConfusionMatrix(set.estimate, set.items);
  const bool all_validated = confusion.size() == validation.label_sets.size();
  options.confusion_source =
      r.validation +
      (all_validated || options.confusion_source.empty() ? "" : " + " + options.confusion_source);
  options.confusion = std::move(confusion);
  options.confusion_from_model = true;  // each matrix says where it was measured
  if (!options.model) {
    options.model.emplace();
    options.model->labels_from_model = false;
  }
  options.model->validation = SummarizeValidation(validation);
  if (!r.log) return;
  for (const auto& set : validation.label_sets) {
    char line[256];
    std::snprintf(line, sizeof line, "%s validated on %lld labeled posts: macro-F1 %.3f",
                  set.name.c_str(), static_cast<long long>(set.estimate.items),
                  set.estimate.macro_f1);
    r.log(line);
  }
}

}  // namespace liputan::report
