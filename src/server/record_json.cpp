#include "server/record_json.h"

#include <fmt/format.h>

namespace herald {

namespace {

nlohmann::json actor_json(const StoredActor& a) {
  return {{"code", a.code}, {"name", a.name}, {"country", a.country}};
}

nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); }

nlohmann::json or_null(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

nlohmann::json date_json(const std::optional<CivilDate>& d) { return d ? nlohmann::json(d->iso()) : nlohmann::json(); }

nlohmann::json span_json(const std::optional<std::pair<uint32_t, uint32_t>>& s) {
  if (!s) return nullptr;
  return nlohmann::json::array({s->first, s->second});
}

nlohmann::json spans_json(const std::vector<ArticleSpan>& spans, bool places) {
  nlohmann::json out = nlohmann::json::array();
  for (const ArticleSpan& s : spans) {
    nlohmann::json j{{"sentence", s.sentence}, {"span", {s.begin, s.end}}, {"name", s.name}};
    j[places ? "country" : "code"] = s.code;
    if (places) {
      j["lat"] = or_null(s.lat);
      j["lon"] = or_null(s.lon);
    }
    out.push_back(std::move(j));
  }
  return out;
}

// One CSV field, quoted when it holds a comma, quote or line break.
void csv_field(std::string& out, std::string_view v) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += v;
    return;
  }
  out += '"';
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string number(const std::optional<double>& v) { return v ? fmt::format("{}", *v) : std::string(); }

}  // namespace

nlohmann::json event_record_json(const EventRecord& e) {
  return {{"id", e.id},
          {"date", date_json(e.date)},
          {"source", actor_json(e.source)},
          {"target", actor_json(e.target)},
          {"code", e.code},
          {"root", e.root},
          {"quad_class", e.quad_class},
          {"goldstein", e.goldstein},
          {"geo",
           {{"name", or_null(e.geo_name)},
            {"country", or_null(e.geo_country)},
            {"adm1", or_null(e.geo_adm1)},
            {"precision", or_null(e.geo_precision)},
            {"lat", or_null(e.lat)},
            {"lon", or_null(e.lon)}}},
          {"num_mentions", e.num_mentions},
          {"num_sources", e.num_sources},
          {"num_articles", e.num_articles},
          {"source_url", or_null(e.source_url)},
          {"first_doc_id", e.first_doc_id},
          {"is_root_event", e.is_root_event},
          {"confidence", e.confidence},
          {"added", or_null(e.added)}};
}

namespace {

void write_actor_json(JsonWriter& w, const StoredActor& a) {
  w.raw("{\"code\":");
  w.string(a.code);
  w.raw(",\"country\":");
  w.string(a.country);
  w.raw(",\"name\":");
  w.string(a.name);
  w.raw("}");
}

}  // namespace

// Keys in nlohmann::json's (sorted) order, as event_record_json dumps them.
void write_event_json(JsonWriter& w, const EventRecord& e) {
  w.raw("{\"added\":");
  w.string_or_null(e.added);
  w.raw(",\"code\":");
  w.string(e.code);
  w.raw(",\"confidence\":");
  w.number(e.confidence);
  w.raw(",\"date\":");
  if (e.date) w.string(e.date->iso());
  else w.null();
  w.raw(",\"first_doc_id\":");
  w.string(e.first_doc_id);
  w.raw(",\"geo\":{\"adm1\":");
  w.string_or_null(e.geo_adm1);
  w.raw(",\"country\":");
  w.string_or_null(e.geo_country);
  w.raw(",\"lat\":");
  w.number_or_null(e.lat);
  w.raw(",\"lon\":");
  w.number_or_null(e.lon);
  w.raw(",\"name\":");
  w.string_or_null(e.geo_name);
  w.raw(",\"precision\":");
  w.string_or_null(e.geo_precision);
  w.raw("},\"goldstein\":");
  w.number(e.goldstein);
  w.raw(",\"id\":");
  w.string(e.id);
  w.raw(",\"is_root_event\":");
  w.boolean(e.is_root_event);
  w.raw(",\"num_articles\":");
  w.number(e.num_articles);
  w.raw(",\"num_mentions\":");
  w.number(e.num_mentions);
  w.raw(",\"num_sources\":");
  w.number(e.num_sources);
  w.raw(",\"quad_class\":");
  w.number(e.quad_class);
  w.raw(",\"root\":");
  w.string(e.root);
  w.raw(",\"source\":");
  write_actor_json(w, e.source);
  w.raw(",\"source_url\":");
  w.string_or_null(e.source_url);
  w.raw(",\"target\":");
  write_actor_json(w, e.target);
  w.raw("}");
}

