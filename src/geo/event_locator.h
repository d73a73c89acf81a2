// Sets where each event happened from the places of its sentence.
//
//   auto places = herald::PlaceFinder::load(herald::DataPaths::defaults());
//   places.value().annotate(doc);                 // doc.places first
//   herald::EventLocator locator(places.value()); // borrows: keep places alive
//   locator.annotate(doc);                        // Event::geo for doc.events
//
// In order, for each event:
//  1. A visit (042: the target's country; 043 host a visit: the source's):
//     the nearest place in the sentence in that country, else the country.
//  2. The event's verb in a "where" clause: the place the clause hangs on
//     ("Lebanon, where the IDF have been targeting Hezbollah" -> Lebanon).
//  3. A place in the event's own clause after in / near / at / into / across
//     / inside / outside / around / throughout / within / "east of" (or,
//     weaker and not for force, on / from), possibly through "the", "city
//     of", "north-eastern", a demonym ("the southern Iraqi town of Amarah");
//     a fronted "In Gaza, troops raided ..." scopes the whole clause.
//  3b. Force (roots 18-20): the scene of the same incident in a sentence
//     either side (SceneFinder: "the airstrike at Baghdad airport").
//  4. Force (roots 17-20) with a target: the place of the target's country
//     nearest the verb, else that country ("Tehran's strike" on Israel: ISR).
//  5. The place nearest the verb anywhere in the sentence ("Germany on
//     Monday banned ..." -> DEU); for verbal events (roots 01-13) not a place
//     that is the text of the event's source or target ("criticised Turkey").
//  5b. Verbal events: the scene a sentence nearby sets for the same speaker
//     (SceneFinder: "Speaking on television in Yemen, the spokesman said").
//  6. The article's dateline place ("KYIV, Ukraine -"), else its main country
//     (PlaceFinder::main_country: "Paris prosecutors" in an article on France).
//  7. Material events: the target's country; then the source's, then the
//     target's ("Tony Blair met the Italian prime minister" -> GBR).
//  8. Otherwise no place (Geo with an empty country).
// Events whose sentences give no place thus take the article's: the gold's
// rule ("where the event took place, when the sentence or its article says").
// The words these steps read besides the locative prepositions (directions
// before "of", speech words, incident nouns) are data: PlaceFinder::words(),
// data/words/geo/.
#pragma once

#include "core/document.h"
#include "geo/place_finder.h"
#include "geo/scene_finder.h"

namespace herald {

struct LocatorOptions {
  // Step 5 for verbal events (roots 01-13). Material events always take it.
  bool verbal_sentence_places = true;
  // Steps 6-8 for verbal events. Off (with the above): verbal events are
  // placed only by their own clause.
  bool article_fallback = true;
};

class EventLocator {
 public:
  explicit EventLocator(const PlaceFinder& places, LocatorOptions options = {})
      : places_(&places), scenes_(places), options_(options) {}

  // Sets Event::geo for every event in doc.events; reads doc.places.
  void annotate(Document& doc) const;
  // Where one event happened (computes the article's place; annotate does it once).
  Geo locate(const Document& doc, const Event& event) const;
  // The article's place for steps 6: its dateline, else its main country
  // (with the country of a one-country headline, PlaceFinder::title_countries).
  Geo article_geo(const Document& doc) const;

 private:
  Geo locate(const Document& doc, const Event& event, const Geo& article) const;

  const PlaceFinder* places_;
  SceneFinder scenes_;
  LocatorOptions options_;
};

}  // namespace herald
