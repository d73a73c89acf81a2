#include "server/http_server.h"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <chrono>
#include <optional>

#include "server/api_error.h"

namespace herald {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

// A named namespace, not an anonymous one: HttpServer::Impl derives from
// ServerCore (GCC warns of a base with internal linkage when this file is
// compiled inside a unity batch).
namespace http_server_detail {

// Everything a connection needs of its server.
struct ServerCore {
  HttpLimits limits;
  HttpHandler handler;
  std::atomic<size_t> connections{0};   // declared before ioc: sessions die with ioc
  net::io_context ioc{1};
  tcp::acceptor acceptor{ioc};
  net::steady_timer accept_pause{ioc};
  net::thread_pool workers;
  bool bound = false;

  ServerCore(HttpLimits l, HttpHandler h)
      : limits(std::move(l)), handler(std::move(h)), workers(std::max<size_t>(limits.threads, 1)) {}
  void accept();
};

constexpr size_t kDrainBytes = 8u << 20;   // read and dropped after a 413 so the client sees the answer

std::chrono::milliseconds ms(int v) { return std::chrono::milliseconds(v); }

// One connection: reads a request, hands it to a worker, writes the answer,
// and reads the next (keep-alive and pipelining), all on the I/O thread.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, ServerCore& server) : stream_(std::move(socket)), server_(server) {}
  ~Session() { --server_.connections; }

  void start() { read_header(); }

 private:
  void read_header() {
    parser_.emplace();
    parser_->header_limit(static_cast<uint32_t>(server_.limits.max_header_bytes));
    parser_->body_limit(server_.limits.max_body_bytes);
    stream_.expires_after(ms(server_.limits.header_timeout_ms));
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = shared_from_this()](beast::error_code ec, size_t) { self->on_header(ec); });
  }

  void on_header(beast::error_code ec) {
    if (ec == http::error::body_limit) return reject(413, "the request body is too large");
    if (ec == http::error::header_limit) return reject(431, "the request headers are too large");
    if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == net::error::operation_aborted ||
        ec == net::error::connection_reset || ec == net::error::eof)
      return close();
    if (ec) return reject(400, "malformed request: " + ec.message());
    auto& req = parser_->get();
    if (beast::iequals(req[http::field::expect], "100-continue")) {
      // The client waits for a go-ahead before sending its body.
      auto cont = std::make_shared<http::response<http::empty_body>>(http::status::continue_, req.version());
      stream_.expires_after(ms(server_.limits.write_timeout_ms));
      http::async_write(stream_, *cont, [self = shared_from_this(), cont](beast::error_code wec, size_t) {
        if (wec) return self->close();
        self->read_body();
      });
      return;
    }
    read_body();
  }

  void read_body() {
    if (parser_->is_done()) return dispatch();
    stream_.expires_after(ms(server_.limits.body_timeout_ms));
    http::async_read(stream_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code ec, size_t) { self->on_body(ec); });
  }

  void on_body(beast::error_code ec) {
    if (ec == http::error::body_limit) return reject(413, "the request body is too large");
    if (ec) return close();   // timed out or gone: nobody to answer
    dispatch();
  }

  void dispatch() {
    stream_.expires_never();
    http::request<http::string_body> msg = parser_->release();
    parser_.reset();
    auto req = std::make_shared<HttpRequest>();
    req->method = std::string(msg.method_string());
    std::string_view target(msg.target().data(), msg.target().size());
    size_t q = target.find('?');
    req->path = std::string(target.substr(0, q));
    if (q != std::string_view::npos) req->query = std::string(target.substr(q + 1));
    req->content_type = std::string(msg[http::field::content_type]);
    req->accept = std::string(msg[http::field::accept]);
    req->body = std::move(msg.body());
    const bool keep_alive = msg.keep_alive();
    const unsigned version = msg.version();
    net::post(server_.workers, [self = shared_from_this(), req, keep_alive, version] {
      HttpReply reply;
      try {
        reply = self->server_.handler(*req);
      } catch (...) {
        reply = HttpReply{500, ApiError{500, "internal", "the server failed on this request"}.to_json(), "application/json", {}};
      }
      if (self->server_.limits.log) self->server_.limits.log(*req, reply.status);
      net::post(self->stream_.get_executor(), [self, reply = std::move(reply), keep_alive, version]() mutable {
        self->write(std::move(reply), keep_alive, version, false);
      });
    });
  }

  void write(HttpReply reply, bool keep_alive, unsigned version, bool then_drain) {
    auto res = std::make_shared<http::response<http::string_body>>(static_cast<http::status>(reply.status), version);
    res->set(http::field::content_type, reply.content_type);
    res->set("X-Content-Type-Options", "nosniff");
    res->set(http::field::cache_control, "no-store");
    for (const auto& [name, value] : reply.headers) res->set(name, value);
    res->body() = std::move(reply.body);
    res->keep_alive(keep_alive);
    res->prepare_payload();
    stream_.expires_after(ms(server_.limits.write_timeout_ms));
    http::async_write(stream_, *res, [self = shared_from_this(), res, then_drain](beast::error_code ec, size_t) {
      if (ec) return self->close();
      if (then_drain) return self->drain();
      if (!res->keep_alive()) return self->close();
      self->read_header();
    });
  }

  // An answer the transport gives itself (the handler never sees the
  // request); the connection is closed after it.
  void reject(int status, const std::string& detail) {
    std::string name(error_name_for_status(status));
    if (status == 431) name = "headers_too_large";
    if (status == 413) name = "body_too_large";
    unsigned version = parser_ && parser_->is_header_done() ? parser_->get().version() : 11;
    HttpReply reply{status, ApiError{status, name, detail}.to_json(), "application/json", {}};
    if (server_.limits.log) {
      HttpRequest r;
      if (parser_ && parser_->is_header_done()) {
        r.method = std::string(parser_->get().method_string());
        r.path = std::string(parser_->get().target());
      }
      server_.limits.log(r, status);
    }
    parser_.reset();
    write(std::move(reply), false, version, true);
  }

  // After a refusal: stop sending, read and drop what the client is still
  // sending (up to kDrainBytes, for a short while), so it can read the
  // answer instead of meeting a reset; then close.
  void drain() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    buffer_.clear();
    stream_.expires_after(ms(2000));
    drain_some();
  }

  void drain_some() {
    stream_.async_read_some(net::buffer(scratch_), [self = shared_from_this()](beast::error_code ec, size_t n) {
      self->drained_ += n;
      if (ec || self->drained_ > kDrainBytes) return self->close();
      self->drain_some();
    });
  }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  ServerCore& server_;
  beast::flat_buffer buffer_{8192};
  std::optional<http::request_parser<http::string_body>> parser_;
  std::array<char, 16384> scratch_{};
  size_t drained_ = 0;
};