nlohmann::json mention_record_json(const MentionRecord& m) {
  nlohmann::json j{{"id", m.id},
                   {"event_id", or_null(m.event_id)},
                   {"doc_id", m.doc_id},
                   {"url", or_null(m.url)},
                   {"sentence", m.sentence},
                   {"date", date_json(m.date)},
                   {"date_basis", or_null(m.date_basis)},
                   {"source", actor_json(m.source)},
                   {"target", actor_json(m.target)},
                   {"code", m.code},
                   {"root", m.root},
                   {"verb", m.verb},
                   {"evidence", m.evidence},
                   {"spans",
                    {{"source", span_json(m.source_span)},
                     {"target", span_json(m.target_span)},
                     {"verb", span_json(m.verb_span)}}},
                   {"negated", m.negated},
                   {"syndicated", m.syndicated},
                   {"confidence", m.confidence}};
  auto record = nlohmann::json::parse(m.json, nullptr, /*allow_exceptions=*/false);
  j["record"] = record.is_discarded() ? nlohmann::json() : std::move(record);
  return j;
}

nlohmann::json article_record_json(const ArticleRecord& a) {
  nlohmann::json verbs = nlohmann::json::array();
  nlohmann::json mentions = nlohmann::json::array();
  for (const MentionRecord& m : a.mentions) {
    if (m.verb_span)
      verbs.push_back({{"sentence", m.sentence},
                       {"span", {m.verb_span->first, m.verb_span->second}},
                       {"verb", m.verb},
                       {"code", m.code},
                       {"mention_id", m.id},
                       {"event_id", or_null(m.event_id)}});
    mentions.push_back(mention_record_json(m));
  }
  return {{"doc_id", a.doc_id},
          {"date", date_json(a.date)},
          {"url", or_null(a.url)},
          {"host", or_null(a.host)},
          {"title", a.title},
          {"duplicate_of", or_null(a.duplicate_of)},
          {"text", a.body},
          {"spans", {{"actors", spans_json(a.actors, false)}, {"places", spans_json(a.places, true)}, {"verbs", verbs}}},
          {"mentions", mentions}};
}

nlohmann::json stat_row_json(const StatRow& r) {
  return {{"key", r.key}, {"events", r.events}, {"mentions", r.mentions}};
}

std::string events_csv_header() {
  return "id,date,source_code,source_name,source_country,target_code,target_name,target_country,"
         "code,root,quad_class,goldstein,geo_name,geo_country,lat,lon,num_mentions,num_sources,"
         "num_articles,source_url,confidence\r\n";
}

std::string events_csv(const std::vector<EventRecord>& events) {
  std::string out = events_csv_header();
  for (const EventRecord& e : events) {
    const std::string fields[] = {e.id,
                                  e.date ? e.date->iso() : "",
                                  e.source.code,
                                  e.source.name,
                                  e.source.country,
                                  e.target.code,
                                  e.target.name,
                                  e.target.country,
                                  e.code,
                                  e.root,
                                  std::to_string(e.quad_class),
                                  fmt::format("{}", e.goldstein),
                                  e.geo_name,
                                  e.geo_country,
                                  number(e.lat),
                                  number(e.lon),
                                  std::to_string(e.num_mentions),
                                  std::to_string(e.num_sources),
                                  std::to_string(e.num_articles),
                                  e.source_url,
                                  fmt::format("{}", e.confidence)};
    bool first = true;
    for (const std::string& f : fields) {
      if (!first) out += ',';
      first = false;
      csv_field(out, f);
    }
    out += "\r\n";
  }
  return out;
}

std::string dump_json(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace herald
