// EventStore over any SqlConnection: the one implementation of writing,
// merging and querying, shared by SQLite and PostgreSQL. Internal to
// herald_store; callers use EventStore::open (store/event_store.h).
//
//   auto conn = herald::SqliteConnection::open(path, false);
//   herald::SqlEventStore store(std::move(conn.value()), options, schema_version);
#pragma once

#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <tuple>

#include "store/event_store.h"
#include "store/near_duplicate.h"
#include "store/sql_connection.h"
#include "store/sql_event_filter.h"

namespace herald {

class SqlEventStore : public EventStore {
 public:
  // schema_version: the store's (a reader may open an older one than this
  // herald's; the read path goes without what later steps added).
  SqlEventStore(std::unique_ptr<SqlConnection> conn, const StoreOptions& options, int schema_version);

  std::string backend() const override;
  Result<bool> has_article(const std::string& doc_id, const std::string& content_hash) override;
  Result<std::optional<StoredOrigin>> stored_origin(const std::string& doc_id) override;
  Result<size_t> write_batch(const std::vector<Document>& docs) override;
  Result<EventPage> find_events(const EventQuery& query) override;
  Result<std::optional<EventRecord>> get_event(const std::string& id) override;
  Result<std::vector<MentionRecord>> get_mentions(const std::string& event_id) override;
  Result<uint64_t> scan_events(const EventQuery& query,
                               const std::function<bool(const EventRecord&)>& fn) override;
  Result<std::vector<MentionRecord>> find_mentions(const EventQuery& query) override;
  Result<uint64_t> scan_mentions(const EventQuery& query,
                                 const std::function<bool(const MentionRecord&)>& fn) override;
  Result<std::optional<ArticleRecord>> get_article(const std::string& doc_id) override;
  Result<std::vector<StatRow>> stats(const EventQuery& query, StatGroup group) override;
  Result<Timeline> timeline(const EventQuery& query) override;
  Result<PlaceSummary> places(const EventQuery& query) override;
  Result<std::vector<CountryRow>> countries(const EventQuery& query) override;
  Result<std::vector<EdgeRow>> network(const EventQuery& query) override;
  Result<std::vector<ActorMatch>> search_actors(const std::string& text, uint32_t limit) override;
  Result<ArticleAnnotations> annotations(const std::string& doc_id) override;

 private:
  // Write path (sql_event_store.cpp).
  // (root, source_code, target_code): the mentions that may merge.
  using MergeKey = std::tuple<std::string, std::string, std::string>;
  // What a batch touched: merge keys to compute again, events that lost
  // mentions or changed articles, and the articles written.
  struct MergeWork {
    std::set<MergeKey> keys;
    std::set<std::string> events;
    std::set<std::string> docs;
  };
  Result<bool> write_doc(const Document& doc, const std::string& now, MergeWork& work);
  Result<std::string> duplicate_of(const std::string& doc_id, const std::string& date,
                                   const std::optional<MinHash>& minhash, MergeWork& work);
  // Computes the events of one key from all its stored mentions and writes
  // what changed (docs/store.md, "Merging mentions into events").
  Result<bool> merge_key(const MergeKey& key, const std::string& now, MergeWork& work);
  Result<bool> recount_event(const std::string& event_id);
  static std::string event_id_for(const std::string& first_mention_id);

  // Read path (sql_event_reader.cpp; aggregates in sql_event_aggregates.cpp).
  // With `total`, the rows matching ignoring limit and offset are counted in
  // the same pass (SQLite: select_page_by_rowid; PostgreSQL: COUNT(*) OVER (),
  // where it stays empty when the page is).
  Result<std::vector<EventRecord>> select_events(const EventQuery& q, bool newest_first, uint32_t limit,
                                                 uint64_t offset, std::optional<uint64_t>* total = nullptr);
  // SQLite's page with its total: the rowids of every match in order (the
  // filter evaluated once, no window over the rows; the total is their
  // number, even past the last page), then the page's rows by rowid, both in
  // one read transaction.
  Result<std::vector<EventRecord>> select_page_by_rowid(SqlWhere& w, const std::string& order, uint32_t limit,
                                                        uint64_t offset, std::optional<uint64_t>& total);
  Result<std::vector<MentionRecord>> select_mentions(const EventQuery& q, uint32_t limit, uint64_t offset);
  template <typename Record, typename SelectPage>
  Result<uint64_t> scan_pages(const EventQuery& query, SelectPage select_page,
                              const std::function<bool(const Record&)>& fn);

  std::unique_ptr<SqlConnection> conn_;
  StoreOptions options_;
  TextPath text_path_;
  std::mutex mu_;
};

}  // namespace herald
