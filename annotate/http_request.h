#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liputan::annotate {

// Caps on what one request may hold: the labeling page sends a few hundred bytes, so anything
// near these is a mistake or an attack, refused before it is buffered.
struct HttpLimits {
  size_t max_header_bytes = 16 * 1024;  // request line and headers together
  size_t max_body_bytes = 64 * 1024;
};

struct HttpRequest {
  std::string method;                                        // "GET", "POST", ...
  std::string target;                                        // as sent: "/api/state?x=1"
  std::string path;                                          // the target before '?'
  std::string version;                                       // "HTTP/1.1" or "HTTP/1.0"
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased, in order
  std::string body;
  bool keep_alive = true;

  // The value of the first header called `name` (lower case), or nullptr.
  const std::string* Header(std::string_view name) const;
};

enum class ParseStatus { kIncomplete, kComplete, kError };

struct ParseResult {
  ParseStatus status = ParseStatus::kIncomplete;
  size_t consumed = 0;   // kComplete: bytes of `buffer` this request used
  int error_status = 0;  // kError: the HTTP status to answer with (400, 413, 431, 501, 505)
  std::string error;     // kError: why, for the response body
};

// Parses one HTTP/1.x request from the start of `buffer` (bytes received so far on a
// connection). kIncomplete asks for more bytes; it is never returned once the buffered header
// section exceeds limits.max_header_bytes (431 then). Only origin-form targets ("/path") and
// Content-Length bodies are accepted: Transfer-Encoding is answered with 501.
ParseResult ParseHttpRequest(std::string_view buffer, const HttpLimits& limits, HttpRequest& out);

// The reason phrase of a status code this server uses ("Not Found"), or "Unknown".
const char* HttpReason(int status);

}  // namespace liputan::annotate
