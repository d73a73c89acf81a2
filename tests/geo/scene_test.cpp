// Places from the scene around an event, headline countries, and the place
// finder's name rules; all sentences are made up.
#include <gtest/gtest.h>

#include "../dates/test_doc.h"
#include "geo/event_locator.h"
#include "geo/scene_finder.h"
#include "geo_test_util.h"

namespace {

herald::Event& coded(herald::Document& doc, uint32_t s, std::string_view verb, std::string code, std::string source,
                     std::string target) {
  herald::Event& e = test::add_event(doc, s, verb);
  e.code = code;
  e.root = code.substr(0, 2);
  e.source.code = std::move(source);
  e.target.code = std::move(target);
  return e;
}

void actor(herald::Document& doc, uint32_t s, std::string_view word, std::string code, herald::ActorKind kind) {
  herald::ActorMention a;
  a.sentence = s;
  int i = test::token_index(doc, s, word);
  ASSERT_GE(i, 0);
  a.first = static_cast<uint32_t>(i);
  a.last = a.first + 1;
  a.span = doc.sentences[s].tokens[a.first].span;
  a.code = code;
  a.country = code.substr(0, 3);
  a.kind = kind;
  doc.actors.push_back(a);
}

}  // namespace

TEST(SceneFinder, SpeechSceneOfTheSameSpeaker) {
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, "Speaking on television in Kharkiv, the Ukrainian spokesman said the talks were over.");
  test::add_sentence(doc, "He warned Russia again.");
  actor(doc, 0, "spokesman", "UKRGOV", herald::ActorKind::kAgent);
  herald::Event& e = coded(doc, 1, "warned", "130", "UKRGOV", "RUS");
  test::fixture_finder().annotate(doc);
  herald::SceneFinder scenes(test::fixture_finder());
  const herald::PlaceMention* p = scenes.find(doc, e);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Kharkiv");
  // Another speaker's scene is not this event's.
  e.source.code = "RUSGOV";
  EXPECT_EQ(scenes.find(doc, e), nullptr);
}

TEST(SceneFinder, IncidentSceneNeedsADefiniteIncidentNoun) {
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, "Russian forces killed ten soldiers in an airstrike.");
  test::add_sentence(doc, "Russia carried out the airstrike at Kharkiv airport.");
  test::add_sentence(doc, "Russia also sent envoys to talks in Paris.");
  actor(doc, 1, "Russia", "RUS", herald::ActorKind::kCountry);
  actor(doc, 2, "Russia", "RUS", herald::ActorKind::kCountry);
  herald::Event& e = coded(doc, 0, "killed", "190", "RUSMIL", "UKRMIL");
  test::fixture_finder().annotate(doc);
  herald::SceneFinder scenes(test::fixture_finder());
  const herald::PlaceMention* p = scenes.find(doc, e);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Kharkiv");
  herald::EventLocator(test::fixture_finder()).annotate(doc);
  EXPECT_EQ(doc.events[0].geo.country, "UKR");
  // A consultation is no force: no incident scene ("talks in Paris" is no speech either).
  e.code = "040";
  e.root = "04";
  EXPECT_EQ(scenes.find(doc, e), nullptr);
}

TEST(EventLocator, PlaceBeforeTheEventNounIsNoVenue) {
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, "Two people died in a Syria raid on a depot near Kharkiv.");
  coded(doc, 0, "raid", "190", "SYR", "UKR");
  test::fixture_finder().annotate(doc);
  herald::EventLocator(test::fixture_finder()).annotate(doc);
  EXPECT_EQ(doc.events[0].geo.name, "Kharkiv");
}

TEST(EventLocator, RelativeClauseOnTheEventNounKeepsItsPlace) {
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, "Iran condemned the raid that killed the commander, a general, at a Kharkiv depot.");
  test::set_tag(doc, 0, "condemned", "VBD");
  test::set_tag(doc, 0, "killed", "VBD");
  coded(doc, 0, "raid", "190", "RUS", "IRN");
  test::fixture_finder().annotate(doc);
  herald::EventLocator(test::fixture_finder()).annotate(doc);
  EXPECT_EQ(doc.events[0].geo.name, "Kharkiv");
}

TEST(EventLocator, TargetNamedLikeAPlaceIsInThatPlace) {
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, "Militia fighters attacked Kharkiv.");
  herald::Event& e = coded(doc, 0, "attacked", "190", "UKRREB", "PSEGOV");  // a person's namesake
  e.target.span = doc.sentences[0].tokens[3].span;
  test::fixture_finder().annotate(doc);
  herald::EventLocator(test::fixture_finder()).annotate(doc);
  EXPECT_EQ(doc.events[0].geo.country, "UKR");
}

TEST(PlaceFinder, FacilityNamedAfterItsTown) {
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, "The plane landed at Kharkiv International Airport.");
  test::fixture_finder().annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u);
  EXPECT_EQ(doc.places[0].name, "Kharkiv");
}

TEST(PlaceFinder, GazetteerNamesAreCapitalised) {
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, "Troops left Kharkiv oblast.");  // "kharkiv oblast" is a key, but not so written
  test::fixture_finder().annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u);
  EXPECT_EQ(doc.places[0].precision, "city");
}

TEST(PlaceFinder, TitleCountries) {
  EXPECT_EQ(test::fixture_finder().title_countries("Iraqi-Syrian border talks open in Jordan"),
            (std::vector<std::string>{"IRQ", "SYR", "JOR"}));
  EXPECT_EQ(test::fixture_finder().title_countries("Turkish minister's visit; Turkey's deal"), (std::vector<std::string>{"TUR"}));
  EXPECT_TRUE(test::fixture_finder().title_countries("Talks resume at last").empty());
}

TEST(PlaceFinder, MainCountryHeadlineAndActors) {
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, "The Iraqi cabinet met, and the Iraqi parliament voted.");
  test::add_sentence(doc, "Other countries, including Germany, saw the same.");
  test::fixture_finder().annotate(doc);
  EXPECT_EQ(herald::PlaceFinder::main_country(doc), "DEU");
  EXPECT_EQ(herald::PlaceFinder::main_country(doc, {"IRQ"}), "IRQ");
  actor(doc, 0, "cabinet", "IRQGOV", herald::ActorKind::kAgent);
  actor(doc, 0, "parliament", "IRQLEG", herald::ActorKind::kAgent);
  actor(doc, 0, "met", "IRQGOV", herald::ActorKind::kPronoun);  // pronouns do not count
  EXPECT_EQ(herald::PlaceFinder::main_country(doc), "DEU");      // 0.5 + 0.5 ties 1: the place is first
  actor(doc, 0, "voted", "IRQLEG", herald::ActorKind::kAgent);
  EXPECT_EQ(herald::PlaceFinder::main_country(doc), "IRQ");      // 1.5
}
