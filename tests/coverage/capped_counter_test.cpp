// CappedCounter: exact counts and the first example under the cap; the most
// frequent keys survive pruning and floor() says how far counts can be off.
#include "coverage/capped_counter.h"

#include <gtest/gtest.h>

#include <string>

namespace herald {
namespace {

TEST(CappedCounter, CountsKeysAndKeepsTheFirstExample) {
  CappedCounter c(100, 200);
  c.add("protest", "d1", "Critics protested.");
  c.add("rally", "d2", "Crowds rallied.");
  c.add("protest", "d3", "Students protested again.");
  auto top = c.top(10);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0]->key, "protest");
  EXPECT_EQ(top[0]->count, 2u);
  EXPECT_EQ(top[0]->doc_id, "d1");
  EXPECT_EQ(top[0]->example, "Critics protested.");
  EXPECT_EQ(top[1]->key, "rally");
  EXPECT_EQ(c.floor(), 0u);
  EXPECT_EQ(c.total(), 3u);
  EXPECT_EQ(c.top(1).size(), 1u);
}

TEST(CappedCounter, TiesAreOrderedByKey) {
  CappedCounter c(100, 200);
  for (const char* k : {"b", "c", "a"}) c.add(k, "d", "s");
  auto top = c.top(3);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0]->key, "a");
  EXPECT_EQ(top[2]->key, "c");
}

TEST(CappedCounter, FrequentKeysSurviveTheCap) {
  CappedCounter c(8, 50);
  // Two frequent keys among 200 singletons.
  for (int i = 0; i < 200; ++i) {
    c.add("often", "d", "s");
    if (i % 2 == 0) c.add("half", "d", "s");
    c.add(std::string("rare") += std::to_string(i), "d", "s");
  }
  EXPECT_LE(c.size(), 8u);
  EXPECT_GT(c.floor(), 0u);
  auto top = c.top(2);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0]->key, "often");
  EXPECT_EQ(top[1]->key, "half");
  // Counts are lower bounds, low by at most floor().
  EXPECT_LE(top[0]->count, 200u);
  EXPECT_GE(top[0]->count + c.floor(), 200u);
  EXPECT_EQ(c.total(), 500u);
}

TEST(CappedCounter, TrimsExamplesAtACharacterBoundary) {
  EXPECT_EQ(trim_example("short", 10), "short");
  EXPECT_EQ(trim_example("one two three", 8), "one two...");
  // "é" is two bytes: a cut inside it moves back before it.
  EXPECT_EQ(trim_example("caf\xc3\xa9 noir", 4), "caf...");
  CappedCounter c(10, 8);
  c.add("k", "d", "one two three four");
  EXPECT_EQ(c.top(1)[0]->example, "one two...");
}

}  // namespace
}  // namespace herald
