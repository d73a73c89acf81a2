// The write path of SqlEventStore: articles, mentions and their evidence,
// the merge of mentions into events, syndicated copies.
#include "store/sql_event_store.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <tuple>

#include "core/stable_hash.h"
#include "output/event_json.h"
#include "store/near_duplicate.h"

namespace herald {

namespace {

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// "https://www.Example.com:443/a?b" -> "example.com"; "" without a scheme.
std::string url_host(const std::string& url) {
  auto s = url.find("://");
  if (s == std::string::npos) return "";
  size_t b = s + 3, e = b;
  while (e < url.size() && url[e] != '/' && url[e] != '?' && url[e] != '#') ++e;
  std::string host = url.substr(b, e - b);
  if (auto at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
  if (auto colon = host.find(':'); colon != std::string::npos) host = host.substr(0, colon);
  for (char& c : host)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (host.rfind("www.", 0) == 0) host = host.substr(4);
  return host;
}

SqlValue span_begin(const std::optional<Span>& s) {
  if (!s) return std::monostate{};
  return int64_t{s->begin};
}
SqlValue span_end(const std::optional<Span>& s) {
  if (!s) return std::monostate{};
  return int64_t{s->end};
}

using CountKey = std::tuple<uint32_t, uint32_t, uint32_t, int, int64_t>;
CountKey count_key(const Count& c) {
  return {c.sentence, c.span.begin, c.span.end, static_cast<int>(c.type), c.number};
}

constexpr const char* kInsertCount =
    "INSERT INTO counts(doc_id, n, mention_id, sentence, begin_byte, end_byte, type, number, who, "
    "according_to) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";

std::vector<SqlValue> count_params(const std::string& doc_id, int64_t n, const SqlValue& mention,
                                   const Count& c) {
  return {doc_id, n, mention, int64_t{c.sentence}, int64_t{c.span.begin}, int64_t{c.span.end},
          std::string(count_type_name(c.type)), c.number, sql_text_or_null(c.who),
          sql_text_or_null(c.according_to)};
}

}  // namespace

SqlEventStore::SqlEventStore(std::unique_ptr<SqlConnection> conn, const StoreOptions& options)
    : conn_(std::move(conn)), options_(options) {}

std::string SqlEventStore::backend() const {
  return conn_->dialect() == SqlDialect::kSqlite ? "sqlite" : "postgresql";
}

Result<bool> SqlEventStore::has_article(const std::string& doc_id, const std::string& content_hash) {
  std::lock_guard lock(mu_);
  auto r = conn_->query("SELECT 1 FROM articles WHERE doc_id = $1 AND content_hash = $2",
                        {doc_id, content_hash});
  if (!r.ok()) return r.error();
  return !r.value().empty();
}

Result<size_t> SqlEventStore::write_batch(const std::vector<Document>& docs) {
  if (options_.read_only) return Error{ErrorCode::kOutput, "", 0, "the store is open read-only", ""};
  std::lock_guard lock(mu_);
  if (docs.empty()) return size_t{0};
  auto b = conn_->begin(true);
  if (!b.ok()) return b.error();
  const std::string now = utc_now();
  std::set<std::string> affected;
  auto fail = [&](Error e) -> Result<size_t> {
    conn_->rollback();
    return e;
  };
  for (const Document& doc : docs) {
    auto r = write_doc(doc, now, affected);
    if (!r.ok()) {
      Error e = r.error();
      e.message = "cannot write article " + doc.article.doc_id + ": " + e.message;
      return fail(e);
    }
  }
  for (const std::string& id : affected) {
    auto r = refresh_event(id);
    if (!r.ok()) return fail(r.error());
  }
  auto c = conn_->commit();
  if (!c.ok()) return fail(c.error());
  return docs.size();
}

Result<std::string> SqlEventStore::duplicate_of(const std::string& doc_id,
                                                const std::optional<MinHash>& minhash) {
  if (!minhash) return std::string();
  auto bands = minhash_bands(*minhash);
  // The candidates sharing the most bands first, at most kMaxCandidates of
  // them: templated texts (wire briefs) share a band with many articles, and
  // a true copy shares most of its bands.
  constexpr int kMaxCandidates = 16;
  std::string sql = "SELECT a.doc_id, a.minhash, a.duplicate_of FROM articles a JOIN "
                    "(SELECT doc_id, COUNT(*) AS shared FROM article_bands WHERE (";
  std::vector<SqlValue> params;
  for (size_t b = 0; b < bands.size(); ++b) {
    if (b) sql += " OR ";
    sql += "(band = $" + std::to_string(params.size() + 1) + " AND value = $" + std::to_string(params.size() + 2) + ")";
    params.push_back(static_cast<int64_t>(b));
    params.push_back(std::bit_cast<int64_t>(bands[b]));
  }
  sql += ") AND doc_id <> $" + std::to_string(params.size() + 1) +
         " GROUP BY doc_id ORDER BY shared DESC, doc_id LIMIT " + std::to_string(kMaxCandidates) +
         ") c ON c.doc_id = a.doc_id";
  params.push_back(doc_id);
  auto r = conn_->query(sql, params);
  if (!r.ok()) return r.error();
  std::string best;
  for (const SqlRow& row : r.value()) {
    auto other = minhash_from_hex(row.text(1));
    if (!other || minhash_similarity(*other, *minhash) < options_.near_duplicate_similarity) continue;
    std::string canonical = row.null(2) ? row.text(0) : row.text(2);
    if (canonical == doc_id) continue;  // a copy of us: we stay the original
    if (best.empty() || canonical < best) best = canonical;
  }
  return best;
}

Result<bool> SqlEventStore::write_doc(const Document& doc, const std::string& now,
                                      std::set<std::string>& affected) {
  const Article& a = doc.article;
  auto old = conn_->query("SELECT DISTINCT event_id FROM mentions WHERE doc_id = $1 AND event_id IS NOT NULL",
                          {a.doc_id});
  if (!old.ok()) return old.error();
  for (const SqlRow& row : old.value()) affected.insert(row.text(0));
  for (const char* sql : {"DELETE FROM counts WHERE doc_id = $1", "DELETE FROM actors WHERE doc_id = $1",
                          "DELETE FROM places WHERE doc_id = $1", "DELETE FROM mentions WHERE doc_id = $1",
                          "DELETE FROM article_bands WHERE doc_id = $1"}) {
    auto r = conn_->query(sql, {a.doc_id});
    if (!r.ok()) return r.error();
  }

  const std::optional<MinHash> minhash = text_minhash(doc.body);
  auto dup = duplicate_of(a.doc_id, minhash);
  if (!dup.ok()) return dup.error();
  auto up = conn_->query(
      "INSERT INTO articles(doc_id, content_hash, date, url, host, title, body, input, line, minhash, "
      "duplicate_of, coded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
      "ON CONFLICT(doc_id) DO UPDATE SET content_hash = excluded.content_hash, date = excluded.date, "
      "url = excluded.url, host = excluded.host, title = excluded.title, body = excluded.body, "
      "input = excluded.input, line = excluded.line, minhash = excluded.minhash, "
      "duplicate_of = excluded.duplicate_of, coded_at = excluded.coded_at",
      {a.doc_id, EventStore::content_hash(a), a.date ? SqlValue(a.date->iso()) : SqlValue(),
       sql_text_or_null(a.url), sql_text_or_null(url_host(a.url)), a.title, doc.body,
       sql_text_or_null(a.input), static_cast<int64_t>(a.line), minhash ? SqlValue(minhash_to_hex(*minhash)) : SqlValue(),
       sql_text_or_null(dup.value()), now});
  if (!up.ok()) return up.error();
  if (minhash) {
    auto bands = minhash_bands(*minhash);
    for (size_t band = 0; band < bands.size(); ++band) {
      auto r = conn_->query("INSERT INTO article_bands(band, value, doc_id) VALUES ($1, $2, $3)",
                            {static_cast<int64_t>(band), std::bit_cast<int64_t>(bands[band]), a.doc_id});
      if (!r.ok()) return r.error();
    }
  }

  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const ActorMention& m = doc.actors[i];
    auto r = conn_->query(
        "INSERT INTO actors(doc_id, n, sentence, begin_byte, end_byte, code, name, country, kind, entry) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        {a.doc_id, static_cast<int64_t>(i), int64_t{m.sentence}, int64_t{m.span.begin}, int64_t{m.span.end},
         m.code, sql_text_or_null(m.name), sql_text_or_null(m.country), std::string(actor_kind_name(m.kind)),
         sql_text_or_null(m.entry)});
    if (!r.ok()) return r.error();
  }
  for (size_t i = 0; i < doc.places.size(); ++i) {
    const PlaceMention& p = doc.places[i];
    auto r = conn_->query(
        "INSERT INTO places(doc_id, n, sentence, begin_byte, end_byte, name, country, adm1, lat, lon, "
        "geo_precision) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        {a.doc_id, static_cast<int64_t>(i), int64_t{p.sentence}, int64_t{p.span.begin}, int64_t{p.span.end},
         p.name, sql_text_or_null(p.country), sql_text_or_null(p.adm1), sql_real_or_null(p.lat),
         sql_real_or_null(p.lon), sql_text_or_null(p.precision)});
    if (!r.ok()) return r.error();
  }

  std::set<std::string> mention_ids;
  std::set<CountKey> attached;
  int64_t count_n = 0;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& ev = doc.events[i];
    nlohmann::json j = event_to_json(doc, ev, i);
    const std::string id = j["id"].get<std::string>();
    if (!mention_ids.insert(id).second) continue;  // the same mention coded twice
    const std::string date = j["date"].is_string() ? j["date"].get<std::string>() : "";
    SqlValue event_id;
    if (!ev.negated) {
      auto merged = merge_mention(doc, ev, date, id, now);
      if (!merged.ok()) return merged.error();
      event_id = merged.value();
      affected.insert(merged.value());
    }
    auto r = conn_->query(
        "INSERT INTO mentions(id, event_id, doc_id, sentence, date, date_basis, source_code, source_name, "
        "source_country, source_text, target_code, target_name, target_country, target_text, code, root, "
        "quad_class, goldstein, negated, geo_name, geo_country, geo_adm1, geo_precision, lat, lon, "
        "attribution, verb, evidence, source_begin, source_end, target_begin, target_end, verb_begin, "
        "verb_end, pattern, confidence, json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
        "$13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, "
        "$32, $33, $34, $35, $36, $37)",
        {id, event_id, a.doc_id, int64_t{ev.sentence}, sql_text_or_null(date),
         j.contains("date_basis") ? SqlValue(j["date_basis"].get<std::string>()) : SqlValue(),
         ev.source.code, sql_text_or_null(ev.source.name), sql_text_or_null(ev.source.country),
         sql_text_or_null(ev.source.text), ev.target.code, sql_text_or_null(ev.target.name),
         sql_text_or_null(ev.target.country), sql_text_or_null(ev.target.text), ev.code, ev.root,
         int64_t{ev.quad_class}, ev.goldstein, int64_t{ev.negated ? 1 : 0}, sql_text_or_null(ev.geo.name),
         sql_text_or_null(ev.geo.country), sql_text_or_null(ev.geo.adm1), sql_text_or_null(ev.geo.precision),
         sql_real_or_null(ev.geo.lat), sql_real_or_null(ev.geo.lon), sql_text_or_null(ev.attribution),
         sql_text_or_null(ev.verb), j["evidence"]["text"].get<std::string>(), span_begin(ev.source.span),
         span_end(ev.source.span), span_begin(ev.target.span), span_end(ev.target.span),
         span_begin(ev.verb_span), span_end(ev.verb_span), sql_text_or_null(ev.pattern), ev.confidence,
         j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)});
    if (!r.ok()) return r.error();
    for (const Count& c : ev.counts) {
      auto rc = conn_->query(kInsertCount, count_params(a.doc_id, count_n++, id, c));
      if (!rc.ok()) return rc.error();
      attached.insert(count_key(c));
    }
  }
  // Counts not attached to any event (the same count is stored once).
  for (const Count& c : doc.counts) {
    if (attached.count(count_key(c))) continue;
    auto rc = conn_->query(kInsertCount, count_params(a.doc_id, count_n++, std::monostate{}, c));
    if (!rc.ok()) return rc.error();
  }
  return true;
}

