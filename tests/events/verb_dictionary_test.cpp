// Loading the verb dictionary and the CAMEO table; malformed entries.
#include "events/verb_dictionary.h"

#include <gtest/gtest.h>

#include <set>

#include "events/cameo_table.h"

namespace herald {
namespace {

const std::string kFixtures = std::string(HERALD_FIXTURES_DIR) + "/events/";

DataPaths source_data() {
  DataPaths p;
  p.dirs = {std::string(HERALD_SOURCE_DIR) + "/data"};
  return p;
}

TEST(CameoTable, LoadsGeneratedTable) {
  auto t = CameoTable::load(source_data());
  ASSERT_TRUE(t.ok()) << t.error().to_string();
  EXPECT_GT(t.value().size(), 300u);
  const CameoEntry* e = t.value().find("195");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->root, "19");
  EXPECT_EQ(e->quad_class, 4);
  EXPECT_DOUBLE_EQ(e->goldstein, -10.0);
  EXPECT_EQ(e->description, "Employ aerial weapons");
  EXPECT_EQ(t.value().find("042")->quad_class, 1);
  EXPECT_EQ(t.value().find("0874")->quad_class, 2);
  EXPECT_EQ(t.value().find("0874")->root, "08");
  EXPECT_EQ(t.value().find("1311")->quad_class, 3);
  EXPECT_EQ(t.value().find("090")->quad_class, 3);
  EXPECT_EQ(t.value().find("999"), nullptr);
}

TEST(CameoTable, BadQuadClassIsAnError) {
  auto t = CameoTable::load_file(kFixtures + "bad_cameo.tsv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().code, ErrorCode::kDictionary);
  EXPECT_EQ(t.error().line, 3u);
}

TEST(VerbDictionary, RealDictionaryCoversAllRootsWithKnownCodes) {
  auto d = VerbDictionary::load(source_data());
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  auto t = CameoTable::load(source_data());
  ASSERT_TRUE(t.ok());
  std::set<std::string> roots;
  for (const VerbPattern& p : d.value().patterns()) {
    if (p.blocking) continue;
    EXPECT_NE(t.value().find(p.code), nullptr) << p.where << " has unknown code " << p.code;
    roots.insert(p.code.substr(0, 2));
  }
  EXPECT_EQ(roots.size(), 20u);
  EXPECT_GT(d.value().size(), 250u);
}

TEST(VerbDictionary, ParsesAnchorSlotsAndFlags) {
  auto d = VerbDictionary::load_files({kFixtures + "good.txt"});
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  const auto& ps = d.value().patterns();
  ASSERT_EQ(ps.size(), 5u);
  EXPECT_EQ(ps[0].code, "042");
  EXPECT_EQ(ps[0].where, "good.txt:2");
  EXPECT_EQ(ps[1].elements.size(), 4u);
  EXPECT_EQ(ps[1].elements[1].kind, PatternElement::Kind::kSource);
  EXPECT_EQ(ps[1].elements[3].kind, PatternElement::Kind::kTarget);
  EXPECT_EQ(ps[1].anchor, 0u);
  EXPECT_TRUE(ps[2].mutual);
  EXPECT_TRUE(ps[3].solo);
  EXPECT_FALSE(ps[3].no_target);
  EXPECT_TRUE(ps[4].solo && ps[4].no_target);
}

struct BadCase {
  const char* file;
  uint64_t line;
};

class MalformedDictionary : public ::testing::TestWithParam<BadCase> {};

TEST_P(MalformedDictionary, ReportsFileAndLine) {
  auto d = VerbDictionary::load_files({kFixtures + GetParam().file});
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().code, ErrorCode::kDictionary);
  EXPECT_EQ(d.error().input, kFixtures + GetParam().file);
  EXPECT_EQ(d.error().line, GetParam().line) << d.error().to_string();
  EXPECT_FALSE(d.error().message.empty());
}

INSTANTIATE_TEST_SUITE_P(Events, MalformedDictionary,
                         ::testing::Values(BadCase{"bad_code.txt", 3}, BadCase{"bad_slot.txt", 1},
                                           BadCase{"bad_flag.txt", 1}, BadCase{"bad_gap.txt", 3},
                                           BadCase{"bad_case.txt", 1}, BadCase{"bad_empty.txt", 1},
                                           BadCase{"bad_start.txt", 1}));

TEST(VerbDictionary, MissingFileIsAnError) {
  auto d = VerbDictionary::load_files({kFixtures + "no_such_file.txt"});
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().code, ErrorCode::kFileNotFound);
}

}  // namespace
}  // namespace herald
