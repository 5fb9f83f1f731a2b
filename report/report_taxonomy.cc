#include "report/report_taxonomy.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
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

void ReportTaxonomy::BindLabelSets(const std::string& sector, const std::string& function) {
  sector_set = sector;
  function_set = function;
  if (sector != kSektorSet) {
    sectors.clear();
    sector_fallback.clear();
    basic_service_sectors.clear();
    urusan_to_sector.clear();
  }
  if (function != kFungsiSet) {
    functions.clear();
    function_fallback.clear();
    service_information.clear();
    citizen_facing.clear();
    symbolic.clear();
    pull.clear();
  }
}

void ReportTaxonomy::AddSeenLabels(std::vector<std::string> sector_labels,
                                   std::vector<std::string> function_labels) {
  if (sectors.empty()) {
    std::sort(sector_labels.begin(), sector_labels.end());
    sectors = std::move(sector_labels);
  }
  if (functions.empty()) {
    std::sort(function_labels.begin(), function_labels.end());
    functions = std::move(function_labels);
  }
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

// The sector role's labels, basic-service sectors and urusan codes from `table`. The two columns
// are required of sektor.tsv only: another set may have neither.
void ReadSectors(const TsvTable& table, const std::string& path, bool require_groupings,
                 ReportTaxonomy& t) {
  const int slug = Column(table, "slug", path);
  const auto optional = [&](const char* name) {
    const bool has =
        std::find(table.header.begin(), table.header.end(), name) != table.header.end();
    return has || require_groupings ? Column(table, name, path) : -1;
  };
  const int basic = optional("basic_service");
  const int urusan = optional("urusan");
  t.sectors.clear();
  t.basic_service_sectors.clear();
  t.urusan_to_sector.clear();
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const std::string s = Cell(table, r, slug);
    if (s.empty()) throw Error(ErrorCode::kData, "empty slug", LineLocation(path, table.lines[r]));
    t.sectors.push_back(s);
    if (basic >= 0 && Cell(table, r, basic) == "yes") t.basic_service_sectors.insert(s);
    if (urusan < 0) continue;
    for (const std::string& code : SplitOn(Cell(table, r, urusan), ',')) {
      if (!code.empty() && code != "-") t.urusan_to_sector[code] = s;
    }
  }
  t.sector_fallback = t.sectors.back();
}

// The function role's labels and, when the file has the columns (yes|no), its groupings:
// `service_information` (the first "yes"), `citizen_facing`, `symbolic`.
void ReadFunctions(const TsvTable& table, const std::string& path, ReportTaxonomy& t) {
  const int slug = Column(table, "slug", path);
  t.functions.clear();
  for (size_t r = 0; r < table.rows.size(); ++r) t.functions.push_back(Cell(table, r, slug));
  t.function_fallback = t.functions.back();
  // The functions marked "yes" in column `name`, or nullopt when the file has no such column.
  const auto marked = [&](const char* name) -> std::optional<std::vector<std::string>> {
    if (std::find(table.header.begin(), table.header.end(), name) == table.header.end())
      return std::nullopt;
    const int column = Column(table, name, path);
    std::vector<std::string> out;
    for (size_t r = 0; r < table.rows.size(); ++r) {
      if (Cell(table, r, column) == "yes") out.push_back(t.functions[r]);
    }
    return out;
  };
  if (const auto info = marked("service_information"))
    t.service_information = info->empty() ? "" : info->front();
  for (auto [name, set] :
       {std::pair{"citizen_facing", &t.citizen_facing}, std::pair{"symbolic", &t.symbolic}}) {
    if (const auto functions = marked(name)) *set = {functions->begin(), functions->end()};
  }
}

}  // namespace

ReportTaxonomy LoadReportTaxonomy(const std::string& dir, const std::string& sector_set,
                                  const std::string& function_set) {
  ReportTaxonomy t = ReportTaxonomy::Default();
  t.BindLabelSets(sector_set, function_set);
  const std::string sector_path = dir + "/" + sector_set + ".tsv";
  const std::string function_path = dir + "/" + function_set + ".tsv";
  // The default sets' files are required; a user's set may come without one.
  const bool own_sector = sector_set != kSektorSet, own_function = function_set != kFungsiSet;
  std::optional<TsvTable> sectors, functions;
  if (!own_sector || std::filesystem::exists(sector_path)) sectors = ReadTsv(sector_path);
  if (!own_function || std::filesystem::exists(function_path)) functions = ReadTsv(function_path);
  if ((sectors && sectors->rows.empty()) || (functions && functions->rows.empty())) {
    throw Error(ErrorCode::kData, "taxonomy files hold no labels", dir);
  }
  if (sectors) ReadSectors(*sectors, sector_path, !own_sector, t);
  if (functions) ReadFunctions(*functions, function_path, t);
  return t;
}

}  // namespace liputan::report
