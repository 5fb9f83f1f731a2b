#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace liputan {

// Small append-only helpers for writing JSON fast (one record per line, no DOM): used for the
// normalised JSONL, where nlohmann's DOM would cost an allocation per value.

// Appends `text` as a JSON string (quoted; ", \ and control characters escaped; UTF-8 kept).
void AppendJsonString(std::string& out, std::string_view text);
void AppendJsonInt(std::string& out, int64_t value);
void AppendJsonOptionalInt(std::string& out, const std::optional<int64_t>& value);  // or null
// The shortest decimal that reads back as the same double.
void AppendJsonDouble(std::string& out, double value);

}  // namespace liputan
