#include "annotate/qdpx_post_sink.h"

#include "common/error.h"
#include "corpora/post_jsonl.h"

namespace liputan {

std::vector<QdpxLabelSet> QdpxLabelSetsOf(const ModelBundle& bundle) {
  std::vector<QdpxLabelSet> sets;
  for (const auto& set : bundle.manifest().label_sets) {
    QdpxLabelSet out{set.name, {}};
    for (const auto& label : set.labels) out.labels.push_back(label.name);
    sets.push_back(std::move(out));
  }
  return sets;
}

QdpxPostSink::QdpxPostSink(const std::string& path, const ModelBundle& bundle)
    : writer_(path, QdpxLabelSetsOf(bundle), "liputan classify") {}

void QdpxPostSink::Write(std::string_view data) {
  size_t start = 0;
  for (size_t nl; (nl = data.find('\n', start)) != std::string_view::npos; start = nl + 1) {
    if (pending_.empty()) {
      AddLine(data.substr(start, nl - start));
    } else {
      pending_.append(data.substr(start, nl - start));
      AddLine(pending_);
      pending_.clear();
    }
  }
  pending_.append(data.substr(start));
}

void QdpxPostSink::AddLine(std::string_view line) {
  Post post;
  std::string error;
  // The pipeline wrote this line from a Post: failing to read it back is our bug.
  if (!ParsePostJson(line, post, error)) throw Error(ErrorCode::kInternal, error, "classify");
  writer_.Add(QdpxSourceFromPost(post));
}

void QdpxPostSink::Commit() {
  if (!pending_.empty()) AddLine(pending_);
  pending_.clear();
  writer_.Commit();
}

}  // namespace liputan
