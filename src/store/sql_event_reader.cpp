// The read path of SqlEventStore: pages (the filter is sql_event_filter.cpp),
// single events, articles with their spans, stats.
#include <algorithm>
#include <cstdint>

#include "store/sql_event_filter.h"
#include "store/sql_event_store.h"

namespace herald {

namespace {

constexpr const char* kEventColumns =
    "e.id, e.date, e.source_code, e.source_name, e.source_country, e.target_code, e.target_name, "
    "e.target_country, e.code, e.root, e.quad_class, e.goldstein, e.geo_name, e.geo_country, e.geo_adm1, "
    "e.geo_precision, e.lat, e.lon, e.num_mentions, e.num_sources, e.num_articles, e.source_url, "
    "e.first_doc_id, e.is_root_event, e.confidence, e.added_at";

constexpr const char* kMentionColumns =
    "m.id, m.event_id, m.doc_id, m.sentence, m.date, m.date_basis, m.source_code, m.source_name, "
    "m.source_country, m.target_code, m.target_name, m.target_country, m.code, m.root, m.verb, m.evidence, "
    "m.source_begin, m.source_end, m.target_begin, m.target_end, m.verb_begin, m.verb_end, m.negated, "
    "a.duplicate_of, m.confidence, a.url, m.json";

// The row's text columns are moved out (each is read once).
EventRecord event_from_row(SqlRow& r) {
  EventRecord e;
  e.id = r.take_text(0);
  e.date = CivilDate::parse(r.take_text(1));
  e.source = {r.take_text(2), r.take_text(3), r.take_text(4)};
  e.target = {r.take_text(5), r.take_text(6), r.take_text(7)};
  e.code = r.take_text(8);
  e.root = r.take_text(9);
  e.quad_class = static_cast<int>(r.integer(10));
  e.goldstein = r.real(11);
  e.geo_name = r.take_text(12);
  e.geo_country = r.take_text(13);
  e.geo_adm1 = r.take_text(14);
  e.geo_precision = r.take_text(15);
  e.lat = r.optional_real(16);
  e.lon = r.optional_real(17);
  e.num_mentions = r.integer(18);
  e.num_sources = r.integer(19);
  e.num_articles = r.integer(20);
  e.source_url = r.take_text(21);
  e.first_doc_id = r.take_text(22);
  e.is_root_event = r.integer(23) != 0;
  e.confidence = r.real(24);
  e.added = r.take_text(25);
  return e;
}

// A stored offset or index as uint32_t; 0 when out of range (a damaged or
// hand-written row never wraps around into a wrong offset).
uint32_t u32_at(const SqlRow& r, size_t i) {
  int64_t v = r.integer(i);
  return v >= 0 && v <= int64_t{UINT32_MAX} ? static_cast<uint32_t>(v) : 0;
}

// A stored [begin, end) span; nullopt when absent or out of range.
std::optional<std::pair<uint32_t, uint32_t>> span_at(const SqlRow& r, size_t i) {
  if (r.null(i) || r.null(i + 1)) return std::nullopt;
  int64_t b = r.integer(i), e = r.integer(i + 1);
  if (b < 0 || e < b || e > int64_t{UINT32_MAX}) return std::nullopt;
  return std::make_pair(static_cast<uint32_t>(b), static_cast<uint32_t>(e));
}

MentionRecord mention_from_row(SqlRow& r) {
  MentionRecord m;
  m.id = r.take_text(0);
  m.event_id = r.take_text(1);
  m.doc_id = r.take_text(2);
  m.sentence = u32_at(r, 3);
  m.date = CivilDate::parse(r.take_text(4));
  m.date_basis = r.take_text(5);
  m.source = {r.take_text(6), r.take_text(7), r.take_text(8)};
  m.target = {r.take_text(9), r.take_text(10), r.take_text(11)};
  m.code = r.take_text(12);
  m.root = r.take_text(13);
  m.verb = r.take_text(14);
  m.evidence = r.take_text(15);
  m.source_span = span_at(r, 16);
  m.target_span = span_at(r, 18);
  m.verb_span = span_at(r, 20);
  m.negated = r.integer(22) != 0;
  m.syndicated = !r.null(23);
  m.confidence = r.real(24);
  m.url = r.take_text(25);
  m.json = r.take_text(26);
  return m;
}

constexpr uint32_t kScanPage = 2000;

// The ORDER BY of a validated EventQuery::sort (fixed text per key).
std::string sort_order(const std::string& sort) {
  bool desc = !sort.empty() && sort[0] == '-';
  std::string key = desc ? sort.substr(1) : sort;
  std::string dir = desc ? " DESC" : "";
  std::string column = key == "goldstein"    ? "e.goldstein"
                       : key == "mentions"   ? "e.num_mentions"
                       : key == "sources"    ? "e.num_sources"
                       : key == "articles"   ? "e.num_articles"
                       : key == "code"       ? "e.code"
                       : key == "quad_class" ? "e.quad_class"
                       : key == "source"     ? "e.source_code"
                       : key == "target"     ? "e.target_code"
                       : key == "country"    ? "COALESCE(e.geo_country, '')"
                                             : "";
  if (column.empty()) return " ORDER BY (e.date IS NULL), e.date" + dir + ", e.id";
  return " ORDER BY " + column + dir + ", e.id";
}

}  // namespace

Result<std::vector<EventRecord>> SqlEventStore::select_events(const EventQuery& q, bool newest_first,
                                                              uint32_t limit, uint64_t offset,
                                                              std::optional<uint64_t>* total) {
  SqlWhere w = event_filter_where(q, text_path_);
  std::string order = !newest_first ? " ORDER BY (e.date IS NULL), e.date, e.id"
                      : q.sort.empty() ? " ORDER BY (e.date IS NULL), e.date DESC, e.id"
                                       : sort_order(q.sort);
  if (total && conn_->dialect() == SqlDialect::kSqlite) return select_page_by_rowid(w, order, limit, offset, *total);
  std::string sql;
  if (total) {
    // PostgreSQL: the page's ids and the count of every match from one
    // evaluation of the filter; then the page's rows by id (ids are unique:
    // same order).
    sql = std::string("SELECT ") + kEventColumns + ", t.n FROM (SELECT e.id AS i, COUNT(*) OVER () AS n FROM events e" +
          w.sql + order + " LIMIT " + w.bind(int64_t{limit}) + " OFFSET " + w.bind(static_cast<int64_t>(offset)) +
          ") t JOIN events e ON e.id = t.i" + order;
  } else {
    sql = std::string("SELECT ") + kEventColumns + " FROM events e" + w.sql + order;
    sql += " LIMIT " + w.bind(int64_t{limit});
    sql += " OFFSET " + w.bind(static_cast<int64_t>(offset));
  }
  auto r = conn_->query(sql, w.params);
  if (!r.ok()) return r.error();
  std::vector<EventRecord> out;
  out.reserve(r.value().size());
  for (SqlRow& row : r.value()) out.push_back(event_from_row(row));
  if (total && !r.value().empty()) *total = static_cast<uint64_t>(r.value()[0].integer(26));
  return out;
}

Result<std::vector<EventRecord>> SqlEventStore::select_page_by_rowid(SqlWhere& w, const std::string& order,
                                                                     uint32_t limit, uint64_t offset,
                                                                     std::optional<uint64_t>& total) {
  auto b = conn_->begin(false);   // one snapshot: the rowids still name the same rows below
  if (!b.ok()) return b.error();
  auto fail = [this](const Error& e) -> Result<std::vector<EventRecord>> {
    conn_->rollback();
    return e;
  };
  auto keys = conn_->query("SELECT e.rowid FROM events e" + w.sql + order, w.params);
  if (!keys.ok()) return fail(keys.error());
  const std::vector<SqlRow>& matches = keys.value();
  total = matches.size();
  std::string page = "[";
  for (uint64_t i = offset; i < matches.size() && i - offset < limit; ++i) {
    if (page.size() > 1) page += ',';
    page += std::to_string(matches[i].integer(0));
  }
  page += ']';
  // CROSS JOIN: the list drives, one rowid seek a row; each row comes with
  // its place in the list (j.key) and is put there, so no sorter copies the
  // rows into order.
  std::vector<EventRecord> out;
  if (page.size() > 2) {
    auto r = conn_->query(std::string("SELECT ") + kEventColumns +
                              ", j.key FROM json_each($1) j CROSS JOIN events e ON e.rowid = j.value",
                          {page});
    if (!r.ok()) return fail(r.error());
    out.resize(std::min<uint64_t>(matches.size() - offset, limit));
    std::vector<bool> found(out.size());
    for (SqlRow& row : r.value()) {
      const int64_t at = row.integer(26);
      if (at < 0 || static_cast<uint64_t>(at) >= out.size() || found[static_cast<size_t>(at)]) continue;
      found[static_cast<size_t>(at)] = true;
      out[static_cast<size_t>(at)] = event_from_row(row);
    }
    // Every rowid names a row in this snapshot; a list with a hole would be a bug, not a page.
    if (std::find(found.begin(), found.end(), false) != found.end())
      return fail(Error{ErrorCode::kOutput, "", 0, "an event of the page is missing from its snapshot", ""});
  }
  auto c = conn_->commit();
  if (!c.ok()) return fail(c.error());
  return out;
}

Result<std::vector<MentionRecord>> SqlEventStore::select_mentions(const EventQuery& q, uint32_t limit,
                                                                  uint64_t offset) {
  SqlWhere w = mention_filter_where(q, text_path_);
  std::string sql = std::string("SELECT ") + kMentionColumns +
                    " FROM mentions m JOIN articles a ON a.doc_id = m.doc_id" + w.sql +
                    " ORDER BY m.doc_id, m.sentence, m.id";
  sql += " LIMIT " + w.bind(int64_t{limit});
  sql += " OFFSET " + w.bind(static_cast<int64_t>(offset));
  auto r = conn_->query(sql, w.params);
  if (!r.ok()) return r.error();
  std::vector<MentionRecord> out;
  out.reserve(r.value().size());
  for (SqlRow& row : r.value()) out.push_back(mention_from_row(row));
  return out;
}

Result<EventPage> SqlEventStore::find_events(const EventQuery& query) {
  auto ok = query.validate();
  if (!ok.ok()) return ok.error();
  std::lock_guard lock(mu_);
  EventPage page;
  page.limit = query.limit;
  page.offset = query.offset;
  // A full-text or article filter costs most of the query (the words'
  // articles, their mentions, their events): the page and the total come
  // from one evaluation of it (SQLite: every match's rowid, then the page's
  // rows; PostgreSQL: a window). Other filters count faster on their own (an
  // index, or SQLite's count of the table's pages), and a pass over every
  // matching row would cost more than the page.
  std::optional<uint64_t> total;
  const bool one_pass = query.count_total && (!query.text.empty() || !query.doc_id.empty());
  auto rows = select_events(query, true, query.limit, query.offset, one_pass ? &total : nullptr);
  if (!rows.ok()) return rows.error();
  page.events = std::move(rows.value());
  // A page short of its limit is the last one: it ends at the total.
  if (query.count_total && !total && page.events.size() < query.limit && (query.offset == 0 || !page.events.empty()))
    total = query.offset + page.events.size();
  if (total) {
    page.total = *total;
  } else if (query.count_total) {
    SqlWhere w = event_filter_where(query, text_path_);
    auto r = conn_->query("SELECT COUNT(*) FROM events e" + w.sql, w.params);
    if (!r.ok()) return r.error();
    page.total = static_cast<uint64_t>(r.value().at(0).integer(0));
  }
  return page;
}

Result<std::optional<EventRecord>> SqlEventStore::get_event(const std::string& id) {
  std::lock_guard lock(mu_);
  auto r = conn_->query(std::string("SELECT ") + kEventColumns + " FROM events e WHERE e.id = $1", {id});
  if (!r.ok()) return r.error();
  if (r.value().empty()) return std::optional<EventRecord>();
  return std::optional<EventRecord>(event_from_row(r.value()[0]));
}

Result<std::vector<MentionRecord>> SqlEventStore::get_mentions(const std::string& event_id) {
  std::lock_guard lock(mu_);
  auto r = conn_->query(std::string("SELECT ") + kMentionColumns +
                            " FROM mentions m JOIN articles a ON a.doc_id = m.doc_id WHERE m.event_id = $1 "
                            "ORDER BY a.date, m.doc_id, m.sentence, m.id",
                        {event_id});
  if (!r.ok()) return r.error();
  std::vector<MentionRecord> out;
  for (SqlRow& row : r.value()) out.push_back(mention_from_row(row));
  return out;
}

// Walks every row matching `query` page by page (kScanPage rows a page,
// taking the lock per page), calling fn until it returns false.
template <typename Record, typename SelectPage>
Result<uint64_t> SqlEventStore::scan_pages(const EventQuery& query, SelectPage select_page,
                                           const std::function<bool(const Record&)>& fn) {
  EventQuery q = query;
  q.limit = 1;
  q.offset = 0;
  auto ok = q.validate();
  if (!ok.ok()) return ok.error();
  uint64_t seen = 0;
  for (uint64_t offset = 0;; offset += kScanPage) {
    std::vector<Record> page;
    {
      std::lock_guard lock(mu_);
      auto r = select_page(q, offset);
      if (!r.ok()) return r.error();
      page = std::move(r.value());
    }
    for (const Record& rec : page) {
      ++seen;
      if (!fn(rec)) return seen;
    }
    if (page.size() < kScanPage) return seen;
  }
}

Result<uint64_t> SqlEventStore::scan_events(const EventQuery& query,
                                            const std::function<bool(const EventRecord&)>& fn) {
  return scan_pages<EventRecord>(
      query, [this](const EventQuery& q, uint64_t offset) { return select_events(q, false, kScanPage, offset); },
      fn);
}

Result<std::vector<MentionRecord>> SqlEventStore::find_mentions(const EventQuery& query) {
  auto ok = query.validate();
  if (!ok.ok()) return ok.error();
  std::lock_guard lock(mu_);
  return select_mentions(query, query.limit, query.offset);
}

Result<uint64_t> SqlEventStore::scan_mentions(const EventQuery& query,
                                              const std::function<bool(const MentionRecord&)>& fn) {
  return scan_pages<MentionRecord>(
      query, [this](const EventQuery& q, uint64_t offset) { return select_mentions(q, kScanPage, offset); }, fn);
}

Result<std::optional<ArticleRecord>> SqlEventStore::get_article(const std::string& doc_id) {
  std::lock_guard lock(mu_);
  auto r = conn_->query(
      "SELECT doc_id, date, url, host, title, body, content_hash, duplicate_of FROM articles WHERE doc_id = $1",
      {doc_id});
  if (!r.ok()) return r.error();
  if (r.value().empty()) return std::optional<ArticleRecord>();
  const SqlRow& row = r.value()[0];
  ArticleRecord a;
  a.doc_id = row.text(0);
  a.date = CivilDate::parse(row.text(1));
  a.url = row.text(2);
  a.host = row.text(3);
  a.title = row.text(4);
  a.body = row.text(5);
  a.content_hash = row.text(6);
  a.duplicate_of = row.text(7);
  auto actors = conn_->query(
      "SELECT sentence, begin_byte, end_byte, code, name FROM actors WHERE doc_id = $1 ORDER BY n", {doc_id});
  if (!actors.ok()) return actors.error();
  for (const SqlRow& x : actors.value())
    a.actors.push_back({u32_at(x, 0), u32_at(x, 1), u32_at(x, 2), x.text(3), x.text(4), std::nullopt, std::nullopt});
  auto places = conn_->query(
      "SELECT sentence, begin_byte, end_byte, country, name, lat, lon FROM places WHERE doc_id = $1 ORDER BY n",
      {doc_id});
  if (!places.ok()) return places.error();
  for (const SqlRow& x : places.value())
    a.places.push_back({u32_at(x, 0), u32_at(x, 1), u32_at(x, 2), x.text(3), x.text(4), x.optional_real(5),
                        x.optional_real(6)});
  auto mentions = conn_->query(std::string("SELECT ") + kMentionColumns +
                                   " FROM mentions m JOIN articles a ON a.doc_id = m.doc_id WHERE m.doc_id = $1 "
                                   "ORDER BY m.sentence, m.id",
                               {doc_id});
  if (!mentions.ok()) return mentions.error();
  for (SqlRow& x : mentions.value()) a.mentions.push_back(mention_from_row(x));
  return std::optional<ArticleRecord>(std::move(a));
}

Result<std::vector<StatRow>> SqlEventStore::stats(const EventQuery& query, StatGroup group) {
  auto ok = query.validate();
  if (!ok.ok()) return ok.error();
  std::lock_guard lock(mu_);
  std::string key;
  switch (group) {
    case StatGroup::kDay: key = "COALESCE(e.date, '')"; break;
    case StatGroup::kRoot: key = "e.root"; break;
    case StatGroup::kCountry: key = "COALESCE(e.geo_country, '')"; break;
    case StatGroup::kActorPair: key = "e.source_code || '>' || e.target_code"; break;
  }
  SqlWhere w = event_filter_where(query, text_path_);
  std::string sql = "SELECT " + key + " AS k, COUNT(*), SUM(e.num_mentions) FROM events e" + w.sql +
                    " GROUP BY " + key + " ORDER BY COUNT(*) DESC, k LIMIT " + w.bind(int64_t{query.limit});
  auto r = conn_->query(sql, w.params);
  if (!r.ok()) return r.error();
  std::vector<StatRow> out;
  for (const SqlRow& row : r.value())
    out.push_back({row.text(0), static_cast<uint64_t>(row.integer(1)), static_cast<uint64_t>(row.integer(2))});
  return out;
}

}  // namespace herald
