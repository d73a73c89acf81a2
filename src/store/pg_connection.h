// SqlConnection over a PostgreSQL server through libpqxx.
//
//   auto c = herald::PgConnection::open("postgresql://user@127.0.0.1:54329/herald", false);
//   if (!c.ok()) return c.error();        // kOutput: cannot connect
//
// A write transaction takes a transaction-level advisory lock, so writers
// take turns (the merge step reads before it writes). Read-only connections
// set default_transaction_read_only.
#pragma once

#include <memory>
#include <string>

#include "store/sql_connection.h"

namespace herald {

class PgConnection : public SqlConnection {
 public:
  static Result<std::unique_ptr<PgConnection>> open(const std::string& url, bool read_only);
  ~PgConnection() override;

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }
  Result<std::vector<SqlRow>> query(const std::string& sql, const std::vector<SqlValue>& params) override;
  Result<bool> exec_script(const std::string& sql) override;
  Result<bool> begin(bool write) override;
  Result<bool> commit() override;
  void rollback() override;
  void set_timeout_ms(int ms) override;

 private:
  struct Impl;
  explicit PgConnection(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace herald
