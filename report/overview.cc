#include "report/overview.h"

#include <functional>

namespace liputan::report {
namespace {

using ShareOf = std::function<Share(const MetricBlock&)>;
using BaseOf = std::function<double(const MetricBlock&)>;

Share Pooled(const std::vector<AgencyReport>& agencies, const ShareOf& share, const BaseOf& base) {
  double numerator = 0, denominator = 0;
  for (const AgencyReport& agency : agencies) {
    const Share s = share(agency.total);
    if (!s) continue;
    const double n = base(agency.total);
    numerator += *s * n;
    denominator += n;
  }
  return denominator > 0 ? Share(numerator / denominator) : std::nullopt;
}

}  // namespace

Overview ComputeOverview(const Report& report) {
  const auto& agencies = report.agencies;
  const std::string& sectors = report.taxonomy.sector_set;
  const std::string& functions = report.taxonomy.function_set;
  auto labeled = [](const std::string& set) {
    return [set](const MetricBlock& b) { return static_cast<double>(b.content.Mix(set).labeled); };
  };
  Overview o;
  o.basic_service_share = Pooled(
      agencies, [](const MetricBlock& b) { return b.content.basic_service_share; },
      labeled(sectors));
  o.service_information_share = Pooled(
      agencies, [](const MetricBlock& b) { return b.content.service_information_share; },
      labeled(functions));
  o.symbolic_share = Pooled(
      agencies, [](const MetricBlock& b) { return b.content.symbolic_share; }, labeled(functions));
  o.zero_engagement_share = Pooled(
      agencies, [](const MetricBlock& b) { return b.engagement.bonson.zero_share; },
      [](const MetricBlock& b) { return static_cast<double>(b.engagement.observed_posts); });
  o.response_rate = Pooled(
      agencies, [](const MetricBlock& b) { return b.participation.response_rate; },
      [](const MetricBlock& b) { return static_cast<double>(b.participation.inbound_posts); });
  double e_sum = 0;
  int e_count = 0;
  for (const AgencyReport& agency : agencies) {
    if (const Share& e = agency.total.engagement.bonson.e) e_sum += *e, ++e_count;
  }
  if (e_count > 0) o.mean_e = e_sum / e_count;
  if (!report.network.total.hubs.empty())
    o.hub_coverage_out = report.network.total.hubs.front().coverage_out;
  return o;
}

}  // namespace liputan::report
