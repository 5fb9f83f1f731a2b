#pragma once

#include <string>

// ErrorCode and Error are part of the public API (include/liputan/error.h): one type is thrown
// inside the libraries and caught by library users.
#include "liputan/error.h"

namespace liputan {

// "file:line", the location format every reader uses.
std::string LineLocation(const std::string& file, long long line);

}  // namespace liputan
