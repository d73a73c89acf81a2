// SqlConnection over one SQLite file: WAL journal, 10 s busy timeout,
// foreign keys on, statements prepared once and cached by their text.
//
//   auto c = herald::SqliteConnection::open("herald.db", /*read_only=*/false);
//   if (!c.ok()) return c.error();        // kOutput
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <unordered_map>

#include "store/sql_connection.h"

struct sqlite3;
struct sqlite3_stmt;

namespace herald {

class SqliteConnection : public SqlConnection {
 public:
  // Opens (creating unless read_only) the file.
  // lock_wait_ms: how long a statement waits for another writer's lock
  // (SQLite busy timeout). With check, the file is checked (PRAGMA
  // quick_check) and a damaged one refused (kOutput).
  static Result<std::unique_ptr<SqliteConnection>> open(const std::string& path, bool read_only,
                                                        int lock_wait_ms = 10000, bool check = true);
  ~SqliteConnection() override;

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }
  Result<std::vector<SqlRow>> query(const std::string& sql, const std::vector<SqlValue>& params) override;
  Result<bool> exec_script(const std::string& sql) override;
  Result<bool> begin(bool write) override;
  Result<bool> commit() override;
  void rollback() override;
  void set_timeout_ms(int ms) override { timeout_ms_ = ms; }

 private:
  SqliteConnection() = default;
  Error error(const std::string& what) const;
  // The cached statement for sql, prepared on first use ($N -> ?N).
  sqlite3_stmt* statement(const std::string& sql);
  static int on_progress(void* self);

  sqlite3* db_ = nullptr;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  int timeout_ms_ = 0;
  std::chrono::steady_clock::time_point deadline_{};
  bool in_transaction_ = false;
};

}  // namespace herald
