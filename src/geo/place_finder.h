// Finds place names in an article: countries (countries.tsv), the hand-written
// places of data/places/places.tsv, and the GeoNames gazetteer compiled at
// build time (build/data/gazetteer.tsv: cities, towns, first-order regions),
// each chosen among its namesakes by the article's other places.
//
//   auto finder = herald::PlaceFinder::load(herald::DataPaths::defaults());
//   if (!finder.ok()) die(finder.error());
//   finder.value().annotate(doc);          // fills doc.places
//   auto p = finder.value().lookup("Khan Yunis");  // Khan Younis, PSE (best prior, no context)
//   std::string c = herald::PlaceFinder::main_country(doc);  // "USA" for an article about Los Angeles
//
// Names are matched as the longest token run starting at a capitalised token,
// folded to ASCII (place_key.h: "Khān Yūnis" = "Khan Yunis"). Two tiers:
//  - exclusive names (a country's names, places.tsv names and aliases): one
//    entry each, and they hide every gazetteer namesake ("Gaza" is the Gaza
//    Strip, "Jordan" the country). Priority: a country's canonical name, then
//    places.tsv, then the country's other names, then capitals.
//  - gazetteer names: every namesake is a candidate, scored by population,
//    feature (capital, seat, region), the article's countries (+3), a region
//    of the article holding it (+4: "Paris" with "Texas"), and a qualifier
//    right after it ("Paris, Texas": +6). A candidate is kept when its score
//    reaches about that of a town of 50,000 people with no support.
// A match is dropped when a capitalised word that is not a place word joins it
// ("Israel Defense Forces", "Foreign Minister Israel Katz", "Lloyd Austin"),
// when the article uses the gazetteer name as a person's surname elsewhere
// ("Lloyd Austin ... Austin said"), when a reporting verb follows a gazetteer
// name ("Washington said"), when it is on the stop list or is a demonym, or
// when it lies strictly inside a longer actor mention (doc.actors, if filled;
// the finder does not need them). The words around a name that decide these
// (area nouns, facility nouns, name particles, words before a place, verbs
// of saying) are data: GeoWords, data/words/geo/.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/country_table.h"
#include "core/string_index.h"
#include "core/data_paths.h"
#include "core/document.h"
#include "core/error.h"
#include "geo/gazetteer.h"
#include "geo/geo_words.h"

namespace herald {

// One place, as found by lookup().
struct PlaceEntry {
  std::string name;        // canonical name: "Khan Younis", "Israel"
  std::string country;     // ISO 3166-1 alpha-3
  std::string adm1;        // first-order division, "" where none or unknown
  std::optional<double> lat, lon;
  std::string precision;   // "city", "adm1" or "country"
  uint32_t population = 0; // gazetteer entries only
};

class PlaceFinder {
 public:
  // Loads countries.tsv, gazetteer.tsv (build/data; its compiled image
  // gazetteer.img instead where one sits beside it, no older),
  // places/places.tsv, places/stop_names.txt and the geo stage's word lists (GeoWords). A
  // missing gazetteer is an error.
  static Result<PlaceFinder> load(const DataPaths& paths);
  // tsv's image (same folder and name, .img) when it exists and is no older
  // than tsv, else tsv itself.
  static std::string gazetteer_image_beside(const std::string& tsv);
  // Same, from explicit files; stop_names_path and gazetteer_path may be "".
  static Result<PlaceFinder> load_files(CountryTable countries, GeoWords words, const std::string& places_path,
                                        const std::string& stop_names_path,
                                        const std::string& gazetteer_path = "");

  // Replaces doc.places with every place in doc.sentences, ordered by (sentence, first).
  void annotate(Document& doc) const;

  // The entry for a name as written (case-insensitive, folded), best prior without context.
  std::optional<PlaceEntry> lookup(std::string_view name) const;
  // Where a country-level event happened: the country's name and centroid.
  Geo country_geo(const std::string& alpha3) const;
  // The country of an event side: its country field, else the first three
  // letters of its CAMEO code when they are a country ("USAGOV" -> "USA").
  std::string actor_country(const EventActor& actor) const;
  // The article's main country from doc.places: a dateline place counts 5, a
  // town or region 2, a country 1, one more after in / near / at ...; each
  // country of title_countries adds kTitleWeight, each named actor (doc.actors,
  // not pronouns) kActorWeight to its country; ties go to the earliest.
  // "" when nothing gives a country.
  static std::string main_country(const Document& doc, const std::vector<std::string>& title_countries = {});
  // The countries a headline names, by name or demonym, in order, each once
  // ("Samoan government shuts down" -> {"WSM"}; "US-UK strikes on Yemen" -> {"USA", "GBR", "YEM"}).
  std::vector<std::string> title_countries(std::string_view title) const;
  static constexpr double kTitleWeight = 3.0;
  static constexpr double kActorWeight = 0.5;
  // The dateline place ("KYIV, Ukraine -"), if the body opens with one.
  static const PlaceMention* dateline(const Document& doc);

  // True for a country's demonym ("iraqi", "Israelis"), any case.
  bool is_demonym(std::string_view word) const;
  const CountryTable& countries() const { return countries_; }
  // The geo stage's word lists, for EventLocator and SceneFinder too.
  const GeoWords& words() const { return *words_; }
  const Gazetteer* gazetteer() const { return gazetteer_.get(); }
  // Exclusive entries (countries, places.tsv, capitals) plus gazetteer entries.
  size_t size() const { return entries_.size() + (gazetteer_ ? gazetteer_->size() : 0); }
  // The folded names of the exclusive entries: of a finder loaded without a
  // gazetteer, every key loading looks up in one (tools/gazetteer_image.cpp
  // puts them first in the image).
  std::vector<std::string> names() const;

 private:
  using Index = StringIndex;
  using Set = StringIndex;   // value 1
  struct Match;

  // Adds a name for an exclusive entry; the first name listed for a key wins.
  void add_name(std::string_view name, uint32_t entry);
  // The longest name starting at token i, or false.
  bool match_at(const std::vector<Token>& toks, size_t i, Match* m, std::string& key) const;
  PlaceEntry from_gazetteer(uint32_t id) const;

  CountryTable countries_;
  std::vector<PlaceEntry> entries_;   // exclusive tier
  Index by_key_;                      // folded name -> entries_ index
  Index max_key_bytes_;               // first word of an exclusive name -> longest key in bytes
  Set stop_;                          // names never places
  Set gaz_stop_;                      // demonyms: never gazetteer places
  Index demonym_country_;             // folded demonym -> index into countries_.countries()
  std::shared_ptr<const Gazetteer> gazetteer_;
  std::shared_ptr<const GeoWords> words_;  // shared by copies
};

}  // namespace herald
