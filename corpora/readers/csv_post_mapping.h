#pragma once

#include <optional>
#include <string>
#include <vector>

#include "corpora/post.h"
#include "corpora/timestamp.h"

namespace liputan {

// Which CSV column feeds which Post field: built from the header with the default names of
// docs/formats.md §3.4, then `field=column` overrides. Fields are named as in the JSONL schema
// (id, created_at, author_handle, likes, ...), plus "date" and "time" for exports that split them.
class CsvPostMapping {
 public:
  // Throws ErrorCode::kUsage for a malformed override or an unknown field, and ErrorCode::kData
  // when an override names a column the header lacks.
  CsvPostMapping(const std::vector<std::string>& header, const std::vector<std::string>& overrides,
                 const std::vector<std::string>& label_fields, DateOrder date_order);

  // Fills `post` from a row. Returns an error message ("unreadable created_at ...") or "".
  std::string Apply(const std::vector<std::string>& row, Post& post) const;

  // The column index of `field`, if mapped (for tests and messages).
  std::optional<size_t> ColumnOf(const std::string& field) const;

 private:
  struct Binding {
    std::string field;
    size_t column;
  };
  std::vector<Binding> bindings_;
  std::vector<std::pair<std::string, size_t>> labels_;       // label set → column
  std::vector<std::pair<std::string, size_t>> predictions_;  // label set → column
  DateOrder date_order_;
};

// Predictions in one CSV cell: "kesehatan=0.93|sosial=0.05" (shortest round-trip decimals).
std::string FormatPredictionCell(const std::vector<Prediction>& predictions);
// The inverse; returns an error message or "".
std::string ParsePredictionCell(const std::string& cell, std::vector<Prediction>& out);

// All field names a mapping accepts (for --help and messages).
const std::vector<std::string>& CsvPostFields();

}  // namespace liputan
