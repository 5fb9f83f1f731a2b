#pragma once

#include <string>
#include <string_view>

namespace liputan {

// Appends `text` escaped for XML 1.0 character data, or for a double-quoted attribute value when
// `attribute`. Characters XML 1.0 cannot hold at all (C0 controls other than tab, line feed and
// carriage return) become U+FFFD; a carriage return is written as a character reference so that
// a parser's line-end normalisation gives it back; in attributes tab and line feed are too.
void AppendXmlEscaped(std::string& out, std::string_view text, bool attribute = false);

// ` name="value"` with the value escaped.
void AppendXmlAttribute(std::string& out, std::string_view name, std::string_view value);

// Unicode code points in valid UTF-8 text: REFI-QDA selection positions count characters.
long long CountCodePoints(std::string_view text);

}  // namespace liputan
