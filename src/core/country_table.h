// The countries of the world, as generated at build time into
// build/data/countries.tsv from Debian's iso-codes and npm world-countries
// (tools/gen_countries.py). Shared by the actor and geo stages.
//
//   auto t = herald::CountryTable::load(herald::DataPaths::defaults());
//   const herald::Country* c = t.value().by_alpha3("ISR");
//   c->demonyms;   // {"Israeli", "Israelis"}
//
// File format (UTF-8, tab-separated, '#' comment lines, first non-comment
// line is the header):
//   alpha3  alpha2  name  names  demonyms  capitals  lat  lon  fips
// where names, demonyms and capitals are '|'-separated lists; names holds
// every English name and spelling to recognise ("United States|US|U.S.|USA|
// America"), demonyms the adjective and nationality forms with plurals
// ("Israeli|Israelis"), fips the FIPS 10-4 code where known (GDELT).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/data_paths.h"
#include "core/error.h"

namespace herald {

struct Country {
  std::string alpha3;                  // "ISR"
  std::string alpha2;                  // "IL"
  std::string name;                    // "Israel"
  std::vector<std::string> names;      // every name to recognise, name first
  std::vector<std::string> demonyms;   // "Israeli", "Israelis"
  std::vector<std::string> capitals;   // "Jerusalem"
  double lat = 0, lon = 0;             // centroid
  std::string fips;                    // "IS"
};

class CountryTable {
 public:
  static Result<CountryTable> load(const DataPaths& paths);
  static Result<CountryTable> load_file(const std::string& path);

  const std::vector<Country>& countries() const { return countries_; }
  const Country* by_alpha3(const std::string& code) const;
  const Country* by_alpha2(const std::string& code) const;

 private:
  std::vector<Country> countries_;
  std::unordered_map<std::string, size_t> by_alpha3_, by_alpha2_;
};

}  // namespace herald
