// Every endpoint of the HTTP API against a server on a loopback port; the
// expected answers come from SQL run straight on the database file.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "server_fixture.h"

namespace herald::test {
namespace {

std::set<std::string> ids_of(const nlohmann::json& page) {
  std::set<std::string> ids;
  for (const auto& e : page["events"]) ids.insert(e["id"].get<std::string>());
  return ids;
}

std::set<std::string> as_set(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

TEST(ServerHttp, Health) {
  auto j = get_json("/api/health");
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["backend"], "sqlite");
  EXPECT_EQ(j["code_endpoint"], true);
}

TEST(ServerHttp, OpenApiIsTheRepoFileAndListsEveryRoute) {
  auto res = ServerEnv::get().client().Get("/api/openapi.json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  std::ifstream f(std::string(HERALD_SOURCE_DIR) + "/src/server/openapi.json");
  std::stringstream ss;
  ss << f.rdbuf();
  EXPECT_EQ(res->body, ss.str());
  auto j = nlohmann::json::parse(res->body);
  EXPECT_EQ(j["openapi"].get<std::string>().substr(0, 2), "3.");
  for (const char* path : {"/api/events", "/api/events/{id}", "/api/stats", "/api/articles/{id}", "/api/code",
                           "/api/health", "/api/openapi.json", "/api/timeline", "/api/places", "/api/countries",
                           "/api/network", "/api/actors", "/api/annotations"})
    EXPECT_TRUE(j["paths"].contains(path)) << path;
}

TEST(ServerHttp, EventsUnfilteredMatchTheDatabase) {
  auto& env = ServerEnv::get();
  auto all = as_set(env.column("SELECT id FROM events"));
  ASSERT_GE(all.size(), 5u);
  auto j = get_json("/api/events");
  EXPECT_EQ(j["total"], all.size());
  EXPECT_EQ(ids_of(j), all);
  EXPECT_TRUE(j["next_offset"].is_null());
  // Newest date first.
  std::string prev = "9999";
  for (const auto& e : j["events"]) {
    std::string d = e["date"].is_null() ? "" : e["date"].get<std::string>();
    EXPECT_LE(d, prev);
    prev = d;
  }
}

TEST(ServerHttp, PagesCoverEveryEventOnce) {
  auto& env = ServerEnv::get();
  auto all = as_set(env.column("SELECT id FROM events"));
  std::multiset<std::string> seen;
  nlohmann::json next = 0;
  int pages = 0;
  while (!next.is_null() && pages < 100) {
    auto j = get_json("/api/events?limit=2&offset=" + std::to_string(next.get<int>()));
    EXPECT_LE(j["events"].size(), 2u);
    for (const auto& e : j["events"]) seen.insert(e["id"].get<std::string>());
    next = j["next_offset"];
    ++pages;
  }
  EXPECT_EQ(pages, static_cast<int>((all.size() + 1) / 2));
  EXPECT_EQ(seen.size(), all.size());
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()), all);
  auto no_total = get_json("/api/events?limit=2&total=false");
  EXPECT_FALSE(no_total.contains("total"));
  EXPECT_EQ(no_total["next_offset"], 2);
}

struct FilterCase {
  std::string query;   // URL query (encoded)
  std::string sql;     // the same selection, straight from the file
  std::vector<std::string> params;
};

TEST(ServerHttp, EveryFilterMatchesItsSql) {
  auto& env = ServerEnv::get();
  auto total = env.column("SELECT id FROM events").size();
  // Values taken from the data, so each filter selects something.
  std::string root = env.column("SELECT root FROM events GROUP BY root ORDER BY COUNT(*) DESC")[0];
  std::string qc = env.column("SELECT quad_class FROM events WHERE root = ?1", {root})[0];
  std::string code = env.column("SELECT code FROM events ORDER BY code")[0];
  std::string src = env.column("SELECT substr(source_code,1,3) FROM events ORDER BY id")[0];
  std::string tgt = env.column("SELECT substr(target_code,1,3) FROM events WHERE target_code <> '' ORDER BY id")[0];
  std::string country = env.column("SELECT geo_country FROM events WHERE geo_country IS NOT NULL ORDER BY id")[0];
  std::string day = env.column("SELECT MIN(date) FROM events")[0];
  std::string last = env.column("SELECT MAX(date) FROM events")[0];
  std::string lat = env.column("SELECT lat FROM events WHERE lat IS NOT NULL ORDER BY id")[0];
  std::string lon = env.column("SELECT lon FROM events WHERE lat IS NOT NULL ORDER BY id")[0];
  std::string doc = env.column("SELECT doc_id FROM mentions ORDER BY doc_id")[0];
  double la = std::stod(lat), lo = std::stod(lon);
  std::string bbox = std::to_string(lo - 1) + "," + std::to_string(la - 1) + "," + std::to_string(lo + 1) + "," +
                     std::to_string(la + 1);
  const FilterCase cases[] = {
      {"from=" + last, "SELECT id FROM events WHERE date >= ?1", {last}},
      {"to=" + day, "SELECT id FROM events WHERE date <= ?1", {day}},
      {"from=" + day + "&to=" + day, "SELECT id FROM events WHERE date = ?1", {day}},
      {"actor=" + src, "SELECT id FROM events WHERE source_code LIKE ?1 || '%' OR target_code LIKE ?1 || '%'", {src}},
      {"source=" + src, "SELECT id FROM events WHERE source_code LIKE ?1 || '%'", {src}},
      {"target=" + tgt, "SELECT id FROM events WHERE target_code LIKE ?1 || '%'", {tgt}},
      {"country=" + country, "SELECT id FROM events WHERE geo_country = ?1", {country}},
      {"root=" + root, "SELECT id FROM events WHERE root = ?1", {root}},
      {"code=" + code, "SELECT id FROM events WHERE code = ?1", {code}},
      {"quad_class=4", "SELECT id FROM events WHERE quad_class = 4", {}},
      {"quad_class=1", "SELECT id FROM events WHERE quad_class = 1", {}},
      {"bbox=" + bbox,
       "SELECT id FROM events WHERE lat BETWEEN ?1 - 1 AND ?1 + 1 AND lon BETWEEN ?2 - 1 AND ?2 + 1", {lat, lon}},
      {"article=" + doc, "SELECT DISTINCT event_id FROM mentions WHERE doc_id = ?1 AND event_id IS NOT NULL", {doc}},
      {"root=" + root + "&quad_class=" + qc, "SELECT id FROM events WHERE root = ?1 AND quad_class = ?2", {root, qc}},
      {"actor=" + src + "&from=" + day, "SELECT id FROM events WHERE (source_code LIKE ?1 || '%' OR target_code LIKE ?1 || '%') AND date >= ?2", {src, day}},
  };
  for (const FilterCase& c : cases) {
    auto expected = as_set(env.column(c.sql, c.params));
    auto j = get_json("/api/events?" + c.query);
    EXPECT_EQ(ids_of(j), expected) << c.query;
    EXPECT_EQ(j["total"], expected.size()) << c.query;
    if (c.query.rfind("quad_class=1", 0) != 0) {
      EXPECT_FALSE(expected.empty()) << c.query;
    }
  }
  // A filter that selects nothing is an empty page, not an error.
  auto none = get_json("/api/events?from=1900-01-01&to=1900-01-02");
  EXPECT_EQ(none["total"], 0);
  EXPECT_TRUE(none["events"].empty());
  EXPECT_LT(as_set(env.column(cases[0].sql, cases[0].params)).size(), total);
}

TEST(ServerHttp, FullTextSearch) {
  auto& env = ServerEnv::get();
  // A word of one article's body that the other articles lack.
  std::string word = "Blinken";
  auto expected = as_set(env.column(
      "SELECT DISTINCT m.event_id FROM mentions m JOIN articles a ON a.doc_id = m.doc_id "
      "WHERE (a.body LIKE '%' || ?1 || '%' OR a.title LIKE '%' || ?1 || '%') AND m.event_id IS NOT NULL",
      {word}));
  ASSERT_FALSE(expected.empty()) << "samples no longer mention " << word;
  EXPECT_EQ(ids_of(get_json("/api/events?q=" + word)), expected);
  EXPECT_EQ(ids_of(get_json("/api/events?q=blinken")), expected);  // case-insensitive
  EXPECT_TRUE(get_json("/api/events?q=zzyzx+Blinken")["events"].empty());  // every word must occur
  // Query syntax is searched as words, never run: no rows, no error.
  auto inj = get_json("/api/events?q=%27%20OR%201%3D1%20--");
  EXPECT_TRUE(inj["events"].empty());
  auto fts = get_json("/api/events?q=Blinken%20OR%20Erdogan%20NEAR%28x%29");
  EXPECT_TRUE(fts["events"].empty());
}

TEST(ServerHttp, CsvByParameterAndByAccept) {
  auto& env = ServerEnv::get();
  size_t n = env.column("SELECT id FROM events").size();
  auto res = env.client().Get("/api/events?format=csv");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("text/csv"), std::string::npos);
  EXPECT_EQ(res->body.rfind("id,date,source_code,", 0), 0u);
  size_t lines = 0;
  for (size_t i = 0; (i = res->body.find("\r\n", i)) != std::string::npos; i += 2) ++lines;
  EXPECT_EQ(lines, n + 1);  // names hold no line breaks
  auto by_accept = env.client().Get("/api/events?limit=1", {{"Accept", "text/csv"}});
  ASSERT_TRUE(by_accept);
  EXPECT_EQ(by_accept->body.rfind("id,date,", 0), 0u);
  auto forced_json = env.client().Get("/api/events?limit=1&format=json", {{"Accept", "text/csv"}});
  ASSERT_TRUE(forced_json);
  EXPECT_EQ(forced_json->body.front(), '{');
}

