#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "report/render/mustache_value.h"

namespace liputan::render {

// Partial templates by the name a {{> name}} tag gives.
using MustachePartials = std::map<std::string, std::string, std::less<>>;

// Renders a Mustache template (https://github.com/mustache/spec, core modules; no lambdas) with
// `context`:
//   {{name}}             the value, HTML-escaped as EscapeHtml does (& < > " ')
//   {{{name}}} {{&name}} the value as it is
//   {{a.b}}              a found in the innermost context that has it, then its b
//   {{#name}}..{{/name}} nothing for false, "" or an empty list; once per item of a list with the
//                        item as the innermost context; once for a map (as context), true or a
//                        non-empty string ({{.}} is the string)
//   {{^name}}..{{/name}} once when name is missing, false, "" or an empty list
//   {{! comment}}        nothing
//   {{> name}}           partials.at(name), rendered in the current context; on a standalone line
//                        every line of it takes the tag's indentation
//   {{=<% %>=}}          new delimiters
// A missing name renders as "", a bool as "true" or "false", a list or map as "".
// `name` names the template in errors. Throws liputan::Error (kData) at "name:line" (or "partial
// P:line" inside partial P) for a malformed template (mustache_template.h), a partial that is not
// in `partials`, and partials nested deeper than kMaxMustacheDepth.
std::string RenderMustache(std::string_view text, const MustacheValue& context,
                           const MustachePartials& partials = {},
                           const std::string& name = "template");

}  // namespace liputan::render
