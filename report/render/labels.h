#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "report/render/report_view.h"

namespace liputan::render {

enum class Lang { kId, kEn };

// "id" or "en"; anything else is a usage error (liputan::Error kUsage).
Lang ParseLang(std::string_view code);
std::string_view LangCode(Lang lang);

// Everything a reader sees as words or numbers, in one language: UI strings from the embedded
// templates/strings.tsv, category names from the view (taxonomy) and agency names from the
// registry, each falling back to the other language and then to the slug; numbers in the
// language's convention (Indonesian: 1.234,5 and 61,2%).
class Labels {
 public:
  Labels(Lang lang, const ReportView& view);

  Lang lang() const { return lang_; }
  std::string_view code() const { return LangCode(lang_); }
  // The UI string for `key`; the key itself when there is none (so a gap shows, not a blank).
  std::string Ui(std::string_view key) const;
  std::string Category(const std::string& slug) const;
  std::string Agency(const std::string& id) const;

  std::string Integer(int64_t value) const;
  std::string Decimal(double value, int decimals) const;
  std::string Percent(double share, int decimals = 1) const;  // share in [0,1]
  // By Kpi::format: "percent", "decimal" (2 places), otherwise an integer when whole.
  std::string Format(double value, std::string_view format) const;

 private:
  Lang lang_;
  std::map<std::string, std::string, std::less<>> ui_;
  const ReportView* view_;
  std::map<std::string, const AgencyInfo*> agencies_;
};

// Display names of the categories in a taxonomy folder (corpora/taxonomy/*.tsv: columns slug,
// name_id, name_en by header; '#' lines are comments). Throws liputan::Error (kNoInput / kData).
std::map<std::string, LocalizedName> LoadCategoryNames(const std::string& taxonomy_dir);

}  // namespace liputan::render
