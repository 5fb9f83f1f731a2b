#include "annotate/label_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>

#include "common/error.h"

namespace liputan::annotate {

using Clock = std::chrono::steady_clock;

struct LabelServer::Connection {
  int fd = -1;
  std::string in;  // bytes received and not yet parsed
  Clock::time_point last_active;
};

namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool IsIpLiteral(const std::string& name) {
  unsigned char buffer[sizeof(in6_addr)];
  return inet_pton(AF_INET, name.c_str(), buffer) == 1 ||
         inet_pton(AF_INET6, name.c_str(), buffer) == 1;
}

// Splits "name:port" or "[v6]:port"; false when there is no port.
bool SplitAuthority(const std::string& authority, std::string& name, std::string& port) {
  const size_t colon = authority.rfind(':');
  if (colon == std::string::npos) return false;
  name = authority.substr(0, colon);
  port = authority.substr(colon + 1);
  if (name.size() >= 2 && name.front() == '[' && name.back() == ']') {
    name = name.substr(1, name.size() - 2);
  }
  return true;
}

HttpResponse ErrorResponse(int status, const std::string& why) {
  HttpResponse r;
  r.status = status;
  r.body = nlohmann::json{{"error", why}}.dump();
  return r;
}

bool IsWildcard(const sockaddr* address) {
  if (address->sa_family == AF_INET) {
    return reinterpret_cast<const sockaddr_in*>(address)->sin_addr.s_addr == htonl(INADDR_ANY);
  }
  const auto* v6 = reinterpret_cast<const sockaddr_in6*>(address);
  return IN6_IS_ADDR_UNSPECIFIED(&v6->sin6_addr);
}

// Closing a socket that still holds unread bytes sends a reset, which can destroy the error
// response before the client reads it; so stop writing, then read what the client is still
// sending (bounded in bytes and time) before the caller closes.
void DrainBeforeClose(int fd) {
  shutdown(fd, SHUT_WR);
  const timeval timeout{0, 200 * 1000};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  char buffer[16384];
  size_t drained = 0;
  const auto deadline = Clock::now() + std::chrono::seconds(1);
  while (drained < (4u << 20) && Clock::now() < deadline) {
    const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    drained += static_cast<size_t>(n);
  }
}

}  // namespace

bool IsLoopbackHost(const std::string& host) {
  const std::string h = Lower(host);
  return h == "localhost" || h == "::1" || h == "[::1]" || h.rfind("127.", 0) == 0;
}

LabelServer::LabelServer(HttpHandler handler, LabelServerOptions options)
    : handler_(std::move(handler)), options_(std::move(options)) {}

LabelServer::~LabelServer() {
  for (int fd : {listen_fd_, wake_fds_[0], wake_fds_[1]}) {
    if (fd >= 0) close(fd);
  }
}

void LabelServer::Bind() {
  const std::string where = options_.host + ":" + std::to_string(options_.port);
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  const std::string port = std::to_string(options_.port);
  if (getaddrinfo(options_.host.c_str(), port.c_str(), &hints, &found) != 0 || !found) {
    throw Error(ErrorCode::kUsage, "cannot resolve the host \"" + options_.host + "\"");
  }
  std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> guard(found, &freeaddrinfo);
  listen_fd_ = socket(found->ai_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  const int yes = 1;
  if (listen_fd_ < 0 || setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes) != 0 ||
      bind(listen_fd_, found->ai_addr, found->ai_addrlen) != 0 || listen(listen_fd_, 16) != 0 ||
      pipe2(wake_fds_, O_CLOEXEC | O_NONBLOCK) != 0) {
    throw Error(ErrorCode::kIo, std::string("cannot listen: ") + std::strerror(errno), where);
  }
  wildcard_ = IsWildcard(found->ai_addr);
  sockaddr_storage bound{};
  socklen_t length = sizeof bound;
  getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&bound), &length);
  port_ = ntohs(bound.ss_family == AF_INET ? reinterpret_cast<sockaddr_in*>(&bound)->sin_port
                                           : reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port);
}

std::string LabelServer::url() const {
  const bool v6 = options_.host.find(':') != std::string::npos;
  return "http://" + (v6 ? "[" + options_.host + "]" : options_.host) + ":" +
         std::to_string(port_) + "/";
}

bool LabelServer::HostAllowed(const std::string& host_header) const {
  std::string name, port;
  if (!SplitAuthority(Lower(host_header), name, port) || port != std::to_string(port_)) {
    return false;
  }
  if (name == Lower(options_.host)) return true;
  if (IsLoopbackHost(options_.host) && (name == "localhost" || name == "127.0.0.1")) return true;
  return wildcard_ && IsIpLiteral(name);
}

