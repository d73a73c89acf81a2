#include "store/event_store.h"

#include <charconv>
#include <cmath>

#include "store/pg_connection.h"
#include "store/sql_event_store.h"
#include "store/sqlite_connection.h"
#include "store/store_schema.h"

namespace herald {

namespace {

bool is_actor_code(const std::string& s) {
  if (s.empty() || s.size() % 3 != 0 || s.size() > 30) return false;
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

bool all_digits(const std::string& s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

Error bad(const std::string& what) { return Error{ErrorCode::kBadFormat, "", 0, what, ""}; }

bool is_postgres_url(const std::string& s) {
  return s.rfind("postgresql://", 0) == 0 || s.rfind("postgres://", 0) == 0;
}

}  // namespace

std::optional<BoundingBox> BoundingBox::parse(std::string_view v) {
  double xs[4];
  size_t n = 0, start = 0;
  for (;;) {
    size_t comma = v.find(',', start);
    std::string_view part = v.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    double d = 0;
    auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), d);
    if (n == 4 || part.empty() || ec != std::errc() || p != part.data() + part.size() || !std::isfinite(d))
      return std::nullopt;
    xs[n++] = d;
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  if (n != 4) return std::nullopt;
  BoundingBox b;
  b.min_lon = xs[0];
  b.min_lat = xs[1];
  b.max_lon = xs[2];
  b.max_lat = xs[3];
  return b;
}

Result<bool> EventQuery::validate() const {
  if (date_from && date_to && *date_from > *date_to) return bad("date_from is after date_to");
  for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"actor", &actor},
                                    {"source", &source}, {"target", &target}}) {
    if (!value->empty() && !is_actor_code(*value))
      return bad(std::string(name) + " must be a CAMEO actor code (letters A-Z in threes): " + value->substr(0, 40));
  }
  if (!country.empty() && !(country.size() == 3 && is_actor_code(country)))
    return bad("country must be an ISO 3166-1 alpha-3 code: " + country.substr(0, 40));
  if (!root.empty()) {
    int r = all_digits(root) && root.size() == 2 ? std::stoi(root) : -1;
    if (r < 1 || r > 20) return bad("root must be 01..20: " + root.substr(0, 40));
  }
  if (!code.empty() && (!all_digits(code) || code.size() < 2 || code.size() > 4))
    return bad("code must be 2 to 4 digits: " + code.substr(0, 40));
  if (quad_class && (*quad_class < 1 || *quad_class > 4)) return bad("quad_class must be 1..4");
  if (bbox) {
    const BoundingBox& b = *bbox;
    if (!(b.min_lat >= -90 && b.max_lat <= 90 && b.min_lat <= b.max_lat && b.min_lon >= -180 &&
          b.max_lon <= 180 && b.min_lon <= b.max_lon))
      return bad("bbox (min_lon,min_lat,max_lon,max_lat) must have min_lon <= max_lon in -180..180 and "
                 "min_lat <= max_lat in -90..90");
  }
  if (!sort.empty()) {
    std::string_view key = sort[0] == '-' ? std::string_view(sort).substr(1) : std::string_view(sort);
    bool known = false;
    for (const char* k : kSortKeys) known = known || key == k;
    if (!known) return bad("sort must be one of date, goldstein, mentions, sources, articles, code, quad_class, "
                           "source, target, country, with - in front for descending: " + sort.substr(0, 40));
  }
  if (text.size() > kMaxTextBytes) return bad("text is over " + std::to_string(kMaxTextBytes) + " bytes");
  // NUL and other control bytes never reach a full-text engine (FTS5 takes
  // a NUL for the end of its query: "unterminated string").
  for (char c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return bad("text holds a control character");
  if (limit == 0 || limit > kMaxLimit) return bad("limit must be 1.." + std::to_string(kMaxLimit));
  if (offset > kMaxOffset) return bad("offset is over " + std::to_string(kMaxOffset));
  return true;
}

std::string EventStore::printable_location(const std::string& url) {
  if (!is_postgres_url(url)) return url;
  const size_t auth = url.find("://") + 3;
  size_t auth_end = url.find_first_of("/?#", auth);
  if (auth_end == std::string::npos) auth_end = url.size();
  std::string out = url.substr(0, auth);
  std::string authority = url.substr(auth, auth_end - auth);
  if (size_t at = authority.rfind('@'); at != std::string::npos) {
    std::string user = authority.substr(0, at);
    if (size_t colon = user.find(':'); colon != std::string::npos) user = user.substr(0, colon) + ":***";
    authority = user + authority.substr(at);
  }
  out += authority;
  // Parameters: password=... is blanked, the rest kept.
  std::string rest = url.substr(auth_end);
  size_t q = rest.find('?');
  if (q == std::string::npos) return out + rest;
  out += rest.substr(0, q + 1);
  std::string query = rest.substr(q + 1);
  size_t start = 0;
  while (start <= query.size()) {
    size_t amp = query.find('&', start);
    std::string pair = query.substr(start, amp == std::string::npos ? std::string::npos : amp - start);
    if (pair.rfind("password=", 0) == 0) pair = "password=***";
    out += pair;
    if (amp == std::string::npos) break;
    out += '&';
    start = amp + 1;
  }
  return out;
}

int EventStore::schema_version() { return latest_schema_version(); }

std::string EventStore::content_hash(const Article& a) {
  return a.content_hash.empty() ? article_content_hash(a) : a.content_hash;
}

Result<std::unique_ptr<EventStore>> EventStore::open(const std::string& location, const StoreOptions& options) {
  std::unique_ptr<SqlConnection> conn;
  if (is_postgres_url(location)) {
    auto c = PgConnection::open(location, options.read_only);
    if (!c.ok()) return c.error();
    conn = std::move(c.value());
  } else {
    auto c = SqliteConnection::open(location, options.read_only, options.read_only ? 10000 : options.lock_wait_ms,
                                    options.check_integrity);
    if (!c.ok()) return c.error();
    conn = std::move(c.value());
  }
  Result<int> version = options.read_only ? current_schema_version(*conn) : migrate(*conn);
  if (!version.ok()) {
    Error e = version.error();
    if (e.input.empty() && !is_postgres_url(location)) e.input = location;
    return e;
  }
  // A reader never migrates: it reads a store from oldest_readable_schema_version()
  // up to this herald's (a writer, `herald code --db`, brings it up to date).
  if (options.read_only &&
      (version.value() < oldest_readable_schema_version() || version.value() > latest_schema_version()))
    return Error{ErrorCode::kOutput, is_postgres_url(location) ? "" : location, 0,
                 "store schema version " + std::to_string(version.value()) + ", this herald reads versions " +
                     std::to_string(oldest_readable_schema_version()) + " to " +
                     std::to_string(latest_schema_version()) +
                     (version.value() < oldest_readable_schema_version()
                          ? " (`herald code --db` brings an older store up to date)"
                          : ""),
                 ""};
  if (options.query_timeout_ms > 0) conn->set_timeout_ms(options.query_timeout_ms);
  return std::unique_ptr<EventStore>(new SqlEventStore(std::move(conn), options, version.value()));
}

}  // namespace herald
