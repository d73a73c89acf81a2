#include "server/api_handlers.h"

#include <malloc.h>

#include <algorithm>
#include <iostream>

#include "core/utf8.h"
#include "output/event_json.h"
#include "server/openapi_spec.h"
#include "server/posted_article.h"
#include "server/record_json.h"

namespace herald {

namespace {

ApiReply json_reply(const nlohmann::json& j, int status = 200) {
  return ApiReply{status, dump_json(j), "application/json"};
}

bool is_event_id(std::string_view s) {
  if (s.size() != 16) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool has_control(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

// format=csv|json, else the Accept header; an error for another format.
std::optional<ApiError> wants_csv(const ApiRequest& req, bool& csv) {
  std::optional<std::string> format;
  if (auto e = single_param(req.params, "format", format)) return e;
  if (format) {
    if (*format != "csv" && *format != "json") return ApiError::bad_parameter("format", "expected json or csv");
    csv = *format == "csv";
  } else {
    csv = req.accept.find("text/csv") != std::string::npos;
  }
  return std::nullopt;
}

// Parses the groups of /api/stats: day, root, country, actor_pair, or all.
std::optional<ApiError> stat_groups(const ApiRequest& req, std::vector<StatGroup>& groups) {
  std::optional<std::string> g;
  if (auto e = single_param(req.params, "group", g)) return e;
  std::string value = g.value_or("all");
  size_t start = 0;
  while (start <= value.size()) {
    size_t comma = std::min(value.find(',', start), value.size());
    std::string name = value.substr(start, comma - start);
    if (name == "all") groups = {StatGroup::kDay, StatGroup::kRoot, StatGroup::kCountry, StatGroup::kActorPair};
    else if (name == "day") groups.push_back(StatGroup::kDay);
    else if (name == "root") groups.push_back(StatGroup::kRoot);
    else if (name == "country") groups.push_back(StatGroup::kCountry);
    else if (name == "actor_pair") groups.push_back(StatGroup::kActorPair);
    else return ApiError::bad_parameter("group", "expected day, root, country, actor_pair or all (comma-separated)");
    start = comma + 1;
  }
  std::sort(groups.begin(), groups.end());
  groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
  return std::nullopt;
}

const char* group_name(StatGroup g) {
  switch (g) {
    case StatGroup::kDay: return "by_day";
    case StatGroup::kRoot: return "by_root";
    case StatGroup::kCountry: return "by_country";
    case StatGroup::kActorPair: return "by_actor_pair";
  }
  return "";
}

}  // namespace

ApiReply error_reply(const ApiError& e) { return ApiReply{e.status, e.to_json(), "application/json"}; }

ApiHandlers::ApiHandlers(StorePool& pool, std::shared_ptr<const Pipeline> pipeline, ApiLimits limits)
    : pool_(pool), pipeline_(std::move(pipeline)), limits_(limits) {}

ApiError ApiHandlers::store_error(const Error& e) const {
  if (e.code == ErrorCode::kBadFormat) return ApiError{400, "bad_parameter", e.message};
  if (e.message.find("timed out") != std::string::npos || e.message.find("timeout") != std::string::npos)
    return ApiError{400, "query_timeout",
                    "the query ran over " + std::to_string(limits_.query_timeout_ms) +
                        " ms and was stopped; narrow it (dates, codes, actors) or ask for a smaller page"};
  std::cerr << "herald serve: store error: " << e.to_string() << '\n';
  return ApiError{500, "store_error", "the database could not answer this query"};
}

ApiReply ApiHandlers::events(const ApiRequest& req) const {
  EventQuery q;
  if (auto e = parse_event_query(req.params, {"format"}, q)) return error_reply(*e);
  bool csv = false;
  if (auto e = wants_csv(req, csv)) return error_reply(*e);
  auto page = pool_.acquire()->find_events(q);
  if (!page.ok()) return error_reply(store_error(page.error()));
  const EventPage& p = page.value();
  if (csv) return ApiReply{200, events_csv(p.events), "text/csv; charset=utf-8"};
  // Written straight as text, keys in the order nlohmann::json sorts them
  // into: a page is most of the server's work, and a tree of it cost more
  // than the query (docs/api.md, "Throughput").
  ApiReply reply{200, std::string(), "application/json"};
  reply.body.reserve(1024 + p.events.size() * 768);
  JsonWriter w(reply.body);
  w.raw("{\"events\":[");
  for (size_t i = 0; i < p.events.size(); ++i) {
    if (i) w.raw(",");
    write_event_json(w, p.events[i]);
  }
  w.raw("],\"limit\":");
  w.number(p.limit);
  w.raw(",\"next_offset\":");
  const bool more = q.count_total ? p.offset + p.events.size() < p.total : p.events.size() == p.limit;
  if (more) w.number(static_cast<uint64_t>(p.offset + p.events.size()));
  else w.null();
  w.raw(",\"offset\":");
  w.number(p.offset);
  if (q.count_total) {
    w.raw(",\"total\":");
    w.number(p.total);
  }
  w.raw("}");
  return reply;
}

ApiReply ApiHandlers::event(const ApiRequest& req) const {
  if (!req.params.empty()) return error_reply(ApiError::bad_parameter(req.params.begin()->first.substr(0, 40), "unknown parameter"));
  if (!is_event_id(req.path_arg)) return error_reply(ApiError::bad_parameter("id", "expected 16 lower-case hex digits"));
  auto store = pool_.acquire();
  auto ev = store->get_event(req.path_arg);
  if (!ev.ok()) return error_reply(store_error(ev.error()));
  if (!ev.value()) return error_reply(ApiError::not_found("no event with id " + req.path_arg));
  auto mentions = store->get_mentions(req.path_arg);
  if (!mentions.ok()) return error_reply(store_error(mentions.error()));
  nlohmann::json ms = nlohmann::json::array();
  for (const MentionRecord& m : mentions.value()) ms.push_back(mention_record_json(m));
  nlohmann::json j = event_record_json(*ev.value());
  j["mentions"] = std::move(ms);
  return json_reply(j);
}

ApiReply ApiHandlers::stats(const ApiRequest& req) const {
  EventQuery q;
  if (auto e = parse_event_query(req.params, {"group"}, q)) return error_reply(*e);
  if (req.params.count("offset")) return error_reply(ApiError::bad_parameter("offset", "not used by /api/stats"));
  std::vector<StatGroup> groups;
  if (auto e = stat_groups(req, groups)) return error_reply(*e);
  auto store = pool_.acquire();
  nlohmann::json j = nlohmann::json::object();
  if (q.count_total) {
    EventQuery count = q;
    count.limit = 1;
    auto page = store->find_events(count);
    if (!page.ok()) return error_reply(store_error(page.error()));
    j["total"] = page.value().total;
  }
  j["limit"] = q.limit;
  for (StatGroup g : groups) {
    auto rows = store->stats(q, g);
    if (!rows.ok()) return error_reply(store_error(rows.error()));
    std::vector<StatRow>& rs = rows.value();
    if (g == StatGroup::kDay)  // the busiest days, shown in date order
      std::sort(rs.begin(), rs.end(), [](const StatRow& a, const StatRow& b) { return a.key < b.key; });
    nlohmann::json arr = nlohmann::json::array();
    for (const StatRow& r : rs) arr.push_back(stat_row_json(r));
    j[group_name(g)] = std::move(arr);
  }
  return json_reply(j);
}

ApiReply ApiHandlers::article(const ApiRequest& req) const {
  if (!req.params.empty()) return error_reply(ApiError::bad_parameter(req.params.begin()->first.substr(0, 40), "unknown parameter"));
  const std::string& id = req.path_arg;
  if (id.empty() || id.size() > limits_.max_id_bytes || !utf8::valid(id) || has_control(id))
    return error_reply(ApiError::bad_parameter("id", "expected an article id of 1.." + std::to_string(limits_.max_id_bytes) +
                                                         " printable UTF-8 bytes"));
  auto a = pool_.acquire()->get_article(id);
  if (!a.ok()) return error_reply(store_error(a.error()));
  if (!a.value()) return error_reply(ApiError::not_found("no article with id " + id));
  return json_reply(article_record_json(*a.value()));
}

ApiReply ApiHandlers::code(const ApiRequest& req) const {
  if (!req.params.empty()) return error_reply(ApiError::bad_parameter(req.params.begin()->first.substr(0, 40), "unknown parameter"));
  if (!pipeline_) return error_reply(ApiError{503, "unavailable", "this server was started without the coder (--no-code)"});
  if (req.body.size() > limits_.max_body_bytes)
    return error_reply(ApiError{413, "body_too_large", "the body is over " + std::to_string(limits_.max_body_bytes) + " bytes"});
  Article article;
  if (auto e = parse_posted_article(req.body, req.content_type, article)) return error_reply(*e);
  {
    std::unique_lock lock(code_mu_);
    code_cv_.wait(lock, [&] { return coding_ < std::max<size_t>(limits_.max_concurrent_codes, 1); });
    ++coding_;
  }
  struct Release {
    const ApiHandlers* h;
    bool large;
    ~Release() {
      {
        std::lock_guard lock(h->code_mu_);
        --h->coding_;
      }
      h->code_cv_.notify_one();
      // A large article's working memory goes back to the system, not to
      // this worker thread's malloc arena (where it would stay, per thread).
      if (large) malloc_trim(0);
    }
  } release{this, req.body.size() > (64u << 10)};
  auto doc = pipeline_->code(std::move(article));
  if (!doc.ok()) return error_reply(ApiError{422, "cannot_code", doc.error().message});
  const Document& d = doc.value();
  nlohmann::json events = nlohmann::json::array();
  for (size_t i = 0; i < d.events.size(); ++i) events.push_back(event_to_json(d, d.events[i], i));
  nlohmann::json j{{"doc_id", d.article.doc_id}, {"stored", false}, {"events", std::move(events)},
                   {"article", article_to_json(d)}};
  return json_reply(j);
}

ApiReply ApiHandlers::health(const ApiRequest& req) const {
  if (!req.params.empty()) return error_reply(ApiError::bad_parameter(req.params.begin()->first.substr(0, 40), "unknown parameter"));
  auto store = pool_.acquire();
  EventQuery probe;
  probe.limit = 1;
  probe.count_total = false;
  auto page = store->find_events(probe);
  if (!page.ok()) return error_reply(ApiError{503, "unavailable", "the database does not answer"});
  return json_reply({{"status", "ok"},
                     {"backend", store->backend()},
                     {"schema_version", EventStore::schema_version()},
                     {"connections", pool_.size()},
                     {"code_endpoint", pipeline_ != nullptr}});
}

ApiReply ApiHandlers::openapi(const ApiRequest& req) const {
  return ApiReply{200, std::string(openapi_json()), "application/json"};
}

}  // namespace herald
