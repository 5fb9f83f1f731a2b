#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "corpora/annotation_file.h"
#include "corpora/post.h"

namespace liputan {

// One coding of a whole post at a label's code. A coding with a probability is the model's: it
// carries a note with the probability and the model as its coder; one without is a person's.
struct QdpxCoding {
  std::string label_set;
  std::string label;
  std::optional<double> probability;
};

// One post as a REFI-QDA text source.
struct QdpxSource {
  std::string id;
  std::string agency;      // becomes a Case; empty = none
  std::string created_at;  // ISO 8601 UTC ("2021-06-01T13:35:32Z"); empty = unknown
  std::string text;
  PostMetrics metrics;  // likes, retweets, replies, quotes as Integer variables when known
  std::vector<QdpxCoding> codings;
};

// A label set as the code book shows it: a parent code with one child code per label.
struct QdpxLabelSet {
  std::string name;
  std::vector<std::string> labels;
};

// Writes a REFI-QDA project (.qdpx: a zip of project.qde and Sources/<guid>.txt), the exchange
// format of NVivo, ATLAS.ti, MAXQDA and QualCoder (docs/annotate.md, "REFI-QDA exchange"):
// each source a TextSource, its agency a Case, id/date/metrics Variables, each label set a parent
// code with a child code per label (descriptions from the embedded taxonomy for sektor and
// fungsi), each coding a Coding in one PlainTextSelection over the whole text.
//
// Sources stream: their texts go into the zip at once and their XML into a temporary file, so
// memory holds only one GUID per source (for the cases). GUIDs are derived from the post id and
// label names by SHA-256, so the same sources in the same order give the same bytes. The output
// is written atomically at Commit(); destroying the writer before that leaves no file.
class QdpxWriter {
 public:
  // `label_sets` fixes the order of the code book (a model's sets and labels); labels first seen
  // in a coding are added after them. `project_name` is the Project's name attribute.
  QdpxWriter(const std::string& path, std::vector<QdpxLabelSet> label_sets,
             const std::string& project_name);
  ~QdpxWriter();
  QdpxWriter(const QdpxWriter&) = delete;
  QdpxWriter& operator=(const QdpxWriter&) = delete;

  void Add(const QdpxSource& source);
  // Puts a label set in the code book even if no source is coded with it (sektor and fungsi, like
  // every set first met in a coding that the constructor did not give, get all codebook labels).
  void AddLabelSet(const std::string& name);
  // Writes project.qde, closes the zip and renames it into place. Throws Error(kIo) on failure.
  void Commit();

  int64_t sources() const;
  int64_t codings() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// A classified post as a source: its predictions become the model's codings (best first).
QdpxSource QdpxSourceFromPost(const Post& post);

// An annotation row as a source: its labels become a person's codings and its suggestions the
// model's codings, so that reading the project back gives the same labels and suggestions.
QdpxSource QdpxSourceFromAnnotation(const AnnotationRow& row,
                                    const std::vector<std::string>& label_sets);

// The RFC 4122 textual form of a name-based UUID: the first 128 bits of SHA-256 of `name`, with
// the version nibble 8 (RFC 9562 "custom") and the RFC 4122 variant bits.
std::string NameBasedGuid(const std::string& name);

}  // namespace liputan
