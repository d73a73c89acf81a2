// A fixed set of read-only store connections shared by the server's
// threads: an EventStore serialises its calls, so each request borrows its
// own connection and queries run in parallel.
//
//   auto pool = herald::StorePool::open("herald.db", 4, 2000);   // 4 connections, 2 s per query
//   if (!pool.ok()) die(pool.error().to_string());
//   auto store = pool.value()->acquire();        // waits for a free connection
//   auto page = store->find_events(query);       // returned to the pool at scope end
#pragma once

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/error.h"
#include "store/event_store.h"

namespace herald {

class StorePool {
 public:
  // A borrowed connection; gives it back when destroyed.
  class Lease {
   public:
    Lease(StorePool* pool, EventStore* store) : pool_(pool), store_(store) {}
    Lease(Lease&& o) noexcept : pool_(o.pool_), store_(o.store_) { o.store_ = nullptr; }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    EventStore* operator->() const { return store_; }
    EventStore& operator*() const { return *store_; }

   private:
    StorePool* pool_;
    EventStore* store_;
  };

  // Opens size connections to location (an SQLite path or a postgresql://
  // URL), read-only (SQLite: SQLITE_OPEN_READONLY and PRAGMA query_only),
  // each statement limited to query_timeout_ms (0 = no limit).
  static Result<std::unique_ptr<StorePool>> open(const std::string& location, size_t size,
                                                 int query_timeout_ms);

  // Borrows a free connection, waiting while all are in use.
  Lease acquire();
  size_t size() const { return stores_.size(); }

 private:
  StorePool() = default;
  void release(EventStore* store);

  std::vector<std::unique_ptr<EventStore>> stores_;
  std::vector<EventStore*> free_;
  std::mutex mu_;
  std::condition_variable cv_;
};

}  // namespace herald
