#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace liputan::render {

// One element of a parsed Mustache template (mustache.h renders them).
struct MustacheNode {
  enum class Kind {
    kText,      // literal text
    kEscaped,   // {{name}}: the value, HTML-escaped
    kRaw,       // {{{name}}} or {{& name}}: the value as it is
    kSection,   // {{#name}}...{{/name}}
    kInverted,  // {{^name}}...{{/name}}
    kPartial,   // {{> name}}
  };
  Kind kind = Kind::kText;
  std::string text;    // kText: the text; else the tag's name ("." or dotted, "ui.term")
  long long line = 0;  // the tag's line in its template (1-based)
  std::string indent;  // kPartial on a standalone line: the whitespace before the tag
  std::vector<MustacheNode> children;  // kSection, kInverted: the content
};

// Parses a Mustache template (https://github.com/mustache/spec, the core modules: interpolation,
// sections, inverted sections, comments, partials, set delimiter). A standalone line, one that
// holds a single section, inverted, close, comment, partial or delimiter tag and otherwise only
// spaces and tabs, leaves nothing in the output: its whitespace and line break are dropped here.
// Throws liputan::Error (kData) at "name:line" for an unclosed tag, an empty tag name, a bad
// delimiter tag, an unclosed section, a close tag that does not match its section, and sections
// nested deeper than kMaxMustacheDepth.
std::vector<MustacheNode> ParseMustache(std::string_view text, const std::string& name);

// How deep sections may nest in one template and partials in one another: deeper is an error,
// rather than a stack overflow on a hostile or recursive template.
inline constexpr int kMaxMustacheDepth = 100;

}  // namespace liputan::render
