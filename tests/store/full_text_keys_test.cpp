// The integer keys from full-text rows to events (schema step 5, SQLite):
// kept right by every write, kept by VACUUM, and answering exactly what the
// doc_id path of older stores answers, which a reader still opens.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <sstream>

#include "store/event_store.h"
#include "store_test_util.h"

using herald::EventQuery;
using herald::EventStore;

namespace {

// A made-up article with one event of each spec (in its first two
// sentences), a third sentence that some articles share, and Goldstein
// scores spread so that float sums depend on the order they are added in.
herald::Document doc(const std::string& id, const std::string& date, const std::vector<EventSpec>& events,
                     int salt) {
  const std::string third = salt % 3 == 0   ? "Talks on a ceasefire resumed in the capital."
                            : salt % 4 == 1 ? "Tractors blocked the road to the port."
                                            : "Nothing else happened that day.";
  herald::Document d = make_doc(id, date, "https://h" + std::to_string(salt % 3) + ".example/" + id,
                                {"Vorland shelled positions near the border of Estmark at dawn.",
                                 "Farmers protested against the levy on tractors.", third},
                                events);
  for (size_t i = 0; i < d.events.size(); ++i)
    d.events[i].goldstein = -9.7 + 0.1 * static_cast<double>((salt * 7 + static_cast<int>(i) * 3) % 97);
  return d;
}

std::vector<herald::Document> corpus(int n) {
  std::vector<herald::Document> docs;
  const char* actors[] = {"VLDMIL", "ESMREB", "VLDGOV", "ESMGOV", "ESMAGR"};
  for (int i = 0; i < n; ++i) {
    std::string day = "2024-05-" + std::string(i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1);
    std::vector<EventSpec> events = {{actors[i % 5], actors[(i + 1) % 5], i % 3 ? "190" : "0421", 0,
                                      i % 4 ? "ESM" : "VLD", 40.0 + i % 6, 10.0 + i % 4}};
    if (i % 2) events.push_back({actors[(i + 2) % 5], actors[(i + 3) % 5], "141", 1, "ESM"});
    docs.push_back(doc("d" + std::to_string(i), day, events, i));
  }
  return docs;
}

// Everything the read path answers for a few words, pages and sorts, with
// every double at full precision: equal strings are equal answers.
std::string answers(EventStore& s) {
  std::ostringstream out;
  out.precision(17);
  for (const char* text : {"", "ceasefire", "tractors blocked", "ceasefire capital", "shelled", "the", "nothingmatches"}) {
    EventQuery q;
    q.text = text;
    for (const char* sort : {"", "-goldstein", "country", "mentions"}) {
      for (auto [limit, offset] : {std::pair<uint32_t, uint64_t>{1000, 0}, {3, 2}, {5, 40}, {7, 1000}}) {
        q.sort = sort;
        q.limit = limit;
        q.offset = offset;
        auto p = s.find_events(q);
        EXPECT_TRUE(p.ok()) << p.error().to_string();
        if (!p.ok()) continue;
        out << text << '|' << sort << '|' << limit << '|' << offset << " total " << p.value().total << ':';
        for (const auto& e : p.value().events)
          out << ' ' << e.id << '/' << e.goldstein << '/' << e.num_mentions << '/' << e.num_articles;
        out << '\n';
      }
    }
    q.sort.clear();
    q.limit = 100;
    q.offset = 0;
    for (auto g : {herald::StatGroup::kDay, herald::StatGroup::kRoot, herald::StatGroup::kActorPair}) {
      auto st = s.stats(q, g);
      EXPECT_TRUE(st.ok());
      for (const auto& r : st.ok() ? st.value() : std::vector<herald::StatRow>{})
        out << "stat " << r.key << ' ' << r.events << ' ' << r.mentions << '\n';
    }
    auto t = s.timeline(q);
    auto pl = s.places(q);
    auto c = s.countries(q);
    auto n = s.network(q);
    auto m = s.find_mentions(q);
    EXPECT_TRUE(t.ok() && pl.ok() && c.ok() && n.ok() && m.ok());
    if (!(t.ok() && pl.ok() && c.ok() && n.ok() && m.ok())) continue;
    for (const auto& d : t.value().days) out << "day " << d.date << ' ' << d.quad[0] << ' ' << d.quad[3] << '\n';
    for (const auto& p : pl.value().places) out << "place " << p.lat << ' ' << p.lon << ' ' << p.goldstein << '\n';
    for (const auto& r : c.value()) out << "country " << r.country << ' ' << r.events << ' ' << r.goldstein << '\n';
    for (const auto& e : n.value()) out << "edge " << e.source << '>' << e.target << ' ' << e.goldstein << '\n';
    for (const auto& x : m.value()) out << "mention " << x.id << ' ' << x.event_id << '\n';
  }
  return out.str();
}

// Runs SQL on the file directly; the first column of the first row, or "".
std::string sql(const std::string& path, const std::string& text) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  std::string first;
  for (const char* tail = text.c_str(); tail && *tail;) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, tail, -1, &st, &tail) != SQLITE_OK) {
      ADD_FAILURE() << sqlite3_errmsg(db) << " in " << text;
      break;
    }
    if (!st) break;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
      if (first.empty() && sqlite3_column_text(st, 0)) first = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    EXPECT_EQ(rc, SQLITE_DONE) << sqlite3_errmsg(db) << " in " << text;
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return first;
}