Result<std::string> SqlEventStore::merge_mention(const Document& doc, const Event& ev, const std::string& date,
                                                 const std::string& mention_id, const std::string& now) {
  auto parsed = CivilDate::parse(date);
  if (parsed) {
    const int slack = std::max(0, options_.merge_slack_days);
    auto r = conn_->query(
        "SELECT id, date FROM events WHERE root = $1 AND source_code = $2 AND target_code = $3 "
        "AND date >= $4 AND date <= $5",
        {ev.root, ev.source.code, ev.target.code, parsed->plus_days(-slack).iso(), parsed->plus_days(slack).iso()});
    if (!r.ok()) return r.error();
    // The nearest day wins; ties go to the smaller id, so the choice is stable.
    std::string best;
    int64_t best_gap = std::numeric_limits<int64_t>::max();
    for (const SqlRow& row : r.value()) {
      auto d = CivilDate::parse(row.text(1));
      if (!d) continue;
      int64_t gap = std::llabs(d->days_since_epoch() - parsed->days_since_epoch());
      std::string id = row.text(0);
      if (gap < best_gap || (gap == best_gap && id < best)) {
        best_gap = gap;
        best = id;
      }
    }
    if (!best.empty()) return best;
  }
  // A new event, its id derived from its first mention (stable across runs).
  std::string id;
  for (int attempt = 0;; ++attempt) {
    StableHash h;
    h.field("event");
    h.field(mention_id);
    if (attempt > 0) h.field(std::to_string(attempt));
    id = h.hex();
    auto taken = conn_->query("SELECT 1 FROM events WHERE id = $1", {id});
    if (!taken.ok()) return taken.error();
    if (taken.value().empty()) break;
  }
  auto r = conn_->query(
      "INSERT INTO events(id, date, source_code, source_name, source_country, target_code, target_name, "
      "target_country, code, root, quad_class, goldstein, geo_name, geo_country, geo_adm1, geo_precision, "
      "lat, lon, first_mention, first_doc_id, source_url, is_root_event, confidence, added_at) VALUES ($1, "
      "$2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)",
      {id, sql_text_or_null(date), ev.source.code, sql_text_or_null(ev.source.name),
       sql_text_or_null(ev.source.country), ev.target.code, sql_text_or_null(ev.target.name),
       sql_text_or_null(ev.target.country), ev.code, ev.root, int64_t{ev.quad_class}, ev.goldstein,
       sql_text_or_null(ev.geo.name), sql_text_or_null(ev.geo.country), sql_text_or_null(ev.geo.adm1),
       sql_text_or_null(ev.geo.precision), sql_real_or_null(ev.geo.lat), sql_real_or_null(ev.geo.lon),
       mention_id, doc.article.doc_id, sql_text_or_null(doc.article.url), int64_t{ev.sentence == 0 ? 1 : 0},
       ev.confidence, now});
  if (!r.ok()) return r.error();
  return id;
}

