#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "annotate/http_request.h"

namespace liputan::annotate {

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
  bool stop_after = false;  // the server stops once this response is sent (the Finish command)
};

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

struct LabelServerOptions {
  std::string host = "127.0.0.1";  // the address to bind; loopback unless the user says otherwise
  int port = 0;                    // 0: any free port
  HttpLimits limits;
  size_t max_connections = 32;  // more are refused with 503
  int idle_seconds = 120;       // an idle keep-alive connection is closed after this
};

// A minimal single-threaded HTTP/1.1 server on POSIX sockets (poll), for the local labeling
// page. Before the handler sees a request, the server refuses (403) one whose Host header does
// not name the served address, or whose Origin header is not that same origin: so neither
// another web site open in the same browser (cross-site POSTs) nor a DNS-rebinding name can
// reach the answers. When bound to a wildcard address (0.0.0.0, ::) any IP-literal Host with
// the served port is accepted, since a rebinding attack needs a DNS name.
class LabelServer {
 public:
  LabelServer(HttpHandler handler, LabelServerOptions options);
  ~LabelServer();
  LabelServer(const LabelServer&) = delete;
  LabelServer& operator=(const LabelServer&) = delete;

  // Binds and listens. Throws Error(kIo) naming host:port when that fails, Error(kUsage) when
  // the host is not an address or name this machine resolves.
  void Bind();
  int port() const { return port_; }
  std::string url() const;  // "http://127.0.0.1:PORT/"
  // Serves until RequestStop() or a response with stop_after, then closes the listening socket.
  // Throws Error(kIo) when polling fails; per-connection failures only close that connection.
  void Serve();
  // Async-signal-safe (a SIGINT/SIGTERM handler may call it) and thread-safe.
  void RequestStop();

  // True when `host_header` (a Host value, "name:port") names this server.
  bool HostAllowed(const std::string& host_header) const;

 private:
  struct Connection;
  void Accept(std::vector<Connection>& connections);
  bool ReadFrom(Connection& c);  // false: close the connection
  bool Send(int fd, const HttpResponse& response, bool keep_alive);
  HttpResponse Dispatch(const HttpRequest& request);

  HttpHandler handler_;
  LabelServerOptions options_;
  int listen_fd_ = -1;
  int wake_fds_[2] = {-1, -1};
  int port_ = 0;
  bool wildcard_ = false;
  std::atomic<bool> stop_{false};
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopbackHost(const std::string& host);

}  // namespace liputan::annotate
