#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <set>
#include <tuple>

#include "output/event_json.h"

namespace herald {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  doc_id TEXT PRIMARY KEY,
  date   TEXT,
  url    TEXT,
  title  TEXT,
  body   TEXT NOT NULL,
  input  TEXT,
  line   INTEGER
);
CREATE TABLE IF NOT EXISTS events (
  id           TEXT PRIMARY KEY,
  doc_id       TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
  sentence     INTEGER NOT NULL,
  date         TEXT,
  date_basis   TEXT,
  source_code  TEXT NOT NULL,
  source_name  TEXT,
  target_code  TEXT NOT NULL,
  target_name  TEXT,
  code         TEXT NOT NULL,
  root         TEXT NOT NULL,
  quad_class   INTEGER,
  goldstein    REAL,
  negated      INTEGER NOT NULL DEFAULT 0,
  geo_country  TEXT,
  geo_name     TEXT,
  lat          REAL,
  lon          REAL,
  verb         TEXT,
  evidence     TEXT,
  source_begin INTEGER, source_end INTEGER,
  target_begin INTEGER, target_end INTEGER,
  verb_begin   INTEGER, verb_end   INTEGER,
  pattern      TEXT,
  confidence   REAL,
  json         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
CREATE INDEX IF NOT EXISTS events_code ON events(code);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS counts (
  doc_id       TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
  event_id     TEXT REFERENCES events(id) ON DELETE CASCADE,
  sentence     INTEGER,
  type         TEXT NOT NULL,
  number       INTEGER NOT NULL,
  who          TEXT,
  according_to TEXT
);
CREATE INDEX IF NOT EXISTS counts_doc ON counts(doc_id);
)sql";

// A prepared statement that finalises itself.
struct Stmt {
  sqlite3_stmt* s = nullptr;
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt() { sqlite3_finalize(s); }
};

}  // namespace

struct SqliteStore::Impl {
  sqlite3* db = nullptr;
  std::string path;
  std::string last_error;  // sqlite's message for the last failed statement
  Stmt begin, commit, rollback, delete_counts, delete_events, upsert_article, insert_event,
      insert_count;
  // close_v2 waits for the statements, which are finalised after this body.
  ~Impl() { sqlite3_close_v2(db); }

  Error error(const std::string& what) const {
    std::string detail = !last_error.empty() ? last_error : db ? sqlite3_errmsg(db) : "no database";
    return Error{ErrorCode::kOutput, path, 0, what + ": " + detail, ""};
  }
  bool prepare(Stmt& st, const char* sql) {
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st.s, nullptr) == SQLITE_OK;
  }
  // Runs a statement without result rows; resets it for the next use.
  bool run(Stmt& st) {
    int rc = sqlite3_step(st.s);
    if (rc != SQLITE_DONE) last_error = sqlite3_errmsg(db);
    sqlite3_reset(st.s);
    sqlite3_clear_bindings(st.s);
    return rc == SQLITE_DONE;
  }

  bool write_doc(const Document& doc);
};

