// Finds where an event happened from the sentences around it, when its own
// sentence does not say: the scene another sentence sets for the same speaker
// or the same incident.
//
//   herald::SceneFinder scenes(places);             // borrows the PlaceFinder
//   if (const herald::PlaceMention* p = scenes.find(doc, event)) use(*p);
//
// Two kinds of scene, in the two sentences either side of the event's
// (nearest first, the earlier first at equal distance):
//  - a speech scene, for verbal events (roots 01-13): a place after in / at /
//    near ... in a clause with a word of speaking ("Speaking on television in
//    Yemen, the spokesman said ..."; "In his talk at the Washington
//    headquarters, the minister said ..."), in a sentence naming the event's
//    source (the same actor code);
//  - an incident scene, for force (roots 18-20): a place after in / at / near
//    ... right after a definite incident noun ("the airstrike at Baghdad
//    airport", "the attack near Kharkiv"), in a sentence naming an actor of the
//    event's source or target country.
// The speech words, incident nouns and their modifiers are data
// (data/words/geo/speech_words.txt, incident_nouns.txt, incident_modifiers.txt,
// through PlaceFinder::words()); the prepositions are grammar, kept here.
#pragma once

#include "core/document.h"
#include "geo/place_finder.h"

namespace herald {

class SceneFinder {
 public:
  explicit SceneFinder(const PlaceFinder& places) : places_(&places) {}

  // The place of the scene set around the event, or nullptr; reads doc.places and doc.actors.
  const PlaceMention* find(const Document& doc, const Event& e) const;

  // How many sentences either side are searched.
  static constexpr uint32_t kReach = 2;

 private:
  const PlaceMention* speech_scene(const Document& doc, uint32_t s, const Event& e) const;
  const PlaceMention* incident_scene(const Document& doc, uint32_t s, const Event& e) const;

  const PlaceFinder* places_;
};

}  // namespace herald