// Mentions whose keys do not name their article's and their event's rows.
std::string stale_keys(const std::string& path) {
  return sql(path,
             "SELECT COUNT(*) FROM mentions m WHERE m.article_rowid IS NOT (SELECT a.rowid FROM articles a "
             "WHERE a.doc_id = m.doc_id) OR m.event_rowid IS NOT (SELECT e.rowid FROM events e WHERE e.id = m.event_id)");
}

// Takes a version-5 store back to version 4, as an older herald left it.
void downgrade_to_4(const std::string& path) {
  sql(path,
      "DROP TRIGGER mentions_keys_insert; DROP TRIGGER mentions_keys_update; DROP TRIGGER events_keys_insert; "
      "DROP TRIGGER events_keys_delete; DROP INDEX mentions_article_event; "
      "ALTER TABLE mentions DROP COLUMN article_rowid; ALTER TABLE mentions DROP COLUMN event_rowid; "
      "DELETE FROM schema_version WHERE version > 4;");
}

std::unique_ptr<EventStore> open(const std::string& path, bool read_only) {
  herald::StoreOptions o;
  o.read_only = read_only;
  auto s = EventStore::open(path, o);
  EXPECT_TRUE(s.ok()) << s.error().to_string();
  return s.ok() ? std::move(s.value()) : nullptr;
}

TEST(FullTextKeys, FollowEveryWriteAndSurviveVacuum) {
  TempDir dir;
  const std::string path = dir.file("keys.db");
  auto store = open(path, false);
  ASSERT_TRUE(store);
  auto docs = corpus(40);
  ASSERT_TRUE(store->write_batch(docs).ok());
  EXPECT_EQ(stale_keys(path), "0");
  EXPECT_NE(sql(path, "SELECT COUNT(*) FROM mentions WHERE event_rowid IS NOT NULL"), "0");
  // Rewrites that move mentions between events, delete events and open new
  // ones: d1 moves off its merged event, d2's mention opens another.
  docs[1] = doc("d1", "2024-06-20", {{"VLDMIL", "ESMREB", "190", 0, "ESM"}}, 1);
  docs[2] = doc("d2", "2024-05-01", {{"VLDMIL", "ESMREB", "190", 0, "ESM"}, {"ESMGOV", "VLDGOV", "042", 1}}, 5);
  docs[39] = doc("d39", "2024-05-03", {}, 39);
  ASSERT_TRUE(store->write_batch({docs[1], docs[2], docs[39]}).ok());
  ASSERT_TRUE(store->write_batch({doc("late", "2024-06-21", {{"VLDMIL", "ESMREB", "190", 0, "ESM"}}, 77)}).ok());
  EXPECT_EQ(stale_keys(path), "0");
  EventQuery all, words;
  words.text = "ceasefire";
  auto every = store->find_events(all), some = store->find_events(words);
  ASSERT_TRUE(every.ok() && some.ok());
  EXPECT_GT(some.value().total, 3u);
  EXPECT_LT(some.value().total, every.value().total);
  const std::string before = answers(*store);
  store.reset();
  // VACUUM keeps the rowids of tables with an index (articles_fts counts on it too).
  sql(path, "VACUUM");
  EXPECT_EQ(stale_keys(path), "0");
  store = open(path, true);
  ASSERT_TRUE(store);
  EXPECT_EQ(answers(*store), before);
}

TEST(FullTextKeys, AnOlderStoreIsReadAsItIsAndAnswersTheSame) {
  TempDir dir;
  const std::string path = dir.file("old.db");
  auto store = open(path, false);
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->write_batch(corpus(60)).ok());
  const std::string keyed = answers(*store);
  store.reset();
  downgrade_to_4(path);
  // A reader opens the version-4 store unmigrated and goes by doc_id.
  store = open(path, true);
  ASSERT_TRUE(store);
  EXPECT_EQ(sql(path, "SELECT MAX(version) FROM schema_version"), "4");
  EXPECT_EQ(answers(*store), keyed);
  store.reset();
  // A writer migrates it: the keys are filled in for the stored mentions.
  store = open(path, false);
  ASSERT_TRUE(store);
  EXPECT_EQ(sql(path, "SELECT MAX(version) FROM schema_version"), std::to_string(EventStore::schema_version()));
  EXPECT_EQ(stale_keys(path), "0");
  EXPECT_EQ(answers(*store), keyed);
  // Older than a reader reads: refused, saying how to bring it up to date.
  store.reset();
  sql(path, "DELETE FROM schema_version WHERE version > 3");
  herald::StoreOptions ro;
  ro.read_only = true;
  auto old = EventStore::open(path, ro);
  ASSERT_FALSE(old.ok());
  EXPECT_NE(old.error().message.find("herald code --db"), std::string::npos) << old.error().message;
}

}  // namespace
