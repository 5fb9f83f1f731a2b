#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "corpora/post_reader.h"

namespace liputan {

struct QdpxExportOptions {
  std::vector<std::string> label_fields;  // annotation files: their label sets (default: all)
  std::string project_name = "liputan";
  PostReaderOptions reader;  // inputs that are not annotation files
};

struct QdpxExportStats {
  int64_t sources = 0;
  int64_t codings = 0;
};

// `liputan annotate export`: writes the REFI-QDA project `output` (annotate/qdpx_writer.h) from
// `inputs`, in order: annotation files (models/labeled_data.h IsAnnotationFile: the CSV, .xlsx,
// .qdpx; with label_fields, every .csv) give their rows (labels as a person's codings, suggestions
// as the model's); anything else is read as posts (liputan JSONL from classify, or any archive)
// whose predictions become the model's codings. Throws what the readers throw; the output appears
// only on success.
QdpxExportStats ExportQdpx(const std::vector<std::string>& inputs, const std::string& output,
                           const QdpxExportOptions& options);

}  // namespace liputan
