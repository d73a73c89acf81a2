#include "geo/event_locator.h"

#include <gtest/gtest.h>

#include "../dates/test_doc.h"
#include "geo_test_util.h"

namespace {

herald::Document sentence_doc(std::string_view sentence) {
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, sentence);
  return doc;
}

herald::Event& event(herald::Document& doc, std::string_view verb, std::string code, std::string source,
                     std::string target) {
  herald::Event& e = test::add_event(doc, 0, verb);
  e.code = code;
  e.root = code.substr(0, 2);
  e.source.code = std::move(source);
  e.target.code = std::move(target);
  return e;
}

void locate(herald::Document& doc) {
  test::fixture_finder().annotate(doc);
  herald::EventLocator(test::fixture_finder()).annotate(doc);
}

// Verbal events placed by their own clause only (no sentence or article fallback).
void locate_strict(herald::Document& doc) {
  test::fixture_finder().annotate(doc);
  herald::EventLocator(test::fixture_finder(), herald::LocatorOptions{false, false}).annotate(doc);
}

}  // namespace

TEST(EventLocator, VisitsHappenInTheVisitedCountry) {
  auto doc = sentence_doc("The tour takes the envoy first to Israel on Tuesday, then on to Jordan and Qatar.");
  event(doc, "takes", "042", "USAGOV", "ISR");
  event(doc, "takes", "042", "USAGOV", "JOR");
  event(doc, "takes", "042", "USAGOV", "QAT");
  locate(doc);
  EXPECT_EQ(doc.events[0].geo.country, "ISR");
  EXPECT_EQ(doc.events[1].geo.country, "JOR");
  EXPECT_EQ(doc.events[2].geo.country, "QAT");
  EXPECT_EQ(doc.events[2].geo.precision, "country");
  ASSERT_TRUE(doc.events[2].geo.lat);
  EXPECT_NEAR(*doc.events[2].geo.lat, 25.5, 1e-9);
}

TEST(EventLocator, VisitToACityAndHostingAVisit) {
  auto doc = sentence_doc("The chancellor visited Kharkiv on Monday.");
  event(doc, "visited", "042", "DEUGOV", "UKR");
  locate(doc);
  EXPECT_EQ(doc.events[0].geo.name, "Kharkiv");
  EXPECT_EQ(doc.events[0].geo.precision, "city");
  EXPECT_EQ(doc.events[0].geo.adm1, "Kharkiv Oblast");

  auto host = sentence_doc("Qatar hosted the delegation in Doha.");
  event(host, "hosted", "043", "QATGOV", "USAGOV");
  locate(host);
  EXPECT_EQ(host.events[0].geo.name, "Doha");
  EXPECT_EQ(host.events[0].geo.country, "QAT");
}

TEST(EventLocator, WhereClauseAttachesToItsPlace) {
  auto doc = sentence_doc(
      "Regarding Israel's aggression against Lebanon, where the Israel Defense Forces (IDF) have been "
      "targeting the Shia Hezbollah movement, the envoy will focus on diplomacy.");
  event(doc, "targeting", "190", "ISRMIL", "LBNREB");
  locate(doc);
  EXPECT_EQ(doc.events[0].geo.country, "LBN");
}

TEST(EventLocator, NounFormStrikeOnACountry) {
  auto doc = sentence_doc("Israel will respond to Iran's missile strike on Israel.");
  event(doc, "strike", "195", "IRN", "ISR");
  locate(doc);
  EXPECT_EQ(doc.events[0].geo.country, "ISR");
}

TEST(EventLocator, LocativeInTheEventsClause) {
  auto doc = sentence_doc(
      "Five police officers were killed in a shooting while patrolling a highway in Sistan and "
      "Baluchestan province, Iran.");
  event(doc, "killed", "193", "IRNREB", "IRNCOP");
  locate(doc);
  EXPECT_EQ(doc.events[0].geo.name, "Sistan and Baluchestan");
  EXPECT_EQ(doc.events[0].geo.country, "IRN");
  EXPECT_EQ(doc.events[0].geo.precision, "adm1");

  auto fronted = sentence_doc("In Gaza, troops raided a hospital after talks in Cairo.");
  event(fronted, "raided", "190", "ISRMIL", "PSE");
  locate(fronted);
  EXPECT_EQ(fronted.events[0].geo.name, "Gaza Strip");
  EXPECT_EQ(fronted.events[0].geo.precision, "adm1");

  auto city = sentence_doc("Russian troops advanced into the city of Kostyantynivka.");
  event(city, "advanced", "190", "RUSMIL", "UKR");
  locate(city);
  EXPECT_EQ(city.events[0].geo.name, "Kostyantynivka");
}

