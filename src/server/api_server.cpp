#include "server/api_server.h"

#include <httplib.h>

#include <iostream>
#include <optional>

#include "server/api_handlers.h"
#include "server/dashboard_handlers.h"
#include "server/static_files.h"
#include "server/store_pool.h"

namespace herald {

struct ApiServer::Impl {
  ServerOptions options;
  std::unique_ptr<StorePool> pool;
  std::unique_ptr<ApiHandlers> handlers;
  std::unique_ptr<DashboardHandlers> dashboard;
  std::optional<StaticFiles> web;
  httplib::Server http;
  int port = -1;
};

namespace {

using Endpoint = ApiReply (ApiHandlers::*)(const ApiRequest&) const;

void send(httplib::Response& res, const ApiReply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type.c_str());
}

// The query string split at '&' and at the FIRST '=' of each pair (the
// library keeps only the text after the last '=', which would cut an
// unencoded value like "a=b" short).
QueryParams query_params(const httplib::Request& req) {
  QueryParams out;
  size_t q = req.target.find('?');
  if (q == std::string::npos) return out;
  std::string_view query = std::string_view(req.target).substr(q + 1);
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    std::string key(pair.substr(0, eq));
    std::string value(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
    out.emplace(httplib::detail::decode_url(key, true), httplib::detail::decode_url(value, true));
  }
  return out;
}

ApiRequest to_api_request(const httplib::Request& req) {
  ApiRequest r;
  r.params = query_params(req);
  if (req.matches.size() > 1) r.path_arg = req.matches[1].str();
  r.body = req.body;
  r.content_type = req.get_header_value("Content-Type");
  r.accept = req.get_header_value("Accept");
  return r;
}

// What the dashboard's pages may load: only this server's own files and
// API, so no request can leave the machine from them.
constexpr const char* kWebPolicy =
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

// The dashboard's aggregate endpoints and, when web is set, its files at /.
void register_dashboard_routes(httplib::Server& http, const DashboardHandlers& d, const StaticFiles* web) {
  using Aggregate = ApiReply (DashboardHandlers::*)(const ApiRequest&) const;
  for (const auto& [path, endpoint] : {std::pair<const char*, Aggregate>{"/api/timeline", &DashboardHandlers::timeline},
                                       {"/api/places", &DashboardHandlers::places},
                                       {"/api/countries", &DashboardHandlers::countries},
                                       {"/api/network", &DashboardHandlers::network},
                                       {"/api/actors", &DashboardHandlers::actors},
                                       {"/api/annotations", &DashboardHandlers::annotations}}) {
    http.Get(path, [&d, endpoint = endpoint](const httplib::Request& req, httplib::Response& res) {
      send(res, (d.*endpoint)(to_api_request(req)));
    });
    auto not_allowed = [](const httplib::Request& req, httplib::Response& res) {
      send(res, error_reply(ApiError{405, "method_not_allowed", req.method + " is not allowed on " + req.path}));
    };
    http.Post(path, not_allowed);
    http.Put(path, not_allowed);
    http.Patch(path, not_allowed);
    http.Delete(path, not_allowed);
  }
  if (!web) return;
  // Any path outside /api/ is looked up among the files read at start-up.
  http.Get(R"(/(?!api/).*)", [web](const httplib::Request& req, httplib::Response& res) {
    const StaticFiles::File* f = web->find(req.path);
    if (!f) {
      send(res, error_reply(ApiError::not_found("no such endpoint: " + req.path.substr(0, 200))));
      return;
    }
    res.set_header("Content-Security-Policy", kWebPolicy);
    res.set_content(f->body, f->content_type.c_str());
  });
}

}  // namespace

ApiServer::ApiServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ApiServer::~ApiServer() = default;

