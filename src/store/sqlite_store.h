// Keeps coded articles, events and counts in an SQLite database.
//
//   auto store = herald::SqliteStore::open("events.db");   // created if absent
//   if (!store.ok()) return report(store.error());          // kOutput
//   auto r = store.value().write_batch(docs);               // one transaction
//   if (!r.ok()) report(r.error());
//
// Tables (docs/store.md has every column and example queries):
//   schema_version(version)
//   articles(doc_id PK, date, url, title, body, input, line)
//   events(id PK, doc_id -> articles, sentence, date, ..., json)
//   counts(doc_id -> articles, event_id -> events or NULL, type, number, ...)
// Writing an article again replaces its rows, so re-runs add nothing twice.
// WAL journal, a 10 s busy timeout, prepared statements with bound
// parameters only. Not thread-safe: one SqliteStore per writing thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/error.h"

struct sqlite3;

namespace herald {

class SqliteStore {
 public:
  static constexpr int kSchemaVersion = 1;

  // Opens or creates the database and its tables. Errors (kOutput): cannot
  // open, not a database, or a schema_version other than kSchemaVersion.
  static Result<SqliteStore> open(const std::string& path);

  SqliteStore(SqliteStore&&) noexcept;
  SqliteStore& operator=(SqliteStore&&) noexcept;
  ~SqliteStore();

  // Writes every document (article, its events, its counts) in one
  // transaction; on error nothing of the batch is kept. Returns true.
  Result<bool> write_batch(const std::vector<Document>& docs);

  // The raw handle, for queries (tests, tools). Owned by the store.
  sqlite3* handle() const;

 private:
  struct Impl;
  explicit SqliteStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace herald