namespace {

void bind_text(sqlite3_stmt* s, int i, const std::string& v, bool null_if_empty = true) {
  if (v.empty() && null_if_empty) sqlite3_bind_null(s, i);
  else sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

void bind_optional_double(sqlite3_stmt* s, int i, const std::optional<double>& v) {
  if (v) sqlite3_bind_double(s, i, *v);
  else sqlite3_bind_null(s, i);
}

void bind_span(sqlite3_stmt* s, int i, const std::optional<Span>& span) {
  if (span) {
    sqlite3_bind_int64(s, i, span->begin);
    sqlite3_bind_int64(s, i + 1, span->end);
  } else {
    sqlite3_bind_null(s, i);
    sqlite3_bind_null(s, i + 1);
  }
}

using CountKey = std::tuple<uint32_t, uint32_t, uint32_t, int, int64_t>;
CountKey count_key(const Count& c) {
  return {c.sentence, c.span.begin, c.span.end, static_cast<int>(c.type), c.number};
}

}  // namespace

bool SqliteStore::Impl::write_doc(const Document& doc) {
  const Article& a = doc.article;
  for (Stmt* st : {&delete_counts, &delete_events}) {
    bind_text(st->s, 1, a.doc_id, false);
    if (!run(*st)) return false;
  }
  sqlite3_stmt* s = upsert_article.s;
  bind_text(s, 1, a.doc_id, false);
  if (a.date) bind_text(s, 2, a.date->iso());
  bind_text(s, 3, a.url);
  bind_text(s, 4, a.title);
  bind_text(s, 5, doc.body, false);
  bind_text(s, 6, a.input);
  sqlite3_bind_int64(s, 7, static_cast<sqlite3_int64>(a.line));
  if (!run(upsert_article)) return false;

  std::set<CountKey> attached;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& ev = doc.events[i];
    nlohmann::json j = event_to_json(doc, ev, i);
    const std::string id = j["id"].get<std::string>();
    const std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    s = insert_event.s;
    bind_text(s, 1, id, false);
    bind_text(s, 2, a.doc_id, false);
    sqlite3_bind_int64(s, 3, ev.sentence);
    if (j["date"].is_string()) bind_text(s, 4, j["date"].get<std::string>());
    if (j.contains("date_basis")) bind_text(s, 5, j["date_basis"].get<std::string>());
    bind_text(s, 6, ev.source.code, false);
    bind_text(s, 7, ev.source.name);
    bind_text(s, 8, ev.target.code, false);
    bind_text(s, 9, ev.target.name);
    bind_text(s, 10, ev.code, false);
    bind_text(s, 11, ev.root, false);
    sqlite3_bind_int(s, 12, ev.quad_class);
    sqlite3_bind_double(s, 13, ev.goldstein);
    sqlite3_bind_int(s, 14, ev.negated ? 1 : 0);
    bind_text(s, 15, ev.geo.country);
    bind_text(s, 16, ev.geo.name);
    bind_optional_double(s, 17, ev.geo.lat);
    bind_optional_double(s, 18, ev.geo.lon);
    bind_text(s, 19, ev.verb);
    bind_text(s, 20, j["evidence"]["text"].get<std::string>());
    bind_span(s, 21, ev.source.span);
    bind_span(s, 23, ev.target.span);
    bind_span(s, 25, ev.verb_span);
    bind_text(s, 27, ev.pattern);
    sqlite3_bind_double(s, 28, ev.confidence);
    bind_text(s, 29, line, false);
    if (!run(insert_event)) return false;

    for (const Count& c : ev.counts) {
      s = insert_count.s;
      bind_text(s, 1, a.doc_id, false);
      bind_text(s, 2, id, false);
      sqlite3_bind_int64(s, 3, c.sentence);
      bind_text(s, 4, std::string(count_type_name(c.type)), false);
      sqlite3_bind_int64(s, 5, c.number);
      bind_text(s, 6, c.who);
      bind_text(s, 7, c.according_to);
      if (!run(insert_count)) return false;
      attached.insert(count_key(c));
    }
  }
  // Counts not attached to any event (the same count is stored once).
  for (const Count& c : doc.counts) {
    if (attached.count(count_key(c))) continue;
    s = insert_count.s;
    bind_text(s, 1, a.doc_id, false);
    sqlite3_bind_null(s, 2);
    sqlite3_bind_int64(s, 3, c.sentence);
    bind_text(s, 4, std::string(count_type_name(c.type)), false);
    sqlite3_bind_int64(s, 5, c.number);
    bind_text(s, 6, c.who);
    bind_text(s, 7, c.according_to);
    if (!run(insert_count)) return false;
  }
  return true;
}