HttpResponse LabelServer::Dispatch(const HttpRequest& request) {
  const std::string* host = request.Header("host");
  if (!host || !HostAllowed(*host)) {
    return ErrorResponse(403, "the Host header does not name this server");
  }
  const std::string* origin = request.Header("origin");
  if (origin && Lower(*origin) != "http://" + Lower(*host)) {
    return ErrorResponse(403, "requests from another origin are refused");
  }
  try {
    return handler_(request);
  } catch (const std::exception& e) {
    return ErrorResponse(500, e.what());
  }
}

bool LabelServer::Send(int fd, const HttpResponse& response, bool keep_alive) {
  std::string out = "HTTP/1.1 " + std::to_string(response.status) + " " +
                    HttpReason(response.status) + "\r\nContent-Type: " + response.content_type +
                    "\r\nContent-Length: " + std::to_string(response.body.size()) +
                    "\r\nConnection: " + (keep_alive ? "keep-alive" : "close") +
                    "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
  for (const auto& [name, value] : response.headers) out += name + ": " + value + "\r\n";
  out += "\r\n" + response.body;
  size_t sent = 0;
  while (sent < out.size()) {
    const ssize_t n = send(fd, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    sent += static_cast<size_t>(n);
  }
  return true;
}

bool LabelServer::ReadFrom(Connection& c) {
  char buffer[16384];
  const ssize_t n = recv(c.fd, buffer, sizeof buffer, 0);
  if (n <= 0) return n < 0 && errno == EINTR;
  c.in.append(buffer, static_cast<size_t>(n));
  c.last_active = Clock::now();
  while (!stop_) {
    HttpRequest request;
    const ParseResult parsed = ParseHttpRequest(c.in, options_.limits, request);
    if (parsed.status == ParseStatus::kIncomplete) return true;
    if (parsed.status == ParseStatus::kError) {
      Send(c.fd, ErrorResponse(parsed.error_status, parsed.error), false);
      DrainBeforeClose(c.fd);
      return false;
    }
    c.in.erase(0, parsed.consumed);
    const HttpResponse response = Dispatch(request);
    const bool keep = request.keep_alive && !response.stop_after;
    if (!Send(c.fd, response, keep)) return false;
    if (response.stop_after) stop_ = true;
    if (!keep) return false;
  }
  return false;
}

void LabelServer::Accept(std::vector<Connection>& connections) {
  const int fd = accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
  if (fd < 0) return;           // the peer gave up, or EAGAIN: nothing to do
  const timeval timeout{5, 0};  // a peer that stops reading cannot stall the server for long
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
  if (connections.size() >= options_.max_connections) {
    Send(fd, ErrorResponse(503, "too many connections"), false);
    close(fd);
    return;
  }
  connections.push_back({fd, "", Clock::now()});
}

void LabelServer::Serve() {
  if (listen_fd_ < 0) throw Error(ErrorCode::kInternal, "Serve() needs a Bind() first");
  std::vector<Connection> connections;
  while (!stop_) {
    std::vector<pollfd> fds{{listen_fd_, POLLIN, 0}, {wake_fds_[0], POLLIN, 0}};
    for (const Connection& c : connections) fds.push_back({c.fd, POLLIN, 0});
    if (poll(fds.data(), fds.size(), 1000) < 0) {
      if (errno == EINTR) continue;
      throw Error(ErrorCode::kIo, std::string("poll failed: ") + std::strerror(errno));
    }
    const auto idle_limit = Clock::now() - std::chrono::seconds(options_.idle_seconds);
    std::vector<Connection> kept;
    for (size_t i = 0; i < connections.size(); ++i) {
      Connection& c = connections[i];
      const bool ready = fds[i + 2].revents != 0;
      if ((ready && !ReadFrom(c)) || (!ready && c.last_active < idle_limit)) {
        close(c.fd);
      } else {
        kept.push_back(std::move(c));
      }
    }
    connections = std::move(kept);
    if (fds[0].revents & POLLIN) Accept(connections);
  }
  for (const Connection& c : connections) close(c.fd);
  close(listen_fd_);  // new connections are refused, not left waiting
  listen_fd_ = -1;
}

void LabelServer::RequestStop() {
  stop_ = true;
  if (wake_fds_[1] >= 0) {
    const ssize_t ignored = write(wake_fds_[1], "x", 1);
    (void)ignored;
  }
}

}  // namespace liputan::annotate
