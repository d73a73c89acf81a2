// Loading the verb dictionary and the CAMEO table; malformed entries.
#include "events/verb_dictionary.h"

#include <gtest/gtest.h>

#include <set>

#include "doc_builder.h"
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
                                           BadCase{"bad_start.txt", 1}, BadCase{"bad_set.txt", 2},
                                           BadCase{"bad_set_line.txt", 2}));

TEST(VerbDictionary, ParsesSetsPhraseGapsFlagsAndBlocking) {
  auto d = VerbDictionary::load_files({kFixtures + "extensions.txt"});
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  const auto& ps = d.value().patterns();
  ASSERT_EQ(ps.size(), 5u);
  ASSERT_EQ(d.value().sets().size(), 1u);   // two lines, one set
  EXPECT_EQ(d.value().sets()[0].size(), 4u);
  EXPECT_EQ(ps[0].elements[1].kind, PatternElement::Kind::kPhraseGap);
  EXPECT_EQ(ps[0].elements[2].kind, PatternElement::Kind::kSet);
  EXPECT_TRUE(ps[0].verb_only);
  EXPECT_EQ(ps[0].rank, 3u);   // fire, &weapon, at: gaps add nothing
  EXPECT_EQ(ps[1].elements[0].kind, PatternElement::Kind::kSet);
  EXPECT_TRUE(ps[1].noun_only);
  EXPECT_TRUE(ps[3].blocking);
  EXPECT_EQ(ps[3].code, "---");
}

// Matches one sentence and returns "CODE first-last" per match.
std::vector<std::string> matches(const VerbDictionary& d, std::string_view markup) {
  test::DocBuilder b;
  b.sentence(markup);
  SentenceContext ctx;
  ctx.build(b.doc(), 0);
  std::vector<PatternMatch> out;
  d.match(ctx, out);
  std::vector<std::string> v;
  for (const auto& m : out) v.push_back(m.pattern->code + " " + std::to_string(m.first) + "-" + std::to_string(m.last));
  return v;
}

TEST(VerbDictionary, MatchesSetsPhraseHeadsFlagsAndBlocking) {
  auto d = VerbDictionary::load_files({kFixtures + "extensions.txt"});
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  using V = std::vector<std::string>;
  // A set member after a noun-phrase gap with adjectives and a conjunction.
  EXPECT_EQ(matches(d.value(), "{Iran}/NNP:IRN <fired/VBD=fire> ballistic/JJ and/CC cruise/NN missiles/NNS=missile at/IN "
                               "{Israel}/NNP:ISR ./."),
            V{"195 1-7"});
  // A phrase member ("car bomb"); the noun form needs a noun, the verb form a verb.
  EXPECT_EQ(matches(d.value(), "{Rebels}/NNS:SYRREB <detonated/VBD=detonate> a/DT car/NN bomb/NN ./."), V{"183 1-5"});
  EXPECT_EQ(matches(d.value(), "a/DT drone/NN strike/NN on/IN {Kyiv}/NNP:UKR"), V{"195 1-4"});
  EXPECT_EQ(matches(d.value(), "{They}/PRP:RUS drone/VBP strike/NN on/IN {Kyiv}/NNP:UKR"), V{});
  EXPECT_EQ(matches(d.value(), "the/DT fire/NN missile/NN at/IN {Kyiv}/NNP:UKR"), V{});
  // The word after "~" is the phrase's head: "missile launchers" fire no missile.
  EXPECT_EQ(matches(d.value(), "{Iran}/NNP:IRN <fired/VBD=fire> missile/NN launchers/NNS=launcher at/IN {Israel}/NNP:ISR"), V{});
  EXPECT_EQ(matches(d.value(), "{Iran}/NNP:IRN <launched/VBD=launch> an/DT offensive/NN ./."), V{"190 1-4"});
  // A blocking pattern covers the shorter one and gives nothing.
  EXPECT_EQ(matches(d.value(), "{Google}/NNP:USABUS <launched/VBD=launch> an/DT offensive/JJ new/JJ app/NN ./."), V{});
}

TEST(VerbDictionary, HandWrittenLinesWinTiesOverGeneratedOnes) {
  VerbDictionary d;
  ASSERT_EQ(d.add_text("190  strike ~ base\n", "petrarch/19.txt", "petrarch/19.txt").code, ErrorCode::kOk);
  ASSERT_EQ(d.add_text("195  strike ~ base\n", "19_fight.txt", "19_fight.txt").code, ErrorCode::kOk);
  EXPECT_EQ(matches(d, "{Israel}/NNP:ISR <struck/VBD=strike> a/DT base/NN"), std::vector<std::string>{"195 1-4"});
}

TEST(VerbDictionary, GeneratedDictionariesCoverEveryRoot) {
  // data/verbs/petrarch (PETRARCH2's verbs) and data/verbs/nouns (event nouns
  // and light verbs) hold patterns of every root 01-20 with known codes.
  auto d = VerbDictionary::load(source_data());
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  auto t = CameoTable::load(source_data());
  ASSERT_TRUE(t.ok());
  std::set<std::string> verb_roots, noun_roots;
  for (const VerbPattern& p : d.value().patterns()) {
    if (p.blocking) continue;
    ASSERT_NE(t.value().find(p.code), nullptr) << p.where;
    if (p.where.rfind("petrarch/", 0) == 0) verb_roots.insert(p.code.substr(0, 2));
    if (p.where.rfind("nouns/", 0) == 0) noun_roots.insert(p.code.substr(0, 2));
  }
  EXPECT_EQ(verb_roots.size(), 20u);
  EXPECT_EQ(noun_roots.size(), 20u);
  EXPECT_GT(d.value().size(), 5000u);
}

TEST(VerbDictionary, MissingFileIsAnError) {
  auto d = VerbDictionary::load_files({kFixtures + "no_such_file.txt"});
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().code, ErrorCode::kFileNotFound);
}

}  // namespace
}  // namespace herald
