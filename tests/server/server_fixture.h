// A coded test database (the repo's samples/articles through the pipeline
// into an EventStore) and a herald API server on a free loopback port.
//
//   auto& env = ServerEnv::get();             // built once per test process
//   auto res = env.client().Get("/api/events");
//   auto ids = env.column("SELECT id FROM events WHERE root = ?", {"19"});
#pragma once

#include <httplib.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/pipeline.h"
#include "server/api_server.h"

namespace herald::test {

// A server running in its own thread until destroyed.
class RunningServer {
 public:
  explicit RunningServer(ServerOptions options);
  ~RunningServer();
  int port() const { return port_; }
  httplib::Client client() const;

 private:
  std::unique_ptr<ApiServer> server_;
  std::thread thread_;
  int port_ = 0;
};

class ServerEnv {
 public:
  static ServerEnv& get();
  ~ServerEnv();   // stops the server, removes the temporary folder
  httplib::Client client() const { return server_->client(); }
  int port() const { return server_->port(); }
  const std::string& db_path() const { return db_path_; }
  const std::string& dir() const { return dir_; }
  std::shared_ptr<const Pipeline> pipeline() const { return pipeline_; }

  // The first column of every row of sql (read straight from the file,
  // not through the server), text parameters bound as ?1..?N.
  std::vector<std::string> column(const std::string& sql, const std::vector<std::string>& params = {}) const;

 private:
  ServerEnv();
  std::string dir_, db_path_;
  std::shared_ptr<const Pipeline> pipeline_;
  std::unique_ptr<RunningServer> server_;
};

// GET path; the JSON body (fails the test when it does not parse).
nlohmann::json get_json(const std::string& path, int expected_status = 200);

}  // namespace herald::test
