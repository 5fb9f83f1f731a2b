#include "models/labeled_data.h"

#include "common/error.h"

namespace liputan {

LabeledData ReadLabeledData(const std::vector<std::string>& paths,
                            const LabeledReaderOptions& options) {
  LabeledReader reader(paths, options);
  LabeledData data;
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