void ServerCore::accept() {
  acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted) return;   // stopped
    if (ec) {
      // Out of descriptors or the like: pause instead of spinning.
      accept_pause.expires_after(ms(50));
      accept_pause.async_wait([this](beast::error_code) { accept(); });
      return;
    }
    if (connections.load() >= limits.max_connections) {
      beast::error_code ignored;
      socket.close(ignored);
    } else {
      ++connections;
      socket.set_option(tcp::no_delay(true), ec);
      std::make_shared<Session>(std::move(socket), *this)->start();
    }
    accept();
  });
}

}  // namespace http_server_detail

struct HttpServer::Impl : http_server_detail::ServerCore {
  using http_server_detail::ServerCore::ServerCore;
};

HttpServer::HttpServer(HttpLimits limits, HttpHandler handler)
    : impl_(std::make_unique<Impl>(std::move(limits), std::move(handler))) {}

HttpServer::~HttpServer() {
  stop();
  impl_->workers.join();
}

Result<int> HttpServer::bind(const std::string& host, int port) {
  auto fail = [&](const std::string& why) -> Result<int> {
    return Error{ErrorCode::kOutput, host + ":" + std::to_string(port), 0, why, ""};
  };
  beast::error_code ec;
  auto address = net::ip::make_address(host, ec);
  if (ec) return fail("not an IP address: " + ec.message());
  tcp::endpoint endpoint(address, static_cast<unsigned short>(port));
  tcp::acceptor& a = impl_->acceptor;
  a.open(endpoint.protocol(), ec);
  if (!ec) a.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) a.bind(endpoint, ec);
  if (!ec) a.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return fail("cannot listen on this address: " + ec.message());
  impl_->bound = true;
  return static_cast<int>(a.local_endpoint().port());
}

bool HttpServer::run() {
  if (!impl_->bound) return false;
  impl_->accept();
  impl_->ioc.run();
  return true;
}

void HttpServer::stop() {
  net::post(impl_->ioc, [impl = impl_.get()] {
    beast::error_code ec;
    impl->acceptor.close(ec);
  });
  impl_->ioc.stop();
}

size_t HttpServer::open_connections() const { return impl_->connections.load(); }

}  // namespace herald
