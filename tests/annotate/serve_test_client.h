#pragma once
// A tiny HTTP client for the `annotate serve` tests: one request per connection, raw bytes in,
// the status, headers and body out.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>

namespace liputan::annotate::testing {

struct HttpReply {
  int status = 0;  // 0 when the connection failed or no status line came back
  std::string head;
  std::string body;
};

// Sends `bytes` to 127.0.0.1:port and reads until the server closes the connection.
inline HttpReply RawExchange(int port, const std::string& bytes) {
  HttpReply reply;
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const timeval timeout{10, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return reply;
  }
  for (size_t sent = 0; sent < bytes.size();) {
    const ssize_t n = send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may refuse before reading everything
    sent += static_cast<size_t>(n);
  }
  std::string in;
  char buffer[8192];
  for (ssize_t n; (n = recv(fd, buffer, sizeof buffer, 0)) > 0;) in.append(buffer, n);
  close(fd);
  const size_t split = in.find("\r\n\r\n");
  if (in.rfind("HTTP/1.1 ", 0) != 0 || split == std::string::npos) return reply;
  reply.status = std::stoi(in.substr(9, 3));
  reply.head = in.substr(0, split);
  reply.body = in.substr(split + 4);
  return reply;
}

// A well-formed request from the page's own origin, plus `extra` header lines ("Name: v\r\n").
inline HttpReply Request(int port, const std::string& method, const std::string& path,
                         const std::string& body = "", const std::string& extra = "") {
  std::string bytes = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                      "\r\nConnection: close\r\n" + extra;
  if (method == "POST") {
    bytes +=
        "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  }
  return RawExchange(port, bytes + "\r\n" + body);
}

}  // namespace liputan::annotate::testing