SqliteStore::SqliteStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SqliteStore::SqliteStore(SqliteStore&&) noexcept = default;
SqliteStore& SqliteStore::operator=(SqliteStore&&) noexcept = default;
SqliteStore::~SqliteStore() = default;

sqlite3* SqliteStore::handle() const { return impl_->db; }

Result<SqliteStore> SqliteStore::open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  if (sqlite3_open_v2(path.c_str(), &impl->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK)
    return impl->error("cannot open database");
  sqlite3_busy_timeout(impl->db, 10000);
  char* msg = nullptr;
  if (sqlite3_exec(impl->db,
                   "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
                   nullptr, nullptr, &msg) != SQLITE_OK ||
      sqlite3_exec(impl->db, kSchema, nullptr, nullptr, &msg) != SQLITE_OK) {
    std::string m = msg ? msg : "unknown error";
    sqlite3_free(msg);
    return Error{ErrorCode::kOutput, path, 0, "cannot create tables: " + m, ""};
  }

  Stmt version;
  if (!impl->prepare(version, "SELECT version FROM schema_version LIMIT 1"))
    return impl->error("cannot read schema_version");
  int rc = sqlite3_step(version.s);
  if (rc == SQLITE_ROW) {
    int v = sqlite3_column_int(version.s, 0);
    if (v != kSchemaVersion)
      return Error{ErrorCode::kOutput, path, 0,
                   "store schema version " + std::to_string(v) + ", this herald writes version " +
                       std::to_string(kSchemaVersion),
                   ""};
  } else {
    Stmt ins;
    if (!impl->prepare(ins, "INSERT INTO schema_version(version) VALUES (?1)"))
      return impl->error("cannot write schema_version");
    sqlite3_bind_int(ins.s, 1, kSchemaVersion);
    if (sqlite3_step(ins.s) != SQLITE_DONE) return impl->error("cannot write schema_version");
  }

  bool ok =
      impl->prepare(impl->begin, "BEGIN IMMEDIATE") && impl->prepare(impl->commit, "COMMIT") &&
      impl->prepare(impl->rollback, "ROLLBACK") &&
      impl->prepare(impl->delete_counts, "DELETE FROM counts WHERE doc_id = ?1") &&
      impl->prepare(impl->delete_events, "DELETE FROM events WHERE doc_id = ?1") &&
      impl->prepare(impl->upsert_article,
                    "INSERT INTO articles(doc_id, date, url, title, body, input, line) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                    "ON CONFLICT(doc_id) DO UPDATE SET date = excluded.date, url = excluded.url, "
                    "title = excluded.title, body = excluded.body, input = excluded.input, "
                    "line = excluded.line") &&
      impl->prepare(impl->insert_event,
                    "INSERT OR REPLACE INTO events(id, doc_id, sentence, date, date_basis, "
                    "source_code, source_name, target_code, target_name, code, root, quad_class, "
                    "goldstein, negated, geo_country, geo_name, lat, lon, verb, evidence, "
                    "source_begin, source_end, target_begin, target_end, verb_begin, verb_end, "
                    "pattern, confidence, json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                    "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, "
                    "?26, ?27, ?28, ?29)") &&
      impl->prepare(impl->insert_count,
                    "INSERT INTO counts(doc_id, event_id, sentence, type, number, who, according_to) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!ok) return impl->error("cannot prepare statements");
  return SqliteStore(std::move(impl));
}

Result<bool> SqliteStore::write_batch(const std::vector<Document>& docs) {
  Impl& s = *impl_;
  s.last_error.clear();
  if (!s.run(s.begin)) return s.error("cannot begin transaction");
  for (const Document& doc : docs) {
    if (!s.write_doc(doc)) {
      Error e = s.error("cannot write article " + doc.article.doc_id);
      s.run(s.rollback);
      return e;
    }
  }
  if (!s.run(s.commit)) {
    Error e = s.error("cannot commit");
    s.run(s.rollback);
    return e;
  }
  return true;
}

}  // namespace herald
