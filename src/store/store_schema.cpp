#include "store/store_schema.h"

#include <ctime>
#include <string>
#include <vector>

namespace herald {

namespace {

struct Migration {
  int version;
  const char* description;
  const char* common;     // both dialects
  const char* sqlite;     // extra for SQLite, may be ""
  const char* postgres;   // extra for PostgreSQL, may be ""
};

// BIGINT and DOUBLE PRECISION give INTEGER and REAL affinity in SQLite, so
// one text serves both dialects. Dates are TEXT 'YYYY-MM-DD' in both.
constexpr const char* kStep1 = R"sql(
CREATE TABLE articles (
  doc_id       TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  date         TEXT,
  url          TEXT,
  host         TEXT,
  title        TEXT,
  body         TEXT NOT NULL,
  input        TEXT,
  line         BIGINT,
  minhash      TEXT,
  duplicate_of TEXT,
  coded_at     TEXT NOT NULL
);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE TABLE article_bands (
  band   INTEGER NOT NULL,
  value  BIGINT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
  PRIMARY KEY (band, value, doc_id)
);
CREATE INDEX article_bands_doc ON article_bands(doc_id);
CREATE TABLE events (
  id             TEXT PRIMARY KEY,
  date           TEXT,
  source_code    TEXT NOT NULL,
  source_name    TEXT,
  source_country TEXT,
  target_code    TEXT NOT NULL,
  target_name    TEXT,
  target_country TEXT,
  code           TEXT NOT NULL,
  root           TEXT NOT NULL,
  quad_class     INTEGER,
  goldstein      DOUBLE PRECISION,
  geo_name       TEXT,
  geo_country    TEXT,
  geo_adm1       TEXT,
  geo_precision  TEXT,
  lat            DOUBLE PRECISION,
  lon            DOUBLE PRECISION,
  num_mentions   BIGINT NOT NULL DEFAULT 0,
  num_sources    BIGINT NOT NULL DEFAULT 0,
  num_articles   BIGINT NOT NULL DEFAULT 0,
  first_mention  TEXT NOT NULL,
  first_doc_id   TEXT NOT NULL,
  source_url     TEXT,
  is_root_event  INTEGER NOT NULL DEFAULT 0,
  confidence     DOUBLE PRECISION,
  added_at       TEXT NOT NULL
);
CREATE INDEX events_merge_key ON events(root, source_code, target_code, date);
CREATE TABLE mentions (
  id             TEXT PRIMARY KEY,
  event_id       TEXT REFERENCES events(id),
  doc_id         TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
  sentence       INTEGER NOT NULL,
  date           TEXT,
  date_basis     TEXT,
  source_code    TEXT NOT NULL,
  source_name    TEXT,
  source_country TEXT,
  source_text    TEXT,
  target_code    TEXT NOT NULL,
  target_name    TEXT,
  target_country TEXT,
  target_text    TEXT,
  code           TEXT NOT NULL,
  root           TEXT NOT NULL,
  quad_class     INTEGER,
  goldstein      DOUBLE PRECISION,
  negated        INTEGER NOT NULL DEFAULT 0,
  geo_name       TEXT,
  geo_country    TEXT,
  geo_adm1       TEXT,
  geo_precision  TEXT,
  lat            DOUBLE PRECISION,
  lon            DOUBLE PRECISION,
  attribution    TEXT,
  verb           TEXT,
  evidence       TEXT,
  source_begin   INTEGER, source_end INTEGER,
  target_begin   INTEGER, target_end INTEGER,
  verb_begin     INTEGER, verb_end   INTEGER,
  pattern        TEXT,
  confidence     DOUBLE PRECISION,
  json           TEXT NOT NULL
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE TABLE actors (
  doc_id     TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
  n          INTEGER NOT NULL,
  sentence   INTEGER NOT NULL,
  begin_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL,
  code       TEXT NOT NULL,
  name       TEXT,
  country    TEXT,
  kind       TEXT,
  entry      TEXT,
  PRIMARY KEY (doc_id, n)
);
CREATE INDEX actors_code ON actors(code);
CREATE TABLE places (
  doc_id        TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
  n             INTEGER NOT NULL,
  sentence      INTEGER NOT NULL,
  begin_byte    INTEGER NOT NULL,
  end_byte      INTEGER NOT NULL,
  name          TEXT NOT NULL,
  country       TEXT,
  adm1          TEXT,
  lat           DOUBLE PRECISION,
  lon           DOUBLE PRECISION,
  geo_precision TEXT,
  PRIMARY KEY (doc_id, n)
);
CREATE TABLE counts (
  doc_id       TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
  n            INTEGER NOT NULL,
  mention_id   TEXT,
  sentence     INTEGER,
  begin_byte   INTEGER,
  end_byte     INTEGER,
  type         TEXT NOT NULL,
  number       BIGINT NOT NULL,
  who          TEXT,
  according_to TEXT,
  PRIMARY KEY (doc_id, n)
);
CREATE INDEX counts_mention ON counts(mention_id);
)sql";

constexpr const char* kStep2Sqlite = R"sql(
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
)sql";

constexpr const char* kStep2Postgres = R"sql(
ALTER TABLE articles ADD COLUMN tsv tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || body)) STORED;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
)sql";

constexpr const char* kStep3 = R"sql(
CREATE INDEX events_date ON events(date, id);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_geo_country ON events(geo_country);
CREATE INDEX events_lat_lon ON events(lat, lon);
CREATE INDEX mentions_date ON mentions(date);
)sql";

constexpr const char* kStep4 = R"sql(
CREATE INDEX mentions_merge_key ON mentions(root, source_code, target_code, date);
CREATE INDEX events_newest ON events((date IS NULL), date DESC, id);
)sql";

