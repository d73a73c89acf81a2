#include "store_test_util.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <pqxx/pqxx>
#include <random>

namespace fs = std::filesystem;

TempDir::TempDir() {
  char tmpl[] = "/tmp/herald_store_XXXXXX";
  path_ = mkdtemp(tmpl);
}
TempDir::~TempDir() { fs::remove_all(path_); }

std::string pg_schema_url(const std::string& schema, std::string& reason) {
  const char* base = std::getenv("HERALD_TEST_PG_URL");
  if (!base || !*base) {
    reason = "HERALD_TEST_PG_URL is not set (scripts/start-postgres.sh prints one)";
    return "";
  }
  try {
    pqxx::connection c(base);
    pqxx::nontransaction n(c);
    n.exec("SET client_min_messages = warning");
    n.exec("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    n.exec("CREATE SCHEMA " + schema);
  } catch (const std::exception& e) {
    reason = std::string("cannot prepare the PostgreSQL test schema: ") + e.what();
    return "";
  }
  std::string url = base;
  url += url.find('?') == std::string::npos ? "?" : "&";
  return url + "options=-csearch_path%3D" + schema;
}

std::unique_ptr<FreshStore> FreshStore::make(const std::string& backend) {
  auto f = std::make_unique<FreshStore>();
  if (backend == "sqlite") {
    f->location = f->dir.file("events.db");
    f->available = true;
    return f;
  }
  static std::mt19937_64 rng(std::random_device{}());
  std::string schema = "herald_t" + std::to_string(rng() % 1000000000);
  f->location = pg_schema_url(schema, f->skip_reason);
  f->available = !f->location.empty();
  return f;
}

herald::Document make_doc(const std::string& doc_id, const std::string& date, const std::string& url,
                          const std::vector<std::string>& sentences, const std::vector<EventSpec>& events) {
  herald::Document doc;
  doc.article.doc_id = doc_id;
  doc.article.date = herald::CivilDate::parse(date);
  doc.article.url = url;
  doc.article.title = "Made-up story " + doc_id;
  doc.article.input = "made_up.jsonl";
  for (const std::string& s : sentences) {
    if (!doc.body.empty()) doc.body += ' ';
    herald::Sentence sent;
    sent.span.begin = static_cast<uint32_t>(doc.body.size());
    doc.body += s;
    sent.span.end = static_cast<uint32_t>(doc.body.size());
    doc.sentences.push_back(sent);
  }
  doc.article.text = doc.body;
  for (const EventSpec& spec : events) {
    herald::Event ev;
    ev.sentence = spec.sentence;
    ev.source.code = spec.source;
    ev.source.name = spec.source + " name";
    ev.source.country = spec.source.substr(0, 3);
    ev.target.code = spec.target;
    ev.target.country = spec.target.substr(0, 3);
    ev.code = spec.code;
    ev.root = spec.code.substr(0, 2);
    ev.quad_class = ev.root >= "14" ? 4 : 1;
    ev.goldstein = ev.root >= "14" ? -9.0 : 1.9;
    ev.geo.country = spec.geo_country;
    ev.geo.name = spec.geo_country.empty() ? "" : "Place in " + spec.geo_country;
    ev.geo.precision = spec.geo_country.empty() ? "" : (spec.lat ? "city" : "country");
    ev.geo.lat = spec.lat;
    ev.geo.lon = spec.lon;
    ev.date = spec.date;
    ev.date_from_text = spec.date.has_value();
    const herald::Span s = doc.sentences.at(spec.sentence).span;
    ev.source.span = herald::Span{s.begin, s.begin + 3};
    ev.verb_span = herald::Span{s.begin + 4, s.begin + 8};
    ev.verb = doc.body.substr(s.begin + 4, 4);
    ev.confidence = 0.9;
    doc.events.push_back(ev);
  }
  return doc;
}
