#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/byte_source.h"

namespace liputan {

// One post to be labeled by a person (docs/annotate.md "The annotation file").
struct AnnotationRow {
  std::string id;          // the post's id, or FILE:LINE when the archive gave none
  std::string agency;      // author handle (without "@") or agency name
  std::string created_at;  // ISO 8601 UTC, as classify writes it; may be empty
  std::string url;         // link to the original post when its id is known; may be empty
  std::string text;
  // How the row was drawn: "validate" (stratified; inclusion_p holds its inclusion probability),
  // "teach" (chosen for learning; not a probability sample), or "" (a hand-made file).
  std::string strategy;
  std::string stratum;       // "validate": the stratum it was drawn from, e.g. "kesehatan|dinkes"
  double inclusion_p = 0.0;  // "validate": probability that the post was drawn; 0 = not known
  // label set → the model's top-1 suggestion and its probability (empty / 0 when none).
  std::map<std::string, std::string> suggested;
  std::map<std::string, double> suggested_p;
  // label set → the person's label ("" while not labeled).
  std::map<std::string, std::string> labels;
  // "" (to do), "labeled" or "skipped". A row whose status is empty but whose every label set
  // has a label counts as labeled (a file filled in by hand in a spreadsheet).
  std::string status;
  std::string coder;  // free text: who labeled it
  std::string note;   // free text
  // Columns this format does not know, kept so that reading and writing loses nothing.
  std::map<std::string, std::string> extra;

  bool labeled(const std::vector<std::string>& label_sets) const;
};

struct AnnotationFile {
  std::vector<std::string> label_sets;  // e.g. {"sektor", "fungsi"}, in column order
  std::vector<AnnotationRow> rows;
  std::vector<std::string> extra_columns;  // in the order read, written after the known ones
};

// The CSV columns, in the order written: id, agency, created_at, url, text, strategy, stratum,
// inclusion_p, then per label set S: suggested_S, suggested_S_p, S; then status, coder, note,
// then the extra columns.
std::vector<std::string> AnnotationColumns(const AnnotationFile& file);

// Reads an annotation file. ".csv" (or any other name): the CSV written by WriteAnnotationCsv,
// or a hand-made one with at least the columns id and text and one label column. Label sets are
// the names S with a column "suggested_S", plus `label_sets` when given (a hand-made file
// without suggestions). Throws liputan::Error: kNoInput when the file cannot be opened, kData
// naming FILE:LINE for a malformed row (wrong field count, invalid UTF-8, an inclusion_p or
// probability that is not a number in [0, 1], an unknown status) or a missing column, and kData
// when the file has no row at all.
AnnotationFile ReadAnnotationFile(const std::string& path,
                                  const std::vector<std::string>& label_sets = {});

// ReadAnnotationFile's CSV part, from bytes already open (an XLSX sheet turned into CSV);
// messages name source->name().
AnnotationFile ReadAnnotationCsv(std::unique_ptr<ByteSource> source,
                                 const std::vector<std::string>& label_sets = {});

// Writes the CSV atomically (temporary file, then rename), UTF-8 with a header row, RFC 4180
// quoting. Reading it back gives the same AnnotationFile.
void WriteAnnotationCsv(const std::string& path, const AnnotationFile& file);

// The rows a person has labeled (status "labeled", or every label filled in), in file order.
std::vector<const AnnotationRow*> LabeledRows(const AnnotationFile& file);

}  // namespace liputan
