#include "output/event_json.h"

#include "core/stable_hash.h"

#include <set>
#include <utility>

namespace herald {

namespace {

using nlohmann::json;

json string_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json span_or_null(const std::optional<Span>& s) {
  if (!s) return nullptr;
  return json::array({s->begin, s->end});
}

// The body text of a span, "" when the span lies outside the body.
std::string body_text(const Document& doc, Span s) {
  if (s.begin > s.end || s.end > doc.body.size()) return "";
  return std::string(doc.text(s));
}

json optional_number(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json actor_to_json(const EventActor& a) {
  return json{{"code", a.code},
              {"name", string_or_null(a.name)},
              {"country", string_or_null(a.country)},
              {"text", string_or_null(a.text)}};
}

json geo_to_json(const Geo& g) {
  return json{{"name", string_or_null(g.name)},
              {"country", string_or_null(g.country)},
              {"adm1", string_or_null(g.adm1)},
              {"lat", optional_number(g.lat)},
              {"lon", optional_number(g.lon)},
              {"precision", string_or_null(g.precision)}};
}


}  // namespace

std::string event_id(const Document& doc, const Event& ev) {
  StableHash h;
  h.field(doc.article.doc_id);
  h.field(std::to_string(ev.sentence));
  h.field(ev.source.code);
  h.field(ev.code);
  h.field(ev.target.code);
  h.field(ev.verb_span ? std::to_string(ev.verb_span->begin) : std::string("-"));
  return h.hex();
}

json count_to_json(const Count& c) {
  return json{{"type", std::string(count_type_name(c.type))},
              {"number", c.number},
              {"who", string_or_null(c.who)},
              {"according_to", string_or_null(c.according_to)}};
}

json event_to_json(const Document& doc, const Event& ev, size_t /*index_in_doc*/) {
  json j;
  j["id"] = event_id(doc, ev);
  j["doc_id"] = doc.article.doc_id;
  j["sentence"] = ev.sentence;
  if (ev.date) {
    j["date"] = ev.date->iso();
    j["date_basis"] = ev.date_from_text ? "text" : "article";
  } else if (!ev.date_from_text && doc.article.date) {
    j["date"] = doc.article.date->iso();
    j["date_basis"] = "article";
  } else if (ev.date_from_text) {
    // "in December 2018", "last year": the text names a month or a year but
    // no day; the article's date would be false, so no date, as the gold
    // guide asks.
    j["date"] = nullptr;
    j["date_basis"] = "text";
  } else {
    j["date"] = nullptr;
  }
  j["source"] = actor_to_json(ev.source);
  j["target"] = actor_to_json(ev.target);
  j["code"] = ev.code;
  j["root"] = ev.root;
  j["quad_class"] = ev.quad_class;
  j["goldstein"] = ev.goldstein;
  if (ev.negated) j["negated"] = true;
  j["geo"] = geo_to_json(ev.geo);
  if (!ev.counts.empty()) {
    json counts = json::array();
    for (const auto& c : ev.counts) counts.push_back(count_to_json(c));
    j["counts"] = std::move(counts);
  }
  j["attribution"] = string_or_null(ev.attribution);
  std::string sentence_text =
      ev.sentence < doc.sentences.size() ? body_text(doc, doc.sentences[ev.sentence].span) : "";
  j["evidence"] = json{{"text", std::move(sentence_text)},
                       {"verb", string_or_null(ev.verb)},
                       {"source_span", span_or_null(ev.source.span)},
                       {"target_span", span_or_null(ev.target.span)},
                       {"verb_span", span_or_null(ev.verb_span)}};
  j["source_url"] = string_or_null(doc.article.url);
  j["confidence"] = ev.confidence;
  if (!ev.pattern.empty()) j["pattern"] = ev.pattern;
  return j;
}

json article_to_json(const Document& doc) {
  json j;
  j["doc_id"] = doc.article.doc_id;
  j["date"] = doc.article.date ? json(doc.article.date->iso()) : json(nullptr);
  j["url"] = string_or_null(doc.article.url);
  j["title"] = doc.article.title;
  json places = json::array();
  std::set<std::pair<std::string, std::string>> seen_places;
  for (const auto& p : doc.places) {
    if (!seen_places.emplace(p.name, p.country).second) continue;
    places.push_back(json{{"name", p.name},
                          {"country", string_or_null(p.country)},
                          {"lat", optional_number(p.lat)},
                          {"lon", optional_number(p.lon)},
                          {"precision", string_or_null(p.precision)}});
  }
  j["places"] = std::move(places);
  json actors = json::array();
  std::set<std::pair<std::string, std::string>> seen_actors;
  for (const auto& a : doc.actors) {
    if (!seen_actors.emplace(a.code, a.name).second) continue;
    actors.push_back(json{{"code", a.code}, {"name", string_or_null(a.name)},
                          {"text", body_text(doc, a.span)}});
  }
  j["actors"] = std::move(actors);
  json counts = json::array();
  for (const auto& c : doc.counts) counts.push_back(count_to_json(c));
  j["counts"] = std::move(counts);
  return j;
}

}  // namespace herald
