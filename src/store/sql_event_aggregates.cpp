// The dashboard aggregates of SqlEventStore (store/event_aggregates.h): GROUP
// BY queries over the filtered events, built from fixed SQL text and the
// shared filter (sql_event_filter.h); every value is bound. The filter hands
// rows over in event id order (in_id_order): AVG(goldstein) sums floats in
// the order rows arrive, and the same query gives the same bytes.
#include <algorithm>
#include <map>

#include "store/sql_event_filter.h"
#include "store/sql_event_store.h"

namespace herald {

namespace {

constexpr const char* kQuadSums =
    "SUM(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END)";

uint64_t count_at(const SqlRow& r, size_t i) { return static_cast<uint64_t>(std::max<int64_t>(r.integer(i), 0)); }

std::array<uint64_t, 4> quads_at(const SqlRow& r, size_t i) {
  return {count_at(r, i), count_at(r, i + 1), count_at(r, i + 2), count_at(r, i + 3)};
}

// A LIKE pattern matching s literally (\ escapes % _ and itself).
std::string like_literal(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string ascii_case(std::string s, bool upper) {
  for (char& c : s) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

Result<Timeline> SqlEventStore::timeline(const EventQuery& query) {
  auto ok = query.validate();
  if (!ok.ok()) return ok.error();
  std::lock_guard lock(mu_);
  Timeline t;
  SqlWhere w = event_filter_where(query, in_id_order(text_path_));
  std::string sql = std::string("SELECT COALESCE(e.date, ''), ") + kQuadSums + " FROM events e" + w.sql +
                    " GROUP BY COALESCE(e.date, '') ORDER BY 1 LIMIT " + w.bind(int64_t{Timeline::kMaxDays + 2});
  auto r = conn_->query(sql, w.params);
  if (!r.ok()) return r.error();
  for (const SqlRow& row : r.value()) {
    std::string date = row.text(0);
    std::array<uint64_t, 4> quad = quads_at(row, 1);
    if (date.empty()) {
      for (uint64_t n : quad) t.undated += n;
    } else if (t.days.size() < Timeline::kMaxDays) {
      t.days.push_back({std::move(date), quad});
    } else {
      t.truncated = true;
    }
  }
  // Casualties: per event and type the largest number any mention gave,
  // summed per day. Counts tied to no event (no mention_id) are left out.
  SqlWhere c = event_filter_where(query, in_id_order(text_path_));
  sql = "SELECT x.d, x.t, SUM(x.n), COUNT(*) FROM (SELECT e.date AS d, k.type AS t, MAX(k.number) AS n "
        "FROM events e JOIN mentions m ON m.event_id = e.id JOIN counts k ON k.mention_id = m.id" +
        c.where_and("e.date IS NOT NULL") +
        " GROUP BY e.id, e.date, k.type) x GROUP BY x.d, x.t ORDER BY x.d, x.t LIMIT " +
        c.bind(int64_t{Timeline::kMaxDays * 8});
  auto cr = conn_->query(sql, c.params);
  if (!cr.ok()) return cr.error();
  for (const SqlRow& row : cr.value()) t.casualties.push_back({row.text(0), row.text(1), count_at(row, 2), count_at(row, 3)});
  return t;
}

Result<PlaceSummary> SqlEventStore::places(const EventQuery& query) {
  auto ok = query.validate();
  if (!ok.ok()) return ok.error();
  std::lock_guard lock(mu_);
  SqlWhere w = event_filter_where(query, in_id_order(text_path_));
  std::string sql = std::string("SELECT e.lat, e.lon, MIN(e.geo_name), MIN(e.geo_country), COUNT(*), AVG(e.goldstein), ") +
                    kQuadSums + ", COUNT(*) OVER (), SUM(COUNT(*)) OVER () FROM events e" +
                    w.where_and("e.lat IS NOT NULL AND e.lon IS NOT NULL") +
                    " GROUP BY e.lat, e.lon ORDER BY COUNT(*) DESC, e.lat, e.lon LIMIT " +
                    w.bind(int64_t{query.limit});
  auto r = conn_->query(sql, w.params);
  if (!r.ok()) return r.error();
  PlaceSummary out;
  for (const SqlRow& row : r.value()) {
    PlaceRow p;
    p.lat = row.real(0);
    p.lon = row.real(1);
    p.name = row.text(2);
    p.country = row.text(3);
    p.events = count_at(row, 4);
    p.goldstein = row.real(5);
    p.quad = quads_at(row, 6);
    out.total_places = count_at(row, 10);
    out.located_events = count_at(row, 11);
    out.places.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<CountryRow>> SqlEventStore::countries(const EventQuery& query) {
  auto ok = query.validate();
  if (!ok.ok()) return ok.error();
  std::lock_guard lock(mu_);
  SqlWhere w = event_filter_where(query, in_id_order(text_path_));
  std::string sql = "SELECT e.geo_country, COUNT(*), SUM(e.num_mentions), AVG(e.goldstein) FROM events e" +
                    w.where_and("e.geo_country IS NOT NULL AND e.geo_country <> ''") +
                    " GROUP BY e.geo_country ORDER BY COUNT(*) DESC, e.geo_country LIMIT " +
                    w.bind(int64_t{query.limit});
  auto r = conn_->query(sql, w.params);
  if (!r.ok()) return r.error();
  std::vector<CountryRow> out;
  for (const SqlRow& row : r.value()) out.push_back({row.text(0), count_at(row, 1), count_at(row, 2), row.real(3)});
  return out;
}

Result<std::vector<EdgeRow>> SqlEventStore::network(const EventQuery& query) {
  auto ok = query.validate();
  if (!ok.ok()) return ok.error();
  std::lock_guard lock(mu_);
  SqlWhere w = event_filter_where(query, in_id_order(text_path_));
  std::string sql =
      "SELECT e.source_code, e.target_code, e.quad_class, COUNT(*), SUM(e.num_mentions), AVG(e.goldstein), "
      "MIN(e.source_name), MIN(e.target_name) FROM events e" +
      w.where_and("e.target_code <> '' AND e.source_code <> e.target_code") +
      " GROUP BY e.source_code, e.target_code, e.quad_class"
      " ORDER BY COUNT(*) DESC, e.source_code, e.target_code, e.quad_class LIMIT " +
      w.bind(int64_t{query.limit});
  auto r = conn_->query(sql, w.params);
  if (!r.ok()) return r.error();
  std::vector<EdgeRow> out;
  for (const SqlRow& row : r.value()) {
    EdgeRow e;
    e.source = row.text(0);
    e.target = row.text(1);
    e.quad_class = static_cast<int>(row.integer(2));
    e.events = count_at(row, 3);
    e.mentions = count_at(row, 4);
    e.goldstein = row.real(5);
    e.source_name = row.text(6);
    e.target_name = row.text(7);
    out.push_back(std::move(e));
  }
  // Each code is named by the name it was given most often (a place name
  // can stand for a country code: "Dnipro" for UKR in one event).
  std::map<std::string, std::string> names;
  for (const EdgeRow& e : out) names[e.source] = names[e.target] = "";
  if (names.empty()) return out;
  std::vector<SqlValue> codes;
  std::string list;
  for (const auto& [code, name] : names) {
    codes.push_back(code);
    list += (list.empty() ? "$" : ", $") + std::to_string(codes.size());
  }
  auto nr = conn_->query(
      "SELECT a.code, a.name FROM (SELECT source_code AS code, source_name AS name FROM events "
      "UNION ALL SELECT target_code, target_name FROM events) a WHERE a.code IN (" + list +
          ") AND a.name IS NOT NULL AND a.name <> '' GROUP BY a.code, a.name ORDER BY a.code, COUNT(*) DESC, a.name",
      codes);
  if (!nr.ok()) return nr.error();
  for (const SqlRow& row : nr.value()) {
    std::string& name = names[row.text(0)];
    if (name.empty()) name = row.text(1);
  }
  for (EdgeRow& e : out) {
    if (!names[e.source].empty()) e.source_name = names[e.source];
    if (!names[e.target].empty()) e.target_name = names[e.target];
  }
  return out;
}

Result<std::vector<ActorMatch>> SqlEventStore::search_actors(const std::string& text, uint32_t limit) {
  if (text.empty() || text.size() > EventQuery::kMaxTextBytes)
    return Error{ErrorCode::kBadFormat, "", 0, "the actor search text must be 1.." + std::to_string(EventQuery::kMaxTextBytes) + " bytes", ""};
  if (limit == 0 || limit > EventQuery::kMaxLimit)
    return Error{ErrorCode::kBadFormat, "", 0, "limit must be 1.." + std::to_string(EventQuery::kMaxLimit), ""};
  std::lock_guard lock(mu_);
  std::string code_prefix = like_literal(ascii_case(text, true));
  code_prefix += '%';
  std::string name_part(1, '%');
  name_part += like_literal(ascii_case(text, false));
  name_part += '%';
  std::vector<SqlValue> params{std::move(code_prefix), std::move(name_part), int64_t{limit}};
  auto r = conn_->query(
      "SELECT a.code, a.name, COUNT(*) AS n FROM ("
      "SELECT source_code AS code, COALESCE(source_name, '') AS name FROM events "
      "UNION ALL SELECT target_code, COALESCE(target_name, '') FROM events WHERE target_code <> '') a "
      "WHERE a.code LIKE $1 ESCAPE '\\' OR LOWER(a.name) LIKE $2 ESCAPE '\\' "
      "GROUP BY a.code, a.name "
      "ORDER BY CASE WHEN a.code LIKE $1 ESCAPE '\\' THEN 0 ELSE 1 END, COUNT(*) DESC, a.code, a.name LIMIT $3",
      params);
  if (!r.ok()) return r.error();
  std::vector<ActorMatch> out;
  for (const SqlRow& row : r.value()) out.push_back({row.text(0), row.text(1), count_at(row, 2)});
  return out;
}

Result<ArticleAnnotations> SqlEventStore::annotations(const std::string& doc_id) {
  std::lock_guard lock(mu_);
  ArticleAnnotations out;
  auto actors = conn_->query(
      "SELECT sentence, begin_byte, end_byte, code, name, country, kind, entry FROM actors WHERE doc_id = $1 "
      "ORDER BY n",
      {doc_id});
  if (!actors.ok()) return actors.error();
  for (const SqlRow& x : actors.value())
    out.actors.push_back({static_cast<uint32_t>(x.integer(0)), static_cast<uint32_t>(x.integer(1)),
                          static_cast<uint32_t>(x.integer(2)), x.text(3), x.text(4), x.text(5), x.text(6), x.text(7)});
  auto counts = conn_->query(
      "SELECT k.sentence, k.begin_byte, k.end_byte, k.type, k.number, k.who, k.according_to, k.mention_id, "
      "m.event_id FROM counts k LEFT JOIN mentions m ON m.id = k.mention_id WHERE k.doc_id = $1 ORDER BY k.n",
      {doc_id});
  if (!counts.ok()) return counts.error();
  for (const SqlRow& x : counts.value()) {
    CountRecord c;
    if (!x.null(0)) c.sentence = static_cast<uint32_t>(x.integer(0));
    if (!x.null(1) && !x.null(2) && x.integer(2) > x.integer(1))
      c.span = std::make_pair(static_cast<uint32_t>(x.integer(1)), static_cast<uint32_t>(x.integer(2)));
    c.type = x.text(3);
    c.number = count_at(x, 4);
    c.who = x.text(5);
    c.according_to = x.text(6);
    c.mention_id = x.text(7);
    c.event_id = x.text(8);
    out.counts.push_back(std::move(c));
  }
  return out;
}

}  // namespace herald