TEST(ServerHttp, EventWithMentionsAndEvidence) {
  auto& env = ServerEnv::get();
  for (const std::string& id : env.column("SELECT id FROM events")) {
    auto j = get_json("/api/events/" + id);
    EXPECT_EQ(j["id"], id);
    auto expected = env.column("SELECT id FROM mentions WHERE event_id = ?1", {id});
    ASSERT_EQ(j["mentions"].size(), expected.size()) << id;
    ASSERT_FALSE(expected.empty());
    for (const auto& m : j["mentions"]) {
      EXPECT_EQ(m["event_id"], id);
      EXPECT_FALSE(m["evidence"].get<std::string>().empty());
      std::string body = env.column("SELECT body FROM articles WHERE doc_id = ?1", {m["doc_id"].get<std::string>()})[0];
      ASSERT_TRUE(m["spans"]["verb"].is_array());
      size_t b = m["spans"]["verb"][0], e = m["spans"]["verb"][1];
      ASSERT_LE(e, body.size());
      EXPECT_NE(m["evidence"].get<std::string>().find(body.substr(b, e - b)), std::string::npos);
      EXPECT_TRUE(m["record"].is_object());
    }
  }
  get_json("/api/events/0000000000000000", 404);
  get_json("/api/events/XYZ", 400);
  get_json("/api/events/0000000000000000%27%20OR%201%3D1", 400);
}

