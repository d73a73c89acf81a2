// herald's HTTP API: read-only queries over an event store, plus coding of
// posted articles. Endpoints and limits: docs/api.md.
//
//   herald::ServerOptions o;
//   o.db = "herald.db";                        // or postgresql://...
//   o.port = 0;                                // 0: any free port
//   auto server = herald::ApiServer::create(o);
//   if (!server.ok()) die(server.error().to_string());
//   auto port = server.value()->bind();        // Result<int>: the bound port
//   std::thread t([&] { server.value()->listen(); });   // blocks until stop()
//   ...
//   server.value()->stop(); t.join();
//
// Binds 127.0.0.1 unless told otherwise. Serves the routes under /api/ and,
// when web_dir is set, the dashboard's files read from it at start-up
// (static_files.h; never a path on disk per request); everything else is a
// 404 with a JSON body.
#pragma once

#include <memory>
#include <string>

#include "core/error.h"
#include "pipeline/pipeline.h"

namespace herald {

struct ServerOptions {
  std::string db;                      // SQLite file or postgresql:// URL (opened read-only)
  std::string host = "127.0.0.1";
  int port = 8080;                     // 0: any free port
  size_t threads = 32;                 // HTTP worker threads; a kept-alive connection holds one
  size_t connections = 4;              // read-only database connections shared by the threads
  int query_timeout_ms = 2000;         // a longer query is stopped: 400 query_timeout
  size_t max_body_bytes = 1 << 20;     // POST /api/code body limit: 413 above it
  bool code_endpoint = true;           // load the dictionaries for POST /api/code
  PipelineOptions pipeline;
  std::shared_ptr<const Pipeline> loaded_pipeline;   // when set, used instead of loading one
  bool log_requests = false;           // one line per request on stderr
  std::string web_dir;                 // the built dashboard (index.html, assets/) served at /; "" for none
};

class ApiServer {
 public:
  // Opens the store connections and (unless code_endpoint is false) loads
  // the pipeline. Errors: the database cannot be opened (kOutput), the
  // dictionaries cannot be loaded.
  static Result<std::unique_ptr<ApiServer>> create(const ServerOptions& options);
  ~ApiServer();

  // Binds host:port; returns the bound port (the chosen one for port 0).
  Result<int> bind();
  // Serves until stop(); false when the server could not run.
  bool listen();
  // Stops listen() from another thread (or a signal handler's thread).
  void stop();

 private:
  struct Impl;
  explicit ApiServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace herald
