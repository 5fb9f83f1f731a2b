#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "annotate/qdpx_writer.h"
#include "models/model_bundle.h"

namespace liputan {

// Turns the liputan JSONL that classify writes (corpora/post_jsonl.h) into a REFI-QDA project:
// `classify --format qdpx` passes the pipeline's output bytes to Write() and calls Commit() at
// the end. The code book starts with the bundle's label sets and labels, in manifest order.
class QdpxPostSink {
 public:
  QdpxPostSink(const std::string& path, const ModelBundle& bundle);
  void Write(std::string_view data);  // any split of the JSONL; whole lines are converted
  void Commit();
  const QdpxWriter& writer() const { return writer_; }

 private:
  void AddLine(std::string_view line);

  QdpxWriter writer_;
  std::string pending_;  // the start of a line whose end has not come yet
};

// The code book of a bundle: its label sets and their labels, in manifest order.
std::vector<QdpxLabelSet> QdpxLabelSetsOf(const ModelBundle& bundle);

}  // namespace liputan
