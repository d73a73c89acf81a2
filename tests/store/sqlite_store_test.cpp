#include "store/sqlite_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using herald::Count;
using herald::CountType;
using herald::Document;
using herald::Event;
using herald::Span;
using herald::SqliteStore;

namespace {

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/herald_store_XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

Count make_count(CountType type, int64_t n, uint32_t sentence, Span span, std::string who) {
  Count c;
  c.type = type;
  c.number = n;
  c.sentence = sentence;
  c.span = span;
  c.who = std::move(who);
  return c;
}

// A made-up article: one visit event, one arrest event with a count, and a
// second count that belongs to no event.
Document make_doc(const std::string& id) {
  Document doc;
  doc.article.doc_id = id;
  doc.article.input = "fixtures/made_up.jsonl";
  doc.article.line = 3;
  doc.article.url = "https://example.org/" + id;
  doc.article.title = "Minister visits; police detain protesters";
  doc.article.date = herald::CivilDate{2024, 6, 2};
  doc.body = "The minister visited Duvel. Police detained 40 protesters. Two people were hurt.";
  herald::Sentence s0, s1, s2;
  s0.span = {0, 27};
  s1.span = {28, 58};
  s2.span = {59, 80};
  doc.sentences = {s0, s1, s2};

  Event visit;
  visit.sentence = 0;
  visit.source = {"VLTGOV", "Minister", "VLT", "The minister", Span{0, 12}};
  visit.target = {"ORS", "Duvel", "ORS", "Duvel", Span{21, 26}};
  visit.code = "042";
  visit.root = "04";
  visit.quad_class = 1;
  visit.goldstein = 1.9;
  visit.verb = "visited";
  visit.verb_span = Span{13, 20};
  visit.geo = {"Duvel", "ORS", "", 45.0, 19.5, "city"};
  visit.pattern = "verbs.txt:1";

  Event arrest;
  arrest.sentence = 1;
  arrest.source = {"VLTCOP", "Police", "VLT", "Police", Span{28, 34}};
  arrest.target = {"VLTOPP", "protesters", "VLT", "40 protesters", Span{44, 57}};
  arrest.code = "173";
  arrest.root = "17";
  arrest.quad_class = 4;
  arrest.goldstein = -5;
  arrest.verb = "detained";
  arrest.verb_span = Span{35, 43};
  arrest.counts = {make_count(CountType::kArrested, 40, 1, Span{44, 57}, "protesters")};

  doc.events = {visit, arrest};
  doc.counts = {arrest.counts[0], make_count(CountType::kWounded, 2, 2, Span{59, 69}, "people")};
  return doc;
}

int64_t scalar(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sql;
  int64_t v = -1;
  if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return v;
}

std::string text(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sql;
  std::string v = "<none>";
  if (sqlite3_step(st) == SQLITE_ROW) {
    const unsigned char* p = sqlite3_column_text(st, 0);
    v = p ? reinterpret_cast<const char*>(p) : "<null>";
  }
  sqlite3_finalize(st);
  return v;
}

}  // namespace

