// Regression tests for issue 12 ("nothing lost, nothing served wrong,
// nothing exhausted"), store side, on SQLite and on PostgreSQL (when
// HERALD_TEST_PG_URL is set). Each test is named for what it guards.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <thread>

#include "store/event_store.h"
#include "store_test_util.h"

using herald::CivilDate;
using herald::Document;
using herald::EventQuery;
using herald::EventStore;

namespace {

class Issue12Store : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    fresh_ = FreshStore::make(GetParam());
    if (!fresh_->available) GTEST_SKIP() << fresh_->skip_reason;
  }
  std::unique_ptr<EventStore> open() {
    auto s = EventStore::open(fresh_->location);
    EXPECT_TRUE(s.ok()) << s.error().to_string();
    return s.ok() ? std::move(s.value()) : nullptr;
  }
  // Every mention (doc, sentence, event id) and every event (id, date,
  // counts, first mention) as one comparable string.
  static std::string snapshot(EventStore& store) {
    std::string out;
    EventQuery q;
    auto m = store.scan_mentions(q, [&](const herald::MentionRecord& r) {
      out += r.doc_id + std::string("#") + std::to_string(r.sentence) + "->" + r.event_id + (r.syndicated ? " syn" : "") + "\n";
      return true;
    });
    EXPECT_TRUE(m.ok());
    auto e = store.scan_events(q, [&](const herald::EventRecord& r) {
      out += r.id + " " + (r.date ? r.date->iso() : "-") + std::string(" m") + std::to_string(r.num_mentions) + " a" +
             std::to_string(r.num_articles) + std::string(" s") + std::to_string(r.num_sources) + " first " + r.first_doc_id +
             "\n";
      return true;
    });
    EXPECT_TRUE(e.ok());
    return out;
  }
  std::unique_ptr<FreshStore> fresh_;
};

// A made-up report of Vorland attacking Estmark, in words of its own (so no
// two are syndicated copies of each other).
Document attack(const std::string& id, const std::string& date, const std::string& host) {
  static const char* kWords[] = {"river", "bridge", "village", "convoy", "depot", "harbour", "airfield", "market",
                                 "school", "station", "pass", "ridge", "camp", "road", "dam", "mill"};
  std::string text = "Vorland's army shelled Estmark's border posts.";
  size_t h = std::hash<std::string>{}(id);
  for (int i = 0; i < 12; ++i, h /= 7) text += std::string(" The ") + kWords[h % 16] + " near " + id + " was hit.";
  return make_doc(id, date, "https://" + host + "/" + id, {text}, {{"VLDMIL", "ESM", "190"}});
}

// Mentions on three consecutive days: which ones merge must not depend on
// the order the articles arrive in (the old greedy merge gave {1,2},{3} in
// one order and {1},{2,3} in the other).
TEST_P(Issue12Store, MergingDoesNotDependOnArrivalOrder) {
  std::vector<Document> docs = {attack("d1", "2024-03-01", "one.example"), attack("d2", "2024-03-02", "two.example"),
                                attack("d3", "2024-03-03", "three.example"),
                                attack("d4", "2024-03-09", "one.example")};
  std::vector<std::string> seen;
  std::vector<size_t> order = {0, 1, 2, 3};
  do {
    auto fresh = FreshStore::make(GetParam());
    ASSERT_TRUE(fresh->available);
    auto store = EventStore::open(fresh->location);
    ASSERT_TRUE(store.ok()) << store.error().to_string();
    // One article a batch: the arrival order is the order of the batches.
    for (size_t i : order) ASSERT_TRUE(store.value()->write_batch({docs[i]}).ok());
    seen.push_back(snapshot(*store.value()));
  } while (std::next_permutation(order.begin(), order.end()) && seen.size() < 8);
  for (const std::string& s : seen) EXPECT_EQ(s, seen.front());
  // The first two days are one event (within a day of the first), the third
  // day opens another (two days after the first), the ninth a third.
  EXPECT_NE(seen.front().find("2024-03-01 m2 a2 s2 first d1"), std::string::npos) << seen.front();
  EXPECT_NE(seen.front().find("2024-03-03 m1 a1 s1 first d3"), std::string::npos) << seen.front();
  EXPECT_NE(seen.front().find("2024-03-09 m1 a1 s1 first d4"), std::string::npos) << seen.front();
  EXPECT_EQ(seen.front().find(" syn"), std::string::npos) << seen.front();
}

