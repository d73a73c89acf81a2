#include "server_fixture.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "read/article_reader.h"
#include "store/event_store.h"

namespace herald::test {

RunningServer::RunningServer(ServerOptions options) {
  options.host = "127.0.0.1";
  options.port = 0;
  auto s = ApiServer::create(options);
  if (!s.ok()) throw std::runtime_error("cannot create server: " + s.error().to_string());
  server_ = std::move(s.value());
  auto port = server_->bind();
  if (!port.ok()) throw std::runtime_error("cannot bind: " + port.error().to_string());
  port_ = port.value();
  thread_ = std::thread([this] { server_->listen(); });
}

RunningServer::~RunningServer() {
  server_->stop();
  thread_.join();
}

httplib::Client RunningServer::client() const {
  httplib::Client c("127.0.0.1", port_);
  c.set_connection_timeout(5);
  c.set_read_timeout(20);
  return c;
}

ServerEnv& ServerEnv::get() {
  static ServerEnv env;
  return env;
}

ServerEnv::ServerEnv() {
  dir_ = (std::filesystem::temp_directory_path() / ("herald-server-test-" + std::to_string(getpid()))).string();
  std::filesystem::remove_all(dir_);
  std::filesystem::create_directories(dir_);
  db_path_ = dir_ + "/events.db";

  auto p = Pipeline::load({});
  if (!p.ok()) throw std::runtime_error("cannot load pipeline: " + p.error().to_string());
  pipeline_ = p.value();
  std::vector<Document> docs;
  ArticleReader reader({std::string(HERALD_SOURCE_DIR) + "/samples/articles"});
  reader.read_all(
      [&](Article&& a) {
        auto d = pipeline_->code(std::move(a));
        if (d.ok()) docs.push_back(std::move(d.value()));
      },
      [](const Error& e) { ADD_FAILURE() << e.to_string(); });
  {
    auto store = EventStore::open(db_path_);
    if (!store.ok()) throw std::runtime_error(store.error().to_string());
    auto w = store.value()->write_batch(docs);
    if (!w.ok()) throw std::runtime_error(w.error().to_string());
  }
  ServerOptions o;
  o.db = db_path_;
  o.loaded_pipeline = pipeline_;
  server_ = std::make_unique<RunningServer>(o);
}

ServerEnv::~ServerEnv() {
  server_.reset();  // stops the server before its database goes
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

std::vector<std::string> ServerEnv::column(const std::string& sql, const std::vector<std::string>& params) const {
  sqlite3* db = nullptr;
  std::vector<std::string> out;
  if (sqlite3_open_v2(db_path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << "cannot open " << db_path_;
    sqlite3_close(db);
    return out;
  }
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
  } else {
    for (size_t i = 0; i < params.size(); ++i)
      sqlite3_bind_text(st, static_cast<int>(i + 1), params[i].c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW) {
      const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
      out.emplace_back(t ? t : "");
    }
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

nlohmann::json get_json(const std::string& path, int expected_status) {
  auto res = ServerEnv::get().client().Get(path.c_str());
  if (!res) {
    ADD_FAILURE() << "no answer for " << path;
    return nullptr;
  }
  EXPECT_EQ(res->status, expected_status) << path << " -> " << res->body.substr(0, 300);
  EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos) << path;
  auto j = nlohmann::json::parse(res->body, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << path << ": not JSON: " << res->body.substr(0, 200);
  return j;
}

}  // namespace herald::test
