#include "corpora/taxonomy/taxonomy.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "common/error.h"

namespace liputan {
namespace taxonomy_internal {
// Defined in the generated embedded_taxonomy.cc (cmake/LiputanEmbed.cmake copies the TSV files in).
extern const std::string_view kEmbeddedSektorTsv;
extern const std::string_view kEmbeddedFungsiTsv;
}  // namespace taxonomy_internal

namespace {

std::vector<std::string> SplitOn(const std::string& text, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, sep)) parts.push_back(part);
  if (!text.empty() && text.back() == sep) parts.emplace_back();
  return parts;
}

// "a|b||c" → {"a","b","c"}; "-" or "" → {}.
std::vector<std::string> SplitList(const std::string& cell, char sep) {
  std::vector<std::string> items;
  if (cell == "-") return items;
  for (auto& item : SplitOn(cell, sep)) {
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

const std::vector<std::string> kColumns = {"slug",          "name_id", "name_en",     "description",
                                           "basic_service", "urusan",  "strong_cues", "weak_cues"};

void CheckHeader(const std::vector<std::string>& header, const std::string& where) {
  const bool has_tie_break = header.size() == kColumns.size() + 1;
  bool ok = header.size() == kColumns.size() || has_tie_break;
  for (size_t i = 0; ok && i < kColumns.size(); ++i) ok = header[i] == kColumns[i];
  if (has_tie_break) ok = ok && header.back() == "tie_break";
  if (!ok) {
    throw Error(ErrorCode::kData,
                "label-set header must be slug, name_id, name_en, description, basic_service, "
                "urusan, strong_cues, weak_cues[, tie_break] (tab-separated)",
                where);
  }
}

TaxonomyLabel ParseRow(const std::vector<std::string>& cells, bool has_tie_break,
                       const std::string& where) {
  TaxonomyLabel label;
  label.slug = cells[0];
  label.name_id = cells[1];
  label.name_en = cells[2];
  label.description = cells[3];
  if (cells[4] != "yes" && cells[4] != "no") {
    throw Error(ErrorCode::kData,
                "basic_service must be \"yes\" or \"no\", not \"" + cells[4] + "\"", where);
  }
  label.basic_service = cells[4] == "yes";
  label.urusan = SplitList(cells[5], ',');
  label.strong_cues = SplitList(cells[6], '|');
  label.weak_cues = SplitList(cells[7], '|');
  if (has_tie_break) {
    const std::string& t = cells[8];
    if (t.empty() || t.size() > 3 || !std::all_of(t.begin(), t.end(), ::isdigit)) {
      throw Error(ErrorCode::kData, "tie_break must be a positive number, not \"" + t + "\"",
                  where);
    }
    label.tie_break = std::stoi(t);
  }
  return label;
}

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kNoInput, "cannot open label-set file", path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool IsSlug(const std::string& s) {
  if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string Where(const LabelSet& set, const TaxonomyLabel& label) {
  return LineLocation(set.source, label.line);
}

void CheckLabelsOf(const LabelSet& set, std::vector<TaxonomyProblem>& problems) {
  std::set<std::string> slugs;
  std::map<std::string, std::string> cue_owner;
  for (const auto& label : set.labels) {
    const std::string where = Where(set, label);
    if (!IsSlug(label.slug)) {
      problems.push_back({where, "slug \"" + label.slug + "\" is not lower-case a-z, 0-9, _"});
    }
    if (!slugs.insert(label.slug).second) {
      problems.push_back({where, "duplicate slug \"" + label.slug + "\""});
    }
    if (label.name_id.empty() || label.name_en.empty() || label.description.empty()) {
      problems.push_back({where, "label \"" + label.slug + "\" lacks a name or description"});
    }
    for (const auto* cues : {&label.strong_cues, &label.weak_cues}) {
      for (const auto& cue : *cues) {
        auto [it, fresh] = cue_owner.emplace(cue, label.slug);
        if (!fresh && it->second != label.slug) {
          problems.push_back(
              {where, "cue \"" + cue + "\" is also a cue of \"" + it->second + "\""});
        } else if (!fresh) {
          problems.push_back({where, "cue \"" + cue + "\" is listed twice"});
        }
      }
    }
  }
  if (set.labels.empty()) problems.push_back({set.source, "label set has no labels"});
}

// 1.01-1.06 are the basic-service affairs (UU 23/2014 Pasal 12(1)); the sectors that hold them
// are the basic-service (SPM) sectors of the coverage report.
bool IsBasicServiceCode(const std::string& code) {
  return code.size() == 4 && code.compare(0, 3, "1.0") == 0 && code[3] >= '1' && code[3] <= '6';
}

void CheckUrusan(const LabelSet& sektor, std::vector<TaxonomyProblem>& problems) {
  std::map<std::string, std::string> owner;
  for (const auto& label : sektor.labels) {
    const std::string where = Where(sektor, label);
    bool holds_basic = false;
    for (const auto& code : label.urusan) {
      if (!IsConcurrentUrusanCode(code) && !IsSupportUrusanCode(code)) {
        problems.push_back(
            {where, "invalid urusan code \"" + code + "\" in \"" + label.slug + "\""});
        continue;
      }
      holds_basic = holds_basic || IsBasicServiceCode(code);
      auto [it, fresh] = owner.emplace(code, label.slug);
      if (!fresh) {
        problems.push_back({where, "urusan " + code + " belongs to both \"" + it->second +
                                       "\" and \"" + label.slug + "\""});
      }
    }
    if (holds_basic != label.basic_service) {
      problems.push_back({where, "basic_service of \"" + label.slug + "\" should be " +
                                     (holds_basic ? "yes" : "no") + " from its urusan codes"});
    }
  }
  for (int group = 1; group <= 3; ++group) {
    const int first = group == 1 ? 1 : group == 2 ? 7 : 25;
    const int last = group == 1 ? 6 : group == 2 ? 24 : 32;
    for (int n = first; n <= last; ++n) {
      std::string code = std::to_string(group) + "." + (n < 10 ? "0" : "") + std::to_string(n);
      if (!owner.count(code))
        problems.push_back({sektor.source, "urusan " + code + " has no sector"});
    }
  }
}

void CheckTieBreak(const LabelSet& fungsi, std::vector<TaxonomyProblem>& problems) {
  std::set<int> ranks;
  for (const auto& label : fungsi.labels) ranks.insert(label.tie_break);
  const int n = static_cast<int>(fungsi.labels.size());
  if (static_cast<int>(ranks.size()) != n ||
      (n > 0 && (*ranks.begin() != 1 || *ranks.rbegin() != n))) {
    problems.push_back(
        {fungsi.source, "tie_break values must be 1.." + std::to_string(n) + ", each used once"});
  }
  for (const auto& label : fungsi.labels) {
    if (!label.urusan.empty()) {
      problems.push_back({Where(fungsi, label), "a fungsi label carries no urusan codes"});
    }
  }
}

}  // namespace

const TaxonomyLabel* LabelSet::Find(const std::string& slug) const {
  for (const auto& label : labels) {
    if (label.slug == slug) return &label;
  }
  return nullptr;
}

std::vector<std::string> LabelSet::Slugs() const {
  std::vector<std::string> slugs;
  for (const auto& label : labels) slugs.push_back(label.slug);
  return slugs;
}

LabelSet Taxonomy::ParseLabelSet(const std::string& name, const std::string& text,
                                 const std::string& source) {
  LabelSet set{name, source, {}};
  std::istringstream in(text);
  std::string line;
  long long line_no = 0;
  bool seen_header = false, has_tie_break = false;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto cells = SplitOn(line, '\t');
    const std::string where = LineLocation(source, line_no);
    if (!seen_header) {
      CheckHeader(cells, where);
      has_tie_break = cells.size() == kColumns.size() + 1;
      seen_header = true;
      continue;
    }
    const size_t want = kColumns.size() + (has_tie_break ? 1 : 0);
    if (cells.size() != want) {
      throw Error(ErrorCode::kData,
                  "expected " + std::to_string(want) + " tab-separated columns, found " +
                      std::to_string(cells.size()),
                  where);
    }
    TaxonomyLabel label = ParseRow(cells, has_tie_break, where);
    label.line = line_no;
    set.labels.push_back(std::move(label));
  }
  if (!seen_header) throw Error(ErrorCode::kData, "label-set file has no header row", source);
  return set;
}

Taxonomy::Taxonomy(LabelSet sektor, LabelSet fungsi)
    : sektor_(std::move(sektor)), fungsi_(std::move(fungsi)) {}

Taxonomy Taxonomy::Embedded() {
  return Taxonomy(ParseLabelSet(kSektorSet, std::string(taxonomy_internal::kEmbeddedSektorTsv),
                                "<embedded>/sektor.tsv"),
                  ParseLabelSet(kFungsiSet, std::string(taxonomy_internal::kEmbeddedFungsiTsv),
                                "<embedded>/fungsi.tsv"));
}

Taxonomy Taxonomy::FromDirectory(const std::string& dir) {
  const std::string sektor = dir + "/sektor.tsv", fungsi = dir + "/fungsi.tsv";
  return Taxonomy(ParseLabelSet(kSektorSet, ReadWholeFile(sektor), sektor),
                  ParseLabelSet(kFungsiSet, ReadWholeFile(fungsi), fungsi));
}

const LabelSet& Taxonomy::Set(const std::string& name) const {
  if (name == kSektorSet) return sektor_;
  if (name == kFungsiSet) return fungsi_;
  throw Error(ErrorCode::kUsage, "unknown label set \"" + name + "\" (expected sektor or fungsi)");
}

std::vector<TaxonomyProblem> Taxonomy::Check() const {
  std::vector<TaxonomyProblem> problems;
  CheckLabelsOf(sektor_, problems);
  CheckLabelsOf(fungsi_, problems);
  CheckUrusan(sektor_, problems);
  CheckTieBreak(fungsi_, problems);
  if (!sektor_.Find("umum"))
    problems.push_back({sektor_.source, "fallback label \"umum\" is missing"});
  if (!fungsi_.Find("lainnya")) {
    problems.push_back({fungsi_.source, "fallback label \"lainnya\" is missing"});
  }
  return problems;
}

namespace {

std::string Join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
  return out;
}

std::string FormatText(const LabelSet& set) {
  size_t width = 0;
  for (const auto& label : set.labels) width = std::max(width, label.slug.size());
  std::string out = set.name + " (" + std::to_string(set.labels.size()) + " labels)\n";
  for (const auto& label : set.labels) {
    std::string line = "  " + label.slug + std::string(width - label.slug.size() + 2, ' ');
    if (label.tie_break > 0) line += "tie " + std::to_string(label.tie_break) + "  ";
    if (set.name == kSektorSet) {
      line += std::string(label.basic_service ? "PD  " : "    ");
      std::string codes = label.urusan.empty() ? "-" : Join(label.urusan, ",");
      line += codes + std::string(codes.size() < 20 ? 20 - codes.size() : 1, ' ');
    }
    out += line + label.name_id + "\n";
  }
  return out;
}

std::string FormatTsv(const LabelSet& set) {
  std::string out =
      "slug\tname_id\tname_en\tdescription\tbasic_service\turusan\tstrong_cues\tweak_cues";
  const bool ranked = set.name == kFungsiSet;
  out += ranked ? "\ttie_break\n" : "\n";
  for (const auto& l : set.labels) {
    out += l.slug + "\t" + l.name_id + "\t" + l.name_en + "\t" + l.description + "\t" +
           (l.basic_service ? "yes" : "no") + "\t" +
           (l.urusan.empty() ? "-" : Join(l.urusan, ",")) + "\t" + Join(l.strong_cues, "|") + "\t" +
           Join(l.weak_cues, "|");
    out += ranked ? "\t" + std::to_string(l.tie_break) + "\n" : "\n";
  }
  return out;
}

std::string FormatJson(const LabelSet& set) {
  nlohmann::ordered_json labels = nlohmann::ordered_json::array();
  for (const auto& l : set.labels) {
    nlohmann::ordered_json j;
    j["slug"] = l.slug;
    j["name_id"] = l.name_id;
    j["name_en"] = l.name_en;
    j["description"] = l.description;
    j["basic_service"] = l.basic_service;
    j["urusan"] = l.urusan;
    j["strong_cues"] = l.strong_cues;
    j["weak_cues"] = l.weak_cues;
    if (l.tie_break > 0) j["tie_break"] = l.tie_break;
    labels.push_back(std::move(j));
  }
  nlohmann::ordered_json out;
  out["label_set"] = set.name;
  out["labels"] = std::move(labels);
  return out.dump(2) + "\n";
}

}  // namespace

std::string FormatLabelSet(const LabelSet& set, const std::string& format) {
  if (format == "text") return FormatText(set);
  if (format == "tsv") return FormatTsv(set);
  if (format == "json") return FormatJson(set);
  throw Error(ErrorCode::kUsage, "unknown format \"" + format + "\" (expected text, tsv or json)");
}

bool IsConcurrentUrusanCode(const std::string& code) {
  if (code.size() != 4 || code[1] != '.' || code[0] < '1' || code[0] > '3') return false;
  if (code[2] < '0' || code[2] > '9' || code[3] < '0' || code[3] > '9') return false;
  const int n = (code[2] - '0') * 10 + (code[3] - '0');
  switch (code[0]) {
    case '1':
      return n >= 1 && n <= 6;
    case '2':
      return n >= 7 && n <= 24;
    default:
      return n >= 25 && n <= 32;
  }
}

bool IsSupportUrusanCode(const std::string& code) {
  return code == "penunjang" || code == "pemerintahan_umum";
}

}  // namespace liputan