TEST(EventLocator, VerbalEventsOnlyTakeTheirOwnClause) {
  auto doc = sentence_doc("The United States accuses the militia of committing genocide in Sudan.");
  test::set_tag(doc, 0, "accuses", "VBZ");
  test::set_tag(doc, 0, "committing", "VBG");
  event(doc, "accuses", "112", "USA", "SDNREB");
  event(doc, "committing", "202", "SDNREB", "SDNCVL");
  locate_strict(doc);
  EXPECT_TRUE(doc.events[0].geo.country.empty());
  EXPECT_EQ(doc.events[1].geo.country, "SDN");

  auto met = sentence_doc("The foreign ministers met in Turkey.");
  event(met, "met", "040", "UKRGOV", "RUSGOV");
  locate_strict(met);
  EXPECT_EQ(met.events[0].geo.country, "TUR");

  // Turkey is talked about, not where the talking happened.
  auto talk = sentence_doc("The statement criticised Turkey sharply.");
  auto& e = event(talk, "criticised", "111", "USA", "TUR");
  e.target.span = talk.sentences[0].tokens[3].span;
  locate_strict(talk);
  EXPECT_TRUE(talk.events[0].geo.country.empty());
  // With the fallbacks: not Turkey the target's text either, but the article's
  // only country is still Turkey.
  herald::EventLocator loose(test::fixture_finder());
  EXPECT_EQ(loose.locate(talk, talk.events[0]).country, "TUR");
}

TEST(EventLocator, VerbalEventsFallBackToTheArticlesPlace) {
  // A sentence with no place takes the article's main country.
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, "Troops clashed with rebels near Kharkiv and in Sumy.");
  test::add_sentence(doc, "The minister praised the soldiers.");
  test::add_event(doc, 1, "praised").code = "051";
  doc.events[0].root = "05";
  doc.events[0].source.code = "USAGOV";
  locate(doc);
  EXPECT_EQ(doc.events[0].geo.country, "UKR");
  EXPECT_EQ(doc.events[0].geo.precision, "country");

  // A dateline beats the article's other places.
  auto dl = test::make_doc("2024-10-22");
  test::add_sentence(dl, "KHARKIV - Officials in Poland and Poland's president spoke.");
  test::add_sentence(dl, "The mayor thanked the volunteers.");
  test::add_event(dl, 1, "thanked").code = "051";
  dl.events[0].root = "05";
  locate(dl);
  EXPECT_EQ(dl.events[0].geo.name, "Kharkiv");
  EXPECT_EQ(dl.events[0].geo.country, "UKR");

  // "met X to talk about Turkey": another clause's place is not the meeting's.
  auto met = sentence_doc("The prime minister met his Italian counterpart to talk about Turkey.");
  test::set_tag(met, 0, "talk", "VB");
  event(met, "met", "040", "GBRGOV", "ITAGOV");
  herald::EventLocator strictish(test::fixture_finder(), herald::LocatorOptions{true, false});
  test::fixture_finder().annotate(met);
  EXPECT_TRUE(strictish.locate(met, met.events[0]).country.empty());
}

TEST(EventLocator, MaterialEventsFallBackToTheTargetsCountry) {
  auto doc = sentence_doc("Police arrested the activist at dawn.");
  event(doc, "arrested", "173", "CHNCOP", "CHNCVL");
  locate(doc);
  EXPECT_EQ(doc.events[0].geo.country, "CHN");
  EXPECT_EQ(doc.events[0].geo.precision, "country");
  EXPECT_EQ(doc.events[0].geo.name, "China");

  auto no_target = sentence_doc("Poland has also scrambled fighter jets.");
  event(no_target, "scrambled", "150", "POL", "");
  locate(no_target);
  EXPECT_EQ(no_target.events[0].geo.country, "POL");

  auto any = sentence_doc("Germany on Monday banned the airline.");
  event(any, "banned", "163", "DEU", "IRNBUS");
  locate(any);
  EXPECT_EQ(any.events[0].geo.country, "DEU");  // a place in the sentence beats the target's country

  // A verbal event with no place anywhere: its source's country, else nothing.
  auto verbal = sentence_doc("The minister praised the agreement.");
  event(verbal, "praised", "051", "USAGOV", "CHNGOV");
  locate(verbal);
  EXPECT_EQ(verbal.events[0].geo.country, "USA");
  auto nobody = sentence_doc("Someone praised the agreement.");
  event(nobody, "praised", "051", "", "");
  locate(nobody);
  EXPECT_TRUE(nobody.events[0].geo.country.empty());
  EXPECT_TRUE(nobody.events[0].geo.precision.empty());
  locate_strict(verbal);
  EXPECT_TRUE(verbal.events[0].geo.country.empty());
}