// A rerun of the same batch, or a batch written again after other articles,
// changes no event id and moves no mention.
TEST_P(Issue12Store, RewritingAnArticleMovesNoMention) {
  auto store = open();
  ASSERT_TRUE(store);
  std::vector<Document> docs = {attack("d2", "2024-03-02", "two.example"), attack("d1", "2024-03-01", "one.example"),
                                attack("d3", "2024-03-03", "three.example")};
  ASSERT_TRUE(store->write_batch(docs).ok());
  std::string before = snapshot(*store);
  ASSERT_TRUE(store->write_batch({docs[0]}).ok());
  ASSERT_TRUE(store->write_batch({docs[2], docs[1]}).ok());
  EXPECT_EQ(snapshot(*store), before);
}

// Syndicated copies: the original is the smallest doc_id whichever arrives
// first, so the counts are the same in every order.
TEST_P(Issue12Store, SyndicationDoesNotDependOnArrivalOrder) {
  const std::vector<std::string> story = {
      "Vorland's army shelled Estmark's border posts overnight, officials in the capital said on Monday.",
      "The shelling damaged two bridges and a school near the river crossing, according to the regional governor.",
      "Estmark's foreign ministry summoned Vorland's envoy and demanded an explanation for the attack."};
  auto copy = [&](const std::string& id, const std::string& host) {
    return make_doc(id, "2024-03-01", "https://" + host + "/" + id, story, {{"VLDMIL", "ESM", "190"}});
  };
  std::vector<Document> docs = {copy("c1", "one.example"), copy("c2", "two.example"), copy("c3", "three.example")};
  std::string first;
  for (std::vector<size_t> order : {std::vector<size_t>{0, 1, 2}, {2, 1, 0}, {1, 2, 0}}) {
    auto fresh = FreshStore::make(GetParam());
    auto store = EventStore::open(fresh->location);
    ASSERT_TRUE(store.ok());
    for (size_t i : order) ASSERT_TRUE(store.value()->write_batch({docs[i]}).ok());
    std::string s = snapshot(*store.value());
    if (first.empty()) first = s;
    EXPECT_EQ(s, first);
  }
  EXPECT_NE(first.find("c2#0->"), std::string::npos);
  EXPECT_NE(first.find(" syn"), std::string::npos) << first;
  EXPECT_NE(first.find("m1 a1 s1 first c1"), std::string::npos) << first;
}

// A NUL in a stored string: PostgreSQL cannot hold it and used to cut the
// string there while SQLite kept it; both now store U+FFFD in its place.
TEST_P(Issue12Store, NulInStringsIsStoredTheSameOnBothBackends) {
  auto store = open();
  ASSERT_TRUE(store);
  Document d = make_doc(std::string("n\0ul", 4), "2024-03-01", std::string("https://one.example/a\0b", 23),
                        {"Vorland's army shelled Estmark's border posts."}, {{"VLDMIL", "ESM", "190"}});
  d.article.title = std::string("before\0after", 12);
  ASSERT_TRUE(store->write_batch({d}).ok());
  auto a = store->get_article("n\xEF\xBF\xBDul");
  ASSERT_TRUE(a.ok()) << a.error().to_string();
  ASSERT_TRUE(a.value().has_value());
  EXPECT_EQ(a.value()->title, "before\xEF\xBF\xBD" "after");
  EXPECT_EQ(a.value()->url, "https://one.example/a\xEF\xBF\xBD" "b");
  // Looking it up by the id as read finds the same row.
  auto same = store->get_article(std::string("n\0ul", 4));
  ASSERT_TRUE(same.ok());
  EXPECT_TRUE(same.value().has_value());
}

