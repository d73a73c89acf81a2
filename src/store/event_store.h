// The event store: coded articles in, merged events out, on SQLite (a file
// path) or PostgreSQL (a postgresql:// URL), with the same schema
// (docs/store.md) and the same behaviour.
//
//   auto store = herald::EventStore::open("herald.db");            // or "postgresql://..."
//   if (!store.ok()) return report(store.error());                 // kOutput
//   store.value()->write_batch(docs);         // one transaction; re-runs add nothing twice
//   auto page = store.value()->find_events(query);                 // see event_query.h
//
// Reading from a server:
//   herald::StoreOptions o; o.read_only = true; o.query_timeout_ms = 2000;
//   auto store = herald::EventStore::open(url, o);
//
// An EventStore is one connection; its methods are serialised by an internal
// mutex, so one store may be shared by threads (open one per thread to read
// in parallel). Writers take a lock in the database (BEGIN IMMEDIATE; a
// PostgreSQL advisory lock), so concurrent writers take turns.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/error.h"
#include "store/event_aggregates.h"
#include "store/event_query.h"

namespace herald {

struct StoreOptions {
  bool read_only = false;          // no migrations, no writes (SQLite opened read-only)
  int query_timeout_ms = 0;        // 0 = none; a slower query fails with an Error
  int merge_slack_days = 1;        // mentions this many days apart may be one event
  double near_duplicate_similarity = 0.7;  // MinHash Jaccard at or over which articles are copies
  // How long a writer waits for another writer's batch (SQLite busy
  // timeout; PostgreSQL waits on its advisory lock without limit). A second
  // `herald code` on the same store waits its turn rather than failing.
  int lock_wait_ms = 30 * 60 * 1000;
  // SQLite: check the file at open (PRAGMA quick_check) and refuse a
  // damaged one. A pool of readers of one file checks it once.
  bool check_integrity = true;
};

class EventStore {
 public:
  // Current schema version: the number of migration steps (docs/store.md).
  static int schema_version();

  // Opens or creates a store. A "postgresql://" or "postgres://" URL opens
  // PostgreSQL; anything else is an SQLite file path. Applies pending
  // migrations unless read_only (a reader opens a store of the previous
  // schema version too, unmigrated). Errors (kOutput): cannot connect/open,
  // not a database, a schema newer than this herald (or, read-only, older
  // than it reads).
  static Result<std::unique_ptr<EventStore>> open(const std::string& location,
                                                  const StoreOptions& options = {});

  virtual ~EventStore() = default;

  // location fit to print: a PostgreSQL URL without its password (in the
  // user info or a password= parameter); anything else unchanged.
  static std::string printable_location(const std::string& location);

  // "sqlite" or "postgresql".
  virtual std::string backend() const = 0;

  // The content hash the resume check compares: of the article as read
  // (date, url, title, text): Article::content_hash when the reader or the
  // pipeline set it (before cleaning rewrote the title), else computed.
  static std::string content_hash(const Article& article);

  // true when doc_id is stored with this content hash (a rerun can skip it).
  virtual Result<bool> has_article(const std::string& doc_id, const std::string& content_hash) = 0;

  // Where the stored article doc_id came from and its content hash; nullopt
  // when none is stored. Lets a writer say which stored article a new one
  // with the same doc_id replaces.
  struct StoredOrigin {
    std::string content_hash;
    std::string input;
    uint64_t line = 0;
  };
  virtual Result<std::optional<StoredOrigin>> stored_origin(const std::string& doc_id) = 0;

  // Writes every document (article, mentions, actors, places, counts; merges
  // mentions into events; marks syndicated copies) in one transaction. On
  // error nothing of the batch is kept. An article already stored replaces
  // its old rows. Returns the number of documents written.
  virtual Result<size_t> write_batch(const std::vector<Document>& docs) = 0;

  // Events matching the query, newest date first (then id). Errors:
  // kBadFormat for an invalid query, kOutput for a database failure or timeout.
  virtual Result<EventPage> find_events(const EventQuery& query) = 0;

  // One event, or nullopt when there is none with this id.
  virtual Result<std::optional<EventRecord>> get_event(const std::string& id) = 0;

  // The mentions of one event (each with its evidence), oldest article first.
  virtual Result<std::vector<MentionRecord>> get_mentions(const std::string& event_id) = 0;

  // Every event matching the query's filters (limit and offset ignored),
  // oldest date first then id, fetched page by page; fn returns false to
  // stop. Returns how many were passed to fn. For exports.
  virtual Result<uint64_t> scan_events(const EventQuery& query,
                                       const std::function<bool(const EventRecord&)>& fn) = 0;

  // Mentions matching the query's filters (applied to the mention's own
  // date, actors, codes and place), ordered by doc_id, sentence and id,
  // one page (limit, offset).
  virtual Result<std::vector<MentionRecord>> find_mentions(const EventQuery& query) = 0;

  // Every mention matching the filters (limit and offset ignored), in the
  // order of find_mentions; fn returns false to stop.
  virtual Result<uint64_t> scan_mentions(const EventQuery& query,
                                         const std::function<bool(const MentionRecord&)>& fn) = 0;

  // One article with its text and the spans of actors, places and verbs.
  virtual Result<std::optional<ArticleRecord>> get_article(const std::string& doc_id) = 0;

  // Events matching the query grouped by day / root / country / actor pair,
  // most events first; at most query.limit rows.
  virtual Result<std::vector<StatRow>> stats(const EventQuery& query, StatGroup group) = 0;

  // Dashboard aggregates (store/event_aggregates.h), over the same filters.
  // Events per day and QuadClass, and casualties per day.
  virtual Result<Timeline> timeline(const EventQuery& query) = 0;
  // The query.limit coordinates with the most events.
  virtual Result<PlaceSummary> places(const EventQuery& query) = 0;
  // Events per country (where they happened), most first.
  virtual Result<std::vector<CountryRow>> countries(const EventQuery& query) = 0;
  // The query.limit heaviest source -> target edges, per QuadClass.
  virtual Result<std::vector<EdgeRow>> network(const EventQuery& query) = 0;
  // Actor codes starting with text, or names holding it (any case), most
  // events first; at most limit.
  virtual Result<std::vector<ActorMatch>> search_actors(const std::string& text, uint32_t limit) = 0;
  // An article's actor mentions with their dictionary entries, and its counts.
  virtual Result<ArticleAnnotations> annotations(const std::string& doc_id) = 0;
};

}  // namespace herald
