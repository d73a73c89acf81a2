// CappedCounter: exact counts and one example per key under the cap, the
// same whatever the order; the most frequent keys survive pruning and
// floor() says how far counts can be off.
#include "coverage/capped_counter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace herald {
namespace {

TEST(CappedCounter, CountsKeysAndKeepsOneOfTheirExamples) {
  CappedCounter c(100, 200);
  c.add("protest", "d1", "Critics protested.");
  c.add("rally", "d2", "Crowds rallied.");
  c.add("protest", "d3", "Students protested again.");
  auto top = c.top(10);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0]->key, "protest");
  EXPECT_EQ(top[0]->count, 2u);
  EXPECT_TRUE((top[0]->doc_id == "d1" && top[0]->example == "Critics protested.") ||
              (top[0]->doc_id == "d3" && top[0]->example == "Students protested again."))
      << top[0]->doc_id << " " << top[0]->example;
  EXPECT_EQ(top[1]->key, "rally");
  EXPECT_EQ(top[1]->doc_id, "d2");
  EXPECT_EQ(top[1]->example, "Crowds rallied.");
  EXPECT_EQ(c.floor(), 0u);
  EXPECT_EQ(c.total(), 3u);
  EXPECT_EQ(c.top(1).size(), 1u);
}

TEST(CappedCounter, TheExampleDoesNotDependOnTheOrder) {
  CappedCounter forward(100, 200), backward(100, 200);
  std::vector<std::string> docs;
  for (int i = 0; i < 50; ++i) docs.push_back(std::string("doc") += std::to_string(i));
  for (const auto& d : docs) forward.add("warn", d, "sentence of " + d);
  for (auto it = docs.rbegin(); it != docs.rend(); ++it) backward.add("warn", *it, "sentence of " + *it);
  // Not the first seen: that would be doc0 one way and doc49 the other.
  EXPECT_EQ(forward.top(1)[0]->doc_id, backward.top(1)[0]->doc_id);
  EXPECT_EQ(forward.top(1)[0]->example, "sentence of " + forward.top(1)[0]->doc_id);
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
