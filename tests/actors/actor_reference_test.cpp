// Actors without lists: generic people and groups, within-article name
// reference, the place of a local agent, the Phoenix base layer. Made-up
// sentences (issue 9, part 3).
#include <gtest/gtest.h>

#include "actors/actor_matcher.h"
#include "actors/agent_placer.h"
#include "test_support.h"

namespace herald {
namespace {

using V = std::vector<std::string>;

// With the article's title (a title may name the article's main country).
std::vector<std::string> titled_mentions(const std::string& text, const std::string& title = "") {
  return testing::mentions(text, "2024-10-22", title);
}

TEST(ActorGeneric, PeopleAndGroupsTakeTheMainCountry) {
  EXPECT_EQ(titled_mentions("Kenyan police detained critics and campaigners ."),
            (V{"KENCOP=Kenyan police", "KENCVL=critics", "KENCVL=campaigners"}));
  EXPECT_EQ(titled_mentions("Attackers killed three people in Kenya ."),
            (V{"KENCRM=Attackers", "KENCVL=people", "KEN=Kenya"}));
  EXPECT_EQ(titled_mentions("Venezuelan people and Chinese academics met ."),
            (V{"VENCVL=Venezuelan people", "CHNEDU=Chinese academics"}));
}

TEST(ActorGeneric, AdjectivesThatAreAlsoNounsAreNotActors) {
  // "local", "academic", "expert" name nobody in the singular.
  EXPECT_EQ(titled_mentions("Local officials in Peru held an academic conference with expert advice ."),
            (V{"PERGOV=officials", "PER=Peru"}));
}

TEST(ActorGeneric, TitlesIntroduceUnlistedPeople) {
  EXPECT_EQ(titled_mentions("Rep. Dana Kell of the United States criticised Egyptian Prof Omar Vale ."),
            (V{"USALEG=Rep. Dana Kell", "USA=United States", "EGYEDU=Egyptian Prof Omar Vale"}));
  EXPECT_EQ(titled_mentions("In Chile , activist Rosa Lind met lawyer Tomas Perez ."),
            (V{"CHL=Chile", "CHLCVL=activist Rosa Lind", "CHLCVL=lawyer Tomas Perez"}));
}

TEST(NameReference, SurnameAfterTheFullMention) {
  EXPECT_EQ(titled_mentions("US administrator Emma Q. Lorrin wrote to Kenya . Lorrin said Kenya agreed ."),
            (V{"USAGOV=US administrator Emma Q. Lorrin", "KEN=Kenya", "USAGOV=Lorrin", "KEN=Kenya"}));
  // The full name again.
  EXPECT_EQ(titled_mentions("US administrator Emma Lorrin wrote to Kenya . Emma Lorrin said Kenya agreed ."),
            (V{"USAGOV=US administrator Emma Lorrin", "KEN=Kenya", "USAGOV=Emma Lorrin", "KEN=Kenya"}));
  // With an honorific, which joins the mention.
  EXPECT_EQ(titled_mentions("Rep. Dana Kell spoke in the United States . Later Ms Kell left ."),
            (V{"USALEG=Rep. Dana Kell", "USA=United States", "USALEG=Ms Kell"}));
}

TEST(NameReference, NotBeforeTheFullMentionNorInsideAnotherName) {
  EXPECT_EQ(titled_mentions("Lorrin arrived . US administrator Emma Lorrin spoke . John Lorrin , a farmer , left ."),
            (V{"USAGOV=US administrator Emma Lorrin", "USACVL=John Lorrin", "USACVL=farmer"}));
}

TEST(NameReference, ASurnameTwoPeopleShareIsNotLinked) {
  EXPECT_EQ(titled_mentions("Senator Ann Moss of the United States met Egyptian Minister Karim Moss . Moss spoke ."),
            (V{"USALEG=Senator Ann Moss", "USA=United States", "EGYGOV=Egyptian Minister Karim Moss"}));
}

TEST(NameReference, ANameWithAnAgeIsAPrivatePerson) {
  EXPECT_EQ(titled_mentions("In Canada , Paul Ferrand , 23 , was charged . Ferrand denied it ."),
            (V{"CAN=Canada", "CANCVL=Paul Ferrand", "CANCVL=Ferrand"}));
}

TEST(NameReference, UndescribedNamesGetNoCode) {
  EXPECT_EQ(titled_mentions("In Canada , Paul Ferrand was seen . Ferrand left ."), (V{"CAN=Canada"}));
}

Document placed(const std::string& text, const std::vector<std::pair<std::string, std::string>>& places) {
  Document doc = testing::make_doc(text);
  ActorMatcher(testing::dictionary()).annotate(doc);
  // Places as the place stage would give them: (token text, country).
  for (const auto& [word, country] : places)
    for (uint32_t t = 0; t < doc.sentences[0].tokens.size(); ++t)
      if (doc.sentences[0].tokens[t].text == word) {
        PlaceMention p;
        p.sentence = 0;
        p.first = t;
        p.last = t + 1;
        p.span = doc.sentences[0].tokens[t].span;
        p.name = word;
        p.country = country;
        doc.places.push_back(p);
      }
  AgentPlacer().annotate(doc);
  return doc;
}

std::vector<std::string> codes(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& a : doc.actors) out.push_back(a.code + "=" + std::string(doc.text(a.span)));
  return out;
}

TEST(AgentPlacer, ALocalAgentTakesThePlaceOfItsSentence) {
  Document doc = placed("Russian troops killed people in Kharkiv and police arrived .", {{"Kharkiv", "UKR"}});
  EXPECT_EQ(codes(doc), (V{"RUSMIL=Russian troops", "UKRCVL=people", "UKRCOP=police"}));
}

TEST(AgentPlacer, StateRolesAndStatedCountriesStay) {
  Document doc = placed("The Russian president visited Cheltenham as Russian protesters watched .",
                        {{"Cheltenham", "GBR"}});
  EXPECT_EQ(codes(doc), (V{"RUSGOV=Russian president", "RUSCVL=Russian protesters"}));
}

TEST(PhoenixLayer, OrganisationsArmedGroupsAndIgosAreKnown) {
  EXPECT_EQ(titled_mentions("The Moro Islamic Liberation Front met the Asian Development Bank ."),
            (V{"PHLREB=Moro Islamic Liberation Front", "IGOASADEV=Asian Development Bank"}));
}

TEST(PhoenixLayer, HeraldsOwnEntriesWin) {
  // Phoenix codes these USAGOV; herald's organisations.txt says LEG and JUD.
  EXPECT_EQ(titled_mentions("The United States Congress and the United States Supreme Court met ."),
            (V{"USALEG=United States Congress", "USAJUD=United States Supreme Court"}));
  for (const auto& e : testing::dictionary().entries())
    if (e.entry.rfind("actors/phoenix/", 0) == 0) {
      EXPECT_EQ(e.source, PhraseSource::kOrganisation) << e.entry;
      for (const auto& r : e.roles) EXPECT_GE(r.code.size(), 3u) << e.entry;
    }
}

}  // namespace
}  // namespace herald
