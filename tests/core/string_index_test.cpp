#include "core/string_index.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

namespace herald {
namespace {

TEST(StringIndex, InsertFindSet) {
  StringIndex index;
  EXPECT_EQ(index.find("strike"), StringIndex::kAbsent);
  EXPECT_TRUE(index.empty());
  EXPECT_EQ(index.insert("strike", 7), std::make_pair(7u, true));
  EXPECT_EQ(index.insert("strike", 9), std::make_pair(7u, false));   // the first value stays
  EXPECT_EQ(index.find("strike"), 7u);
  index.set("strike", 8);
  EXPECT_EQ(index.find("strike"), 8u);
  index.set("peace", 3);
  EXPECT_EQ(index.find("peace"), 3u);
  EXPECT_EQ(index.size(), 2u);
  EXPECT_TRUE(index.contains("peace"));
  EXPECT_FALSE(index.contains("peac"));
  EXPECT_FALSE(index.contains("peaces"));
  EXPECT_FALSE(index.contains(""));
  index.insert("", 5);   // the empty string is a key like any other
  EXPECT_EQ(index.find(""), 5u);
}

TEST(StringIndex, ManyKeysEraseAndCopy) {
  // Against std::map: inserts, replacements and erasures of keys of every
  // length up to 40 bytes (the hash reads 8 bytes at a time, then a tail).
  std::mt19937 rng(42);
  std::map<std::string, uint32_t> ref;
  StringIndex index;
  auto random_key = [&] {
    std::string k(rng() % 41, 'a');
    for (char& c : k) c = static_cast<char>('a' + rng() % 4);   // few letters: many near-collisions
    return k;
  };
  for (int step = 0; step < 20000; ++step) {
    const std::string k = random_key();
    const uint32_t v = rng() % 1000;
    switch (rng() % 3) {
      case 0: {
        auto [got, inserted] = index.insert(k, v);
        auto [it, added] = ref.emplace(k, v);
        EXPECT_EQ(inserted, added);
        EXPECT_EQ(got, it->second);
        break;
      }
      case 1: index.set(k, v); ref[k] = v; break;
      case 2: EXPECT_EQ(index.erase(k), ref.erase(k) == 1); break;
    }
  }
  ASSERT_EQ(index.size(), ref.size());
  const StringIndex copy = index;
  for (const auto& [k, v] : ref) {
    EXPECT_EQ(index.find(k), v) << k;
    EXPECT_EQ(copy.find(k), v) << k;
  }
  size_t seen = 0;
  index.for_each([&](std::string_view k, uint32_t v) {
    ++seen;
    auto it = ref.find(std::string(k));
    ASSERT_NE(it, ref.end());
    EXPECT_EQ(it->second, v);
  });
  EXPECT_EQ(seen, ref.size());
  for (int i = 0; i < 2000; ++i) {
    const std::string k = random_key();
    EXPECT_EQ(index.contains(k), ref.count(k) == 1) << k;
  }
  index.clear();
  EXPECT_EQ(index.find(ref.empty() ? "" : ref.begin()->first), StringIndex::kAbsent);
  EXPECT_EQ(index.size(), 0u);
}

// reserve: room made before or between inserts keeps every key.
TEST(StringIndex, ReserveKeepsTheKeys) {
  StringIndex index;
  index.insert("strike", 7);
  index.reserve(1000, 8000);
  for (uint32_t i = 0; i < 1000; ++i) index.insert("w" + std::to_string(i), i);
  index.reserve(10);   // smaller than held: nothing to do
  EXPECT_EQ(index.size(), 1001u);
  EXPECT_EQ(index.find("strike"), 7u);
  for (uint32_t i = 0; i < 1000; ++i) EXPECT_EQ(index.find("w" + std::to_string(i)), i);
  EXPECT_EQ(index.find("w1000"), StringIndex::kAbsent);
}

}  // namespace
}  // namespace herald
