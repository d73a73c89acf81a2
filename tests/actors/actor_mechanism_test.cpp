// Coding people the dictionaries do not list, from what the sentence says of
// them; hyphenated country pairs; stance prefixes. Made-up sentences.
#include <gtest/gtest.h>

#include "actors/actor_matcher.h"
#include "test_support.h"

namespace herald {
namespace {

using testing::mentions;

using V = std::vector<std::string>;

TEST(ActorMechanism, AppositionDescribesTheNameBeforeIt) {
  EXPECT_EQ(mentions("Rami Tarsh , the foreign minister of Jordan , criticised Egypt ."),
            (V{"JORGOV=Rami Tarsh", "JORGOV=foreign minister of Jordan", "EGY=Egypt"}));
  EXPECT_EQ(mentions("Abu Salem , a senior Hamas official , accused Israel ."),
            (V{"PSEREB=Abu Salem", "PSEREB=Hamas official", "ISR=Israel"}));
  // A bare organisation after a comma describes nobody.
  EXPECT_EQ(mentions("Dan Fixer , Hamas and Israel met ."), (V{"PSEREB=Hamas", "ISR=Israel"}));
}

TEST(ActorMechanism, AppositionNamesTheTitleBeforeIt) {
  EXPECT_EQ(mentions("Egypt's foreign minister , Karim Nassaf , praised Qatar ."),
            (V{"EGYGOV=Egypt's foreign minister", "EGYGOV=Karim Nassaf", "QAT=Qatar"}));
}

TEST(ActorMechanism, OneWordIsNotANameForAnApposition) {
  EXPECT_EQ(mentions("Meanwhile , the Iranian police arrived ."), (V{"IRNCOP=Iranian police"}));
  EXPECT_EQ(mentions("In Burnley , a police officer spoke .", "2024-10-22"),
            (V{"---COP=police officer"}));
}

TEST(ActorMechanism, HyphenatedCountryPairs) {
  EXPECT_EQ(mentions("The Israeli-Palestinian conflict goes on ."), (V{"ISR=Israeli", "PSE=Palestinian"}));
  EXPECT_EQ(mentions("US-China talks resumed ."), (V{"USA=US", "CHN=China"}));
  EXPECT_TRUE(mentions("A well-known Anglo-Saxon custom .").empty());
}

TEST(ActorMechanism, AntiAndProPrefixes) {
  // Rebels against a country's government are that country's rebels.
  EXPECT_EQ(mentions("Anti-Iraqi Kurdish rebels attacked Baghdad ."),
            (V{"IRQREB=Anti-Iraqi Kurdish rebels", "IRQGOV=Baghdad"}));
  // Pro-X fighters belong to the other country the sentence names.
  EXPECT_EQ(mentions("Pro-Russian separatists shelled towns in Ukraine ."),
            (V{"UKRREB=Pro-Russian separatists", "UKR=Ukraine"}));
  // Anti-X protesters are not X's.
  EXPECT_EQ(mentions("Anti-Israel protesters marched in Britain ."),
            (V{"GBRCVL=Anti-Israel protesters", "GBR=Britain"}));
  // A stance word alone names no actor.
  EXPECT_TRUE(mentions("The anti-American mood grew .").empty());
}

TEST(ActorMechanism, KremlinAndDowningStreet) {
  EXPECT_EQ(mentions("The Kremlin condemned Downing Street ."), (V{"RUSGOV=Kremlin", "GBRGOV=Downing Street"}));
}

TEST(ActorMechanism, UnlistedPeopleByTheirTitle) {
  EXPECT_EQ(mentions("US Secretary of State Jane Doeling arrived ."), (V{"USAGOV=US Secretary of State Jane Doeling"}));
  EXPECT_EQ(mentions("The Houthi leader spoke ."), (V{"YEMREB=Houthi leader"}));
  // "former" drops the state role: the bare country.
  EXPECT_EQ(mentions("Former US secretary John Plum spoke ."), (V{"USA=US secretary John Plum"}));
}

TEST(ActorMechanism, DictionaryPeopleByDate) {
  EXPECT_EQ(mentions("Hakan Fidan met Ilham Aliyev .", "2020-06-01"), (V{"TURSPY=Hakan Fidan", "AZEGOV=Ilham Aliyev"}));
  EXPECT_EQ(mentions("Hakan Fidan met Ilham Aliyev .", "2024-06-01"), (V{"TURGOV=Hakan Fidan", "AZEGOV=Ilham Aliyev"}));
  EXPECT_EQ(mentions("Uhuru Kenyatta met William Ruto .", "2024-06-01"), (V{"KEN=Uhuru Kenyatta", "KENGOV=William Ruto"}));
}

}  // namespace
}  // namespace herald
