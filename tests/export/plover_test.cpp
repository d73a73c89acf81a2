#include <gtest/gtest.h>

#include "export/plover_table.h"

namespace {

TEST(PloverTable, LooksUpCodesParentsAndRoots) {
  auto t = herald::PloverTable::load(herald::DataPaths::defaults());
  ASSERT_TRUE(t.ok()) << t.error().to_string();
  EXPECT_GT(t.value().size(), 250u);
  const herald::PloverEntry* visit = t.value().lookup("042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->event, "CONSULT");
  EXPECT_EQ(visit->mode, "visit");
  const herald::PloverEntry* ceasefire = t.value().lookup("196");
  ASSERT_NE(ceasefire, nullptr);
  EXPECT_EQ(ceasefire->event, "ASSAULT");
  EXPECT_EQ(ceasefire->context, (std::vector<std::string>{"legal", "military"}));
  const herald::PloverEntry* bombing = t.value().lookup("1831");
  ASSERT_NE(bombing, nullptr);
  EXPECT_EQ(bombing->mode, "suicide-attack");
  // 0849 is not listed: its parent 084 (RETREAT) answers, not the root 08 (CONCEDE).
  const herald::PloverEntry* parent = t.value().lookup("0849");
  ASSERT_NE(parent, nullptr);
  EXPECT_EQ(parent->event, "RETREAT");
  const herald::PloverEntry* protest = t.value().lookup("14");
  ASSERT_NE(protest, nullptr);
  EXPECT_EQ(protest->event, "PROTEST");
  EXPECT_EQ(t.value().lookup("010"), nullptr);   // statements have no PLOVER event
  EXPECT_EQ(t.value().lookup("02"), nullptr);
}

TEST(PloverTable, MissingFileIsADictionaryError) {
  auto t = herald::PloverTable::load_file("/nonexistent/cameo_plover.tsv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().code, herald::ErrorCode::kDictionary);
}

}  // namespace
