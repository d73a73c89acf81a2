// An event-driven HTTP/1.1 server (Boost.Beast over Asio, from Debian's
// libboost-dev): one I/O thread reads and writes every connection without
// blocking, a pool of worker threads runs the handler. A slow, idle or
// hostile client costs a socket and a small buffer, never a thread.
//
//   herald::HttpLimits limits;                         // defaults: see below
//   herald::HttpServer server(limits, [](const herald::HttpRequest& r) {
//     return herald::HttpReply{200, "{\"ok\":true}", "application/json"};
//   });
//   auto port = server.bind("127.0.0.1", 0);           // Result<int>: the bound port
//   std::thread t([&] { server.run(); });              // blocks until stop()
//   ...
//   server.stop(); t.join();
//
// Per connection: a request's header must arrive within header_timeout_ms
// of the connection becoming idle (slow-header clients are dropped), its
// body within body_timeout_ms; a body over max_body_bytes (Content-Length
// or chunked, counted as it streams in, never buffered whole) is answered
// 413 and the connection closed after draining a bounded amount; pipelined
// requests are answered in order; at most max_connections are open (more
// are closed at once). Handler exceptions become 500s.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"

namespace herald {

struct HttpRequest {
  std::string method;         // "GET", "POST", ...
  std::string path;           // the target's path, still percent-encoded ("/api/articles/a%2Fb")
  std::string query;          // the raw text after '?', or ""
  std::string content_type;   // Content-Type header
  std::string accept;         // Accept header
  std::string body;
};

struct HttpReply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;   // more headers ("Content-Security-Policy")
};

struct HttpLimits {
  size_t threads = 8;                  // worker threads running the handler
  size_t max_connections = 2048;       // open connections; more are closed at once
  size_t max_body_bytes = 1 << 20;     // larger bodies: 413
  size_t max_header_bytes = 16 * 1024; // request line and headers; larger: 431
  int header_timeout_ms = 10000;       // idle or slow-header connections are closed after this
  int body_timeout_ms = 30000;         // the body must arrive within this
  int write_timeout_ms = 30000;        // a client that does not read its answer is dropped
  std::function<void(const HttpRequest&, int status)> log;   // one call per answered request, if set
};

using HttpHandler = std::function<HttpReply(const HttpRequest&)>;

class HttpServer {
 public:
  HttpServer(HttpLimits limits, HttpHandler handler);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds host:port (0: any free port); returns the bound port. kOutput on failure.
  Result<int> bind(const std::string& host, int port);
  // Serves until stop(); false when not bound.
  bool run();
  // Stops run() from any thread (safe from a signal-handling thread).
  void stop();
  // Connections open now (for tests and logs).
  size_t open_connections() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace herald
