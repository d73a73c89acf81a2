// The store's schema as ordered migration steps, and the code that brings a
// database up to date. Each step runs in its own transaction and records
// itself in schema_version(version, description, applied_at).
//
//   auto v = herald::migrate(conn);       // Result<int>: the version now
//
// Steps (docs/store.md lists every table and column):
//   1  articles, article_bands, events, mentions, actors, places, counts
//   2  full-text search over articles (SQLite FTS5; PostgreSQL tsvector + GIN)
//   3  query indexes on events (date, code, geo_country, lat/lon)
//   4  merge-key index on mentions; newest-first index on events
//   5  SQLite: integer keys from full-text rows to events (mentions.article_rowid,
//      mentions.event_rowid, kept by triggers, and their index)
#pragma once

#include "core/error.h"
#include "store/sql_connection.h"

namespace herald {

// The number of migration steps: the version a migrated store has.
int latest_schema_version();

// The oldest store a reader opens without migrating it (StoreOptions::read_only):
// the steps after it add indexes, and keys the read path goes without.
int oldest_readable_schema_version();

// The step that gave SQLite stores their full-text keys (mentions.article_rowid,
// mentions.event_rowid); older stores go from words to events by doc_id.
constexpr int kFullTextKeysVersion = 5;

// Applies every step newer than the store's version. Errors (kOutput): a
// failing step (nothing of it kept), a store newer than this herald, or a
// file in the phase-1 layout (events per mention, no mentions table).
Result<int> migrate(SqlConnection& conn);

// The store's current version without changing anything (0 when empty).
Result<int> current_schema_version(SqlConnection& conn);

}  // namespace herald
