#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace liputan::report {

// Post ids in 64 bits, for the ids the report state keeps for matching (the agencies' replies and
// the citizens' posts for responsiveness, internally amplified posts). A decimal id without a
// leading zero below 2^63 (every Twitter/X id) is kept as its value, exactly; any other id
// (another platform's, a malformed one) is replaced by a 63-bit FNV-1a hash with the top bit set,
// so two different such ids match only by a hash collision (odds about n²/2^64 for n ids).
uint64_t PostKey(std::string_view id);

// The key as the state JSON writes it: the decimal id, or "#" and 16 hex digits for a hash.
std::string PostKeyText(uint64_t key);

// Reads PostKeyText's form back; any other text is keyed as an id (PostKey), so states written
// before the keys existed still read.
uint64_t PostKeyFromText(std::string_view text);

}  // namespace liputan::report
