// The write path of SqlEventStore: articles, mentions and their evidence,
// the merge of mentions into events, syndicated copies.
#include "store/sql_event_store.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "core/stable_hash.h"
#include "output/event_json.h"
#include "store/near_duplicate.h"
#include "store/store_schema.h"

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

SqlEventStore::SqlEventStore(std::unique_ptr<SqlConnection> conn, const StoreOptions& options, int schema_version)
    : conn_(std::move(conn)),
      options_(options),
      text_path_(conn_->dialect() == SqlDialect::kPostgres ? TextPath::kPostgres
                 : schema_version >= kFullTextKeysVersion ? TextPath::kSqliteRowids
                                                          : TextPath::kSqliteDocIds) {}

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

Result<std::optional<EventStore::StoredOrigin>> SqlEventStore::stored_origin(const std::string& doc_id) {
  std::lock_guard lock(mu_);
  auto r = conn_->query("SELECT content_hash, input, line FROM articles WHERE doc_id = $1", {doc_id});
  if (!r.ok()) return r.error();
  if (r.value().empty()) return std::optional<StoredOrigin>();
  const SqlRow& row = r.value()[0];
  return std::optional<StoredOrigin>(StoredOrigin{row.text(0), row.null(1) ? "" : row.text(1),
                                                  row.null(2) ? 0 : static_cast<uint64_t>(row.integer(2))});
}

Result<size_t> SqlEventStore::write_batch(const std::vector<Document>& docs) {
  if (options_.read_only) return Error{ErrorCode::kOutput, "", 0, "the store is open read-only", ""};
  std::lock_guard lock(mu_);
  if (docs.empty()) return size_t{0};
  auto b = conn_->begin(true);
  if (!b.ok()) return b.error();
  const std::string now = utc_now();
  MergeWork work;
  auto fail = [&](Error e) -> Result<size_t> {
    conn_->rollback();
    return e;
  };
  for (const Document& doc : docs) {
    work.docs.insert(doc.article.doc_id);
    auto r = write_doc(doc, now, work);
    if (!r.ok()) {
      Error e = r.error();
      e.message = "cannot write article " + doc.article.doc_id + ": " + e.message;
      return fail(e);
    }
  }
  // The events of every merge key the batch touched are computed again from
  // all of that key's mentions: the result depends on which mentions are
  // stored, never on the order they arrived in.
  for (const MergeKey& key : work.keys) {
    auto r = merge_key(key, now, work);
    if (!r.ok()) return fail(r.error());
  }
  auto c = conn_->commit();
  if (!c.ok()) return fail(c.error());
  return docs.size();
}

Result<std::string> SqlEventStore::duplicate_of(const std::string& doc_id, const std::string& date,
                                                const std::optional<MinHash>& minhash, MergeWork& work) {
  if (!minhash) return std::string();
  auto bands = minhash_bands(*minhash);
  // Candidates: articles sharing a band, at most kPerBand a band (an index
  // probe each, so a thousand identical bodies cost no more than a few: the
  // smallest doc_ids come first, and the original is the smallest), then the
  // kMaxCandidates sharing the most bands: templated texts (wire briefs)
  // share a band with many articles, and a true copy shares most of its bands.
  constexpr int kPerBand = 32;
  constexpr size_t kMaxCandidates = 16;
  std::map<std::string, int> shared;
  for (size_t b = 0; b < bands.size(); ++b) {
    auto r = conn_->query("SELECT doc_id FROM article_bands WHERE band = $1 AND value = $2 AND doc_id <> $3 "
                          "ORDER BY doc_id LIMIT " + std::to_string(kPerBand),
                          {static_cast<int64_t>(b), std::bit_cast<int64_t>(bands[b]), doc_id});
    if (!r.ok()) return r.error();
    for (const SqlRow& row : r.value()) ++shared[row.text(0)];
  }
  std::vector<std::pair<int, std::string>> ranked;
  for (auto& [id, n] : shared) ranked.emplace_back(-n, id);
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() > kMaxCandidates) ranked.resize(kMaxCandidates);
  std::set<std::string> canonicals;
  for (const auto& [neg, id] : ranked) {
    auto r = conn_->query("SELECT minhash, duplicate_of FROM articles WHERE doc_id = $1", {id});
    if (!r.ok()) return r.error();
    if (r.value().empty()) continue;
    const SqlRow& row = r.value()[0];
    auto other = minhash_from_hex(row.text(0));
    if (!other || minhash_similarity(*other, *minhash) < options_.near_duplicate_similarity) continue;
    std::string canonical = row.null(1) ? id : row.text(1);
    if (canonical != doc_id) canonicals.insert(canonical);
  }
  if (canonicals.empty()) return std::string();
  // The original of a group of copies is its earliest article (date, then
  // doc_id), whichever arrived first: the other originals found become its
  // copies, with their copies, and their events are counted again.
  using Rank = std::pair<std::string, std::string>;   // (date or "~" when none, doc_id)
  Rank best{date.empty() ? "~" : date, doc_id};
  std::map<std::string, Rank> ranks;
  for (const std::string& c : canonicals) {
    auto r = conn_->query("SELECT date FROM articles WHERE doc_id = $1", {c});
    if (!r.ok()) return r.error();
    Rank rank{r.value().empty() || r.value()[0].null(0) ? "~" : r.value()[0].text(0), c};
    ranks[c] = rank;
    best = std::min(best, rank);
  }
  for (const std::string& c : canonicals) {
    if (c == best.second) continue;
    auto touched = conn_->query(
        "SELECT DISTINCT m.root, m.source_code, m.target_code, m.event_id FROM mentions m JOIN articles a "
        "ON a.doc_id = m.doc_id WHERE (a.doc_id = $1 OR a.duplicate_of = $1) AND m.event_id IS NOT NULL",
        {c});
    if (!touched.ok()) return touched.error();
    for (const SqlRow& row : touched.value()) {
      work.keys.insert({row.text(0), row.text(1), row.text(2)});
      work.events.insert(row.text(3));
    }
    auto up = conn_->query("UPDATE articles SET duplicate_of = $1 WHERE doc_id = $2 OR duplicate_of = $2",
                           {best.second, c});
    if (!up.ok()) return up.error();
  }
  return best.second == doc_id ? std::string() : best.second;
}

