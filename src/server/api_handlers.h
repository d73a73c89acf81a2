// What each endpoint of the HTTP API answers, independent of the HTTP
// library: a request's parameters and body in, a status and body out.
//
//   herald::ApiHandlers h(pool, pipeline, limits);
//   herald::ApiRequest req;  req.params = {{"root", "19"}, {"limit", "10"}};
//   herald::ApiReply reply = h.events(req);   // 200 + {"events": [...], ...} or 4xx + {error, detail}
//
// Every store access is a read through StorePool (read-only connections,
// bound parameters, a time limit per query); POST /api/code codes the body
// with the Pipeline and stores nothing.
#pragma once

#include <memory>
#include <string>

#include "pipeline/pipeline.h"
#include "server/api_error.h"
#include "server/query_params.h"
#include "server/store_pool.h"

namespace herald {

struct ApiRequest {
  QueryParams params;         // the query string
  std::string path_arg;       // the {id} of /api/events/{id}, /api/articles/{id}
  std::string body;           // POST body
  std::string content_type;   // Content-Type header
  std::string accept;         // Accept header
};

struct ApiReply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
};

struct ApiLimits {
  size_t max_body_bytes = 1 << 20;   // POST /api/code; larger bodies: 413
  size_t max_id_bytes = 512;         // article ids
  int query_timeout_ms = 2000;       // for the error detail; enforced by the store
};

// The reply for an error: its status and {"error", "detail"}.
ApiReply error_reply(const ApiError& e);

class ApiHandlers {
 public:
  // pipeline may be null: POST /api/code then answers 503.
  ApiHandlers(StorePool& pool, std::shared_ptr<const Pipeline> pipeline, ApiLimits limits);

  ApiReply events(const ApiRequest& req) const;    // GET /api/events
  ApiReply event(const ApiRequest& req) const;     // GET /api/events/{id}
  ApiReply stats(const ApiRequest& req) const;     // GET /api/stats
  ApiReply article(const ApiRequest& req) const;   // GET /api/articles/{id}
  ApiReply code(const ApiRequest& req) const;      // POST /api/code
  ApiReply health(const ApiRequest& req) const;    // GET /api/health
  ApiReply openapi(const ApiRequest& req) const;   // GET /api/openapi.json

  // 400 for a bad query, 400 query_timeout for a slow one, 500 otherwise.
  ApiError store_error(const Error& e) const;

 private:
  StorePool& pool_;
  std::shared_ptr<const Pipeline> pipeline_;
  ApiLimits limits_;
};

}  // namespace herald
