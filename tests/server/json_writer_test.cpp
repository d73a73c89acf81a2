// JsonWriter and write_event_json against nlohmann::json's dump: the fast
// writer must answer the very bytes the tree did, for tricky strings
// (control characters, quotes, backslashes, UTF-8, invalid UTF-8), numbers
// and nulls, and for whole /api/events pages of the test server.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

#include "server/json_writer.h"
#include "server/record_json.h"
#include "server_fixture.h"
#include "store/event_store.h"

namespace herald::test {
namespace {

std::string written(std::string_view s) {
  std::string out;
  JsonWriter(out).string(s);
  return out;
}

std::string reference(std::string_view s) { return dump_json(nlohmann::json(std::string(s))); }

std::string written(double v) {
  std::string out;
  JsonWriter(out).number(v);
  return out;
}

const std::vector<std::string>& tricky_strings() {
  static const std::vector<std::string> kStrings = {
      "",
      "plain",
      "quote \" and backslash \\ and slash /",
      std::string("nul \0 inside", 12),
      "\b\f\n\r\t\x01\x1f\x7f end",
      "Khān Yūnis – “quoted” ’ 北京 🙂",
      "\xc3",                            // truncated 2-byte sequence at the end
      "a\xc3(b",                         // bad continuation
      "\xc0\xaf overlong slash",         // overlong
      "\xe0\x80\xaf overlong 3-byte",
      "\xed\xa0\x80 surrogate",          // U+D800
      "\xed\x9f\xbf last before surrogates",
      "\xf4\x8f\xbf\xbf max code point",
      "\xf4\x90\x80\x80 past U+10FFFF",
      "\xf5\x80\x80\x80 F5",
      "\xf0\x9f\x99 truncated emoji",
      "\xf0\x9f\x99\x82\xff\xfe",
      "\x80\x80\x80 lone continuations",
      "mixed \xe2\x80 \"q\" \n \xe2\x80\x99 ok",
      "\xef\xbf\xbd already a replacement",
      "\xc2\x80\xdf\xbf\xe0\xa0\x80\xef\xbf\xbf\xf0\x90\x80\x80 boundaries",
  };
  return kStrings;
}

TEST(JsonWriter, StringsAreEscapedAsNlohmannDumpsThem) {
  for (const std::string& s : tricky_strings()) EXPECT_EQ(written(s), reference(s)) << s;
}

TEST(JsonWriter, RandomBytesAreEscapedAsNlohmannDumpsThem) {
  std::mt19937 rng(12);
  // Bytes drawn mostly from the interesting ones: controls, quotes, UTF-8 leads and continuations.
  // (sizeof counts the literal's leading NUL byte, not its terminator: - 1.)
  static const char kBytes[] = "\0\x01\x1f\x7f\"\\/ aZ\x80\x8f\x90\x9f\xa0\xbf\xc0\xc1\xc2\xdf\xe0\xe1\xed\xee"
                               "\xef\xf0\xf1\xf4\xf5\xff";
  const std::string alphabet(kBytes, sizeof kBytes - 1);
  for (int n = 0; n < 20000; ++n) {
    std::string s(rng() % 12, ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    ASSERT_EQ(written(s), reference(s)) << testing::PrintToString(s);
  }
}

TEST(JsonWriter, NumbersAreWrittenAsNlohmannDumpsThem) {
  const double values[] = {0.0, -0.0, 1.0, -1.0, 0.1, 0.30000000000000004, 2.5, -10.0, 31.5017, 34.4668, 1e15, 1e16,
                           1e17, 1e20, 1e-4, 1e-5, 1.5e-7, 123456789.125, 5e-324, std::numeric_limits<double>::max(),
                           std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                           -std::numeric_limits<double>::infinity()};
  for (double v : values) EXPECT_EQ(written(v), dump_json(nlohmann::json(v))) << v;
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> any(-180, 180);
  for (int n = 0; n < 5000; ++n) {
    double v = std::round(any(rng) * 1e6) / 1e6;
    ASSERT_EQ(written(v), dump_json(nlohmann::json(v))) << v;
  }
  for (int64_t v : {int64_t{0}, int64_t{-1}, int64_t{42}, std::numeric_limits<int64_t>::min(),
                    std::numeric_limits<int64_t>::max()}) {
    std::string out;
    JsonWriter(out).number(v);
    EXPECT_EQ(out, dump_json(nlohmann::json(v)));
  }
  std::string out;
  JsonWriter(out).number(std::numeric_limits<uint64_t>::max());
  EXPECT_EQ(out, dump_json(nlohmann::json(std::numeric_limits<uint64_t>::max())));
}

std::string written(const EventRecord& e) {
  std::string out;
  JsonWriter w(out);
  write_event_json(w, e);
  return out;
}

TEST(JsonWriter, EventsAreWrittenAsTheirTreeDumps) {
  EventRecord e;   // every optional empty: nulls
  EXPECT_EQ(written(e), dump_json(event_record_json(e)));
  const auto& s = tricky_strings();
  for (size_t i = 0; i < s.size(); ++i) {
    EventRecord f;
    f.id = s[i];
    f.date = CivilDate::parse("2024-02-29");
    f.source = {s[(i + 1) % s.size()], s[(i + 2) % s.size()], "ISR"};
    f.target = {"", s[(i + 3) % s.size()], ""};
    f.code = "190";
    f.root = "19";
    f.quad_class = 4;
    f.goldstein = -10;
    f.geo_name = s[(i + 4) % s.size()];
    f.geo_country = i % 2 ? "PSE" : "";
    f.geo_adm1 = s[(i + 5) % s.size()];
    f.geo_precision = i % 3 ? "city" : "";
    if (i % 2) f.lat = 31.5017, f.lon = -0.0;
    f.num_mentions = static_cast<int64_t>(i) - 3;
    f.num_sources = 1;
    f.num_articles = int64_t{1} << 40;
    f.source_url = s[(i + 6) % s.size()];
    f.first_doc_id = s[(i + 7) % s.size()];
    f.is_root_event = i % 2 == 0;
    f.confidence = 0.7 + static_cast<double>(i) / 100;
    f.added = i % 4 ? "2024-03-01T10:00:00Z" : "";
    EXPECT_EQ(written(f), dump_json(event_record_json(f))) << i;
  }
}

// The answer the server gave before JsonWriter: the page as a tree, dumped.
std::string tree_page(const EventPage& p, bool count_total) {
  nlohmann::json events = nlohmann::json::array();
  for (const EventRecord& e : p.events) events.push_back(event_record_json(e));
  bool more = count_total ? p.offset + p.events.size() < p.total : p.events.size() == p.limit;
  nlohmann::json j{{"events", std::move(events)},
                   {"limit", p.limit},
                   {"offset", p.offset},
                   {"next_offset", more ? nlohmann::json(p.offset + p.events.size()) : nlohmann::json()}};
  if (count_total) j["total"] = p.total;
  return dump_json(j);
}

TEST(JsonWriter, EventPagesAreTheBytesTheTreeGave) {
  auto& env = ServerEnv::get();
  StoreOptions o;
  o.read_only = true;
  auto store = EventStore::open(env.db_path(), o);
  ASSERT_TRUE(store.ok()) << store.error().to_string();
  struct Case {
    std::string query;
    EventQuery q;
  };
  std::vector<Case> cases(6);
  cases[1].query = "limit=3";
  cases[1].q.limit = 3;
  cases[2].query = "limit=3&offset=2&total=false";
  cases[2].q.limit = 3, cases[2].q.offset = 2, cases[2].q.count_total = false;
  cases[3].query = "sort=-goldstein&limit=50";
  cases[3].q.sort = "-goldstein", cases[3].q.limit = 50;
  cases[4].query = "offset=100000";
  cases[4].q.offset = 100000;
  cases[5].query = "q=ceasefire";
  cases[5].q.text = "ceasefire";
  for (const Case& c : cases) {
    auto page = store.value()->find_events(c.q);
    ASSERT_TRUE(page.ok()) << page.error().to_string();
    auto res = env.client().Get("/api/events?" + c.query);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->body, tree_page(page.value(), c.q.count_total)) << c.query;
  }
}

}  // namespace
}  // namespace herald::test
