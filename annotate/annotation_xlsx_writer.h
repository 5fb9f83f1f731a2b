#pragma once

#include <string>
#include <vector>

#include "annotate/codebook.h"
#include "corpora/annotation_file.h"

namespace liputan {

// Writes an annotation file as an Excel workbook, atomically (ReadAnnotationFile reads it back
// to the same rows):
//   sheet "posts"     the columns of AnnotationColumns, header frozen and filtered, text wrapped;
//                     suggested_S highlighted; each label column S empty, with a dropdown of the
//                     codebook's slugs for S (other text is allowed after a warning, so a coder
//                     can still write a label the codebook lacks); status with the dropdown
//                     labeled / skipped; probabilities as numbers, ids as text (tweet ids
//                     overflow Excel's 15-digit numbers).
//   sheet "codebook"  label_set, slug, name, description: one row per label.
// The label cells are left empty rather than prefilled with the suggestion: a prefilled cell
// looks like an answer, and a row whose labels are all filled counts as labeled (annotation
// file rule), so an untouched row would pass the model's own guess off as a person's label.
// Throws Error(kData) for a cell Excel cannot hold (over 32767 characters), kIo when writing
// fails.
void WriteAnnotationXlsx(const std::string& path, const AnnotationFile& file,
                         const std::vector<CodebookSet>& codebook);

}  // namespace liputan
