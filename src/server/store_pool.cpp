#include "server/store_pool.h"

namespace herald {

StorePool::Lease::~Lease() {
  if (store_) pool_->release(store_);
}

Result<std::unique_ptr<StorePool>> StorePool::open(const std::string& location, size_t size,
                                                   int query_timeout_ms) {
  std::unique_ptr<StorePool> pool(new StorePool());
  StoreOptions options;
  options.read_only = true;
  options.query_timeout_ms = query_timeout_ms;
  for (size_t i = 0; i < std::max<size_t>(size, 1); ++i) {
    options.check_integrity = i == 0;   // the file is checked once, by the first connection
    auto store = EventStore::open(location, options);
    if (!store.ok()) return store.error();
    pool->free_.push_back(store.value().get());
    pool->stores_.push_back(std::move(store.value()));
  }
  return pool;
}

StorePool::Lease StorePool::acquire() {
  std::unique_lock lock(mu_);
  cv_.wait(lock, [&] { return !free_.empty(); });
  EventStore* s = free_.back();
  free_.pop_back();
  return Lease(this, s);
}

void StorePool::release(EventStore* store) {
  {
    std::lock_guard lock(mu_);
    free_.push_back(store);
  }
  cv_.notify_one();
}

}  // namespace herald
