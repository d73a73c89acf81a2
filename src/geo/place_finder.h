// Finds place names in sentences: countries and capitals from the country
// table, plus a small hand-written gazetteer (data/places/places.tsv).
//
//   auto finder = herald::PlaceFinder::load(herald::DataPaths::defaults());
//   if (!finder.ok()) die(finder.error());
//   finder.value().annotate(doc);          // fills doc.places
//   const herald::PlaceEntry* p = finder.value().lookup("Khan Yunis");  // Khan Younis, PSE
//
// Data files, found through DataPaths: countries.tsv (build/data, generated),
// places/places.tsv and places/stop_names.txt (data/, hand-written; the stop
// list is optional). Priority when a name is listed twice: a country's
// canonical name, then places.tsv, then the country's other names, then
// capitals from countries.tsv.
//
// Matching is the longest token sequence starting at a capitalised token,
// with one hash lookup per candidate length. A match is dropped when a
// capitalised word that is not a place word joins it on either side
// ("Israel Defense Forces", "Foreign Minister Israel Katz"), or when it lies
// strictly inside a longer actor mention (doc.actors, when filled).
// The foundation gazetteer is small; a later issue swaps in GeoNames behind
// this same API.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/country_table.h"
#include "core/data_paths.h"
#include "core/document.h"
#include "core/error.h"

namespace herald {

// One gazetteer entry.
struct PlaceEntry {
  std::string name;        // canonical name: "Khan Younis", "Israel"
  std::string country;     // ISO 3166-1 alpha-3
  std::string adm1;        // first-order division, "" where none or unknown
  std::optional<double> lat, lon;
  std::string precision;   // "city", "adm1" or "country"
};

class PlaceFinder {
 public:
  // Loads countries.tsv, places/places.tsv and places/stop_names.txt from paths.
  static Result<PlaceFinder> load(const DataPaths& paths);
  // Same, from explicit files; stop_names_path may be "".
  static Result<PlaceFinder> load_files(CountryTable countries, const std::string& places_path,
                                        const std::string& stop_names_path);

  // Replaces doc.places with every place in doc.sentences, ordered by (sentence, first).
  void annotate(Document& doc) const;
  // Appends the places of one sentence to out.
  void find(const Document& doc, uint32_t sentence, std::vector<PlaceMention>& out) const;

  // The entry for a name as written (case-insensitive, spaces collapsed), or nullptr.
  const PlaceEntry* lookup(std::string_view name) const;
  // Where a country-level event happened: the country's name and centroid.
  // Country code alone (no coordinates) when the table does not know it.
  Geo country_geo(const std::string& alpha3) const;
  // The country of an event side: its country field, else the first three
  // letters of its CAMEO code when they are a country ("USAGOV" -> "USA").
  std::string actor_country(const EventActor& actor) const;

  const CountryTable& countries() const { return countries_; }
  size_t size() const { return entries_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>>;

  // Adds a name for entry; the first name listed for a key wins.
  void add_name(std::string_view name, uint32_t entry);
  const PlaceEntry* match_at(const std::vector<Token>& toks, size_t i, size_t* end, std::string& key) const;

  CountryTable countries_;
  std::vector<PlaceEntry> entries_;
  Index by_key_;                      // normalised name -> entries_ index
  Index max_key_bytes_;               // first word of a name -> longest key in bytes
  std::unordered_map<std::string, bool, Hash, std::equal_to<>> stop_;  // names never places
};

}  // namespace herald
