#include "liputan/report.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "common/data_paths.h"
#include "common/error.h"
#include "common/output_group.h"
#include "corpora/post_reader.h"
#include "liputan/version.h"
#include "report/agency_registry.h"
#include "report/calendar.h"
#include "report/render/chart_bundles.h"
#include "report/render/render_report.h"
#include "report/report_builder.h"
#include "report/report_state.h"
#include "report/report_taxonomy.h"
#include "report/report_writer.h"
#include "report/state_reader.h"
#include "report/state_writer.h"

namespace liputan {
namespace {

// --formats split as `liputan report` splits it: report/ writes json, csv and md; render/ the
// rest. (render/'s csv, the word lists, needs word counts this facade does not keep.)
struct Formats {
  std::set<std::string> report;
  std::vector<std::string> render;
};

Formats SplitFormats(const std::vector<std::string>& formats) {
  Formats out;
  std::string report_list;
  for (const std::string& name : formats) {
    if (name == "json" || name == "csv" || name == "md") {
      report_list += (report_list.empty() ? "" : ",") + name;
    } else if (render::IsRenderFormat(name)) {
      out.render.push_back(name);
    } else {
      report_list += (report_list.empty() ? "" : ",") + name;  // ParseFormats names the bad one
    }
  }
  if (!report_list.empty()) out.report = report::ParseFormats(report_list);
  return out;
}

// The aggregation of a state tallying these two label sets (two different, non-empty names).
report::AggregationOptions Aggregation(const std::string& sector_set,
                                       const std::string& function_set) {
  if (sector_set.empty() || function_set.empty() || sector_set == function_set)
    throw Error(ErrorCode::kUsage,
                "the sector and function label sets must be two different "
                "names, not \"" +
                    sector_set + "\" and \"" + function_set + "\"");
  report::AggregationOptions options;
  options.label_sets = {sector_set, function_set};
  return options;
}

void CheckOptions(const ReportOptions& options) {
  if (options.output_dir.empty())
    throw Error(ErrorCode::kUsage, "ReportOptions::output_dir is required");
  if (options.formats.empty()) throw Error(ErrorCode::kUsage, "ReportOptions::formats is empty");
}

// The aggregated state → the typed Report → every requested file, in one all-or-nothing
// group (as `liputan report` writes them).
std::vector<std::string> Write(const report::ReportState& state, const ReportOptions& options,
                               const Formats& formats) {
  report::ReportOptions built;
  built.period = report::ParsePeriodKind(options.period);
  built.generator = std::string("liputan ") + LIPUTAN_VERSION;
  // The state's label sets; a user's own take the labels its posts carry (as `liputan report`).
  report::ReportTaxonomy taxonomy = report::ReportTaxonomy::Default();
  const std::array<std::string, 2>& sets = state.options().label_sets;
  taxonomy.BindLabelSets(sets[0], sets[1]);
  taxonomy.AddSeenLabels(state.Labels(0), state.Labels(1));
  const report::Report built_report = report::BuildReport(state, taxonomy, built);
  OutputGroup group;
  group.MakeDirectories(options.output_dir);
  std::vector<std::string> written;
  for (const auto& [name, content] : report::RenderReport(built_report, formats.report)) {
    written.push_back(options.output_dir + "/" + name);
    group.Add(written.back(), content);
  }
  if (!formats.render.empty()) {
    render::RenderOptions r;
    r.out_dir = options.output_dir;
    r.formats = formats.render;
    r.lang = render::ParseLang(options.lang);
    r.taxonomy_dir = FindDataPath("taxonomy");  // installed category names; "" = build tree's
    r.group = &group;
    for (std::string& path : render::RenderFromReport(built_report, r))
      written.push_back(std::move(path));
  }
  group.Commit();
  return written;
}

template <typename AddPosts>
std::vector<std::string> Build(const ReportOptions& options, const AddPosts& add_posts) {
  if (options.agencies_csv.empty())
    throw Error(ErrorCode::kUsage, "ReportOptions::agencies_csv is required");
  CheckOptions(options);
  const Formats formats = SplitFormats(options.formats);
  render::ParseLang(options.lang);  // bad options fail before the read
  report::ParsePeriodKind(options.period);
  if (std::find(formats.render.begin(), formats.render.end(), "html") != formats.render.end())
    render::LoadChartBundles();  // missing bundles: kNoInput before any work
  const report::AgencyRegistry registry = report::AgencyRegistry::ReadCsv(options.agencies_csv);
  report::ReportState state(registry, Aggregation(options.sector_set, options.function_set));
  add_posts(state);
  return Write(state, options, formats);
}

}  // namespace

std::vector<std::string> WriteReport(const std::vector<Post>& posts, const ReportOptions& options) {
  return Build(options, [&posts](report::ReportState& state) {
    for (const Post& post : posts) state.Add(post);
  });
}

std::vector<std::string> WriteReportFromFiles(const std::vector<std::string>& inputs,
                                              const ReportOptions& options) {
  if (inputs.empty()) throw Error(ErrorCode::kUsage, "no input files");
  return Build(options, [&inputs](report::ReportState& state) {
    PostReader reader(inputs);
    Post post;
    while (reader.Next(post)) state.Add(post);
  });
}

// The registry lives beside the state: report::ReportState points to it, so it must not move.
struct ReportAggregate::Impl {
  std::unique_ptr<const report::AgencyRegistry> registry;
  std::optional<report::ReportState> state;
};

namespace {

std::unique_ptr<const report::AgencyRegistry> ReadRegistry(const std::string& agencies_csv) {
  if (agencies_csv.empty()) throw Error(ErrorCode::kUsage, "the agencies CSV is required");
  return std::make_unique<const report::AgencyRegistry>(
      report::AgencyRegistry::ReadCsv(agencies_csv));
}

}  // namespace

ReportAggregate::ReportAggregate(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

ReportAggregate::ReportAggregate(const std::string& agencies_csv, const std::string& sector_set,
                                 const std::string& function_set)
    : impl_(std::make_unique<Impl>()) {
  impl_->registry = ReadRegistry(agencies_csv);
  impl_->state.emplace(*impl_->registry, Aggregation(sector_set, function_set));
}

ReportAggregate ReportAggregate::FromStateText(const std::string& agencies_csv,
                                               std::string_view text, const std::string& name,
                                               const std::string& sector_set,
                                               const std::string& function_set) {
  auto impl = std::make_unique<Impl>();
  impl->registry = ReadRegistry(agencies_csv);
  impl->state.emplace(report::ReadState(text, *impl->registry, name,
                                        Aggregation(sector_set, function_set).label_sets));
  return ReportAggregate(std::move(impl));
}

ReportAggregate::~ReportAggregate() = default;
ReportAggregate::ReportAggregate(ReportAggregate&&) noexcept = default;
ReportAggregate& ReportAggregate::operator=(ReportAggregate&&) noexcept = default;

void ReportAggregate::Add(const Post& post) { impl_->state->Add(post); }

long long ReportAggregate::AddFiles(const std::vector<std::string>& inputs) {
  if (inputs.empty()) throw Error(ErrorCode::kUsage, "no input files");
  PostReader reader(inputs);
  Post post;
  long long added = 0;
  for (; reader.Next(post); ++added) impl_->state->Add(post);
  return added;
}

void ReportAggregate::Merge(const ReportAggregate& other) {
  impl_->state->Merge(*other.impl_->state);
}

std::string ReportAggregate::StateText() const {
  return report::StateText(*impl_->state) + "\n";  // as --emit-state ends its file
}

std::vector<std::string> ReportAggregate::Write(const ReportOptions& options) const {
  CheckOptions(options);
  const Formats formats = SplitFormats(options.formats);
  render::ParseLang(options.lang);
  report::ParsePeriodKind(options.period);
  return liputan::Write(*impl_->state, options, formats);
}

}  // namespace liputan
