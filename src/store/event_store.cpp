#include "store/event_store.h"

#include "core/stable_hash.h"
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
      return bad("bbox must be min_lat <= max_lat in -90..90 and min_lon <= max_lon in -180..180");
  }
  if (!sort.empty()) {
    std::string_view key = sort[0] == '-' ? std::string_view(sort).substr(1) : std::string_view(sort);
    bool known = false;
    for (const char* k : kSortKeys) known = known || key == k;
    if (!known) return bad("sort must be one of date, goldstein, mentions, sources, articles, code, quad_class, "
                           "source, target, country, with - in front for descending: " + sort.substr(0, 40));
  }
  if (text.size() > kMaxTextBytes) return bad("text is over " + std::to_string(kMaxTextBytes) + " bytes");
  if (limit == 0 || limit > kMaxLimit) return bad("limit must be 1.." + std::to_string(kMaxLimit));
  if (offset > kMaxOffset) return bad("offset is over " + std::to_string(kMaxOffset));
  return true;
}

int EventStore::schema_version() { return latest_schema_version(); }

std::string EventStore::content_hash(const Article& a) {
  StableHash h;
  h.field(a.date ? a.date->iso() : "");
  h.field(a.url);
  h.field(a.title);
  h.field(a.text);
  return h.hex();
}

Result<std::unique_ptr<EventStore>> EventStore::open(const std::string& location, const StoreOptions& options) {
  std::unique_ptr<SqlConnection> conn;
  if (is_postgres_url(location)) {
    auto c = PgConnection::open(location, options.read_only);
    if (!c.ok()) return c.error();
    conn = std::move(c.value());
  } else {
    auto c = SqliteConnection::open(location, options.read_only);
    if (!c.ok()) return c.error();
    conn = std::move(c.value());
  }
  Result<int> version = options.read_only ? current_schema_version(*conn) : migrate(*conn);
  if (!version.ok()) {
    Error e = version.error();
    if (e.input.empty() && !is_postgres_url(location)) e.input = location;
    return e;
  }
  if (options.read_only && version.value() != latest_schema_version())
    return Error{ErrorCode::kOutput, is_postgres_url(location) ? "" : location, 0,
                 "store schema version " + std::to_string(version.value()) + ", this herald reads version " +
                     std::to_string(latest_schema_version()),
                 ""};
  if (options.query_timeout_ms > 0) conn->set_timeout_ms(options.query_timeout_ms);
  return std::unique_ptr<EventStore>(new SqlEventStore(std::move(conn), options));
}

}  // namespace herald
