#include "server/api_server.h"

#include <iostream>
#include <optional>
#include <string_view>

#include "server/api_handlers.h"
#include "server/dashboard_handlers.h"
#include "server/http_server.h"
#include "server/static_files.h"
#include "server/store_pool.h"

namespace herald {

namespace {

using Endpoint = ApiReply (ApiHandlers::*)(const ApiRequest&) const;
using Aggregate = ApiReply (DashboardHandlers::*)(const ApiRequest&) const;

HttpReply to_http(ApiReply r) { return HttpReply{r.status, std::move(r.body), std::move(r.content_type), {}}; }

HttpReply error(const ApiError& e) { return to_http(error_reply(e)); }

// What the dashboard's pages may load: only this server's own files and
// API, so no request can leave the machine from them.
constexpr const char* kWebPolicy =
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

// Routes on the path as sent, before any percent-decoding, so an id holding
// "%2F" stays one segment ("/api/articles/bbc%2F001" is the article
// "bbc/001"); only the id segment is decoded. Paths outside /api/ are the
// dashboard's files, read at start-up (none when it is not served).
class Router {
 public:
  Router(const ApiHandlers& h, const DashboardHandlers& d, const StaticFiles* web) : h_(h), d_(d), web_(web) {}

  HttpReply operator()(const HttpRequest& req) const {
    std::string_view path = req.path;
    struct Fixed {
      std::string_view path, method;
      Endpoint endpoint;
    };
    static constexpr Fixed kFixed[] = {{"/api/health", "GET", &ApiHandlers::health},
                                       {"/api/openapi.json", "GET", &ApiHandlers::openapi},
                                       {"/api/events", "GET", &ApiHandlers::events},
                                       {"/api/stats", "GET", &ApiHandlers::stats},
                                       {"/api/code", "POST", &ApiHandlers::code}};
    for (const Fixed& f : kFixed)
      if (path == f.path) return call(req, f.method, [&](const ApiRequest& r) { return (h_.*f.endpoint)(r); }, "");
    struct Dashboard {
      std::string_view path;
      Aggregate endpoint;
    };
    static constexpr Dashboard kDashboard[] = {{"/api/timeline", &DashboardHandlers::timeline},
                                               {"/api/places", &DashboardHandlers::places},
                                               {"/api/countries", &DashboardHandlers::countries},
                                               {"/api/network", &DashboardHandlers::network},
                                               {"/api/actors", &DashboardHandlers::actors},
                                               {"/api/annotations", &DashboardHandlers::annotations}};
    for (const Dashboard& f : kDashboard)
      if (path == f.path) return call(req, "GET", [&](const ApiRequest& r) { return (d_.*f.endpoint)(r); }, "");
    struct WithId {
      std::string_view prefix;
      Endpoint endpoint;
    };
    static constexpr WithId kWithId[] = {{"/api/events/", &ApiHandlers::event},
                                         {"/api/articles/", &ApiHandlers::article}};
    for (const WithId& w : kWithId) {
      if (!path.starts_with(w.prefix)) continue;
      std::string_view raw = path.substr(w.prefix.size());
      if (raw.empty() || raw.find('/') != std::string_view::npos) break;
      auto id = percent_decode(raw, false);
      if (!id) return error(ApiError::bad_parameter("id", "bad percent-encoding"));
      return call(req, "GET", [&](const ApiRequest& r) { return (h_.*w.endpoint)(r); }, std::move(*id));
    }
    if (web_ && !path.starts_with("/api/")) {
      if (req.method != "GET")
        return error(ApiError{405, "method_not_allowed", req.method.substr(0, 20) + " is not allowed on " + req.path.substr(0, 200)});
      if (const StaticFiles::File* f = web_->find(std::string(path))) {
        HttpReply r{200, f->body, f->content_type, {}};
        r.headers.emplace_back("Content-Security-Policy", kWebPolicy);
        return r;
      }
    }
    return error(ApiError::not_found("no such endpoint: " + std::string(path.substr(0, 200))));
  }

 private:
  template <typename Handler>
  HttpReply call(const HttpRequest& req, std::string_view method, Handler handler, std::string path_arg) const {
    if (req.method != method)
      return error(ApiError{405, "method_not_allowed", req.method.substr(0, 20) + " is not allowed on " + req.path.substr(0, 200)});
    ApiRequest r;
    if (auto e = parse_query_string(req.query, r.params)) return error(*e);
    r.path_arg = std::move(path_arg);
    r.body = req.body;
    r.content_type = req.content_type;
    r.accept = req.accept;
    return to_http(handler(r));
  }

  const ApiHandlers& h_;
  const DashboardHandlers& d_;
  const StaticFiles* web_;
};

}  // namespace

struct ApiServer::Impl {
  ServerOptions options;
  std::unique_ptr<StorePool> pool;
  std::unique_ptr<ApiHandlers> handlers;
  std::unique_ptr<DashboardHandlers> dashboard;
  std::optional<StaticFiles> web;
  std::unique_ptr<HttpServer> http;
};

ApiServer::ApiServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ApiServer::~ApiServer() = default;

Result<std::unique_ptr<ApiServer>> ApiServer::create(const ServerOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  auto pool = StorePool::open(options.db, std::max<size_t>(options.connections, 1), options.query_timeout_ms);
  if (!pool.ok()) return pool.error();
  impl->pool = std::move(pool.value());
  std::shared_ptr<const Pipeline> pipeline;
  if (options.code_endpoint && options.loaded_pipeline) {
    pipeline = options.loaded_pipeline;
  } else if (options.code_endpoint) {
    auto p = Pipeline::load(options.pipeline);
    if (!p.ok()) return p.error();
    pipeline = p.value();
  }
  ApiLimits limits;
  limits.max_body_bytes = options.max_body_bytes;
  limits.query_timeout_ms = options.query_timeout_ms;
  limits.max_concurrent_codes = options.max_concurrent_codes;
  impl->handlers = std::make_unique<ApiHandlers>(*impl->pool, pipeline, limits);
  impl->dashboard = std::make_unique<DashboardHandlers>(*impl->pool, *impl->handlers);
  if (!options.web_dir.empty()) {
    auto web = StaticFiles::load(options.web_dir);
    if (!web.ok()) return web.error();
    impl->web = std::move(web.value());
  }

  HttpLimits http;
  http.threads = std::max<size_t>(options.threads, 1);
  http.max_connections = options.max_connections;
  http.max_body_bytes = options.max_body_bytes;
  http.header_timeout_ms = options.header_timeout_ms;
  if (options.log_requests)
    http.log = [](const HttpRequest& req, int status) {
      std::cerr << req.method << ' ' << req.path.substr(0, 200) << ' ' << status << '\n';
    };
  impl->http = std::make_unique<HttpServer>(
      http, Router(*impl->handlers, *impl->dashboard, impl->web ? &*impl->web : nullptr));
  return std::unique_ptr<ApiServer>(new ApiServer(std::move(impl)));
}

Result<int> ApiServer::bind() { return impl_->http->bind(impl_->options.host, impl_->options.port); }

bool ApiServer::listen() { return impl_->http->run(); }

void ApiServer::stop() { impl_->http->stop(); }

}  // namespace herald
