#include "report/render/labels.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "common/error.h"
#include "report/render/embedded_files.h"

namespace liputan::render {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) fields.push_back(field);
  if (!line.empty() && line.back() == '\t') fields.emplace_back();
  return fields;
}

// strings.tsv: key<TAB>id<TAB>en, '#' comments.
std::map<std::string, std::string, std::less<>> LoadUiStrings(Lang lang) {
  std::map<std::string, std::string, std::less<>> strings;
  std::istringstream in{std::string(EmbeddedFile("templates/strings.tsv"))};
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto fields = SplitTabs(line);
    if (fields.size() < 3) continue;
    strings[fields[0]] = lang == Lang::kId ? fields[1] : fields[2];
  }
  return strings;
}

// Groups digits by threes with `separator`: "1234567" → "1.234.567".
std::string GroupThousands(const std::string& digits, char separator) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

}  // namespace

Lang ParseLang(std::string_view code) {
  if (code == "id") return Lang::kId;
  if (code == "en") return Lang::kEn;
  throw Error(ErrorCode::kUsage,
              "unknown report language \"" + std::string(code) + "\" (use id or en)");
}

std::string_view LangCode(Lang lang) { return lang == Lang::kId ? "id" : "en"; }

Labels::Labels(Lang lang, const ReportView& view)
    : lang_(lang), ui_(LoadUiStrings(lang)), view_(&view) {
  for (const AgencyInfo& agency : view.agencies) agencies_[agency.id] = &agency;
}

std::string Labels::Ui(std::string_view key) const {
  const auto it = ui_.find(key);
  return it == ui_.end() || it->second.empty() ? std::string(key) : it->second;
}

std::string Labels::Category(const std::string& slug) const {
  const auto it = view_->categories.find(slug);
  if (it == view_->categories.end()) return slug;
  const std::string& first = lang_ == Lang::kId ? it->second.id : it->second.en;
  const std::string& second = lang_ == Lang::kId ? it->second.en : it->second.id;
  return !first.empty() ? first : !second.empty() ? second : slug;
}

std::string Labels::Agency(const std::string& id) const {
  const auto it = agencies_.find(id);
  return it == agencies_.end() || it->second->name.empty() ? id : it->second->name;
}

std::string Labels::Integer(int64_t value) const {
  const std::string digits = std::to_string(value < 0 ? -value : value);
  return (value < 0 ? "-" : "") + GroupThousands(digits, lang_ == Lang::kId ? '.' : ',');
}

std::string Labels::Decimal(double value, int decimals) const {
  if (IsMissing(value)) return "–";
  if (std::isinf(value)) return value > 0 ? "∞" : "-∞";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
  std::string text = buffer;
  const size_t dot = text.find('.');
  const std::string whole = GroupThousands(text.substr(0, dot), lang_ == Lang::kId ? '.' : ',');
  const std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
  const bool negative = value < 0 && text.find_first_not_of("0.") != std::string::npos;
  return (negative ? "-" : "") + whole +
         (fraction.empty() ? "" : (lang_ == Lang::kId ? "," : ".") + fraction);
}

std::string Labels::Percent(double share, int decimals) const {
  if (IsMissing(share)) return "–";
  return Decimal(share * 100.0, decimals) + "%";
}

std::string Labels::Format(double value, std::string_view format) const {
  if (format == "percent") return Percent(value);
  if (format == "decimal") return Decimal(value, 2);
  if (IsMissing(value)) return "–";
  if (value == std::floor(value) && std::fabs(value) < 9e15)
    return Integer(static_cast<int64_t>(value));
  return Decimal(value, 2);
}

std::map<std::string, LocalizedName> LoadCategoryNames(const std::string& taxonomy_dir) {
  std::map<std::string, LocalizedName> names;
  std::error_code error;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(taxonomy_dir, error)) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  }
  if (error)
    throw Error(ErrorCode::kNoInput, "cannot read taxonomy folder: " + error.message(),
                taxonomy_dir);
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string line;
    std::vector<std::string> header;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const auto fields = SplitTabs(line);
      if (header.empty()) {
        header = fields;
        continue;
      }
      LocalizedName name;
      std::string slug;
      for (size_t i = 0; i < fields.size() && i < header.size(); ++i) {
        if (header[i] == "slug") slug = fields[i];
        if (header[i] == "name_id") name.id = fields[i];
        if (header[i] == "name_en") name.en = fields[i];
      }
      if (!slug.empty()) names[slug] = name;
    }
  }
  return names;
}

}  // namespace liputan::render
