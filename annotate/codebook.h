#pragma once

#include <string>
#include <vector>

#include "corpora/annotation_file.h"
#include "models/model_bundle.h"

namespace liputan {

struct CodebookLabel {
  std::string slug;
  std::string name;         // "" when the label is not one of the default codebook's
  std::string description;  // ditto
};

// The labels a coder may pick for one label set, in the model's order.
struct CodebookSet {
  std::string name;
  std::vector<CodebookLabel> labels;
};

// The codebook of an annotation file's label sets: the labels of the model's manifest when
// `bundle` is given; otherwise the default taxonomy's for "sektor" and "fungsi"; otherwise the
// labels suggested in the rows. Names and descriptions come from the default taxonomy
// (corpora/taxonomy) for the sets named sektor and fungsi, for the slugs it knows.
std::vector<CodebookSet> MakeCodebook(const AnnotationFile& file, const ModelBundle* bundle);

}  // namespace liputan
