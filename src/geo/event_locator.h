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
//     / inside / outside / around / throughout / within (or, weaker and not
//     for force, on / from / to), possibly through "the", "city of",
//     "north-eastern" ...; a fronted "In Gaza, troops raided ..." scopes the
//     whole clause.
//  4. Force (roots 17-20) with a target: the place of the target's country
//     nearest the verb, else that country ("Tehran's strike" on Israel: ISR).
//  5. Other material events (roots 14-16), by default: the place nearest the
//     verb anywhere in the sentence ("Germany on Monday banned ..." -> DEU).
//  6. Material events: the target's country, else the source's.
//  7. Otherwise no place (Geo with an empty country).
#pragma once

#include "core/document.h"
#include "geo/place_finder.h"

namespace herald {

struct LocatorOptions {
  // Step 5 for verbal events (roots 01-13) too. Off: the gold leaves "the US
  // accused Turkey" unplaced rather than placing it in Turkey.
  bool any_place_for_verbal_events = false;
};

class EventLocator {
 public:
  explicit EventLocator(const PlaceFinder& places, LocatorOptions options = {})
      : places_(&places), options_(options) {}

  // Sets Event::geo for every event in doc.events; reads doc.places.
  void annotate(Document& doc) const;
  // Where one event happened.
  Geo locate(const Document& doc, const Event& event) const;

 private:
  const PlaceFinder* places_;
  LocatorOptions options_;
};

}  // namespace herald
