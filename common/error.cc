#include "common/error.h"

namespace liputan {
namespace {

std::string Compose(const std::string& message, const std::string& location) {
  return location.empty() ? message : location + ": " + message;
}

}  // namespace

Error::Error(ErrorCode code, const std::string& message, const std::string& location)
    : std::runtime_error(Compose(message, location)),
      code_(code),
      message_(message),
      location_(location) {}

std::string LineLocation(const std::string& file, long long line) {
  return file + ":" + std::to_string(line);
}

}  // namespace liputan
