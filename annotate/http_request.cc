// A deliberately small HTTP/1.1 request parser (RFC 9112) for the local labeling page: strict
// where leniency would let requests be read two ways (folded headers, whitespace before ':',
// conflicting Content-Length, chunked bodies), with hard caps on sizes.
#include "annotate/http_request.h"

#include <algorithm>
#include <cctype>

namespace liputan::annotate {
namespace {

ParseResult Fail(int status, std::string why) {
  ParseResult r;
  r.status = ParseStatus::kError;
  r.error_status = status;
  r.error = std::move(why);
  return r;
}

// RFC 9110 tchar: the characters of a method or header name.
// Records why a request is refused and returns the status to refuse it with.
int Refuse(std::string& why, std::string text, int status) {
  why = std::move(text);
  return status;
}

bool IsTokenChar(unsigned char c) {
  return std::isalnum(c) ||
         std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

bool IsToken(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return IsTokenChar(c); });
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "METHOD SP target SP HTTP/x.y"; returns 0 when well-formed, else the status to refuse with.
int ParseRequestLine(std::string_view line, HttpRequest& out, std::string& why) {
  const size_t a = line.find(' ');
  const size_t b = a == std::string_view::npos ? a : line.find(' ', a + 1);
  if (b == std::string_view::npos || line.find(' ', b + 1) != std::string_view::npos) {
    return Refuse(why, "malformed request line", 400);
  }
  out.method = std::string(line.substr(0, a));
  out.target = std::string(line.substr(a + 1, b - a - 1));
  out.version = std::string(line.substr(b + 1));
  if (!IsToken(out.method)) return Refuse(why, "malformed method", 400);
  if (out.target.empty() || out.target[0] != '/')
    return Refuse(why, "the target must be a path", 400);
  for (unsigned char c : out.target) {
    if (c <= ' ' || c >= 0x7f) return Refuse(why, "invalid character in the target", 400);
  }
  if (out.version == "HTTP/1.1" || out.version == "HTTP/1.0") {
    out.path = out.target.substr(0, out.target.find('?'));
    return 0;
  }
  const bool looks_http = out.version.size() == 8 && out.version.rfind("HTTP/", 0) == 0 &&
                          std::isdigit(static_cast<unsigned char>(out.version[5])) &&
                          out.version[6] == '.' &&
                          std::isdigit(static_cast<unsigned char>(out.version[7]));
  return looks_http ? Refuse(why, "only HTTP/1.0 and HTTP/1.1 are served", 505)
                    : Refuse(why, "malformed HTTP version", 400);
}

// "name: value"; returns 0 when well-formed, else 400.
int ParseHeaderLine(std::string_view line, HttpRequest& out, std::string& why) {
  if (line.front() == ' ' || line.front() == '\t') return Refuse(why, "folded header lines", 400);
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || !IsToken(line.substr(0, colon))) {
    return Refuse(why, "malformed header line", 400);
  }
  const std::string_view value = Trim(line.substr(colon + 1));
  for (unsigned char c : value) {
    if ((c < ' ' && c != '\t') || c == 0x7f)
      return Refuse(why, "control character in a header", 400);
  }
  out.headers.emplace_back(Lower(line.substr(0, colon)), std::string(value));
  return 0;
}

// The body length the headers announce, or the status to refuse the request with (as a
// negative number, so that 0 stays a length).
long long BodyLength(const HttpRequest& req, const HttpLimits& limits, std::string& why) {
  if (req.Header("transfer-encoding"))
    return Refuse(why, "Transfer-Encoding is not supported", -501);
  long long length = -1;
  for (const auto& [name, value] : req.headers) {
    if (name != "content-length") continue;
    if (value.empty() || value.size() > 18 ||
        !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return Refuse(why, "malformed Content-Length", -400);
    }
    const long long n = std::stoll(value);
    if (length >= 0 && n != length) return Refuse(why, "conflicting Content-Length headers", -400);
    length = n;
  }
  if (length > static_cast<long long>(limits.max_body_bytes)) {
    return Refuse(
        why, "the body is larger than " + std::to_string(limits.max_body_bytes) + " bytes", -413);
  }
  return std::max(length, 0LL);
}

bool KeepAlive(const HttpRequest& req) {
  const std::string* connection = req.Header("connection");
  const std::string value = connection ? Lower(*connection) : "";
  if (req.version == "HTTP/1.0") return value.find("keep-alive") != std::string::npos;
  return value.find("close") == std::string::npos;
}

// Parses the header section (request line and headers, without the blank line).
int ParseHead(std::string_view head, HttpRequest& out, std::string& why) {
  size_t start = 0;
  bool first = true;
  while (start <= head.size()) {
    size_t end = head.find("\r\n", start);
    if (end == std::string_view::npos) end = head.size();
    const std::string_view line = head.substr(start, end - start);
    if (line.find('\n') != std::string_view::npos || line.find('\r') != std::string_view::npos) {
      return Refuse(why, "bare CR or LF in the header section", 400);
    }
    const int status = first ? ParseRequestLine(line, out, why)
                             : (line.empty() ? Refuse(why, "empty header line", 400)
                                             : ParseHeaderLine(line, out, why));
    if (status != 0) return status;
    first = false;
    start = end + 2;
  }
  if (out.version == "HTTP/1.1" && !out.Header("host"))
    return Refuse(why, "missing Host header", 400);
  return 0;
}

}  // namespace

const std::string* HttpRequest::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key == name) return &value;
  }
  return nullptr;
}

ParseResult ParseHttpRequest(std::string_view buffer, const HttpLimits& limits, HttpRequest& out) {
  // RFC 9112 §2.2: ignore empty lines received before the request line.
  size_t skipped = 0;
  while (buffer.substr(skipped, 2) == "\r\n") skipped += 2;
  const std::string_view rest = buffer.substr(skipped);
  const size_t head_end = rest.find("\r\n\r\n");
  if (head_end == std::string_view::npos) {
    if (rest.size() > limits.max_header_bytes) return Fail(431, "the headers are too large");
    return ParseResult{};
  }
  if (head_end + 4 > limits.max_header_bytes) return Fail(431, "the headers are too large");
  out = HttpRequest{};
  std::string why;
  if (const int status = ParseHead(rest.substr(0, head_end), out, why); status != 0) {
    return Fail(status, why);
  }
  const long long length = BodyLength(out, limits, why);
  if (length < 0) return Fail(static_cast<int>(-length), why);
  const size_t body_start = skipped + head_end + 4;
  if (buffer.size() - body_start < static_cast<size_t>(length)) return ParseResult{};
  out.body = std::string(buffer.substr(body_start, static_cast<size_t>(length)));
  out.keep_alive = KeepAlive(out);
  ParseResult r;
  r.status = ParseStatus::kComplete;
  r.consumed = body_start + static_cast<size_t>(length);
  return r;
}

const char* HttpReason(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 400:
      return "Bad Request";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 409:
      return "Conflict";
    case 413:
      return "Content Too Large";
    case 415:
      return "Unsupported Media Type";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 503:
      return "Service Unavailable";
    case 505:
      return "HTTP Version Not Supported";
    default:
      return "Unknown";
  }
}

}  // namespace liputan::annotate
