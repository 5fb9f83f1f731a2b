#include "annotate/post_link.h"

#include <algorithm>

namespace liputan {

std::string PostUrl(const std::string& handle, const std::string& id) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto handle_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  };
  // Handles are [A-Za-z0-9_] (15 at most on X today; older and synthetic archives have longer
  // ones); anything else (a display name, an agency label) is no handle, and a link built from it
  // would be wrong rather than missing.
  if (id.empty() || id.size() > 20 || !std::all_of(id.begin(), id.end(), digit)) return "";
  if (handle.empty() || handle.size() > 50 ||
      !std::all_of(handle.begin(), handle.end(), handle_char))
    return "";
  return "https://x.com/" + handle + "/status/" + id;
}

}  // namespace liputan
