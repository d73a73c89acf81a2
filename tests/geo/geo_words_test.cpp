// GeoWords: the geo stage's word lists load from data/words, are replaced by
// a data folder searched first, and name the file and line of a bad entry.
#include "geo/geo_words.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../dates/test_doc.h"
#include "core/country_table.h"
#include "geo/place_finder.h"
#include "geo_test_util.h"

namespace {

namespace fs = std::filesystem;

// A data folder searched before the repo's, holding `relative` with `text`
// (after a copy of the repo's list with `copy`).
herald::DataPaths with_override(const std::string& test, const std::string& relative, const std::string& text,
                                bool copy = false) {
  fs::path base = fs::temp_directory_path() / ("herald_geo_words_" + test);
  fs::remove_all(base);
  fs::create_directories((base / relative).parent_path());
  std::ofstream out(base / relative);
  if (copy) out << std::ifstream(std::string(HERALD_SOURCE_DIR) + "/data/" + relative).rdbuf();
  out << text;
  out.close();
  return herald::DataPaths{{base.string(), std::string(HERALD_SOURCE_DIR) + "/data"}};
}

// The places PlaceFinder finds in `sentence` with the fixture countries and gazetteer and `words`.
std::vector<std::string> places_with(herald::GeoWords words, std::string_view sentence) {
  auto countries = herald::CountryTable::load_file(std::string(HERALD_FIXTURES_DIR) + "/geo/countries.tsv");
  if (!countries.ok()) throw std::runtime_error(countries.error().to_string());
  auto f = herald::PlaceFinder::load_files(countries.value(), std::move(words),
                                           std::string(HERALD_SOURCE_DIR) + "/data/places/places.tsv",
                                           std::string(HERALD_SOURCE_DIR) + "/data/places/stop_names.txt",
                                           std::string(HERALD_FIXTURES_DIR) + "/geo/gazetteer.tsv");
  if (!f.ok()) throw std::runtime_error(f.error().to_string());
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, sentence);
  f.value().annotate(doc);
  std::vector<std::string> out;
  for (const auto& p : doc.places) out.push_back(p.name);
  return out;
}

TEST(GeoWords, ReadsTheListsOfDataWords) {
  const herald::GeoWords w = test::repo_geo_words();
  EXPECT_TRUE(w.calendar_word("tuesday"));
  EXPECT_TRUE(w.calendar_word("may"));
  EXPECT_FALSE(w.calendar_word("sept"));  // short month names are no calendar words here
  EXPECT_TRUE(w.facility_nouns.has("airport"));
  EXPECT_TRUE(w.incident_nouns.has("airstrike"));
}

TEST(GeoWords, ACopyOfAListInAFolderSearchedFirstAddsAnAreaNoun) {
  const std::string sentence = "Troops entered Kharkiv Okrug on Monday.";
  EXPECT_EQ(places_with(test::repo_geo_words(), sentence), std::vector<std::string>{});  // "Okrug" joins the name
  auto words = herald::GeoWords::load(with_override("okrug", "words/geo/region_nouns.txt", "okrug\n", /*copy=*/true));
  ASSERT_TRUE(words.ok()) << words.error().to_string();
  EXPECT_EQ(places_with(std::move(words.value()), sentence), std::vector<std::string>{"Kharkiv"});
}

TEST(GeoWords, AValueInAPlainListNamesItsFileAndLine) {
  herald::DataPaths paths = with_override("value", "words/geo/incident_nouns.txt", "# mine\nsiege = force\n");
  auto words = herald::GeoWords::load(paths);
  ASSERT_FALSE(words.ok());
  EXPECT_EQ(words.error().code, herald::ErrorCode::kDictionary);
  EXPECT_EQ(words.error().input, paths.dirs[0] + "/words/geo/incident_nouns.txt");
  EXPECT_EQ(words.error().line, 2u);
}

}  // namespace