// Many identical bodies: the near-duplicate candidates are bounded probes,
// so every article after the first is found to be a copy of the first and
// each write reads a bounded number of candidates (the time is in bench/).
TEST_P(Issue12Store, IdenticalBodiesAreCopiesOfTheSmallestId) {
  auto store = open();
  ASSERT_TRUE(store);
  const std::vector<std::string> story = {
      "Vorland's army shelled Estmark's border posts overnight, officials in the capital said on Monday.",
      "The shelling damaged two bridges and a school near the river crossing, according to the regional governor."};
  std::vector<Document> batch;
  for (int i = 0; i < 120; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "same%03d", (i * 37) % 120);
    batch.push_back(make_doc(id, "2024-03-01", std::string("https://h") + std::to_string(i % 5) + ".example/" + id,
                             story, {{"VLDMIL", "ESM", "190"}}));
    if (batch.size() == 16) {
      ASSERT_TRUE(store->write_batch(batch).ok());
      batch.clear();
    }
  }
  ASSERT_TRUE(store->write_batch(batch).ok());
  EventQuery q;
  q.limit = 10;
  auto page = store->find_events(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page.value().events.size(), 1u);
  EXPECT_EQ(page.value().events[0].num_articles, 1);
  EXPECT_EQ(page.value().events[0].first_doc_id, "same000");
  uint64_t copies = 0;
  auto m = store->scan_mentions(q, [&](const herald::MentionRecord& r) {
    copies += r.syndicated;
    return true;
  });
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(copies, 119u);
}

INSTANTIATE_TEST_SUITE_P(Backends, Issue12Store, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

// A file with garbage in the middle is refused at open (PRAGMA
// quick_check), before anything is written to it.
TEST(Issue12StoreSqlite, DamagedDatabaseIsRefusedAtOpen) {
  TempDir dir;
  const std::string path = dir.file("damaged.db");
  {
    auto s = EventStore::open(path);
    ASSERT_TRUE(s.ok());
    std::vector<Document> docs;
    for (int i = 0; i < 200; ++i)
      docs.push_back(attack(std::string("d") + std::to_string(i), "2024-03-01", std::string("h") + std::to_string(i) + ".example"));
    ASSERT_TRUE(s.value()->write_batch(docs).ok());
  }
  // Fold the WAL into the file, then overwrite pages in the middle.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
  f.seekg(0, std::ios::end);
  const std::streamoff size = f.tellg();
  ASSERT_GT(size, 16 * 4096);
  std::string garbage(3 * 4096, '\x5A');
  f.seekp(size / 2 / 4096 * 4096);
  f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
  f.close();
  auto s = EventStore::open(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("damaged"), std::string::npos) << s.error().to_string();
  EXPECT_EQ(s.error().input, path);
  herald::StoreOptions ro;
  ro.read_only = true;
  EXPECT_FALSE(EventStore::open(path, ro).ok());
}

// A second writer waits for the first one's long batch instead of failing
// with "database is locked" after a fixed 10 s; a writer told to wait less
// says why it gave up.
TEST(Issue12StoreSqlite, SecondWriterWaitsItsTurn) {
  TempDir dir;
  const std::string path = dir.file("busy.db");
  { ASSERT_TRUE(EventStore::open(path).ok()); }
  sqlite3* holder = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &holder), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

  herald::StoreOptions impatient;
  impatient.lock_wait_ms = 100;
  auto quick = EventStore::open(path, impatient);
  ASSERT_TRUE(quick.ok());
  auto refused = quick.value()->write_batch({attack("q1", "2024-03-01", "one.example")});
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("locked"), std::string::npos) << refused.error().to_string();

  // The default waits as long as a batch may take: it finishes once the
  // first writer commits.
  EXPECT_GE(herald::StoreOptions{}.lock_wait_ms, 10 * 60 * 1000);
  auto patient = EventStore::open(path);
  ASSERT_TRUE(patient.ok());
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr);
  });
  auto waited = patient.value()->write_batch({attack("p1", "2024-03-01", "one.example")});
  release.join();
  sqlite3_close(holder);
  EXPECT_TRUE(waited.ok()) << waited.error().to_string();
}

TEST(Issue12StoreLocation, PasswordsAreNotPrinted) {
  EXPECT_EQ(EventStore::printable_location("postgresql://herald:s3cret@127.0.0.1:5432/herald"),
            "postgresql://herald:***@127.0.0.1:5432/herald");
  EXPECT_EQ(EventStore::printable_location("postgres://u:p@ss@host/db?sslmode=require&password=x"),
            "postgres://u:***@host/db?sslmode=require&password=***");
  EXPECT_EQ(EventStore::printable_location("postgresql://host/db"), "postgresql://host/db");
  EXPECT_EQ(EventStore::printable_location("my:file@name.db"), "my:file@name.db");
}

}  // namespace
