#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

namespace liputan::render {

// Text for HTML element content and quoted attribute values: & < > " ' become entities, so a tweet
// "<script>alert(1)</script>" is shown as text and can never open an element or end an attribute.
std::string EscapeHtml(std::string_view text);

// JSON to place inside a <script> element. Inside <script> the HTML parser ends the element at the
// first "</script" whatever the JavaScript context, and a raw U+2028/U+2029 ends a JavaScript line
// in older engines; so every '<', '>' and '&' becomes \u003c \u003e \u0026 and U+2028/2029 become
// \u2028 \u2029. Invalid UTF-8 in data strings is replaced by U+FFFD rather than failing the
// report.
std::string JsonForScript(const nlohmann::json& value);

// A third-party JavaScript bundle to inline in a <script> element: "</script" (any case) becomes
// "<\/script", which means the same in JavaScript strings and regular expressions. Throws
// liputan::Error (kData, naming `name`) if the bundle holds "<!--", which would switch the HTML
// parser into a state we cannot escape out of safely.
std::string ScriptSafeBundle(std::string_view code, const std::string& name);

}  // namespace liputan::render
