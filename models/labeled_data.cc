#include "models/labeled_data.h"

#include <fstream>

#include "common/error.h"
#include "corpora/annotation_file.h"

namespace liputan {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The labeled rows of an annotation file as examples. A label set of `wanted` (all of the
// file's when empty) that a row leaves empty is simply not among its labels.
void AppendAnnotationExamples(const std::string& path, const std::vector<std::string>& wanted,
                              LabeledData& data) {
  AnnotationFile file = ReadAnnotationFile(path, wanted);
  size_t before = data.examples.size();
  for (const AnnotationRow* row : LabeledRows(file)) {
    TrainingExample example;
    example.text = row->text;
    example.location = path + ": post " + row->id;
    for (const auto& set : wanted.empty() ? file.label_sets : wanted) {
      auto it = row->labels.find(set);
      if (it != row->labels.end() && !it->second.empty()) example.labels[set] = {it->second};
    }
    if (row->strategy == "validate" && row->inclusion_p > 0)
      example.weight = 1.0 / row->inclusion_p;
    if (!example.labels.empty()) data.examples.push_back(std::move(example));
  }
  if (data.examples.size() == before) {
    throw Error(ErrorCode::kData, "no labeled post yet (label some with 'liputan annotate serve')",
                path);
  }
}

}  // namespace

bool IsAnnotationFile(const std::string& path) {
  if (EndsWith(path, ".qdpx") || EndsWith(path, ".xlsx")) return true;
  if (path == "-") return false;
  std::ifstream in(path);
  std::string header;
  std::getline(in, header);
  if (header.rfind("\xEF\xBB\xBF", 0) == 0) header.erase(0, 3);
  return header.rfind("id,agency,created_at,url,text,strategy,stratum,inclusion_p", 0) == 0;
}

LabeledData ReadLabeledData(const std::vector<std::string>& paths,
                            const LabeledReaderOptions& options) {
  LabeledData data;
  std::vector<std::string> plain;
  for (const auto& path : paths) {
    if (IsAnnotationFile(path)) {
      AppendAnnotationExamples(path, options.label_fields, data);
    } else {
      plain.push_back(path);
    }
  }
  if (plain.empty()) return data;
  LabeledReader reader(plain, options);
  LabeledRecord record;
  while (reader.Next(record)) {
    data.examples.push_back(
        {std::move(record.text), std::move(record.labels), LineLocation(record.file, record.line)});
  }
  data.bad_records = reader.diagnostics().count();
  data.diagnostics = reader.diagnostics().kept();
  return data;
}

}  // namespace liputan
