#pragma once

#include <string>
#include <vector>

#include "corpora/annotation_file.h"

namespace liputan {

// Reads an annotation file saved as an Excel workbook (.xlsx: what `annotate sample -o F.xlsx`
// writes, after a coder has filled it in Excel or LibreOffice). The sheet named "posts" is read,
// or else the first sheet; its first non-empty row is the header and every later non-empty row a
// post, with the same columns, label sets and rules as the CSV of ReadAnnotationFile. Cells may be
// shared or inline strings, numbers (written as Excel stores them: 0.125, 1E-3), booleans (TRUE,
// FALSE) or formula results. Throws Error: kNoInput when the file cannot be opened; kData naming
// the file when it is not a zip workbook, has no worksheet or malformed XML, and naming the cell
// ("FILE:posts!C7") or row ("FILE:7", the sheet's row number) for an error value (#N/A), a value
// in a column without a header, or a row ReadAnnotationFile would refuse.
AnnotationFile ReadAnnotationXlsx(const std::string& path,
                                  const std::vector<std::string>& label_sets = {});

}  // namespace liputan
