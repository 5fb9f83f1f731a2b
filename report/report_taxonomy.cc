#include "report/report_taxonomy.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/error.h"
#include "corpora/taxonomy/taxonomy.h"

namespace liputan::report {

ReportTaxonomy ReportTaxonomy::Default() {
  // The labels, their order (the fallback last), the basic-service sectors and the urusan codes
  // are the embedded TSVs' (corpora/taxonomy), the one place they are stated.
  const Taxonomy embedded = Taxonomy::Embedded();
  ReportTaxonomy t;
  for (const TaxonomyLabel& label : embedded.sektor().labels) {
    t.sectors.push_back(label.slug);
    if (label.basic_service) t.basic_service_sectors.insert(label.slug);
    for (const std::string& code : label.urusan) t.urusan_to_sector[code] = label.slug;
  }
  t.functions = embedded.fungsi().Slugs();
  t.sector_fallback = t.sectors.back();
  t.function_fallback = t.functions.back();
  // The groupings of functions are the report's own metrics (reference §5.2, §5.4 B).
  t.citizen_facing = {"info_layanan", "darurat_bencana", "edukasi_imbauan", "dialog_partisipasi"};
  t.symbolic = {"kegiatan_pimpinan", "ucapan_peringatan"};
  t.pull = {"info_layanan", "dialog_partisipasi"};
  return t;
}

std::vector<std::string> ReportTaxonomy::SubstantiveSectors() const {
  std::vector<std::string> out;
  for (const std::string& s : sectors) {
    if (s != sector_fallback) out.push_back(s);
  }
  return out;
}

int ReportTaxonomy::SectorIndex(const std::string& slug) const {
  auto it = std::find(sectors.begin(), sectors.end(), slug);
  return it == sectors.end() ? -1 : static_cast<int>(it - sectors.begin());
}

int ReportTaxonomy::FunctionIndex(const std::string& slug) const {
  auto it = std::find(functions.begin(), functions.end(), slug);
  return it == functions.end() ? -1 : static_cast<int>(it - functions.begin());
}

namespace {

struct TsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<long long> lines;
};

std::vector<std::string> SplitOn(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream stream(text);
  std::string part;
  while (std::getline(stream, part, separator)) parts.push_back(part);
  if (!text.empty() && text.back() == separator) parts.emplace_back();
  return parts;
}

TsvTable ReadTsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(ErrorCode::kNoInput, "cannot open taxonomy file", path);
  TsvTable table;
  std::string line;
  long long number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (table.header.empty()) {
      table.header = SplitOn(line, '\t');
      continue;
    }
    table.rows.push_back(SplitOn(line, '\t'));
    table.lines.push_back(number);
  }
  return table;
}

int Column(const TsvTable& table, const std::string& name, const std::string& path) {
  auto it = std::find(table.header.begin(), table.header.end(), name);
  if (it == table.header.end()) {
    throw Error(ErrorCode::kData, "taxonomy header has no \"" + name + "\" column", path);
  }
  return static_cast<int>(it - table.header.begin());
}

std::string Cell(const TsvTable& table, size_t row, int column) {
  return static_cast<size_t>(column) < table.rows[row].size() ? table.rows[row][column] : "";
}

}  // namespace

ReportTaxonomy LoadReportTaxonomy(const std::string& dir) {
  ReportTaxonomy t = ReportTaxonomy::Default();
  const std::string sektor_path = dir + "/sektor.tsv";
  const std::string fungsi_path = dir + "/fungsi.tsv";
  const TsvTable sektor = ReadTsv(sektor_path);
  const TsvTable fungsi = ReadTsv(fungsi_path);
  if (sektor.rows.empty() || fungsi.rows.empty()) {
    throw Error(ErrorCode::kData, "taxonomy files hold no labels", dir);
  }
  const int slug = Column(sektor, "slug", sektor_path);
  const int basic = Column(sektor, "basic_service", sektor_path);
  const int urusan = Column(sektor, "urusan", sektor_path);
  t.sectors.clear();
  t.basic_service_sectors.clear();
  t.urusan_to_sector.clear();
  for (size_t r = 0; r < sektor.rows.size(); ++r) {
    const std::string s = Cell(sektor, r, slug);
    if (s.empty())
      throw Error(ErrorCode::kData, "empty slug", LineLocation(sektor_path, sektor.lines[r]));
    t.sectors.push_back(s);
    if (Cell(sektor, r, basic) == "yes") t.basic_service_sectors.insert(s);
    for (const std::string& code : SplitOn(Cell(sektor, r, urusan), ',')) {
      if (!code.empty() && code != "-") t.urusan_to_sector[code] = s;
    }
  }
  t.sector_fallback = t.sectors.back();
  const int fslug = Column(fungsi, "slug", fungsi_path);
  t.functions.clear();
  for (size_t r = 0; r < fungsi.rows.size(); ++r) t.functions.push_back(Cell(fungsi, r, fslug));
  t.function_fallback = t.functions.back();
  return t;
}

}  // namespace liputan::report
