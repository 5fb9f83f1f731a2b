#include "annotate/qdpx_export.h"

#include "annotate/qdpx_writer.h"
#include "corpora/annotation_file.h"
#include "models/labeled_data.h"

namespace liputan {
namespace {

void AddAnnotationFile(const std::string& path, const QdpxExportOptions& options,
                       QdpxWriter& writer) {
  AnnotationFile file = ReadAnnotationFile(path, options.label_fields);
  const auto& sets = options.label_fields.empty() ? file.label_sets : options.label_fields;
  for (const auto& set : sets) writer.AddLabelSet(set);
  for (const auto& row : file.rows) writer.Add(QdpxSourceFromAnnotation(row, sets));
}

void AddPosts(const std::vector<std::string>& paths, const QdpxExportOptions& options,
              QdpxWriter& writer) {
  if (paths.empty()) return;
  PostReader reader(paths, options.reader);
  Post post;
  while (reader.Next(post)) writer.Add(QdpxSourceFromPost(post));
}

// A hand-made annotation CSV has no telltale header: --label-field says the CSVs are ones.
bool IsAnnotationInput(const std::string& input, const QdpxExportOptions& options) {
  if (input == "-") return false;
  const bool csv = input.size() > 4 && input.compare(input.size() - 4, 4, ".csv") == 0;
  return IsAnnotationFile(input) || (csv && !options.label_fields.empty());
}

}  // namespace

QdpxExportStats ExportQdpx(const std::vector<std::string>& inputs, const std::string& output,
                           const QdpxExportOptions& options) {
  QdpxWriter writer(output, {}, options.project_name);
  std::vector<std::string> archives;  // consecutive archives share one reader (duplicates)
  for (const auto& input : inputs) {
    if (IsAnnotationInput(input, options)) {
      AddPosts(archives, options, writer);
      archives.clear();
      AddAnnotationFile(input, options, writer);
    } else {
      archives.push_back(input);
    }
  }
  AddPosts(archives, options, writer);
  writer.Commit();
  return {writer.sources(), writer.codings()};
}

}  // namespace liputan
