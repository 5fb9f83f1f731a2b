#include "annotate/offered_labels.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "common/error.h"
#include "corpora/taxonomy/taxonomy.h"

namespace liputan::annotate {
namespace {

std::optional<LabelSet> TaxonomySet(const std::string& name, const std::string& dir) {
  if (!dir.empty()) {
    const std::string path = dir + "/" + name + ".tsv";
    if (std::filesystem::exists(path)) {
      std::ifstream in(path, std::ios::binary);
      if (!in) throw Error(ErrorCode::kNoInput, "cannot open the label-set file", path);
      std::ostringstream text;
      text << in.rdbuf();
      return Taxonomy::ParseLabelSet(name, text.str(), path);
    }
  }
  if (IsDefaultLabelSet(name)) return Taxonomy::Embedded().Set(name);
  return std::nullopt;
}

// Labels the file uses for `set` (suggestions and people's labels; a cell may hold several
// labels separated by '|').
std::set<std::string> LabelsInFile(const AnnotationFile& file, const std::string& set) {
  std::set<std::string> found;
  auto add = [&](const std::map<std::string, std::string>& cells) {
    const auto it = cells.find(set);
    if (it == cells.end()) return;
    std::istringstream parts(it->second);
    for (std::string label; std::getline(parts, label, '|');) {
      if (!label.empty()) found.insert(label);
    }
  };
  for (const AnnotationRow& row : file.rows) {
    add(row.suggested);
    add(row.labels);
  }
  return found;
}

OfferedLabelSet BuildSet(const AnnotationFile& file, const std::string& name,
                         const std::string& dir) {
  OfferedLabelSet out{name, {}};
  std::set<std::string> seen;
  if (const auto taxonomy = TaxonomySet(name, dir)) {
    for (const TaxonomyLabel& label : taxonomy->labels) {
      out.labels.push_back({label.slug, label.name_id, label.name_en, label.description, true});
      seen.insert(label.slug);
    }
  }
  for (const std::string& slug : LabelsInFile(file, name)) {
    if (seen.insert(slug).second) out.labels.push_back({slug, "", "", "", false});
  }
  if (out.labels.empty()) {
    throw Error(ErrorCode::kData, "label set \"" + name +
                                      "\" has no labels to offer: give --taxonomy DIR with " +
                                      name + ".tsv (corpora/taxonomy format)");
  }
  return out;
}

}  // namespace

std::vector<OfferedLabelSet> LabelsToOffer(const AnnotationFile& file,
                                           const std::string& taxonomy_dir) {
  if (!taxonomy_dir.empty() && !std::filesystem::is_directory(taxonomy_dir)) {
    throw Error(ErrorCode::kNoInput, "not a directory", taxonomy_dir);
  }
  std::vector<OfferedLabelSet> codebook;
  for (const std::string& name : file.label_sets)
    codebook.push_back(BuildSet(file, name, taxonomy_dir));
  return codebook;
}

}  // namespace liputan::annotate
