#pragma once

#include <string>

namespace liputan {

// The link to a post on X: "https://x.com/HANDLE/status/ID" when `id` is a numeric tweet id and
// the author's handle is known; "" otherwise (a synthetic id such as "posts.csv:7" links nowhere).
// x.com is where twitter.com links redirect since 2023, so the link opens without a hop.
std::string PostUrl(const std::string& handle, const std::string& id);

}  // namespace liputan
