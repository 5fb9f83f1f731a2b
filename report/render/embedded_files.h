#pragma once

#include <map>
#include <string>
#include <string_view>

namespace liputan::render {

// Files under report/render/ (templates/*, charts/*) compiled into the binary, keyed by their path
// relative to report/render ("templates/report.mustache"). Generated at build time.
const std::map<std::string_view, std::string_view>& EmbeddedFiles();

// The embedded file at `path`; throws liputan::Error (kInternal) when it is not embedded.
std::string_view EmbeddedFile(std::string_view path);

}  // namespace liputan::render
