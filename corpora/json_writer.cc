#include "corpora/json_writer.h"

#include <charconv>
#include <cmath>

namespace liputan {

void AppendJsonInt(std::string& out, int64_t value) {
  char buffer[24];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void AppendJsonOptionalInt(std::string& out, const std::optional<int64_t>& value) {
  if (value) {
    AppendJsonInt(out, *value);
  } else {
    out += "null";
  }
}

void AppendJsonDouble(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += "null";  // JSON has no NaN or infinity
    return;
  }
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

}  // namespace liputan
