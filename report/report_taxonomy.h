#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "corpora/taxonomy/taxonomy.h"

namespace liputan::report {

// The label sets the report reads and the groupings its content metrics use (reference §5.1, §5.2,
// §5.4 B). The default is the embedded taxonomy (corpora/taxonomy/*.tsv) with the reference's
// groupings; a deployment can load another from taxonomy TSV files.
struct ReportTaxonomy {
  // The names of the two label sets the report reads: the first is the sector axis (breadth,
  // evenness, basic services, mandates), the second the function axis.
  std::string sector_set = kSektorSet;
  std::string function_set = kFungsiSet;
  std::vector<std::string> sectors;    // all sector slugs, the fallback last
  std::vector<std::string> functions;  // all function slugs, the fallback last
  std::string sector_fallback = "umum";
  std::string function_fallback = "lainnya";
  std::set<std::string> basic_service_sectors;          // PD
  std::map<std::string, std::string> urusan_to_sector;  // "1.02" → "kesehatan"
  std::string service_information = "info_layanan";     // SIS
  std::set<std::string> citizen_facing;                 // CFS
  std::set<std::string> symbolic;                       // SYM
  std::set<std::string>
      pull;  // functions whose posts count as "pull" (Mergel) with a call to action

  static ReportTaxonomy Default();
  // Sectors without the fallback: the 15 over which breadth and evenness are computed.
  std::vector<std::string> SubstantiveSectors() const;
  int SectorIndex(const std::string& slug) const;    // -1 when unknown
  int FunctionIndex(const std::string& slug) const;  // -1 when unknown
};

// Reads sektor.tsv and fungsi.tsv (corpora/taxonomy format: '#' comment lines, a header with at
// least `slug`, and for sektor `basic_service` (yes|no) and `urusan` (comma-separated)) from `dir`.
// The fallback is the last row of each file. Groupings of functions keep the defaults.
ReportTaxonomy LoadReportTaxonomy(const std::string& dir);

}  // namespace liputan::report
