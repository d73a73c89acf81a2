// Bad parameters, bodies, paths and methods: each a 4xx with a JSON
// {error, detail} and no effect on the database; slow queries stopped.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "server_fixture.h"

namespace herald::test {
namespace {

void expect_error(const httplib::Result& res, int status, const std::string& what) {
  ASSERT_TRUE(res) << what << ": no answer";
  EXPECT_EQ(res->status, status) << what << " -> " << res->body.substr(0, 300);
  auto j = nlohmann::json::parse(res->body, nullptr, false);
  ASSERT_TRUE(j.is_object()) << what << ": body is not a JSON object: " << res->body.substr(0, 200);
  EXPECT_TRUE(j["error"].is_string() && !j["error"].get<std::string>().empty()) << what;
  EXPECT_TRUE(j["detail"].is_string() && !j["detail"].get<std::string>().empty()) << what;
}

// Everything the database holds, as one string.
std::string snapshot() {
  auto& env = ServerEnv::get();
  std::string s;
  for (const char* sql : {"SELECT group_concat(id) FROM (SELECT id FROM events ORDER BY id)",
                          "SELECT group_concat(doc_id) FROM (SELECT doc_id FROM articles ORDER BY doc_id)",
                          "SELECT COUNT(*) FROM mentions", "SELECT COUNT(*) FROM counts"})
    s += env.column(sql)[0] + "|";
  return s;
}

TEST(ServerSafety, BadParametersAre400AndChangeNothing) {
  auto& env = ServerEnv::get();
  std::string before = snapshot();
  const char* bad[] = {
      "/api/events?from=2023-13-01",
      "/api/events?from=yesterday",
      "/api/events?to=2023-02-29",
      "/api/events?from=2024-10-31&to=2024-10-01",
      "/api/events?limit=0",
      "/api/events?limit=1001",
      "/api/events?limit=1000000000",
      "/api/events?limit=99999999999999999999999999",
      "/api/events?limit=-1",
      "/api/events?offset=-5",
      "/api/events?offset=99999999999",
      "/api/events?quad_class=5",
      "/api/events?root=21",
      "/api/events?code=04a",
      "/api/events?code=042%27%20OR%201%3D1%20--",
      "/api/events?actor=%27%20OR%201%3D1%20--",
      "/api/events?actor=USA'%20OR%20'1'='1",
      "/api/events?source=USA;DROP%20TABLE%20events",
      "/api/events?target=ISR%22%29%3B--",
      "/api/events?country=USA%27--",
      "/api/events?bbox=1,2,3",
      "/api/events?bbox=a,b,c,d",
      "/api/events?bbox=10,0,5,5",
      "/api/events?bbox=0,-100,1,1",
      "/api/events?root=19&root=04",
      "/api/events?limt=10",
      "/api/events?format=xml",
      "/api/events?total=yes",
      "/api/events?q=%FF%FE",
      "/api/stats?from=2024-02-30",
      "/api/stats?limit=5000",
      "/api/stats?group=day;DROP",
      "/api/health?x=1",
      "/api/events/0123456789abcdef?x=1",
  };
  for (const char* path : bad) expect_error(env.client().Get(path), 400, path);
  expect_error(env.client().Get(("/api/events?q=" + std::string(300, 'w')).c_str()), 400, "long q");
  EXPECT_EQ(snapshot(), before);
  // The server still answers normally afterwards.
  EXPECT_EQ(get_json("/api/health")["status"], "ok");
}

TEST(ServerSafety, OnlyApiRoutesAreReachable) {
  auto& env = ServerEnv::get();
  const char* paths[] = {"/",
                         "/etc/passwd",
                         "/api",
                         "/api/",
                         "/api/../etc/passwd",
                         "/api/../../../../etc/passwd",
                         "/api/events/../../etc/passwd",
                         "/api/openapi.json/../../CMakeLists.txt",
                         "/src/server/openapi.json",
                         "/api/%2e%2e/%2e%2e/etc/passwd",
                         "/api/events%2F..%2F..%2Fetc%2Fpasswd",
                         "/api/articles/..%2F..%2Fetc%2Fpasswd",
                         "/CMakeLists.txt",
                         "/api/openapi.yaml"};
  for (const char* p : paths) {
    auto res = env.client().Get(p);
    ASSERT_TRUE(res) << p;
    EXPECT_TRUE(res->status == 404 || res->status == 400) << p << " -> " << res->status;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << p;
    EXPECT_EQ(res->body.find("cmake_minimum_required"), std::string::npos) << p;
  }
}

TEST(ServerSafety, WrongMethodsAre405) {
  auto& env = ServerEnv::get();
  expect_error(env.client().Delete("/api/events"), 405, "DELETE /api/events");
  expect_error(env.client().Post("/api/events", "x", "text/plain"), 405, "POST /api/events");
  expect_error(env.client().Put("/api/articles/x", "x", "text/plain"), 405, "PUT /api/articles/x");
  expect_error(env.client().Get("/api/code"), 405, "GET /api/code");
}

TEST(ServerSafety, BadCodeBodies) {
  auto& env = ServerEnv::get();
  auto post = [&](const std::string& body, const char* type) { return env.client().Post("/api/code", body, type); };
  expect_error(post("{not json", "application/json"), 400, "not JSON");
  expect_error(post("[1,2]", "application/json"), 400, "not an object");
  expect_error(post(R"({"title":"no text"})", "application/json"), 400, "no text");
  expect_error(post(R"({"text":42})", "application/json"), 400, "text not a string");
  expect_error(post(R"({"text":"Israel attacked Hamas.","date":"2024-02-30"})", "application/json"), 400, "bad date");
  expect_error(post(R"({"text":"Israel attacked Hamas.","sql":"DROP TABLE events"})", "application/json"), 400, "unknown field");
  expect_error(post("   \n ", "text/plain"), 400, "blank text");
  expect_error(post("\xff\xfe bad bytes", "text/plain"), 400, "not UTF-8");
  expect_error(post("<a>Israel</a>", "application/xml"), 415, "xml");
  std::string huge(1024 * 1024 + 10, 'a');
  expect_error(post(huge, "text/plain"), 413, "over 1 MB");
  expect_error(env.client().Post("/api/code?store=true", "Israel attacked Hamas.", "text/plain"), 400, "params");
}

TEST(ServerSafety, SlowQueriesAreStopped) {
  auto& env = ServerEnv::get();
  // A copy of the test database with many more events, served with a 1 ms
  // query limit: grouping them all takes longer than that.
  std::string big = env.dir() + "/big.db";
  std::filesystem::copy_file(env.db_path(), big, std::filesystem::copy_options::overwrite_existing);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(big.c_str(), &db), SQLITE_OK);
  char* msg = nullptr;
  int rc = sqlite3_exec(db,
                        "CREATE TEMP TABLE t AS SELECT * FROM events;"
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 15000) "
                        "INSERT INTO t SELECT t2.* FROM t AS t2, n;"
                        "UPDATE t SET id = printf('%016x', rowid);"
                        "INSERT OR IGNORE INTO events SELECT * FROM t;",
                        nullptr, nullptr, &msg);
  ASSERT_EQ(rc, SQLITE_OK) << (msg ? msg : "");
  sqlite3_close(db);

