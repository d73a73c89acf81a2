// Loads a PlaceFinder from the fixture countries.tsv and gazetteer.tsv and the
// repo's places.tsv and stop list.
#pragma once

#include <string>

#include "core/country_table.h"
#include "geo/place_finder.h"

namespace test {

inline herald::PlaceFinder fixture_places() {
  auto countries = herald::CountryTable::load_file(std::string(HERALD_FIXTURES_DIR) + "/geo/countries.tsv");
  if (!countries.ok()) throw std::runtime_error(countries.error().to_string());
  auto f = herald::PlaceFinder::load_files(countries.value(),
                                           std::string(HERALD_SOURCE_DIR) + "/data/places/places.tsv",
                                           std::string(HERALD_SOURCE_DIR) + "/data/places/stop_names.txt",
                                           std::string(HERALD_FIXTURES_DIR) + "/geo/gazetteer.tsv");
  if (!f.ok()) throw std::runtime_error(f.error().to_string());
  return std::move(f.value());
}

}  // namespace test
