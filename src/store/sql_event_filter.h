// The WHERE clause of an EventQuery's filters over the events table (alias
// `e`), with its bound values: the one filter find_events, stats and the
// dashboard aggregates share. Internal to herald_store.
//
//   herald::SqlWhere w = herald::event_filter_where(query, conn.dialect());
//   std::string sql = "SELECT COUNT(*) FROM events e" + w.where_and("e.lat IS NOT NULL");
//   sql += " LIMIT " + w.bind(int64_t{10});
//   auto rows = conn.query(sql, w.params);
#pragma once

#include <string>
#include <vector>

#include "store/event_query.h"
#include "store/sql_connection.h"

namespace herald {

struct SqlWhere {
  std::string sql;                  // " WHERE ..." or "" when no filter is set
  std::vector<SqlValue> params;     // bound to $1..$N in order

  // Adds a value and returns its placeholder ("$N").
  std::string bind(SqlValue v) {
    params.push_back(std::move(v));
    std::string placeholder(1, '$');
    placeholder += std::to_string(params.size());
    return placeholder;
  }
  // The clause with one more fixed condition ANDed on.
  std::string where_and(const std::string& condition) const {
    return sql.empty() ? " WHERE " + condition : sql + " AND " + condition;
  }
};

// The filters of q (dates, actors, country, codes, QuadClass, box, text,
// article; not limit or offset) as a WHERE clause over `events e`.
SqlWhere event_filter_where(const EventQuery& q, SqlDialect dialect);

}  // namespace herald
