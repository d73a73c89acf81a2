// A minimal SQL connection the store's logic is written against once, with
// an SQLite and a PostgreSQL implementation. Statements use PostgreSQL's
// $1..$N placeholders (the SQLite side maps them to ?1..?N); values are
// always bound, never pasted into the text.
//
//   auto rows = conn.query("SELECT id, date FROM events WHERE root = $1", {SqlValue("19")});
//   if (!rows.ok()) return rows.error();
//   for (const SqlRow& r : rows.value()) use(r.text(0), r.date(1));
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/error.h"

namespace herald {

// NULL, an integer, a real or text.
using SqlValue = std::variant<std::monostate, int64_t, double, std::string>;

// A text value, NULL when empty.
SqlValue sql_text_or_null(const std::string& s);
// A real value, NULL when absent.
SqlValue sql_real_or_null(const std::optional<double>& v);

// A text value as both backends store it: every NUL byte becomes U+FFFD
// (PostgreSQL text cannot hold NUL and would cut the string there; SQLite
// would keep it), so both stores hold the same thing. Both bind through it.
std::string sql_bindable_text(const std::string& s);

// One result row; accessors convert (PostgreSQL returns every value as text).
struct SqlRow {
  std::vector<SqlValue> values;
  bool null(size_t i) const { return std::holds_alternative<std::monostate>(values.at(i)); }
  std::string text(size_t i) const;                 // "" for NULL
  std::string take_text(size_t i);                  // text(i), moved out of the row (read each column once)
  int64_t integer(size_t i) const;                  // 0 for NULL
  double real(size_t i) const;                      // 0 for NULL
  std::optional<double> optional_real(size_t i) const;
};

enum class SqlDialect : uint8_t { kSqlite, kPostgres };

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual SqlDialect dialect() const = 0;
  // Runs one statement with bound parameters; returns its rows (none for
  // statements without results). Errors are kOutput with the database's message.
  virtual Result<std::vector<SqlRow>> query(const std::string& sql,
                                            const std::vector<SqlValue>& params = {}) = 0;
  // Runs a script of several statements without parameters (migrations).
  virtual Result<bool> exec_script(const std::string& sql) = 0;
  // Opens a transaction; write = true takes the writer's lock.
  virtual Result<bool> begin(bool write) = 0;
  virtual Result<bool> commit() = 0;
  // Rolls back the open transaction, if any; never fails loudly.
  virtual void rollback() = 0;
  // Limits each following statement to ms milliseconds (0 = no limit).
  virtual void set_timeout_ms(int ms) = 0;
};

}  // namespace herald