TEST(ServerHttp, StatsByDayRootCountryActorPair) {
  auto& env = ServerEnv::get();
  size_t n = env.column("SELECT id FROM events").size();
  auto j = get_json("/api/stats");
  EXPECT_EQ(j["total"], n);
  for (const char* g : {"by_day", "by_root", "by_country", "by_actor_pair"}) {
    ASSERT_TRUE(j.contains(g)) << g;
    uint64_t sum = 0;
    for (const auto& r : j[g]) sum += r["events"].get<uint64_t>();
    EXPECT_EQ(sum, n) << g;
  }
  for (const auto& r : j["by_root"])
    EXPECT_EQ(std::to_string(env.column("SELECT id FROM events WHERE root = ?1", {r["key"].get<std::string>()}).size()),
              std::to_string(r["events"].get<uint64_t>()));
  std::optional<std::string> prev;  // "" (no date) sorts first
  for (const auto& r : j["by_day"]) {
    if (prev) {
      EXPECT_LT(*prev, r["key"].get<std::string>());
    }
    prev = r["key"].get<std::string>();
  }
  auto one = get_json("/api/stats?group=country&quad_class=4");
  EXPECT_FALSE(one.contains("by_root"));
  uint64_t sum = 0;
  for (const auto& r : one["by_country"]) sum += r["events"].get<uint64_t>();
  EXPECT_EQ(sum, env.column("SELECT id FROM events WHERE quad_class = 4").size());
  auto top = get_json("/api/stats?group=actor_pair&limit=1");
  EXPECT_EQ(top["by_actor_pair"].size(), 1u);
  EXPECT_NE(top["by_actor_pair"][0]["key"].get<std::string>().find('>'), std::string::npos);
  get_json("/api/stats?group=weekday", 400);
  get_json("/api/stats?offset=5", 400);
}

