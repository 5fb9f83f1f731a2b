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
  // Binds the roles to the label sets `sector` and `function`. A role bound to another set than
  // its default (kSektorSet, kFungsiSet) drops the default's labels and groupings, which mean
  // nothing for another set: they come from its taxonomy file or from the posts (AddSeenLabels).
  void BindLabelSets(const std::string& sector, const std::string& function);
  // A role without labels takes `sector_labels` / `function_labels` (the labels the posts
  // carried), sorted; it then has no fallback.
  void AddSeenLabels(std::vector<std::string> sector_labels,
                     std::vector<std::string> function_labels);
  // Sectors without the fallback: the 15 over which breadth and evenness are computed.
  std::vector<std::string> SubstantiveSectors() const;
  int SectorIndex(const std::string& slug) const;    // -1 when unknown
  int FunctionIndex(const std::string& slug) const;  // -1 when unknown
};

// Reads <sector_set>.tsv and <function_set>.tsv (corpora/taxonomy format: '#' comment lines, a
// header with at least `slug`, and for the sector set `basic_service` (yes|no) and `urusan`
// (comma-separated), both required of sektor.tsv), and for the function set optional yes|no
// columns `service_information`, `citizen_facing`, `symbolic` (without them fungsi keeps the
// default groupings) from `dir`. The fallback is the last row of each file. sektor.tsv and
// fungsi.tsv must exist; another set's file may be missing: its labels are then the posts'
// (AddSeenLabels).
ReportTaxonomy LoadReportTaxonomy(const std::string& dir,
                                  const std::string& sector_set = kSektorSet,
                                  const std::string& function_set = kFungsiSet);

}  // namespace liputan::report
