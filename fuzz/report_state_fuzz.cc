// libFuzzer target: the report's inputs that come from files: the mergeable state JSON
// (`report --merge`) and the agency registry CSV. First byte: odd → the rest is a registry
// (AgencyRegistry::ParseCsv); even → the rest is a state for the test registry: ReadState, then
// a WriteState/ReadState round trip (must write the same text), Merge into a copy of itself and,
// when bit 1 is set, BuildReport on it (no bootstrap) and report.json from the Report. Only
// liputan::Error may come out.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "common/error.h"
#include "report/agency_registry.h"
#include "report/report_builder.h"
#include "report/report_json.h"
#include "report/report_state.h"
#include "report/report_taxonomy.h"
#include "report/state_reader.h"
#include "report/state_writer.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

// The registry of tests/data/report/agencies.csv (states in the seed corpus are built with it).
const liputan::report::AgencyRegistry& Registry() {
  static const liputan::report::AgencyRegistry registry = liputan::report::AgencyRegistry::ParseCsv(
      "handle,name,type,urusan,parent\n"
      "KominfoContoh,Diskominfo Kab. Contoh,hub,2.16|2.20|2.21,Kab. Contoh\n"
      "DinkesContoh,Dinas Kesehatan Kab. Contoh,opd,1.02,Kab. Contoh\n"
      "DisdikContoh,Dinas Pendidikan Kab. Contoh,opd,1.01,Kab. Contoh\n"
      "DLHContoh,Dinas Lingkungan Hidup Kab. Contoh,opd,2.11,Kab. Contoh\n"
      "JatengProv,Pemerintah Provinsi Jawa Tengah,provinsi,,Prov. Jawa Tengah\n",
      "fuzz-agencies.csv");
  return registry;
}

void FuzzState(const std::string& text, bool build) {
  using liputan::report::ReportState;
  using liputan::report::StateText;
  try {
    ReportState state = liputan::report::ReadState(text, Registry(), "fuzz-state.json");
    const std::string written = StateText(state);
    Check(StateText(liputan::report::ReadState(written, Registry(), "round-trip")) == written);
    ReportState twice = state;
    twice.Merge(state);
    if (build) {
      liputan::report::ReportOptions options;
      options.corrected.bootstrap_replicates = 0;
      liputan::report::RenderJson(
          liputan::report::BuildReport(twice, liputan::report::ReportTaxonomy::Default(), options));
    }
  } catch (const liputan::Error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] & 1) {
    try {
      liputan::report::AgencyRegistry::ParseCsv(rest, "fuzz-agencies.csv");
    } catch (const liputan::Error&) {
    }
  } else {
    FuzzState(rest, data[0] & 2);
  }
  return 0;
}