  ServerOptions o;
  o.db = big;
  o.code_endpoint = false;
  o.query_timeout_ms = 1;
  RunningServer slow(o);
  auto res = slow.client().Get("/api/stats?group=actor_pair,day,country,root");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400) << res->body.substr(0, 300);
  auto j = nlohmann::json::parse(res->body, nullptr, false);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j["error"], "query_timeout");
  auto code = slow.client().Post("/api/code", "Israel attacked Hamas.", "text/plain");
  ASSERT_TRUE(code);
  EXPECT_EQ(code->status, 503);
}

TEST(ServerSafety, TheServerOpensTheDatabaseReadOnly) {
  // A database the server cannot write to still serves: the connections
  // never ask for write access.
  auto& env = ServerEnv::get();
  std::string ro = env.dir() + "/ro.db";
  std::filesystem::copy_file(env.db_path(), ro, std::filesystem::copy_options::overwrite_existing);
  std::filesystem::permissions(ro, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
  auto mtime = std::filesystem::last_write_time(ro);
  ServerOptions o;
  o.db = ro;
  o.code_endpoint = false;
  RunningServer server(o);
  auto res = server.client().Get("/api/events?limit=3");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(std::filesystem::last_write_time(ro), mtime);
  // A missing file is an error at start, not a new empty database.
  ServerOptions missing;
  missing.db = env.dir() + "/missing.db";
  missing.code_endpoint = false;
  EXPECT_FALSE(ApiServer::create(missing).ok());
  EXPECT_FALSE(std::filesystem::exists(missing.db));
}

}  // namespace
}  // namespace herald::test
