#pragma once

#include <string>
#include <vector>

#include "corpora/annotation_file.h"

namespace liputan::annotate {

// A label as the labeling page shows it: its codebook name and definition beside the slug.
struct OfferedLabel {
  std::string slug;
  std::string name;     // Indonesian name; empty when the taxonomy does not know the label
  std::string name_en;  // English name; may be empty
  std::string description;
  bool known = false;  // false: only seen in the file, shown by its slug
};

struct OfferedLabelSet {
  std::string name;  // the label set, e.g. "sektor"
  std::vector<OfferedLabel> labels;
};

// The labels to offer for each label set of `file`, in the file's label-set order: the
// taxonomy's labels in its order, then labels the file holds (as suggestion or label) that the
// taxonomy does not know, sorted. The taxonomy of set S is DIR/S.tsv when `taxonomy_dir` is
// given and holds it (corpora/taxonomy format), else the built-in set for sektor and fungsi,
// else none. Throws Error(kNoInput) when `taxonomy_dir` is not a directory, Error(kData) for a
// malformed S.tsv (naming FILE:LINE) and Error(kData) for a label set left without any label.
std::vector<OfferedLabelSet> LabelsToOffer(const AnnotationFile& file,
                                           const std::string& taxonomy_dir = "");

}  // namespace liputan::annotate
