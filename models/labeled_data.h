#pragma once

#include <string>
#include <vector>

#include "corpora/labeled_reader.h"
#include "models/training_example.h"

namespace liputan {

struct LabeledData {
  std::vector<TrainingExample> examples;
  long long bad_records = 0;            // skipped under OnError::kSkip
  std::vector<Diagnostic> diagnostics;  // the first few, for the user
};

// Reads every labeled example of `paths` (corpora/labeled_reader.h) into memory for training or
// evaluation. Bad records throw or are skipped and counted according to options.on_error.
// Annotation files (IsAnnotationFile) give their labeled rows, with the label sets of
// options.label_fields that the row has; their skipped and unlabeled rows are left out.
LabeledData ReadLabeledData(const std::vector<std::string>& paths,
                            const LabeledReaderOptions& options);

// Whether `path` is an annotation file (docs/annotate.md) rather than plain labeled data: a
// ".qdpx" or ".xlsx" file, or a CSV whose header is the one WriteAnnotationCsv writes.
bool IsAnnotationFile(const std::string& path);

}  // namespace liputan