TEST(SqliteStore, WritesArticlesEventsCounts) {
  TempDir t;
  std::string path = t.file("events.db");
  {
    auto store = SqliteStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error().to_string();
    auto r = store.value().write_batch({make_doc("a1"), make_doc("a2")});
    ASSERT_TRUE(r.ok()) << r.error().to_string();
  }
  // Read back through a separate connection.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  EXPECT_EQ(scalar(db, "SELECT version FROM schema_version"), SqliteStore::kSchemaVersion);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM articles"), 2);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM events"), 4);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM counts"), 4);  // per doc: 1 attached + 1 free
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM counts WHERE event_id IS NULL"), 2);
  EXPECT_EQ(text(db, "SELECT date FROM articles WHERE doc_id='a1'"), "2024-06-02");
  EXPECT_EQ(text(db, "SELECT input FROM articles WHERE doc_id='a1'"), "fixtures/made_up.jsonl");
  EXPECT_EQ(scalar(db, "SELECT line FROM articles WHERE doc_id='a1'"), 3);
  EXPECT_EQ(text(db, "SELECT evidence FROM events WHERE doc_id='a1' AND code='173'"),
            "Police detained 40 protesters.");
  EXPECT_EQ(text(db, "SELECT target_name FROM events WHERE doc_id='a1' AND code='173'"), "protesters");
  EXPECT_EQ(scalar(db, "SELECT verb_begin FROM events WHERE doc_id='a1' AND code='042'"), 13);
  EXPECT_EQ(text(db, "SELECT geo_country FROM events WHERE doc_id='a1' AND code='042'"), "ORS");
  EXPECT_EQ(text(db, "SELECT date FROM events WHERE doc_id='a1' AND code='042'"), "2024-06-02");
  EXPECT_EQ(text(db, "SELECT date_basis FROM events WHERE doc_id='a1' AND code='042'"), "article");
  EXPECT_EQ(scalar(db, "SELECT number FROM counts c JOIN events e ON c.event_id = e.id "
                       "WHERE e.doc_id='a2' AND c.type='arrested'"),
            40);
  // The json column is the full output line; its id is the row's id.
  std::string json = text(db, "SELECT json FROM events WHERE doc_id='a2' AND code='042'");
  auto j = nlohmann::json::parse(json, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << json;
  EXPECT_EQ(j["doc_id"], "a2");
  EXPECT_EQ(j["id"], text(db, "SELECT id FROM events WHERE doc_id='a2' AND code='042'"));
  EXPECT_EQ(j["evidence"]["verb"], "visited");
  EXPECT_EQ(text(db, "PRAGMA journal_mode"), "wal");
  sqlite3_close(db);
}

TEST(SqliteStore, RewritingSameArticleReplacesItsRows) {
  TempDir t;
  std::string path = t.file("events.db");
  auto store = SqliteStore::open(path);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE(store.value().write_batch({make_doc("a1"), make_doc("a2")}).ok());
  ASSERT_TRUE(store.value().write_batch({make_doc("a1")}).ok());  // a re-run
  sqlite3* db = store.value().handle();
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM articles"), 2);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM events"), 4);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM counts"), 4);

  // The article changed: one event less, a new title. Its old rows go.
  Document changed = make_doc("a1");
  changed.events.pop_back();
  changed.counts.clear();
  changed.article.title = "Minister visits";
  ASSERT_TRUE(store.value().write_batch({changed}).ok());
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM events WHERE doc_id='a1'"), 1);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM counts WHERE doc_id='a1'"), 0);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM counts WHERE doc_id='a2'"), 2);
  EXPECT_EQ(text(db, "SELECT title FROM articles WHERE doc_id='a1'"), "Minister visits");
}

TEST(SqliteStore, ReopenKeepsDataAndSchema) {
  TempDir t;
  std::string path = t.file("events.db");
  {
    auto store = SqliteStore::open(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(store.value().write_batch({make_doc("a1")}).ok());
  }
  auto again = SqliteStore::open(path);
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  EXPECT_EQ(scalar(again.value().handle(), "SELECT COUNT(*) FROM events"), 2);
  EXPECT_EQ(scalar(again.value().handle(), "SELECT COUNT(*) FROM schema_version"), 1);
}

TEST(SqliteStore, WrongSchemaVersionRefused) {
  TempDir t;
  std::string path = t.file("events.db");
  {
    auto store = SqliteStore::open(path);
    ASSERT_TRUE(store.ok());
    sqlite3_exec(store.value().handle(), "UPDATE schema_version SET version = 99", nullptr, nullptr, nullptr);
  }
  auto again = SqliteStore::open(path);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, herald::ErrorCode::kOutput);
  EXPECT_NE(again.error().message.find("99"), std::string::npos);
}

TEST(SqliteStore, BadPathsAreOutputErrors) {
  TempDir t;
  auto missing_dir = SqliteStore::open(t.file("no/such/dir/events.db"));
  ASSERT_FALSE(missing_dir.ok());
  EXPECT_EQ(missing_dir.error().code, herald::ErrorCode::kOutput);
  std::string junk = t.file("junk.db");
  FILE* f = fopen(junk.c_str(), "w");
  fputs("this is not an sqlite database, just some text long enough to have a header....", f);
  fclose(f);
  auto not_db = SqliteStore::open(junk);
  ASSERT_FALSE(not_db.ok());
  EXPECT_EQ(not_db.error().code, herald::ErrorCode::kOutput);
}

TEST(SqliteStore, FailedBatchKeepsNothing) {
  TempDir t;
  auto store = SqliteStore::open(t.file("events.db"));
  ASSERT_TRUE(store.ok());
  sqlite3* db = store.value().handle();
  // Make inserting counts fail, so the second half of the batch errors.
  ASSERT_EQ(sqlite3_exec(db, "CREATE TRIGGER no_counts BEFORE INSERT ON counts "
                             "BEGIN SELECT RAISE(ABORT, 'counts refused'); END;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  Document no_counts = make_doc("ok");
  no_counts.events.pop_back();
  no_counts.counts.clear();
  auto r = store.value().write_batch({no_counts, make_doc("bad")});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("counts refused"), std::string::npos) << r.error().message;
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM articles"), 0);  // rolled back as a whole
  // The store stays usable.
  ASSERT_EQ(sqlite3_exec(db, "DROP TRIGGER no_counts", nullptr, nullptr, nullptr), SQLITE_OK);
  ASSERT_TRUE(store.value().write_batch({make_doc("bad")}).ok());
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM articles"), 1);
}
