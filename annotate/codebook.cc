#include "annotate/codebook.h"

#include <set>

#include "corpora/taxonomy/taxonomy.h"

namespace liputan {
namespace {

const LabelSet* DefaultSet(const Taxonomy& taxonomy, const std::string& name) {
  if (name == kSektorSet) return &taxonomy.sektor();
  if (name == kFungsiSet) return &taxonomy.fungsi();
  return nullptr;
}

std::vector<std::string> Slugs(const AnnotationFile& file, const std::string& set,
                               const ModelBundle* bundle, const LabelSet* taxonomy_set) {
  std::vector<std::string> slugs;
  if (bundle != nullptr) {
    for (const auto& s : bundle->manifest().label_sets)
      if (s.name == set)
        for (const auto& label : s.labels) slugs.push_back(label.name);
    if (!slugs.empty()) return slugs;
  }
  if (taxonomy_set != nullptr) return taxonomy_set->Slugs();
  std::set<std::string> seen;
  for (const auto& row : file.rows) {
    auto it = row.suggested.find(set);
    if (it != row.suggested.end() && !it->second.empty()) seen.insert(it->second);
  }
  return {seen.begin(), seen.end()};
}

}  // namespace

std::vector<CodebookSet> MakeCodebook(const AnnotationFile& file, const ModelBundle* bundle) {
  const Taxonomy taxonomy = Taxonomy::Embedded();
  std::vector<CodebookSet> codebook;
  for (const auto& set : file.label_sets) {
    const LabelSet* known = DefaultSet(taxonomy, set);
    CodebookSet out{set, {}};
    for (const auto& slug : Slugs(file, set, bundle, known)) {
      CodebookLabel label{slug, "", ""};
      if (const TaxonomyLabel* t = known ? known->Find(slug) : nullptr) {
        label.name = t->name_id;
        label.description = t->description;
      }
      out.labels.push_back(std::move(label));
    }
    codebook.push_back(std::move(out));
  }
  return codebook;
}

}  // namespace liputan
