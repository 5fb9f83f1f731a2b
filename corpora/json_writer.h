#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/json_string.h"

namespace liputan {

// Small append-only helpers for writing JSON fast (one record per line, no DOM): used for the
// normalised JSONL, where nlohmann's DOM would cost an allocation per value.

void AppendJsonInt(std::string& out, int64_t value);
void AppendJsonOptionalInt(std::string& out, const std::optional<int64_t>& value);  // or null
// The shortest decimal that reads back as the same double.
void AppendJsonDouble(std::string& out, double value);

}  // namespace liputan
