// The compiled gazetteer (fixture in gen_gazetteer.py's format) and the
// place finder's disambiguation over it, with made-up sentences.
#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <fstream>

#include "../dates/test_doc.h"
#include "geo/place_finder.h"
#include "geo/place_key.h"
#include "geo_test_util.h"

namespace {

// Places of an article made of the given sentences.
std::vector<herald::PlaceMention> places_of(std::initializer_list<std::string_view> sentences) {
  auto doc = test::make_doc("2024-10-22");
  for (auto s : sentences) test::add_sentence(doc, s);
  test::fixture_finder().annotate(doc);
  return doc.places;
}

const herald::PlaceMention* named(const std::vector<herald::PlaceMention>& ps, std::string_view name) {
  for (const auto& p : ps)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace

TEST(Gazetteer, LoadsAndFindsCandidatesBestFirst) {
  auto g = herald::Gazetteer::load_file(std::string(HERALD_FIXTURES_DIR) + "/geo/gazetteer.tsv");
  ASSERT_TRUE(g.ok()) << g.error().to_string();
  EXPECT_EQ(g.value().size(), 12u);
  EXPECT_EQ(g.value().keys(), 11u);
  auto paris = g.value().find("paris");
  ASSERT_EQ(paris.size(), 2u);
  EXPECT_STREQ(g.value().entry(paris[0]).country, "FRA");
  EXPECT_EQ(g.value().entry(paris[1]).adm1, "Texas");
  EXPECT_TRUE(g.value().find("pari").empty());
  EXPECT_EQ(g.value().max_key_bytes("kharkiv"), 14u);  // "kharkiv oblast"
  EXPECT_EQ(g.value().max_key_bytes("nowhere"), 0u);
  EXPECT_GT(g.value().memory_bytes(), 0u);
}

TEST(Gazetteer, ErrorsNameTheLine) {
  std::string path = std::string(HERALD_BINARY_DIR) + "/bad_gazetteer.tsv";
  {
    std::ofstream out(path);
    out << "# bad\n@gazetteer\t1\t2\t1\nParis\tFRA\t\t48.8\t2.3\t100\tC\nTown\tFR\t\t1\t1\t1\tP\n";
  }
  auto bad = herald::Gazetteer::load_file(path);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, herald::ErrorCode::kDictionary);
  EXPECT_EQ(bad.error().line, 4u);
  {
    std::ofstream out(path);
    out << "@gazetteer\t1\t1\t2\nParis\tFRA\t\t48.8\t2.3\t100\tC\nparis\t0\n";  // one key short
  }
  auto short_file = herald::Gazetteer::load_file(path);
  ASSERT_FALSE(short_file.ok());
  auto missing = herald::Gazetteer::load_file("/nonexistent/gazetteer.tsv");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, herald::ErrorCode::kFileNotFound);
}

TEST(PlaceKey, FoldsCaseSpacesAndDiacritics) {
  EXPECT_EQ(herald::place_key("Kharkiv  Oblast"), "kharkiv oblast");
  EXPECT_EQ(herald::place_key("Khān Yūnis"), "khan yunis");
  EXPECT_EQ(herald::place_key("Şanlıurfa"), "sanliurfa");
  auto p = test::fixture_finder().lookup("ŞANLIURFA");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->country, "TUR");
}

TEST(PlaceFinder, DiacriticsInTheTextAreFolded) {
  auto ps = places_of({"Shelling hit Şanlıurfa overnight."});
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].country, "TUR");
  EXPECT_EQ(ps[0].precision, "city");
}

TEST(PlaceFinder, PopulationAndFeatureDecideWithoutContext) {
  auto ps = places_of({"Protesters marched in Paris."});
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].country, "FRA");
  ps = places_of({"Gunmen stormed a hotel in Tripoli."});
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].country, "LBY");  // the capital of Libya beats a Lebanese seat
}

TEST(PlaceFinder, TheArticlesRegionsAndCountriesDisambiguate) {
  auto ps = places_of({"Storms hit north Texas on Monday.", "The mayor of Paris declared an emergency."});
  const auto* paris = named(ps, "Paris");
  ASSERT_TRUE(paris);
  EXPECT_EQ(paris->country, "USA");
  EXPECT_EQ(paris->adm1, "Texas");
  ps = places_of({"Clashes broke out in Tripoli.", "The army of Lebanon sent troops."});
  ASSERT_TRUE(named(ps, "Tripoli"));
  EXPECT_EQ(named(ps, "Tripoli")->country, "LBN");
  // A qualifier right after the name: "Paris, Texas".
  ps = places_of({"A man was arrested in Paris, Texas."});
  ASSERT_TRUE(named(ps, "Paris"));
  EXPECT_EQ(named(ps, "Paris")->country, "USA");
}

TEST(PlaceFinder, CountryNamesHideGazetteerNamesakes) {
  // Lebanon the country, not Lebanon, Pennsylvania.
  auto ps = places_of({"Strikes hit Lebanon again."});
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].country, "LBN");
  EXPECT_EQ(ps[0].precision, "country");
}

TEST(PlaceFinder, SmallPlacesNeedSupport) {
  // A village of 800 people is no place on its own ...
  EXPECT_TRUE(places_of({"Smallville said nothing."}).empty());
  EXPECT_TRUE(places_of({"The film Smallville ended."}).empty());
  // ... but is in an article about its country, after "in".
  auto ps = places_of({"The United States held elections.", "Voters queued in Smallville."});
  ASSERT_TRUE(named(ps, "Smallville"));
  EXPECT_EQ(named(ps, "Smallville")->country, "USA");
}

TEST(PlaceFinder, PeopleAreNotPlaces) {
  // "Lloyd Austin" is a person; later "Austin" alone is him too.
  auto ps = places_of({"Defence Secretary Lloyd Austin arrived.", "Austin met the troops."});
  EXPECT_FALSE(named(ps, "Austin"));
  // Without the full name, Austin is the city.
  ps = places_of({"Floods hit Austin."});
  ASSERT_TRUE(named(ps, "Austin"));
  // A gazetteer name before a reporting verb is a government or a person.
  EXPECT_FALSE(named(places_of({"Asked about it, Austin said no."}), "Austin"));
  // Jordan the country stays a place; a person named Jordan does not.
  EXPECT_TRUE(named(places_of({"The king of Jordan spoke."}), "Jordan"));
  EXPECT_FALSE(named(places_of({"The striker Michael Jordan spoke."}), "Jordan"));
}

TEST(PlaceFinder, RegionsAndTheirCities) {
  auto ps = places_of({"Voters in Texas went to the polls."});
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].precision, "adm1");
  EXPECT_EQ(ps[0].adm1, "Texas");
}

TEST(PlaceFinder, MainCountry) {
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, "Turkey began an offensive into Syria.");
  test::add_sentence(doc, "Turkey said the troops entered Smallville.");
  test::add_sentence(doc, "Fighting continued near Aleppo and in Syria.");
  test::fixture_finder().annotate(doc);
  // Syria: a country (1) after "into" (+1), Aleppo a city after "near" (2+1),
  // Syria after "in" (2) = 7; Turkey: 1 + 1.
  EXPECT_EQ(herald::PlaceFinder::main_country(doc), "SYR");
}
