#include "store/sqlite_connection.h"

#include <sqlite3.h>

namespace herald {

namespace {

// "$12" -> "?12", outside quoted strings.
std::string to_sqlite_placeholders(const std::string& sql) {
  std::string out;
  out.reserve(sql.size());
  char quote = 0;
  for (char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else {
      out += c == '$' ? '?' : c;
    }
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const std::string& path,
                                                                 bool read_only, int lock_wait_ms, bool check) {
  std::unique_ptr<SqliteConnection> c(new SqliteConnection());
  c->path_ = path;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (sqlite3_open_v2(path.c_str(), &c->db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
    return c->error("cannot open database");
  sqlite3_busy_timeout(c->db_, lock_wait_ms);
  sqlite3_progress_handler(c->db_, 1000, &SqliteConnection::on_progress, c.get());
  // Readers map the file and keep a larger cache: full-text and index pages
  // are read from memory, not through a read() per page per query.
  const char* pragmas = read_only ? "PRAGMA foreign_keys=ON; PRAGMA query_only=ON; PRAGMA mmap_size=268435456; "
                                    "PRAGMA cache_size=-32768;"
                                  : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                                    "PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; "
                                    "PRAGMA mmap_size=268435456;";
  auto r = c->exec_script(pragmas);
  if (!r.ok()) return r.error();
  // A damaged file is refused before anything is written to it (or read
  // from it), not found out by a later export.
  if (!check) return c;
  auto checked = c->query("PRAGMA quick_check", {});
  if (!checked.ok()) return Error{ErrorCode::kOutput, path, 0, "the database is damaged: " + checked.error().message, ""};
  if (checked.value().empty() || checked.value()[0].text(0) != "ok") {
    std::string first = checked.value().empty() ? "no answer" : checked.value()[0].text(0);
    return Error{ErrorCode::kOutput, path, 0,
                 "the database is damaged (PRAGMA quick_check: " + first.substr(0, 200) +
                     "); restore it from a copy or remove it and code again",
                 ""};
  }
  return c;
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, st] : cache_) sqlite3_finalize(st);
  sqlite3_close_v2(db_);
}

Error SqliteConnection::error(const std::string& what) const {
  std::string detail = db_ ? sqlite3_errmsg(db_) : "no database";
  return Error{ErrorCode::kOutput, path_, 0, what + ": " + detail, ""};
}

int SqliteConnection::on_progress(void* self) {
  auto* c = static_cast<SqliteConnection*>(self);
  return c->timeout_ms_ > 0 && std::chrono::steady_clock::now() > c->deadline_ ? 1 : 0;
}

sqlite3_stmt* SqliteConnection::statement(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) return it->second;
  sqlite3_stmt* st = nullptr;
  std::string text = to_sqlite_placeholders(sql);
  if (sqlite3_prepare_v3(db_, text.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
    return nullptr;
  if (cache_.size() > 512) {  // dynamic queries: keep the cache bounded
    for (auto& [k, s] : cache_) sqlite3_finalize(s);
    cache_.clear();
  }
  cache_.emplace(sql, st);
  return st;
}

Result<std::vector<SqlRow>> SqliteConnection::query(const std::string& sql,
                                                    const std::vector<SqlValue>& params) {
  deadline_ = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms_);
  sqlite3_stmt* st = statement(sql);
  if (!st) return error("cannot prepare statement");
  for (size_t i = 0; i < params.size(); ++i) {
    int idx = static_cast<int>(i + 1);
    const SqlValue& v = params[i];
    if (auto* n = std::get_if<int64_t>(&v)) sqlite3_bind_int64(st, idx, *n);
    else if (auto* d = std::get_if<double>(&v)) sqlite3_bind_double(st, idx, *d);
    else if (auto* s = std::get_if<std::string>(&v)) {
      if (s->find('\0') == std::string::npos) {
        sqlite3_bind_text64(st, idx, s->data(), s->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
      } else {
        const std::string text = sql_bindable_text(*s);
        sqlite3_bind_text64(st, idx, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
      }
    }
    else sqlite3_bind_null(st, idx);
  }
  std::vector<SqlRow> rows;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    SqlRow row;
    int n = sqlite3_column_count(st);
    row.values.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
      switch (sqlite3_column_type(st, i)) {
        case SQLITE_INTEGER: row.values.emplace_back(static_cast<int64_t>(sqlite3_column_int64(st, i))); break;
        case SQLITE_FLOAT: row.values.emplace_back(sqlite3_column_double(st, i)); break;
        case SQLITE_NULL: row.values.emplace_back(std::monostate{}); break;
        default: {
          const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
          row.values.emplace_back(std::string(p, static_cast<size_t>(sqlite3_column_bytes(st, i))));
        }
      }
    }
    rows.push_back(std::move(row));
  }
  std::optional<Error> failure;
  if (rc != SQLITE_DONE)
    failure = rc == SQLITE_INTERRUPT ? Error{ErrorCode::kOutput, path_, 0, "query timed out", ""}
                                     : error("statement failed");
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
  if (failure) return *failure;
  return rows;
}

Result<bool> SqliteConnection::exec_script(const std::string& sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
    std::string m = msg ? msg : "unknown error";
    sqlite3_free(msg);
    return Error{ErrorCode::kOutput, path_, 0, m, ""};
  }
  return true;
}

Result<bool> SqliteConnection::begin(bool write) {
  auto r = query(write ? "BEGIN IMMEDIATE" : "BEGIN", {});
  if (!r.ok()) return r.error();
  in_transaction_ = true;
  return true;
}

Result<bool> SqliteConnection::commit() {
  auto r = query("COMMIT", {});
  if (!r.ok()) return r.error();
  in_transaction_ = false;
  return true;
}

void SqliteConnection::rollback() {
  if (!in_transaction_) return;
  in_transaction_ = false;
  if (sqlite3_get_autocommit(db_)) return;
  sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

}  // namespace herald
