// The WHERE clause of an EventQuery's filters over the events table (alias
// `e`) or the mentions table (alias `m`), with its bound values: the one
// filter find_events, find_mentions, stats and the dashboard aggregates
// share. Internal to herald_store.
//
//   herald::SqlWhere w = herald::event_filter_where(query, herald::TextPath::kSqliteRowids);
//   std::string sql = "SELECT COUNT(*) FROM events e" + w.where_and("e.lat IS NOT NULL");
//   sql += " LIMIT " + w.bind(int64_t{10});
//   auto rows = conn.query(sql, w.params);
#pragma once

#include <cstdint>
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

// How the full-text filter goes from a query's words to events.
enum class TextPath : uint8_t {
  kPostgres,        // articles.tsv -> doc_id -> mentions -> events.id
  kSqliteDocIds,    // articles_fts -> articles.doc_id -> mentions -> events.id (stores before version 5)
  kSqliteIds,       // articles_fts rowid -> mentions_article_event -> events.id
  kSqliteRowids,    // articles_fts rowid -> mentions_article_event -> events.rowid: integer seeks only
};

// The path that hands the matching events over in event id order, as every
// path but kSqliteRowids does (it goes by rowid). A float sum (AVG of
// goldstein) adds in the order rows arrive, so the aggregates that sum
// floats take this path and give the same bytes whatever the store's version.
TextPath in_id_order(TextPath path);

// The filters of q (dates, actors, country, codes, QuadClass, box, text,
// article; not limit or offset) as a WHERE clause over `events e`.
SqlWhere event_filter_where(const EventQuery& q, TextPath path);

// The same filters over `mentions m` (each mention's own fields; the text and
// article filters select its article).
SqlWhere mention_filter_where(const EventQuery& q, TextPath path);

}  // namespace herald
