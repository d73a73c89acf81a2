#include "counts/attribution_finder.h"

#include <gtest/gtest.h>

#include "counts_test_util.h"

namespace herald {
namespace {

std::string source_of(const std::string& text) {
  Document doc = testing::split_and_tag(text);
  return AttributionFinder(*testing::counts_lexicon()).find(doc, 0);
}

TEST(AttributionFinder, AccordingTo) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  EXPECT_EQ(source_of("Nine people died, according to the Provincial Ministry of Health."),
            "Provincial Ministry of Health");
  EXPECT_EQ(source_of("According to local reports, the mayor left early."), "local reports");
}

TEST(AttributionFinder, SaidBeforeOrAfter) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  EXPECT_EQ(source_of("The regional governor said 14 people were hurt."), "regional governor");
  EXPECT_EQ(source_of("Dozens were hurt in the blast, officials say."), "officials");
  EXPECT_EQ(source_of("The strike hit a depot, the navy reported."), "navy");
  EXPECT_EQ(source_of("The ministry has said the road is closed."), "ministry");
}

TEST(AttributionFinder, Citing) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  EXPECT_EQ(source_of("Two sailors drowned, state media reported, citing the coast guard."),
            "state media, citing coast guard");
  EXPECT_EQ(source_of("Two sailors drowned, citing the coast guard."), "coast guard");
}

TEST(AttributionFinder, NoSource) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  EXPECT_EQ(source_of("He said the talks would resume."), "");            // a pronoun
  EXPECT_EQ(source_of("Damage was reported at the station."), "");        // a passive
  EXPECT_EQ(source_of("The plane landed in the United States."), "");     // "States" is no verb
  EXPECT_EQ(source_of("Four people were killed in the storm."), "");
}

}  // namespace
}  // namespace herald
