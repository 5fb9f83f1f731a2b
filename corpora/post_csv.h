#pragma once

#include <string>
#include <vector>

#include "corpora/post.h"

namespace liputan {

// Writes Posts as CSV (docs/formats.md §2): a fixed header of the schema's scalar fields, then
// one "label:<set>" column per true-label set and one "pred:<set>" column per prediction set
// named up front (a CSV header cannot grow midway). Reading the result back with PostReader
// gives the same Posts for the sets named.
class PostCsvWriter {
 public:
  PostCsvWriter(std::vector<std::string> label_sets, std::vector<std::string> prediction_sets);

  // The header line, with "\n".
  std::string Header() const;
  // Appends one record line (with "\n") to `out`.
  void Append(const Post& post, std::string& out) const;

 private:
  std::vector<std::string> label_sets_;
  std::vector<std::string> prediction_sets_;
};

// Appends `field` to `out`, quoted when it holds a comma, quote, CR/LF or edge spaces.
void AppendCsvField(std::string& out, std::string_view field);

}  // namespace liputan
