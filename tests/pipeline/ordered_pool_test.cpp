// OrderedPool: results come back in submission order whatever the threads'
// timing, never more than `window` items are in flight, and a failure in
// the work function reaches the caller.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "pipeline/ordered_pool.h"

namespace {

using herald::OrderedPool;

// Work that takes a pseudo-random while, so later items often finish first.
int slow_square(int x) {
  std::this_thread::sleep_for(std::chrono::microseconds((x * 7919) % 300));
  return x * x;
}

TEST(OrderedPool, DeliversInSubmissionOrder) {
  for (unsigned threads : {0u, 1u, 2u, 4u, 7u}) {
    OrderedPool<int, int> pool(threads, 16, [](int&& x) { return slow_square(x); });
    std::vector<int> got;
    auto deliver = [&](int&& y) { got.push_back(y); };
    for (int i = 0; i < 500; ++i) pool.submit(int(i), deliver);
    pool.finish(deliver);
    ASSERT_EQ(got.size(), 500u) << threads << " threads";
    for (int i = 0; i < 500; ++i) ASSERT_EQ(got[i], i * i) << "item " << i << ", " << threads << " threads";
  }
}

TEST(OrderedPool, NeverHasMoreThanTheWindowInFlight) {
  const size_t kWindow = 8;
  std::atomic<int> started{0};
  int delivered = 0;
  int worst = 0;
  OrderedPool<int, int> pool(4, kWindow, [&](int&& x) {
    ++started;
    return slow_square(x);
  });
  auto deliver = [&](int&&) { ++delivered; };
  for (int i = 0; i < 300; ++i) {
    pool.submit(int(i), deliver);
    // Everything submitted and not yet delivered is in flight.
    worst = std::max(worst, (i + 1) - delivered);
    ASSERT_LE(pool.in_flight(), kWindow);
  }
  pool.finish(deliver);
  EXPECT_EQ(delivered, 300);
  EXPECT_LE(worst, static_cast<int>(kWindow));
  EXPECT_EQ(started.load(), 300);
}

TEST(OrderedPool, RunsOnSeveralThreads) {
  std::mutex mu;
  std::set<std::thread::id> ids;
  OrderedPool<int, int> pool(3, 64, [&](int&& x) {
    {
      std::lock_guard lock(mu);
      ids.insert(std::this_thread::get_id());
    }
    return slow_square(x);
  });
  auto deliver = [](int&&) {};
  for (int i = 0; i < 200; ++i) pool.submit(int(i), deliver);
  pool.finish(deliver);
  EXPECT_GE(ids.size(), 2u);
  EXPECT_EQ(ids.count(std::this_thread::get_id()), 0u) << "the caller only delivers";
}

TEST(OrderedPool, InlineWithoutThreadsDeliversAtOnce) {
  OrderedPool<int, int> pool(0, 4, [](int&& x) { return x + 1; });
  int last = -1;
  for (int i = 0; i < 10; ++i) {
    pool.submit(int(i), [&](int&& y) { last = y; });
    EXPECT_EQ(last, i + 1);
  }
}

TEST(OrderedPool, AFailureReachesTheCallerInOrder) {
  OrderedPool<int, int> pool(2, 8, [](int&& x) {
    if (x == 5) throw std::runtime_error("item 5 failed");
    return slow_square(x);
  });
  std::vector<int> got;
  auto deliver = [&](int&& y) { got.push_back(y); };
  bool thrown = false;
  try {
    for (int i = 0; i < 50; ++i) pool.submit(int(i), deliver);
    pool.finish(deliver);
  } catch (const std::runtime_error& e) {
    thrown = true;
    EXPECT_STREQ(e.what(), "item 5 failed");
  }
  EXPECT_TRUE(thrown);
  ASSERT_EQ(got.size(), 5u) << "items before the failure are delivered, none after";
  for (int i = 0; i < 5; ++i) EXPECT_EQ(got[i], i * i);
}

TEST(OrderedPool, DestroyedWithWorkPendingStopsCleanly) {
  std::atomic<int> done{0};
  {
    OrderedPool<int, int> pool(2, 32, [&](int&& x) {
      ++done;
      return slow_square(x);
    });
    for (int i = 0; i < 20; ++i) pool.submit(int(i), [](int&&) {});
  }
  EXPECT_LE(done.load(), 20);
}

}  // namespace