// SQLite: integer keys from a full-text row to its events. A mention keeps
// its article's rowid (the rowid of its articles_fts row) and its event's
// rowid, with an index over both and the event id, so a query's words reach
// their events through integer seeks, never reading a mention row. Triggers keep
// them right whoever writes: a mention takes both keys when it is stored or
// moved to another event; an event stored later hands its rowid to the
// mentions naming it, and a deleted one takes it back. Rowids of tables with
// an index are kept by VACUUM (articles_fts already counts on it).
constexpr const char* kStep5Sqlite = R"sql(
ALTER TABLE mentions ADD COLUMN article_rowid INTEGER;
ALTER TABLE mentions ADD COLUMN event_rowid INTEGER;
UPDATE mentions SET article_rowid = (SELECT a.rowid FROM articles a WHERE a.doc_id = mentions.doc_id),
                    event_rowid = (SELECT e.rowid FROM events e WHERE e.id = mentions.event_id);
CREATE INDEX mentions_article_event ON mentions(article_rowid, event_rowid, event_id);
CREATE TRIGGER mentions_keys_insert AFTER INSERT ON mentions BEGIN
  UPDATE mentions SET article_rowid = (SELECT a.rowid FROM articles a WHERE a.doc_id = new.doc_id),
                      event_rowid = (SELECT e.rowid FROM events e WHERE e.id = new.event_id)
  WHERE rowid = new.rowid;
END;
CREATE TRIGGER mentions_keys_update AFTER UPDATE OF doc_id, event_id ON mentions BEGIN
  UPDATE mentions SET article_rowid = (SELECT a.rowid FROM articles a WHERE a.doc_id = new.doc_id),
                      event_rowid = (SELECT e.rowid FROM events e WHERE e.id = new.event_id)
  WHERE rowid = new.rowid;
END;
CREATE TRIGGER events_keys_insert AFTER INSERT ON events BEGIN
  UPDATE mentions SET event_rowid = new.rowid WHERE event_id = new.id;
END;
CREATE TRIGGER events_keys_delete AFTER DELETE ON events BEGIN
  UPDATE mentions SET event_rowid = NULL WHERE event_id = old.id;
END;
)sql";

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> kAll = {
      {1, "articles, article_bands, events, mentions, actors, places, counts", kStep1, "", ""},
      {2, "full-text search over articles", "", kStep2Sqlite, kStep2Postgres},
      {3, "query indexes on events and mentions", kStep3, "", ""},
      {4, "merge-key index on mentions; newest-first index on events", kStep4, "", ""},
      {5, "integer keys from full-text rows to events (SQLite)", "", kStep5Sqlite, ""},
  };
  return kAll;
}

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Result<bool> table_exists(SqlConnection& conn, const std::string& name) {
  auto r = conn.dialect() == SqlDialect::kSqlite
               ? conn.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $1", {name})
               : conn.query("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                            "AND table_name = $1",
                            {name});
  if (!r.ok()) return r.error();
  return !r.value().empty();
}

}  // namespace

int latest_schema_version() { return migrations().back().version; }

int oldest_readable_schema_version() { return 4; }

Result<int> current_schema_version(SqlConnection& conn) {
  auto exists = table_exists(conn, "schema_version");
  if (!exists.ok()) return exists.error();
  if (!exists.value()) return 0;
  auto r = conn.query("SELECT MAX(version) FROM schema_version", {});
  if (!r.ok()) return r.error();
  int v = r.value().empty() ? 0 : static_cast<int>(r.value()[0].integer(0));
  if (v > 0) {
    auto mentions = table_exists(conn, "mentions");
    if (!mentions.ok()) return mentions.error();
    if (!mentions.value())
      return Error{ErrorCode::kOutput, "", 0,
                   "this store has the phase-1 layout (one events row per mention, no mentions "
                   "table); remove it and code the articles again",
                   ""};
  }
  return v;
}

Result<int> migrate(SqlConnection& conn) {
  auto sv = conn.exec_script(
      "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
      "description TEXT NOT NULL, applied_at TEXT NOT NULL)");
  if (!sv.ok()) return sv.error();
  auto current = current_schema_version(conn);
  if (!current.ok()) return current.error();
  if (current.value() > latest_schema_version())
    return Error{ErrorCode::kOutput, "", 0,
                 "store schema version " + std::to_string(current.value()) +
                     " is newer than this herald's " + std::to_string(latest_schema_version()),
                 ""};
  for (const Migration& m : migrations()) {
    if (m.version <= current.value()) continue;
    auto b = conn.begin(true);
    if (!b.ok()) return b.error();
    // Another writer may have migrated while we waited for the lock.
    auto again = conn.query("SELECT 1 FROM schema_version WHERE version = $1", {int64_t{m.version}});
    if (!again.ok()) return again.error();
    if (!again.value().empty()) {
      conn.rollback();
      continue;
    }
    std::string script = m.common;
    script += conn.dialect() == SqlDialect::kSqlite ? m.sqlite : m.postgres;
    if (!script.empty()) {
      auto r = conn.exec_script(script);
      if (!r.ok()) {
        conn.rollback();
        Error e = r.error();
        e.message = "migration " + std::to_string(m.version) + " failed: " + e.message;
        return e;
      }
    }
    auto ins = conn.query("INSERT INTO schema_version(version, description, applied_at) VALUES ($1, $2, $3)",
                          {int64_t{m.version}, std::string(m.description), utc_now()});
    if (!ins.ok()) {
      conn.rollback();
      return ins.error();
    }
    auto c = conn.commit();
    if (!c.ok()) return c.error();
  }
  return latest_schema_version();
}

}  // namespace herald
