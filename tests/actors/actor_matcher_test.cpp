#include "actors/actor_matcher.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace herald {
namespace {

using testing::mentions;

using V = std::vector<std::string>;

TEST(ActorMatcher, CountriesDemonymsAndCapitals) {
  EXPECT_EQ(mentions("Israel warned Iranian leaders ."), (V{"ISR=Israel", "IRNGOV=Iranian leaders"}));
  EXPECT_EQ(mentions("The Iranian attack worried Israelis ."), (V{"IRN=Iranian", "ISR=Israelis"}));
  EXPECT_EQ(mentions("Washington criticised Tehran ."), (V{"USAGOV=Washington", "IRNGOV=Tehran"}));
  // A capital as a place is the country, not its government.
  EXPECT_EQ(mentions("He flew to Moscow ."), (V{"RUS=Moscow"}));
}

TEST(ActorMatcher, AcronymsAreCaseSensitive) {
  EXPECT_EQ(mentions("The US told us nothing ."), (V{"USA=US"}));
  EXPECT_EQ(mentions("The UN and the EU met NATO ."), (V{"IGOUNO=UN", "IGOEUREEC=EU", "IGOWSTNAT=NATO"}));
  EXPECT_TRUE(mentions("the plates were made of fine china .").empty());
}

TEST(ActorMatcher, CountryPlusAgent) {
  EXPECT_EQ(mentions("Israeli military officials spoke ."), (V{"ISRMIL=Israeli military officials"}));
  EXPECT_EQ(mentions("Iranian police arrested him ."), (V{"IRNCOP=Iranian police"}));
  EXPECT_EQ(mentions("The Chinese embassy said so ."), (V{"CHNGOV=Chinese embassy"}));
  EXPECT_EQ(mentions("Chinese AI firms may face sanctions ."), (V{"CHNBUS=Chinese AI firms"}));
  EXPECT_EQ(mentions("The US Secretary of State arrived ."), (V{"USAGOV=US Secretary of State"}));
}

TEST(ActorMatcher, Possessives) {
  EXPECT_EQ(mentions("Sudan's army chief spoke ."), (V{"SDNMIL=Sudan's army chief"}));
  EXPECT_EQ(mentions("Russia's Ministry of Defence claimed it ."), (V{"RUSGOV=Russia's Ministry of Defence"}));
  EXPECT_EQ(mentions("Iran's forces advanced ."), (V{"IRNMIL=Iran's forces"}));
}

TEST(ActorMatcher, AgentOfCountry) {
  EXPECT_EQ(mentions("He called the President of Algeria ."), (V{"DZAGOV=President of Algeria"}));
  EXPECT_EQ(mentions("It signed a deal with the government of Syria ."), (V{"SYRGOV=government of Syria"}));
  EXPECT_EQ(mentions("The Foreign Ministers of Ukraine and Russia met ."),
            (V{"UKRGOV=Foreign Ministers of Ukraine", "RUSGOV=Russia"}));
}

TEST(ActorMatcher, TitlePlusUnknownNameIsOneMention) {
  EXPECT_EQ(mentions("Blair met Italian Prime Minister Paolo Rossi today .", ""),
            (V{"GBRGOV=Blair", "ITAGOV=Italian Prime Minister Paolo Rossi"}));
  EXPECT_EQ(mentions("US Ambassador to Germany Jane Doe alleged it ."),
            (V{"USAGOV=US Ambassador to Germany Jane Doe"}));
  // No country in the sentence: the article's main country.
  EXPECT_EQ(mentions("Police in France said District Attorney Anne Martin filed charges ."),
            (V{"FRACOP=Police", "FRA=France", "FRAJUD=District Attorney Anne Martin"}));
}

TEST(ActorMatcher, ListedPeopleByDate) {
  EXPECT_EQ(mentions("Blinken met Netanyahu .", "2024-10-22"), (V{"USAGOV=Blinken", "ISRGOV=Netanyahu"}));
  // Out of office in 2026: the country alone.
  EXPECT_EQ(mentions("Blinken met Netanyahu .", "2026-03-01"), (V{"USA=Blinken", "ISRGOV=Netanyahu"}));
  EXPECT_EQ(mentions("Trump spoke .", "2019-10-15"), (V{"USAGOV=Trump"}));
  EXPECT_EQ(mentions("Trump spoke .", "2023-05-01"), (V{"USAOPP=Trump"}));
  // A title in the text wins over the dates: the text says what he was.
  EXPECT_EQ(mentions("Italian Prime Minister Silvio Berlusconi spoke .", "2019-01-01"),
            (V{"ITAGOV=Italian Prime Minister Silvio Berlusconi"}));
  // A generic title keeps the person's own role.
  EXPECT_EQ(mentions("The group's leader Hemedti was sanctioned .", "2025-01-07"), (V{"SDNREB=leader Hemedti"}));
}

TEST(ActorMatcher, PersonOrOrganisationPlusAgent) {
  EXPECT_EQ(mentions("The Trump administration banned imports .", "2026-07-29"),
            (V{"USAGOV=Trump administration"}));
  EXPECT_EQ(mentions("Venezuela's then-leader Nicolás Maduro was seized .", "2026-06-27"),
            (V{"VENGOV=Venezuela's then-leader Nicolás Maduro"}));
  // Parties by date; no date: the latest role.
  EXPECT_EQ(mentions("Labour attacked the Tories .", ""), (V{"GBRGOV=Labour", "GBROPP=Tories"}));
  EXPECT_EQ(mentions("Labour attacked the Tories .", "2015-06-01"), (V{"GBROPP=Labour", "GBRGOV=Tories"}));
}

TEST(ActorMatcher, FormerDropsTheStateRole) {
  EXPECT_EQ(mentions("Former prime minister John Major accused him .", "2019-09-24"),
            (V{"GBR=prime minister John Major"}));
  EXPECT_EQ(mentions("John Major spoke .", "1995-01-01"), (V{"GBRGOV=John Major"}));
}

TEST(ActorMatcher, OrganisationsAndAcronymInParentheses) {
  EXPECT_EQ(mentions("The Israel Defense Forces ( IDF ) have been targeting Hezbollah ."),
            (V{"ISRMIL=Israel Defense Forces ( IDF )", "LBNREB=Hezbollah"}));
  EXPECT_EQ(mentions("GSA administrator Emily W. Murphy sent a letter .", "2020-11-26"),
            (V{"USAGOV=GSA administrator Emily W. Murphy"}));
  EXPECT_EQ(mentions("Hamas fighters clashed with the Washington Post .", "2024-10-22"),
            (V{"PSEREB=Hamas fighters", "USAMED=Washington Post"}));
}

TEST(ActorMatcher, AgentAloneTakesTheMainCountry) {
  EXPECT_EQ(mentions("Prosecutors in Costa Rica accused the president .", "2025-09-22"),
            (V{"CRIJUD=Prosecutors", "CRI=Costa Rica", "CRIGOV=president"}));
  EXPECT_EQ(mentions("The police arrested two men .", "2024-01-01", "Kenya protests"), (V{"KENCOP=police", "KENCVL=men"}));
  EXPECT_EQ(mentions("The police arrested two men ."), (V{"---COP=police", "---CVL=men"}));
}

TEST(ActorMatcher, AvoidsFalseActors) {
  EXPECT_EQ(mentions("Michael Jordan visited Jordan .", "2024-01-01"), (V{"JOR=Jordan"}));
  EXPECT_TRUE(mentions("Chad Smith played the drums .").empty());
}

TEST(ActorMatcher, OrderedBySentenceAndToken) {
  Document doc = testing::make_doc("Israel struck Hamas. Then Iran answered Israel.");
  ActorMatcher(testing::dictionary()).annotate(doc);
  ASSERT_GE(doc.actors.size(), 4u);
  for (size_t i = 1; i < doc.actors.size(); ++i) {
    const auto& a = doc.actors[i - 1];
    const auto& b = doc.actors[i];
    EXPECT_TRUE(a.sentence < b.sentence || (a.sentence == b.sentence && a.first < b.first));
  }
  EXPECT_EQ(doc.actors[0].entry, "countries.tsv:ISR");
  EXPECT_NE(doc.actors[1].entry.find("actors/organisations.txt:"), std::string::npos);
}

}  // namespace
}  // namespace herald
