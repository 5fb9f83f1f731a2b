#include "report/post_url.h"

#include <algorithm>

namespace liputan::report {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHandleChar(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

}  // namespace

std::string PostUrl(std::string_view handle, std::string_view id) {
  if (!handle.empty() && handle.front() == '@') handle.remove_prefix(1);
  const bool tweet_id =
      !id.empty() && id.size() <= 20 && std::all_of(id.begin(), id.end(), IsDigit);
  const bool account = !handle.empty() && handle.size() <= 50 &&
                       std::all_of(handle.begin(), handle.end(), IsHandleChar);
  if (!tweet_id || !account) return "";
  return "https://x.com/" + std::string(handle) + "/status/" + std::string(id);
}

}  // namespace liputan::report
