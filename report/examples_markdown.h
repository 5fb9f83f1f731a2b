#pragma once

#include <string>
#include <string_view>

#include "report/report_model.h"

namespace liputan::report {

// `text` as inline Markdown that shows exactly these characters: every character that could
// start markup (\ ` * _ [ ] < > | ~ &) is backslash-escaped, so no emphasis, code, link, table
// cell or raw HTML can come out of it, and line breaks become spaces (a post's new line would
// otherwise start a new block: a heading, a list, a table row).
std::string EscapeMarkdown(std::string_view text);

// report.md's "## Contoh unggahan": per agency of the registry with examples, per label set
// and label in the taxonomy's order (ExampleLabelOrder), the report's example posts with their
// probability, date and a link to the post. "" when the report has no examples (--no-examples)
// or none to show.
std::string ExamplesMarkdown(const Report& report);

}  // namespace liputan::report
