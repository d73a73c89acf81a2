// A pool of threads that runs one function over a stream of items and hands
// the results back in the order the items came in, on the caller's thread.
// It is what lets `herald code --jobs N` code articles in parallel while one
// writer (the caller) writes them in input order.
//
//   herald::OrderedPool<Article, Coded> pool(4, 256, [&](Article&& a) { return code(a); });
//   for (Article& a : articles)
//     pool.submit(std::move(a), [&](Coded&& c) { write(c); });   // may deliver earlier results
//   pool.finish([&](Coded&& c) { write(c); });                      // the rest, in order
//
// Memory is bounded: at most `window` items are in flight (queued, being
// worked on, or done but not yet delivered); submit() blocks until the
// oldest one is delivered when the window is full. With threads == 0 the
// work runs inline in submit(): no threads, exactly the sequential loop.
//
// The work function runs concurrently on several threads: it must only read
// shared state (a `const Pipeline&` is made for this). Delivery always runs
// on the thread that calls submit()/finish(), never concurrently with
// itself. An exception thrown by the work function is rethrown by the
// submit()/finish() that would have delivered its result.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace herald {

template <typename In, typename Out>
class OrderedPool {
 public:
  using Work = std::function<Out(In&&)>;
  using Deliver = std::function<void(Out&&)>;

  // threads: worker threads (0 = run inline); window: items in flight (>= 1).
  OrderedPool(unsigned threads, size_t window, Work work)
      : work_(std::move(work)), window_(window < 1 ? 1 : window), slots_(window_) {
    for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { run_worker(); });
  }

  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // Stops the workers; results not yet delivered are dropped.
  ~OrderedPool() {
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
      queue_.clear();
    }
    work_ready_.notify_all();
    for (auto& t : threads_) t.join();
  }

  // Queues one item. Delivers, in order, every result that is ready; blocks
  // while the window is full.
  void submit(In&& item, const Deliver& deliver) {
    if (threads_.empty()) {
      deliver(work_(std::move(item)));
      return;
    }
    std::unique_lock lock(mu_);
    // Make room: the oldest item must be delivered before a new one enters.
    while (submitted_ - delivered_ >= window_) deliver_head(lock, deliver, /*wait=*/true);
    queue_.emplace_back(submitted_++, std::move(item));
    lock.unlock();
    work_ready_.notify_one();
    lock.lock();
    while (delivered_ < submitted_ && deliver_head(lock, deliver, /*wait=*/false)) {
    }
  }

  // Waits for every submitted item and delivers the rest, in order.
  void finish(const Deliver& deliver) {
    if (threads_.empty()) return;
    std::unique_lock lock(mu_);
    while (delivered_ < submitted_) deliver_head(lock, deliver, /*wait=*/true);
  }

  // Items submitted and not yet delivered.
  size_t in_flight() const {
    std::lock_guard lock(mu_);
    return submitted_ - delivered_;
  }

 private:
  struct Slot {
    std::optional<Out> out;
    std::exception_ptr error;
    bool done = false;
  };

  // Delivers the oldest item if it is done (waiting for it when `wait`);
  // false when it is not done and wait is false. Runs deliver unlocked.
  bool deliver_head(std::unique_lock<std::mutex>& lock, const Deliver& deliver, bool wait) {
    Slot& slot = slots_[delivered_ % window_];
    if (!slot.done) {
      if (!wait) return false;
      result_ready_.wait(lock, [&] { return slot.done; });
    }
    std::optional<Out> out = std::move(slot.out);
    std::exception_ptr error = slot.error;
    slot = Slot{};
    ++delivered_;
    lock.unlock();
    if (error) {
      lock.lock();
      std::rethrow_exception(error);
    }
    deliver(std::move(*out));
    lock.lock();
    return true;
  }

  void run_worker() {
    for (;;) {
      std::pair<size_t, In> job;
      {
        std::unique_lock lock(mu_);
        work_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (stopping_) return;
        job = std::move(queue_.front());
        queue_.pop_front();
      }
      Slot done;
      try {
        done.out.emplace(work_(std::move(job.second)));
      } catch (...) {
        done.error = std::current_exception();
      }
      done.done = true;
      {
        std::lock_guard lock(mu_);
        slots_[job.first % window_] = std::move(done);
      }
      result_ready_.notify_one();
    }
  }

  Work work_;
  const size_t window_;
  mutable std::mutex mu_;
  std::condition_variable work_ready_, result_ready_;
  std::deque<std::pair<size_t, In>> queue_;
  std::vector<Slot> slots_;   // ring indexed by sequence number % window_
  size_t submitted_ = 0, delivered_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace herald
