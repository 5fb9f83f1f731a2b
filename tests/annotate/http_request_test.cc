// The labeling server's request parser: what a browser sends parses; what is malformed, too large
// or unsupported is refused with the status a client can act on.
#include "annotate/http_request.h"

#include <gtest/gtest.h>

namespace liputan::annotate {
namespace {

ParseResult Parse(const std::string& bytes, HttpRequest& out, HttpLimits limits = {}) {
  return ParseHttpRequest(bytes, limits, out);
}

int ErrorStatus(const std::string& bytes, HttpLimits limits = {}) {
  HttpRequest request;
  const ParseResult r = Parse(bytes, request, limits);
  EXPECT_EQ(r.status, ParseStatus::kError) << bytes.substr(0, 80);
  return r.error_status;
}

TEST(HttpRequestTest, ParsesABrowserGet) {
  HttpRequest request;
  const std::string bytes =
      "GET /api/state?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nAccept: */*\r\n"
      "User-Agent:  Mozilla/5.0  \r\n\r\n";
  const ParseResult r = Parse(bytes, request);
  ASSERT_EQ(r.status, ParseStatus::kComplete);
  EXPECT_EQ(r.consumed, bytes.size());
  EXPECT_EQ(request.method, "GET");
  EXPECT_EQ(request.path, "/api/state");
  EXPECT_EQ(request.target, "/api/state?x=1");
  ASSERT_NE(request.Header("user-agent"), nullptr);
  EXPECT_EQ(*request.Header("user-agent"), "Mozilla/5.0");
  EXPECT_TRUE(request.keep_alive);
}

TEST(HttpRequestTest, WaitsForTheWholeHeaderAndBody) {
  const std::string bytes =
      "POST /api/answer HTTP/1.1\r\nHost: h:1\r\nContent-Length: 11\r\n\r\n{\"row\": 0}\n";
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    HttpRequest request;
    EXPECT_EQ(Parse(bytes.substr(0, cut), request).status, ParseStatus::kIncomplete) << cut;
  }
  HttpRequest request;
  ASSERT_EQ(Parse(bytes, request).status, ParseStatus::kComplete);
  EXPECT_EQ(request.body, "{\"row\": 0}\n");
}

TEST(HttpRequestTest, PipelinedRequestsAreReadOneAtATime) {
  const std::string first = "GET /a HTTP/1.1\r\nHost: h:1\r\n\r\n";
  const std::string second = "GET /b HTTP/1.1\r\nHost: h:1\r\nConnection: close\r\n\r\n";
  HttpRequest request;
  ParseResult r = Parse(first + second, request);
  ASSERT_EQ(r.status, ParseStatus::kComplete);
  EXPECT_EQ(r.consumed, first.size());
  EXPECT_EQ(request.path, "/a");
  r = Parse(second, request);
  ASSERT_EQ(r.status, ParseStatus::kComplete);
  EXPECT_EQ(request.path, "/b");
  EXPECT_FALSE(request.keep_alive);
}

TEST(HttpRequestTest, IgnoresEmptyLinesBeforeTheRequestLine) {
  HttpRequest request;
  EXPECT_EQ(Parse("\r\n\r\nGET / HTTP/1.0\r\n\r\n", request).status, ParseStatus::kComplete);
  EXPECT_FALSE(request.keep_alive) << "HTTP/1.0 closes unless asked to keep alive";
}

TEST(HttpRequestTest, RefusesMalformedRequestLines) {
  EXPECT_EQ(ErrorStatus("GET\r\nHost: h:1\r\n\r\n"), 400);
  EXPECT_EQ(ErrorStatus("GET / HTTP/1.1 extra\r\nHost: h:1\r\n\r\n"), 400);
  EXPECT_EQ(ErrorStatus("GET  / HTTP/1.1\r\nHost: h:1\r\n\r\n"), 400);
  EXPECT_EQ(ErrorStatus("G(T / HTTP/1.1\r\nHost: h:1\r\n\r\n"), 400);
  EXPECT_EQ(ErrorStatus("GET http://evil/ HTTP/1.1\r\nHost: h:1\r\n\r\n"), 400);
  EXPECT_EQ(ErrorStatus("GET /\x01 HTTP/1.1\r\nHost: h:1\r\n\r\n"), 400);
  EXPECT_EQ(ErrorStatus("GET / HTTX/1.1\r\nHost: h:1\r\n\r\n"), 400);
  EXPECT_EQ(ErrorStatus("GET / HTTP/2.0\r\nHost: h:1\r\n\r\n"), 505);
}

TEST(HttpRequestTest, RefusesMalformedHeaders) {
  EXPECT_EQ(ErrorStatus("GET / HTTP/1.1\r\n\r\n"), 400) << "HTTP/1.1 needs Host";
  EXPECT_EQ(ErrorStatus("GET / HTTP/1.1\r\nHost: h:1\r\nNoColon\r\n\r\n"), 400);
  EXPECT_EQ(ErrorStatus("GET / HTTP/1.1\r\nHost : h:1\r\n\r\n"), 400);
  EXPECT_EQ(ErrorStatus("GET / HTTP/1.1\r\nHost: h:1\r\nX: a\r\n  folded\r\n\r\n"), 400);
  EXPECT_EQ(ErrorStatus("GET / HTTP/1.1\r\nHost: h:1\r\nX: a\nY: b\r\n\r\n"), 400);
  EXPECT_EQ(ErrorStatus("GET / HTTP/1.1\r\nHost: h:1\r\nX: a\x7f\r\n\r\n"), 400);
}

TEST(HttpRequestTest, RefusesAmbiguousOrUnsupportedBodies) {
  EXPECT_EQ(ErrorStatus("POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: x\r\n\r\n"), 400);
  EXPECT_EQ(ErrorStatus("POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: -1\r\n\r\n"), 400);
  EXPECT_EQ(ErrorStatus("POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: 2\r\n"
                        "Content-Length: 3\r\n\r\nabc"),
            400);
  EXPECT_EQ(ErrorStatus("POST / HTTP/1.1\r\nHost: h:1\r\nTransfer-Encoding: chunked\r\n\r\n"), 501);
}

TEST(HttpRequestTest, CapsHugeHeadersAndBodies) {
  HttpLimits limits;
  limits.max_header_bytes = 1024;
  limits.max_body_bytes = 100;
  // Headers that never end are refused as soon as they pass the cap, not buffered forever.
  EXPECT_EQ(ErrorStatus("GET / HTTP/1.1\r\nX: " + std::string(2000, 'a'), limits), 431);
  EXPECT_EQ(ErrorStatus("GET / HTTP/1.1\r\nHost: h:1\r\nX: " + std::string(2000, 'a') + "\r\n\r\n",
                        limits),
            431);
  // The body is refused from its announced length, before it arrives.
  EXPECT_EQ(ErrorStatus("POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: 101\r\n\r\n", limits),
            413);
  EXPECT_EQ(ErrorStatus("POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: 99999999999999999\r\n\r\n",
                        limits),
            413);
  EXPECT_EQ(
      ErrorStatus("POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: 9999999999999999999\r\n\r\n",
                  limits),
      400)
      << "a length that does not fit a 64-bit number";
  HttpRequest request;
  EXPECT_EQ(
      Parse("POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: 100\r\n\r\n" + std::string(100, 'b'),
            request, limits)
          .status,
      ParseStatus::kComplete);
}

}  // namespace
}  // namespace liputan::annotate