Result<bool> SqlEventStore::refresh_event(const std::string& event_id) {
  auto agg = conn_->query(
      "SELECT COUNT(*), SUM(CASE WHEN a.duplicate_of IS NULL THEN 1 ELSE 0 END), "
      "COUNT(DISTINCT COALESCE(a.duplicate_of, a.doc_id)), "
      "COUNT(DISTINCT CASE WHEN a.duplicate_of IS NULL THEN COALESCE(a.host, '') END), MAX(m.confidence) "
      "FROM mentions m JOIN articles a ON a.doc_id = m.doc_id WHERE m.event_id = $1",
      {event_id});
  if (!agg.ok()) return agg.error();
  const SqlRow& row = agg.value().at(0);
  if (row.integer(0) == 0) {
    auto d = conn_->query("DELETE FROM events WHERE id = $1", {event_id});
    if (!d.ok()) return d.error();
    return true;
  }
  // Every mention in syndicated copies (their original was recoded since):
  // the story still counts once.
  int64_t mentions = std::max<int64_t>(row.integer(1), 1);
  int64_t sources = std::max<int64_t>(row.integer(3), 1);
  auto u = conn_->query(
      "UPDATE events SET num_mentions = $2, num_articles = $3, num_sources = $4, confidence = $5 WHERE id = $1",
      {event_id, mentions, row.integer(2), sources, row.real(4)});
  if (!u.ok()) return u.error();
  // The first mention's article was recoded without it: the earliest
  // remaining mention (by article, sentence, id) becomes the first.
  auto first = conn_->query(
      "SELECT m.id, m.doc_id, a.url, m.sentence FROM mentions m JOIN articles a ON a.doc_id = m.doc_id "
      "WHERE m.event_id = $1 AND NOT EXISTS (SELECT 1 FROM mentions f JOIN events e ON e.first_mention = f.id "
      "WHERE e.id = $1) ORDER BY m.doc_id, m.sentence, m.id LIMIT 1",
      {event_id});
  if (!first.ok()) return first.error();
  if (!first.value().empty()) {
    const SqlRow& f = first.value()[0];
    auto r = conn_->query(
        "UPDATE events SET first_mention = $2, first_doc_id = $3, source_url = $4, is_root_event = $5 "
        "WHERE id = $1",
        {event_id, f.text(0), f.text(1), f.null(2) ? SqlValue() : SqlValue(f.text(2)),
         int64_t{f.integer(3) == 0 ? 1 : 0}});
    if (!r.ok()) return r.error();
  }
  return true;
}

}  // namespace herald
