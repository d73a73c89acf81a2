// Loads a PlaceFinder from the fixture countries.tsv and gazetteer.tsv and the
// repo's places.tsv, stop list and word lists (data/words).
#pragma once

#include <stdexcept>
#include <string>

#include "core/country_table.h"
#include "geo/place_finder.h"

namespace test {

// The geo stage's word lists from HERALD_SOURCE_DIR/data.
inline herald::GeoWords repo_geo_words() {
  auto w = herald::GeoWords::load(herald::DataPaths{{std::string(HERALD_SOURCE_DIR) + "/data"}});
  if (!w.ok()) throw std::runtime_error(w.error().to_string());
  return std::move(w.value());
}

inline herald::PlaceFinder fixture_places() {
  auto countries = herald::CountryTable::load_file(std::string(HERALD_FIXTURES_DIR) + "/geo/countries.tsv");
  if (!countries.ok()) throw std::runtime_error(countries.error().to_string());
  auto f = herald::PlaceFinder::load_files(countries.value(), repo_geo_words(),
                                           std::string(HERALD_SOURCE_DIR) + "/data/places/places.tsv",
                                           std::string(HERALD_SOURCE_DIR) + "/data/places/stop_names.txt",
                                           std::string(HERALD_FIXTURES_DIR) + "/geo/gazetteer.tsv");
  if (!f.ok()) throw std::runtime_error(f.error().to_string());
  return std::move(f.value());
}

// The fixture PlaceFinder, loaded once per test program.
inline const herald::PlaceFinder& fixture_finder() {
  static const herald::PlaceFinder f = fixture_places();
  return f;
}

}  // namespace test
