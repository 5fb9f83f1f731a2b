#pragma once

#include <string>
#include <vector>

#include "corpora/annotation_file.h"

namespace liputan {

// What liputan's REFI-QDA export (annotate/qdpx_writer.h) writes and its reader recognises.
// A model's coding carries a note whose text starts with kQdpxModelNotePrefix, e.g.
// "liputan model: sektor = kesehatan, p = 0.93". A source's post id is the Text variable
// kQdpxPostIdVariable.
inline constexpr char kQdpxModelNotePrefix[] = "liputan model: ";
inline constexpr char kQdpxPostIdVariable[] = "post_id";

// Reads a REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder or liputan) as an
// annotation file: one row per TextSource, in document order.
//   id      the source's post_id variable (liputan's export), else its name, else its GUID;
//   text    from Sources/<file> (plainTextPath "internal://<file>") or PlainTextContent;
//   agency  the name of the first Case that refers to the source.
// Label sets are top-level codes named like one of `label_sets` (case-insensitive; when empty:
// sektor and fungsi, plus every top-level code of a project liputan wrote). A coding of a code
// under such a set (at any depth; deeper codes count as their top child) gives that child's
// name as the label; for sektor and fungsi a taxonomy display name is mapped back to its slug.
// A person's coding (no liputan model note) is a label; the model's is a suggestion (with its
// probability). With several codings of one set, the first in document order wins, a person's
// before the model's; the number of sources where they disagreed goes out as a Notice. A source
// with a person's coding has status "labeled"; other sources stay to do ("").
// Throws Error(kData) naming the file (and the element or source) for: not a zip, no
// project.qde, XML that does not parse or holds a DOCTYPE (no entity is ever expanded), a
// project without a text source, a source whose text is missing, and codes foreign to the label
// sets (naming the sets expected and the top-level codes found). kNoInput when it cannot be read.
AnnotationFile ReadQdpxAnnotations(const std::string& path,
                                   const std::vector<std::string>& label_sets = {});

}  // namespace liputan