Result<std::unique_ptr<ApiServer>> ApiServer::create(const ServerOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  size_t threads = std::max<size_t>(options.threads, 1);
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
  impl->handlers = std::make_unique<ApiHandlers>(*impl->pool, pipeline, limits);
  impl->dashboard = std::make_unique<DashboardHandlers>(*impl->pool, *impl->handlers);
  if (!options.web_dir.empty()) {
    auto web = StaticFiles::load(options.web_dir);
    if (!web.ok()) return web.error();
    impl->web = std::move(web.value());
  }

  httplib::Server& http = impl->http;
  ApiHandlers* h = impl->handlers.get();
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_keep_alive_max_count(100);
  http.set_keep_alive_timeout(2);
  http.set_tcp_nodelay(true);   // headers and body go out at once: no 40 ms delayed-ACK stalls
  http.set_read_timeout(10);
  http.set_write_timeout(10);
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Cache-Control", "no-store"}});

  auto route = [h](Endpoint endpoint) {
    return [h, endpoint](const httplib::Request& req, httplib::Response& res) {
      send(res, (h->*endpoint)(to_api_request(req)));
    };
  };
  http.Get("/api/health", route(&ApiHandlers::health));
  http.Get("/api/openapi.json", route(&ApiHandlers::openapi));
  http.Get("/api/events", route(&ApiHandlers::events));
  http.Get("/api/events/([^/]*)", route(&ApiHandlers::event));
  http.Get("/api/stats", route(&ApiHandlers::stats));
  // The id is decoded before routing, so an id with a '/' (every corpus id)
  // must match past the slash.
  http.Get(R"(/api/articles/([\s\S]+))", route(&ApiHandlers::article));
  http.Post("/api/code", route(&ApiHandlers::code));
  register_dashboard_routes(http, *impl->dashboard, impl->web ? &*impl->web : nullptr);

  // Known paths with another method: 405. Every other path: 404 (below).
  auto not_allowed = [](const httplib::Request& req, httplib::Response& res) {
    send(res, error_reply(ApiError{405, "method_not_allowed", req.method + " is not allowed on " + req.path}));
  };
  for (const char* p : {"/api/health", "/api/openapi.json", "/api/events", "/api/events/[^/]*", "/api/stats",
                        R"(/api/articles/[\s\S]+)", "/api/code"}) {
    if (std::string(p) != "/api/code") {
      http.Post(p, not_allowed);
    } else {
      http.Get(p, not_allowed);
    }
    http.Put(p, not_allowed);
    http.Patch(p, not_allowed);
    http.Delete(p, not_allowed);
  }

  // Errors raised by the library itself (no route, body too large, bad
  // request line) get the same JSON body as the API's own.
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string detail = res.status == 404   ? "no such endpoint: " + req.path.substr(0, 200)
                         : res.status == 413 ? "the request body is too large"
                                             : "the request could not be handled";
    ApiError e{res.status, std::string(error_name_for_status(res.status)), detail};
    res.set_content(e.to_json(), "application/json");
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    std::cerr << "herald serve: internal error: " << what << '\n';
    send(res, error_reply(ApiError{500, "internal", "the server failed on this request"}));
  });
  if (options.log_requests)
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::cerr << req.method << ' ' << req.path << ' ' << res.status << '\n';
    });
  return std::unique_ptr<ApiServer>(new ApiServer(std::move(impl)));
}

Result<int> ApiServer::bind() {
  const ServerOptions& o = impl_->options;
  bool ok;
  if (o.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(o.host);
    ok = impl_->port > 0;
  } else {
    ok = impl_->http.bind_to_port(o.host, o.port);
    impl_->port = o.port;
  }
  if (!ok)
    return Error{ErrorCode::kOutput, o.host + ":" + std::to_string(o.port), 0,
                 "cannot listen on this address (in use, or not a local address)", ""};
  return impl_->port;
}

bool ApiServer::listen() { return impl_->http.listen_after_bind(); }

void ApiServer::stop() { impl_->http.stop(); }

}  // namespace herald
