#include "geo/place_finder.h"

#include <gtest/gtest.h>

#include "../dates/test_doc.h"
#include "geo_test_util.h"

using herald::PlaceMention;

namespace {

std::vector<PlaceMention> places_in(std::string_view sentence, herald::Document* keep = nullptr) {
  static const herald::PlaceFinder finder = test::fixture_places();
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, sentence);
  finder.annotate(doc);
  auto out = doc.places;
  if (keep) *keep = std::move(doc);
  return out;
}

}  // namespace

TEST(PlaceFinder, LooksUpNamesAliasesCountriesAndCapitals) {
  auto f = test::fixture_places();
  EXPECT_GT(f.size(), 150u);
  auto p = f.lookup("Khan  Yunis");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Khan Younis");
  EXPECT_EQ(p->country, "PSE");
  EXPECT_EQ(p->precision, "city");
  ASSERT_TRUE(f.lookup("kiev"));
  EXPECT_EQ(f.lookup("kiev")->name, "Kyiv");
  ASSERT_TRUE(f.lookup("Türkiye"));
  EXPECT_EQ(f.lookup("Türkiye")->country, "TUR");
  EXPECT_EQ(f.lookup("Türkiye")->precision, "country");
  EXPECT_EQ(f.lookup("Jerusalem")->country, "ISR");
  EXPECT_EQ(f.lookup("East Jerusalem")->country, "PSE");
  // A capital only countries.tsv knows: city, no coordinates.
  auto nd = f.lookup("N'Djamena");
  ASSERT_TRUE(nd);
  EXPECT_EQ(nd->country, "TCD");
  EXPECT_FALSE(nd->lat);
  // Georgia the country wins over any other Georgia; Hamilton is on the stop list.
  EXPECT_EQ(f.lookup("Georgia")->country, "GEO");
  EXPECT_FALSE(f.lookup("Hamilton"));
}

TEST(PlaceFinder, LongestMatchAndSpans) {
  herald::Document doc;
  auto p = places_in("Israeli forces struck targets in Gaza City and Khan Yunis on Tuesday.", &doc);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(doc.text(p[0].span), "Gaza City");
  EXPECT_EQ(p[0].name, "Gaza City");
  EXPECT_EQ(p[0].adm1, "Gaza Strip");
  EXPECT_EQ(p[0].precision, "city");
  EXPECT_EQ(doc.text(p[1].span), "Khan Yunis");
  EXPECT_EQ(p[1].country, "PSE");
  ASSERT_TRUE(p[1].lat);
  EXPECT_NEAR(*p[1].lat, 31.3, 0.2);
}

TEST(PlaceFinder, CountriesWithCentroidsAndPossessives) {
  herald::Document doc;
  auto p = places_in("Regarding Israel's aggression against Lebanon, the envoy spoke.", &doc);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(doc.text(p[0].span), "Israel");
  EXPECT_EQ(p[0].precision, "country");
  EXPECT_NEAR(*p[0].lat, 31.5, 1e-9);
  EXPECT_EQ(p[1].country, "LBN");
}

TEST(PlaceFinder, PlacesInsideOtherNamesAreNotPlaces) {
  EXPECT_TRUE(places_in("The Israel Defense Forces said so.").empty());
  EXPECT_TRUE(places_in("Officials met Foreign Minister Israel Katz.").empty());
  EXPECT_TRUE(places_in("Fans cheered Michael Jordan loudly.").empty());
  EXPECT_TRUE(places_in("Thousands rallied in Hamilton.").empty());
  EXPECT_TRUE(places_in("the gaza strip in lower case is not matched.").empty());
  // Place words and calendar words may stand beside a place.
  auto p = places_in("Shelling hit Kharkiv Oblast and Eastern Ukraine on Monday.");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].name, "Kharkiv");
  EXPECT_EQ(p[1].country, "UKR");
}

TEST(PlaceFinder, LongerActorMentionHidesPlace) {
  static const herald::PlaceFinder finder = test::fixture_places();
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, "The Gaza government said the crossing was shut.");
  finder.annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u);  // without actors, Gaza is a place
  herald::ActorMention a;
  a.sentence = 0;
  a.first = 1;
  a.last = 3;  // "Gaza government"
  doc.actors.push_back(a);
  finder.annotate(doc);
  EXPECT_TRUE(doc.places.empty());
}

TEST(PlaceFinder, NamesWithPunctuation) {
  herald::Document doc;
  auto p = places_in("Protesters gathered in Washington, D.C. and in Deir ez-Zor.", &doc);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(doc.text(p[0].span), "Washington, D.C.");
  EXPECT_EQ(p[0].country, "USA");
  EXPECT_EQ(p[1].country, "SYR");
}

TEST(PlaceFinder, LoadErrorsAreValues) {
  auto countries = herald::CountryTable::load_file(std::string(HERALD_FIXTURES_DIR) + "/geo/countries.tsv");
  ASSERT_TRUE(countries.ok());
  auto bad = herald::PlaceFinder::load_files(countries.value(), test::repo_geo_words(),
                                             std::string(HERALD_FIXTURES_DIR) + "/geo/bad_places.tsv", "");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, herald::ErrorCode::kDictionary);
  EXPECT_EQ(bad.error().line, 4u);
  auto missing =
      herald::PlaceFinder::load_files(countries.value(), test::repo_geo_words(), "/nonexistent/places.tsv", "");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, herald::ErrorCode::kFileNotFound);
  herald::DataPaths no_gaz{{std::string(HERALD_SOURCE_DIR) + "/data"}};
  auto none = herald::PlaceFinder::load(no_gaz);  // no countries.tsv, no gazetteer.tsv
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, herald::ErrorCode::kFileNotFound);
  herald::DataPaths paths{{std::string(HERALD_FIXTURES_DIR) + "/geo", std::string(HERALD_SOURCE_DIR) + "/data"}};
  auto ok = herald::PlaceFinder::load(paths);
  ASSERT_TRUE(ok.ok()) << ok.error().to_string();
  EXPECT_TRUE(ok.value().lookup("Sumy"));
}
