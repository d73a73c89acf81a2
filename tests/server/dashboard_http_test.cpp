// The dashboard's endpoints (timeline, places, countries, network, actors,
// annotations), the events table's sort, and the built dashboard served at
// /: answers checked against SQL run straight on the database file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "server_fixture.h"

namespace herald::test {
namespace {

uint64_t number(const std::string& s) { return s.empty() ? 0 : std::stoull(s); }

TEST(DashboardHttp, TimelineCountsEveryEventByDayAndQuadClass) {
  auto& env = ServerEnv::get();
  auto j = get_json("/api/timeline");
  std::map<std::string, uint64_t> by_day_quad;
  for (const auto& d : j["days"])
    for (int q = 0; q < 4; ++q) by_day_quad[d["date"].get<std::string>() + "/" + std::to_string(q + 1)] = d["quad"][q];
  auto keys = env.column("SELECT date || '/' || quad_class FROM events WHERE date IS NOT NULL GROUP BY date, quad_class");
  auto counts = env.column("SELECT COUNT(*) FROM events WHERE date IS NOT NULL GROUP BY date, quad_class");
  ASSERT_EQ(keys.size(), counts.size());
  ASSERT_FALSE(keys.empty());
  for (size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(by_day_quad[keys[i]], number(counts[i])) << keys[i];
  uint64_t sum = 0;
  std::string prev;
  for (const auto& d : j["days"]) {
    EXPECT_LT(prev, d["date"].get<std::string>());   // date order, each day once
    prev = d["date"];
    uint64_t day = 0;
    for (const auto& n : d["quad"]) day += n.get<uint64_t>();
    EXPECT_EQ(d["events"], day);
    sum += day;
  }
  EXPECT_EQ(sum, number(env.column("SELECT COUNT(*) FROM events WHERE date IS NOT NULL")[0]));
  EXPECT_EQ(j["undated"], number(env.column("SELECT COUNT(*) FROM events WHERE date IS NULL")[0]));
  EXPECT_EQ(j["truncated"], false);
  EXPECT_TRUE(j["casualties"].is_array());
}

TEST(DashboardHttp, TimelineCasualtiesCountAnEventsTollOnce) {
  auto& env = ServerEnv::get();
  auto j = get_json("/api/timeline");
  // Per event and type the largest number its mentions' counts gave.
  auto expected = env.column(
      "SELECT SUM(n) FROM (SELECT e.date AS d, k.type AS t, MAX(k.number) AS n FROM events e JOIN mentions m ON "
      "m.event_id = e.id JOIN counts k ON k.mention_id = m.id WHERE e.date IS NOT NULL GROUP BY e.id, k.type)");
  uint64_t sum = 0;
  for (const auto& c : j["casualties"]) sum += c["number"].get<uint64_t>();
  EXPECT_EQ(sum, number(expected.empty() ? "" : expected[0]));
}

TEST(DashboardHttp, FiltersNarrowTheAggregates) {
  auto& env = ServerEnv::get();
  auto root19 = number(env.column("SELECT COUNT(*) FROM events WHERE root = '19' AND date IS NOT NULL")[0]);
  ASSERT_GT(root19, 0u);
  auto j = get_json("/api/timeline?root=19");
  uint64_t sum = 0;
  for (const auto& d : j["days"]) sum += d["events"].get<uint64_t>();
  EXPECT_EQ(sum, root19);
  auto c = get_json("/api/countries?quad_class=4");
  uint64_t in_countries = 0;
  for (const auto& r : c["countries"]) in_countries += r["events"].get<uint64_t>();
  EXPECT_EQ(in_countries, number(env.column("SELECT COUNT(*) FROM events WHERE quad_class = 4 AND geo_country <> ''")[0]));
}

TEST(DashboardHttp, PlacesGroupEventsByCoordinate) {
  auto& env = ServerEnv::get();
  auto j = get_json("/api/places");
  EXPECT_EQ(j["located_events"], number(env.column("SELECT COUNT(*) FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL")[0]));
  EXPECT_EQ(j["total_places"], number(env.column("SELECT COUNT(*) FROM (SELECT DISTINCT lat, lon FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL)")[0]));
  uint64_t prev = UINT64_MAX;
  for (const auto& p : j["places"]) {
    EXPECT_LE(p["events"].get<uint64_t>(), prev);   // most events first
    prev = p["events"];
    uint64_t q = 0;
    for (const auto& n : p["quad"]) q += n.get<uint64_t>();
    EXPECT_EQ(q, p["events"].get<uint64_t>());
    EXPECT_GE(p["goldstein"].get<double>(), -10.0);
    EXPECT_LE(p["goldstein"].get<double>(), 10.0);
  }
  auto one = get_json("/api/places?limit=1");
  EXPECT_EQ(one["places"].size(), 1u);
  EXPECT_EQ(one["total_places"], j["total_places"]);
}

TEST(DashboardHttp, CountriesHaveCountsAndMeanGoldstein) {
  auto& env = ServerEnv::get();
  auto j = get_json("/api/countries");
  auto codes = env.column("SELECT geo_country FROM events WHERE geo_country <> '' GROUP BY geo_country ORDER BY COUNT(*) DESC, geo_country");
  auto means = env.column("SELECT AVG(goldstein) FROM events WHERE geo_country <> '' GROUP BY geo_country ORDER BY COUNT(*) DESC, geo_country");
  ASSERT_EQ(j["countries"].size(), codes.size());
  for (size_t i = 0; i < codes.size(); ++i) {
    EXPECT_EQ(j["countries"][i]["country"], codes[i]);
    EXPECT_NEAR(j["countries"][i]["goldstein"].get<double>(), std::stod(means[i]), 1e-9);
  }
}

TEST(DashboardHttp, NetworkEdgesAreDirectedAndWeighted) {
  auto& env = ServerEnv::get();
  auto j = get_json("/api/network");
  auto pairs = env.column("SELECT COUNT(*) FROM events WHERE target_code <> '' AND source_code <> target_code");
  uint64_t sum = 0;
  std::set<std::string> nodes;
  for (const auto& n : j["nodes"]) nodes.insert(n["code"].get<std::string>());
  for (const auto& e : j["edges"]) {
    sum += e["events"].get<uint64_t>();
    EXPECT_TRUE(nodes.count(e["source"].get<std::string>()));
    EXPECT_TRUE(nodes.count(e["target"].get<std::string>()));
    EXPECT_GE(e["quad_class"].get<int>(), 1);
    EXPECT_LE(e["quad_class"].get<int>(), 4);
    auto n = env.column("SELECT COUNT(*) FROM events WHERE source_code = ?1 AND target_code = ?2 AND quad_class = ?3",
                        {e["source"], e["target"], std::to_string(e["quad_class"].get<int>())});
    EXPECT_EQ(e["events"], number(n[0]));
  }
  EXPECT_EQ(sum, number(pairs[0]));
  EXPECT_EQ(get_json("/api/network?limit=1")["edges"].size(), 1u);
}

TEST(DashboardHttp, ActorSearchMatchesCodesAndNamesLiterally) {
  auto j = get_json("/api/actors?q=isr");
  ASSERT_FALSE(j["actors"].empty());
  EXPECT_EQ(j["actors"][0]["code"].get<std::string>().substr(0, 3), "ISR");   // code matches first
  auto by_name = get_json("/api/actors?q=blinken");
  ASSERT_FALSE(by_name["actors"].empty());
  EXPECT_EQ(by_name["actors"][0]["code"], "USAGOV");
  EXPECT_TRUE(get_json("/api/actors?q=%25")["actors"].empty());       // '%' is a character, not a wildcard
  EXPECT_TRUE(get_json("/api/actors?q=_")["actors"].empty());
  EXPECT_EQ(get_json("/api/actors?q=a&limit=2")["actors"].size(), 2u);
  get_json("/api/actors", 400);
  get_json("/api/actors?q=", 400);
  get_json("/api/actors?q=isr&limit=51", 400);
  get_json("/api/actors?q=isr&from=2024-01-01", 400);
  get_json("/api/actors?q=" + std::string(65, 'a'), 400);
}

TEST(DashboardHttp, AnnotationsGiveDictionaryEntriesAndCounts) {
  auto& env = ServerEnv::get();
  auto j = get_json("/api/annotations?article=mideast_tour");
  EXPECT_EQ(j["doc_id"], "mideast_tour");
  ASSERT_EQ(j["actors"].size(), number(env.column("SELECT COUNT(*) FROM actors WHERE doc_id = 'mideast_tour'")[0]));
  bool blinken = false;
  for (const auto& a : j["actors"]) {
    EXPECT_FALSE(a["entry"].get<std::string>().empty());
    blinken = blinken || (a["code"] == "USAGOV" && a["entry"].get<std::string>().find("actors/") != std::string::npos);
  }
  EXPECT_TRUE(blinken);
  auto with_counts = env.column("SELECT doc_id FROM counts LIMIT 1");
  ASSERT_FALSE(with_counts.empty());
  auto c = get_json("/api/annotations?article=" + with_counts[0]);
  ASSERT_FALSE(c["counts"].empty());
  EXPECT_FALSE(c["counts"][0]["type"].get<std::string>().empty());
  EXPECT_GT(c["counts"][0]["number"].get<uint64_t>(), 0u);
  EXPECT_TRUE(c["counts"][0].contains("according_to"));
  get_json("/api/annotations?article=no-such-article", 404);
  get_json("/api/annotations", 400);
  get_json("/api/annotations?article=x&article=y", 400);
  get_json("/api/annotations?doc=mideast_tour", 400);
}

TEST(DashboardHttp, AggregatesRefusePagingAndBadFilters) {
  for (const char* path : {"/api/timeline?offset=1", "/api/places?total=true", "/api/countries?sort=date",
                           "/api/network?limit=0", "/api/places?limit=1001", "/api/timeline?limit=5",
                           "/api/timeline?actor=%27%20OR%201=1%20--", "/api/countries?nope=1"})
    get_json(path, 400);
  auto res = ServerEnv::get().client().Post("/api/timeline", "", "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
}

TEST(DashboardHttp, EventsSortByAnyColumnAndPageInThatOrder) {
  auto& env = ServerEnv::get();
  auto j = get_json("/api/events?sort=-goldstein&limit=1000");
  auto expected = env.column("SELECT id FROM events ORDER BY goldstein DESC, id");
  ASSERT_EQ(j["events"].size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(j["events"][i]["id"], expected[i]);
  auto second = get_json("/api/events?sort=source&limit=2&offset=2");
  auto by_source = env.column("SELECT id FROM events ORDER BY source_code, id LIMIT 2 OFFSET 2");
  ASSERT_EQ(second["events"].size(), by_source.size());
  for (size_t i = 0; i < by_source.size(); ++i) EXPECT_EQ(second["events"][i]["id"], by_source[i]);
  auto oldest = get_json("/api/events?sort=date&limit=1");
  EXPECT_EQ(oldest["events"][0]["id"], env.column("SELECT id FROM events ORDER BY (date IS NULL), date, id LIMIT 1")[0]);
  auto csv = env.client().Get("/api/events?sort=-mentions&format=csv&limit=3");
  ASSERT_TRUE(csv);
  auto top = env.column("SELECT id FROM events ORDER BY num_mentions DESC, id LIMIT 1");
  EXPECT_EQ(csv->body.substr(csv->body.find("\r\n") + 2, 16), top[0]);
  get_json("/api/events?sort=id", 400);
  get_json("/api/events?sort=--date", 400);
  get_json("/api/events?sort=date;DROP", 400);
}

// A server with a built dashboard folder: files by exact path, nothing else.
class WebServer : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("herald-web-test-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_ / "assets");
    std::ofstream(dir_ / "index.html") << "<!doctype html><title>t</title>";
    std::ofstream(dir_ / "assets/app-1.js") << "export const x = 1;";
    std::ofstream(dir_ / ".hidden") << "secret";
    std::filesystem::create_symlink("/etc/hostname", dir_ / "assets/link.txt");
    ServerOptions o;
    o.db = ServerEnv::get().db_path();
    o.code_endpoint = false;
    o.web_dir = dir_.string();
    server_ = std::make_unique<RunningServer>(o);
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
  std::unique_ptr<RunningServer> server_;
};

TEST_F(WebServer, ServesTheIndexAndAssetsWithAPolicy) {
  auto c = server_->client();
  auto index = c.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_EQ(index->body, "<!doctype html><title>t</title>");
  EXPECT_NE(index->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(index->get_header_value("Content-Security-Policy").find("connect-src 'self'"), std::string::npos);
  auto js = c.Get("/assets/app-1.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_NE(js->get_header_value("Content-Type").find("application/javascript"), std::string::npos);
  EXPECT_EQ(js->body, "export const x = 1;");
  auto api = c.Get("/api/health");
  ASSERT_TRUE(api);
  EXPECT_EQ(api->status, 200);
}

TEST_F(WebServer, ServesNothingElse) {
  auto c = server_->client();
  for (const char* path : {"/.hidden", "/assets/link.txt", "/../etc/passwd", "/assets/../index.html.bak", "/etc/passwd",
                           "/assets/%2e%2e/%2e%2e/etc/passwd", "/api/nothing", "/index.htm", "/assets/"}) {
    auto res = c.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos) << path;
  }
}

TEST(WebServerOptions, AFolderWithoutIndexIsRefused) {
  ServerOptions o;
  o.db = ServerEnv::get().db_path();
  o.code_endpoint = false;
  o.web_dir = "/nonexistent/herald-web";
  EXPECT_FALSE(ApiServer::create(o).ok());
}

}  // namespace
}  // namespace herald::test
