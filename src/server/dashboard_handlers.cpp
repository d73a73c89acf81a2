#include "server/dashboard_handlers.h"

#include <algorithm>
#include <map>

#include "core/utf8.h"
#include "server/record_json.h"

namespace herald {

namespace {

constexpr size_t kMaxIdBytes = 512;
constexpr size_t kMaxSearchBytes = 64;

// With a charset, cpp-httplib leaves the body uncompressed: its Brotli at
// the highest quality costs more than sending a few hundred KB over loopback.
ApiReply dashboard_reply(const nlohmann::json& j) { return ApiReply{200, dump_json(j), "application/json; charset=utf-8"}; }

nlohmann::json quad_json(const std::array<uint64_t, 4>& q) { return nlohmann::json::array({q[0], q[1], q[2], q[3]}); }

// The filters of /api/events without paging: offset and total are refused,
// limit defaults to default_limit (1..1000).
std::optional<ApiError> aggregate_query(const ApiRequest& req, uint32_t default_limit, bool uses_limit, EventQuery& q) {
  for (const char* name : {"offset", "total", "sort"})
    if (req.params.count(name)) return ApiError::bad_parameter(name, "not used by this endpoint");
  if (!uses_limit && req.params.count("limit")) return ApiError::bad_parameter("limit", "not used by this endpoint");
  if (auto e = parse_event_query(req.params, {}, q)) return e;
  if (!req.params.count("limit")) q.limit = default_limit;
  q.count_total = false;
  return std::nullopt;
}

// Only the named parameters, each at most once and at most max_bytes of UTF-8.
std::optional<ApiError> only_params(const ApiRequest& req, std::initializer_list<std::string_view> names,
                                    size_t max_bytes) {
  for (const auto& [name, value] : req.params) {
    if (std::find(names.begin(), names.end(), name) == names.end())
      return ApiError::bad_parameter(name.substr(0, 40), "unknown parameter");
    if (req.params.count(name) > 1) return ApiError::bad_parameter(name, "given more than once");
    if (value.size() > max_bytes) return ApiError::bad_parameter(name, "longer than " + std::to_string(max_bytes) + " bytes");
    if (!utf8::valid(value)) return ApiError::bad_parameter(name, "not valid UTF-8");
    for (unsigned char c : value)
      if (c < 0x20 || c == 0x7f) return ApiError::bad_parameter(name, "holds a control character");
  }
  return std::nullopt;
}

}  // namespace

ApiReply DashboardHandlers::timeline(const ApiRequest& req) const {
  EventQuery q;
  if (auto e = aggregate_query(req, 1, false, q)) return error_reply(*e);
  auto t = pool_.acquire()->timeline(q);
  if (!t.ok()) return error_reply(api_.store_error(t.error()));
  nlohmann::json days = nlohmann::json::array(), casualties = nlohmann::json::array();
  for (const TimelineDay& d : t.value().days) {
    uint64_t events = d.quad[0] + d.quad[1] + d.quad[2] + d.quad[3];
    days.push_back({{"date", d.date}, {"events", events}, {"quad", quad_json(d.quad)}});
  }
  for (const CasualtyDay& c : t.value().casualties)
    casualties.push_back({{"date", c.date}, {"type", c.type}, {"number", c.number}, {"events", c.events}});
  return dashboard_reply({{"days", std::move(days)},
                     {"casualties", std::move(casualties)},
                     {"undated", t.value().undated},
                     {"truncated", t.value().truncated}});
}

ApiReply DashboardHandlers::places(const ApiRequest& req) const {
  EventQuery q;
  if (auto e = aggregate_query(req, kDefaultPlaces, true, q)) return error_reply(*e);
  auto p = pool_.acquire()->places(q);
  if (!p.ok()) return error_reply(api_.store_error(p.error()));
  nlohmann::json places = nlohmann::json::array();
  for (const PlaceRow& r : p.value().places)
    places.push_back({{"lat", r.lat},
                      {"lon", r.lon},
                      {"name", r.name},
                      {"country", r.country},
                      {"events", r.events},
                      {"goldstein", r.goldstein},
                      {"quad", quad_json(r.quad)}});
  return dashboard_reply({{"places", std::move(places)},
                     {"limit", q.limit},
                     {"total_places", p.value().total_places},
                     {"located_events", p.value().located_events}});
}

ApiReply DashboardHandlers::countries(const ApiRequest& req) const {
  EventQuery q;
  if (auto e = aggregate_query(req, kDefaultCountries, true, q)) return error_reply(*e);
  auto c = pool_.acquire()->countries(q);
  if (!c.ok()) return error_reply(api_.store_error(c.error()));
  nlohmann::json out = nlohmann::json::array();
  for (const CountryRow& r : c.value())
    out.push_back({{"country", r.country}, {"events", r.events}, {"mentions", r.mentions}, {"goldstein", r.goldstein}});
  return dashboard_reply({{"countries", std::move(out)}, {"limit", q.limit}});
}

ApiReply DashboardHandlers::network(const ApiRequest& req) const {
  EventQuery q;
  if (auto e = aggregate_query(req, kDefaultEdges, true, q)) return error_reply(*e);
  auto n = pool_.acquire()->network(q);
  if (!n.ok()) return error_reply(api_.store_error(n.error()));
  struct Node {
    std::string name;
    uint64_t events = 0;
  };
  std::map<std::string, Node> nodes;
  nlohmann::json edges = nlohmann::json::array();
  for (const EdgeRow& r : n.value()) {
    for (const auto& [code, name] : {std::pair{&r.source, &r.source_name}, std::pair{&r.target, &r.target_name}}) {
      Node& node = nodes[*code];
      if (node.name.empty()) node.name = *name;
      node.events += r.events;
    }
    edges.push_back({{"source", r.source},
                     {"target", r.target},
                     {"quad_class", r.quad_class},
                     {"events", r.events},
                     {"mentions", r.mentions},
                     {"goldstein", r.goldstein}});
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [code, node] : nodes) out.push_back({{"code", code}, {"name", node.name}, {"events", node.events}});
  return dashboard_reply({{"nodes", std::move(out)}, {"edges", std::move(edges)}, {"limit", q.limit}});
}

ApiReply DashboardHandlers::actors(const ApiRequest& req) const {
  if (auto e = only_params(req, {"q", "limit"}, kMaxSearchBytes)) return error_reply(*e);
  auto q = req.params.find("q");
  if (q == req.params.end() || q->second.find_first_not_of(" \t") == std::string::npos)
    return error_reply(ApiError::bad_parameter("q", "required: the text typed (1.." + std::to_string(kMaxSearchBytes) + " bytes)"));
  uint32_t limit = kDefaultActors;
  if (auto l = req.params.find("limit"); l != req.params.end()) {
    auto n = parse_uint(l->second, kMaxActors);
    if (!n || *n < 1) return error_reply(ApiError::bad_parameter("limit", "expected 1.." + std::to_string(kMaxActors)));
    limit = static_cast<uint32_t>(*n);
  }
  std::string text = q->second;
  text.erase(0, text.find_first_not_of(" \t"));
  text.erase(text.find_last_not_of(" \t") + 1);
  auto found = pool_.acquire()->search_actors(text, limit);
  if (!found.ok()) return error_reply(api_.store_error(found.error()));
  nlohmann::json out = nlohmann::json::array();
  for (const ActorMatch& m : found.value()) out.push_back({{"code", m.code}, {"name", m.name}, {"events", m.events}});
  return dashboard_reply({{"actors", std::move(out)}, {"limit", limit}});
}

ApiReply DashboardHandlers::annotations(const ApiRequest& req) const {
  if (auto e = only_params(req, {"article"}, kMaxIdBytes)) return error_reply(*e);
  auto a = req.params.find("article");
  if (a == req.params.end() || a->second.empty())
    return error_reply(ApiError::bad_parameter("article", "required: an article id (doc_id)"));
  auto store = pool_.acquire();
  auto article = store->get_article(a->second);
  if (!article.ok()) return error_reply(api_.store_error(article.error()));
  if (!article.value()) return error_reply(ApiError::not_found("no article with id " + a->second));
  auto x = store->annotations(a->second);
  if (!x.ok()) return error_reply(api_.store_error(x.error()));
  nlohmann::json actors = nlohmann::json::array(), counts = nlohmann::json::array();
  for (const AnnotatedActor& e : x.value().actors)
    actors.push_back({{"sentence", e.sentence},
                      {"span", {e.begin, e.end}},
                      {"code", e.code},
                      {"name", e.name},
                      {"country", e.country},
                      {"kind", e.kind},
                      {"entry", e.entry}});
  auto or_null = [](const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); };
  for (const CountRecord& c : x.value().counts)
    counts.push_back({{"sentence", c.sentence ? nlohmann::json(*c.sentence) : nlohmann::json()},
                      {"span", c.span ? nlohmann::json::array({c.span->first, c.span->second}) : nlohmann::json()},
                      {"type", c.type},
                      {"number", c.number},
                      {"who", or_null(c.who)},
                      {"according_to", or_null(c.according_to)},
                      {"mention_id", or_null(c.mention_id)},
                      {"event_id", or_null(c.event_id)}});
  return dashboard_reply({{"doc_id", a->second}, {"actors", std::move(actors)}, {"counts", std::move(counts)}});
}

}  // namespace herald
