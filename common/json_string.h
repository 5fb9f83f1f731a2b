#pragma once

#include <string>
#include <string_view>

namespace liputan {

// Appends `text` as a JSON string literal (quotes included): `"` and `\` escaped, control
// characters as \n \r \t or \u00XX; other bytes (UTF-8) are copied as they are.
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace liputan
