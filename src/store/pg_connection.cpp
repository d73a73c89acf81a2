#include "store/pg_connection.h"

#include "store/event_store.h"

#include <pqxx/pqxx>

#include <cstdio>

namespace herald {

struct PgConnection::Impl {
  std::unique_ptr<pqxx::connection> conn;
  std::unique_ptr<pqxx::work> tx;   // the open transaction, if any
  std::string where;                // the URL without its password, for messages

  Error error(const std::string& what) const { return Error{ErrorCode::kOutput, where, 0, what, ""}; }
};

namespace {

std::string param_text(const SqlValue& v) {
  if (auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  if (auto* d = std::get_if<double>(&v)) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", *d);
    return buf;
  }
  if (auto* s = std::get_if<std::string>(&v)) return sql_bindable_text(*s);
  return "";
}

template <typename Tx>
std::vector<SqlRow> run(Tx& tx, const std::string& sql, const std::vector<SqlValue>& params) {
  std::vector<std::string> texts;
  texts.reserve(params.size());
  for (const auto& p : params) texts.push_back(param_text(p));
  std::vector<const char*> ptrs;
  ptrs.reserve(params.size());
  for (size_t i = 0; i < params.size(); ++i)
    ptrs.push_back(std::holds_alternative<std::monostate>(params[i]) ? nullptr : texts[i].c_str());
  pqxx::result r = tx.exec_params(sql, pqxx::prepare::make_dynamic_params(ptrs));
  std::vector<SqlRow> rows;
  rows.reserve(r.size());
  for (const auto& row : r) {
    SqlRow out;
    out.values.reserve(row.size());
    for (const auto& f : row) {
      if (f.is_null()) out.values.emplace_back(std::monostate{});
      else out.values.emplace_back(std::string(f.c_str(), f.size()));
    }
    rows.push_back(std::move(out));
  }
  return rows;
}

}  // namespace

PgConnection::PgConnection(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PgConnection::~PgConnection() = default;

Result<std::unique_ptr<PgConnection>> PgConnection::open(const std::string& url, bool read_only) {
  auto impl = std::make_unique<Impl>();
  impl->where = EventStore::printable_location(url);
  try {
    impl->conn = std::make_unique<pqxx::connection>(url);
    pqxx::nontransaction n(*impl->conn);
    n.exec("SET client_min_messages = warning");
    if (read_only) n.exec("SET default_transaction_read_only = on");
  } catch (const std::exception& e) {
    return impl->error(std::string("cannot connect: ") + e.what());
  }
  return std::unique_ptr<PgConnection>(new PgConnection(std::move(impl)));
}

Result<std::vector<SqlRow>> PgConnection::query(const std::string& sql,
                                                const std::vector<SqlValue>& params) {
  try {
    if (impl_->tx) return run(*impl_->tx, sql, params);
    pqxx::nontransaction n(*impl_->conn);
    return run(n, sql, params);
  } catch (const pqxx::sql_error& e) {
    std::string msg = e.what();
    if (e.sqlstate() == "57014") msg = "query timed out";
    // A failed statement aborts the transaction: roll it back now.
    impl_->tx.reset();
    return impl_->error(msg);
  } catch (const std::exception& e) {
    impl_->tx.reset();
    return impl_->error(e.what());
  }
}

Result<bool> PgConnection::exec_script(const std::string& sql) {
  try {
    if (impl_->tx) {
      impl_->tx->exec(sql);
    } else {
      pqxx::nontransaction n(*impl_->conn);
      n.exec(sql);
    }
    return true;
  } catch (const std::exception& e) {
    impl_->tx.reset();
    return impl_->error(e.what());
  }
}

Result<bool> PgConnection::begin(bool write) {
  try {
    impl_->tx = std::make_unique<pqxx::work>(*impl_->conn);
    if (write) impl_->tx->exec("SELECT pg_advisory_xact_lock(7305210413)");
    return true;
  } catch (const std::exception& e) {
    impl_->tx.reset();
    return impl_->error(e.what());
  }
}

Result<bool> PgConnection::commit() {
  if (!impl_->tx) return impl_->error("commit without a transaction");
  try {
    impl_->tx->commit();
    impl_->tx.reset();
    return true;
  } catch (const std::exception& e) {
    impl_->tx.reset();
    return impl_->error(std::string("cannot commit: ") + e.what());
  }
}

void PgConnection::rollback() {
  try {
    if (impl_->tx) impl_->tx->abort();
  } catch (...) {
  }
  impl_->tx.reset();
}

void PgConnection::set_timeout_ms(int ms) {
  try {
    pqxx::nontransaction n(*impl_->conn);
    n.exec("SET statement_timeout = " + std::to_string(ms > 0 ? ms : 0));
  } catch (...) {
  }
}

}  // namespace herald