Result<bool> SqlEventStore::write_doc(const Document& doc, const std::string& now, MergeWork& work) {
  const Article& a = doc.article;
  auto old = conn_->query("SELECT DISTINCT event_id, root, source_code, target_code FROM mentions "
                          "WHERE doc_id = $1 AND event_id IS NOT NULL",
                          {a.doc_id});
  if (!old.ok()) return old.error();
  for (const SqlRow& row : old.value()) {
    work.events.insert(row.text(0));
    work.keys.insert({row.text(1), row.text(2), row.text(3)});
  }
  for (const char* sql : {"DELETE FROM counts WHERE doc_id = $1", "DELETE FROM actors WHERE doc_id = $1",
                          "DELETE FROM places WHERE doc_id = $1", "DELETE FROM mentions WHERE doc_id = $1",
                          "DELETE FROM article_bands WHERE doc_id = $1"}) {
    auto r = conn_->query(sql, {a.doc_id});
    if (!r.ok()) return r.error();
  }

  const std::optional<MinHash> minhash = text_minhash(doc.body);
  auto dup = duplicate_of(a.doc_id, a.date ? a.date->iso() : "", minhash, work);
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
    SqlValue event_id;   // set by merge_key once the batch is written
    if (!ev.negated) work.keys.insert({ev.root, ev.source.code, ev.target.code});
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

namespace {

// One stored mention of a merge key, as the merge reads it.
struct KeyMention {
  std::string id, date, doc_id, event_id;
  int64_t sentence = 0;
};

constexpr const char* kUpsertEvent =
    "INSERT INTO events(id, date, source_code, source_name, source_country, target_code, target_name, "
    "target_country, code, root, quad_class, goldstein, geo_name, geo_country, geo_adm1, geo_precision, lat, "
    "lon, first_mention, first_doc_id, source_url, is_root_event, confidence, added_at) "
    "SELECT $1, m.date, m.source_code, m.source_name, m.source_country, m.target_code, m.target_name, "
    "m.target_country, m.code, m.root, m.quad_class, m.goldstein, m.geo_name, m.geo_country, m.geo_adm1, "
    "m.geo_precision, m.lat, m.lon, m.id, m.doc_id, a.url, CASE WHEN m.sentence = 0 THEN 1 ELSE 0 END, "
    "m.confidence, $3 FROM mentions m JOIN articles a ON a.doc_id = m.doc_id WHERE m.id = $2 "
    "ON CONFLICT(id) DO UPDATE SET date = excluded.date, source_code = excluded.source_code, "
    "source_name = excluded.source_name, source_country = excluded.source_country, "
    "target_code = excluded.target_code, target_name = excluded.target_name, "
    "target_country = excluded.target_country, code = excluded.code, root = excluded.root, "
    "quad_class = excluded.quad_class, goldstein = excluded.goldstein, geo_name = excluded.geo_name, "
    "geo_country = excluded.geo_country, geo_adm1 = excluded.geo_adm1, geo_precision = excluded.geo_precision, "
    "lat = excluded.lat, lon = excluded.lon, first_mention = excluded.first_mention, "
    "first_doc_id = excluded.first_doc_id, source_url = excluded.source_url, "
    "is_root_event = excluded.is_root_event";

}  // namespace

std::string SqlEventStore::event_id_for(const std::string& first_mention_id) {
  StableHash h;
  h.field("event");
  h.field(first_mention_id);
  return h.hex();
}

Result<bool> SqlEventStore::merge_key(const MergeKey& key, const std::string& now, MergeWork& work) {
  const auto& [root, source, target] = key;
  auto r = conn_->query(
      "SELECT id, date, doc_id, event_id, sentence FROM mentions WHERE root = $1 AND source_code = $2 "
      "AND target_code = $3 AND negated = 0",
      {root, source, target});
  if (!r.ok()) return r.error();
  std::vector<KeyMention> ms;
  ms.reserve(r.value().size());
  for (const SqlRow& row : r.value())
    ms.push_back({row.text(0), row.text(1), row.text(2), row.text(3), row.integer(4)});
  // Dated first, by date, then article, sentence and id (byte order,
  // whatever the database's collation): the order they are merged in.
  std::sort(ms.begin(), ms.end(), [](const KeyMention& a, const KeyMention& b) {
    const bool a_undated = a.date.empty(), b_undated = b.date.empty();
    return std::tie(a_undated, a.date, a.doc_id, a.sentence, a.id) <
           std::tie(b_undated, b.date, b.doc_id, b.sentence, b.id);
  });

  // Events: in that order, a mention opens an event and every later
  // mention at most merge_slack_days after the opener's date joins it; a
  // mention without a date is an event of its own. The opener gives the
  // event its id and fields.
  const int slack = std::max(0, options_.merge_slack_days);
  std::map<std::string, std::vector<size_t>> events;   // id -> members (first: the opener)
  std::string open_id;
  int64_t open_day = 0;
  for (size_t i = 0; i < ms.size(); ++i) {
    auto day = CivilDate::parse(ms[i].date);
    if (day && !open_id.empty() && day->days_since_epoch() - open_day <= slack) {
      events[open_id].push_back(i);
      continue;
    }
    std::string id = event_id_for(ms[i].id);
    events[id].push_back(i);
    if (day) {
      open_id = id;
      open_day = day->days_since_epoch();
    } else {
      open_id.clear();
    }
  }

  auto old = conn_->query("SELECT id FROM events WHERE root = $1 AND source_code = $2 AND target_code = $3",
                          {root, source, target});
  if (!old.ok()) return old.error();
  std::set<std::string> old_ids;
  for (const SqlRow& row : old.value()) old_ids.insert(row.text(0));

  for (const auto& [id, members] : events) {
    const KeyMention& opener = ms[members.front()];
    bool dirty = !old_ids.count(id) || work.events.count(id);
    for (size_t i : members) dirty = dirty || ms[i].event_id != id || work.docs.count(ms[i].doc_id);
    if (!dirty) continue;   // same members, same articles: nothing to write
    auto up = conn_->query(kUpsertEvent, {id, opener.id, now});
    if (!up.ok()) return up.error();
    for (size_t i : members) {
      if (ms[i].event_id == id) continue;
      auto m = conn_->query("UPDATE mentions SET event_id = $1 WHERE id = $2", {id, ms[i].id});
      if (!m.ok()) return m.error();
    }
    auto c = recount_event(id);
    if (!c.ok()) return c.error();
  }
  for (const std::string& id : old_ids) {
    if (events.count(id)) continue;
    auto d = conn_->query("DELETE FROM events WHERE id = $1", {id});
    if (!d.ok()) return d.error();
  }
  return true;
}

Result<bool> SqlEventStore::recount_event(const std::string& event_id) {
  auto agg = conn_->query(
      "SELECT COUNT(*), SUM(CASE WHEN a.duplicate_of IS NULL THEN 1 ELSE 0 END), "
      "COUNT(DISTINCT COALESCE(a.duplicate_of, a.doc_id)), "
      "COUNT(DISTINCT CASE WHEN a.duplicate_of IS NULL THEN COALESCE(a.host, '') END), MAX(m.confidence) "
      "FROM mentions m JOIN articles a ON a.doc_id = m.doc_id WHERE m.event_id = $1",
      {event_id});
  if (!agg.ok()) return agg.error();
  const SqlRow& row = agg.value().at(0);
  // Every mention in syndicated copies (their original was recoded since):
  // the story still counts once.
  int64_t mentions = std::max<int64_t>(row.integer(1), 1);
  int64_t sources = std::max<int64_t>(row.integer(3), 1);
  auto u = conn_->query(
      "UPDATE events SET num_mentions = $2, num_articles = $3, num_sources = $4, confidence = $5 WHERE id = $1",
      {event_id, mentions, row.integer(2), sources, row.real(4)});
  if (!u.ok()) return u.error();
  return true;
}

}  // namespace herald
