#pragma once

#include <string>
#include <string_view>

namespace liputan::report {

// The address of a post on X, https://x.com/HANDLE/status/ID, when `id` is a tweet id (decimal
// digits, at most 20) and `handle` a possible account name (letters, digits and "_", at most 50,
// an "@" in front ignored); otherwise "" (another platform's id, or no handle). Built only from
// those characters, so the address needs no escaping anywhere it is written.
std::string PostUrl(std::string_view handle, std::string_view id);

}  // namespace liputan::report