TEST(ServerHttp, ArticleWithTextAndSpans) {
  auto& env = ServerEnv::get();
  for (const std::string& id : env.column("SELECT doc_id FROM articles")) {
    auto j = get_json("/api/articles/" + httplib::detail::encode_query_param(id));
    EXPECT_EQ(j["doc_id"], id);
    std::string body = env.column("SELECT body FROM articles WHERE doc_id = ?1", {id})[0];
    EXPECT_EQ(j["text"], body);
    for (const char* kind : {"actors", "places", "verbs"})
      for (const auto& s : j["spans"][kind]) {
        size_t b = s["span"][0], e = s["span"][1];
        EXPECT_LT(b, e);
        EXPECT_LE(e, body.size()) << kind;
      }
    EXPECT_EQ(j["spans"]["actors"].size(), env.column("SELECT doc_id FROM actors WHERE doc_id = ?1", {id}).size());
    EXPECT_EQ(j["spans"]["places"].size(), env.column("SELECT doc_id FROM places WHERE doc_id = ?1", {id}).size());
  }
  auto with_events = env.column("SELECT doc_id FROM mentions ORDER BY doc_id")[0];
  auto j = get_json("/api/articles/" + with_events);
  EXPECT_FALSE(j["spans"]["verbs"].empty());
  EXPECT_FALSE(j["spans"]["actors"].empty());
  get_json("/api/articles/no-such-article", 404);
  get_json("/api/articles/a%0Ab", 400);
  get_json("/api/articles/" + std::string(600, 'a'), 400);
}

TEST(ServerHttp, CodeJsonArticleWithoutStoringIt) {
  auto& env = ServerEnv::get();
  auto before = env.column("SELECT COUNT(*) FROM events")[0];
  nlohmann::json body{{"title", "Talks"}, {"date", "2024-03-05"}, {"url", "https://example.org/x"},
                      {"text", "Israel attacked Hamas in Gaza on Monday. Turkey praised Ukraine."}};
  auto res = env.client().Post("/api/code", body.dump(), "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  auto j = nlohmann::json::parse(res->body);
  EXPECT_EQ(j["stored"], false);
  ASSERT_FALSE(j["events"].empty());
  bool attack = false;
  for (const auto& e : j["events"]) {
    EXPECT_EQ(e["doc_id"], j["doc_id"]);
    if (e["source"]["code"] == "ISR" && e["code"].get<std::string>().substr(0, 2) == "19") attack = true;
  }
  EXPECT_TRUE(attack) << res->body.substr(0, 500);
  EXPECT_EQ(env.column("SELECT COUNT(*) FROM events")[0], before);
  get_json("/api/articles/" + j["doc_id"].get<std::string>(), 404);
}

TEST(ServerHttp, CodePlainText) {
  auto res = ServerEnv::get().client().Post("/api/code", "Israel attacked Hamas in Gaza.", "text/plain");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_FALSE(nlohmann::json::parse(res->body)["events"].empty());
}

}  // namespace
}  // namespace herald::test
