// Within-article name reference: a surname, or "Mr/Ms/Mrs/Dr/Prof X", after
// a person's full mention earlier in the article takes that person's code.
//
//   MentionBuilder ... build(doc.actors);        // every sentence
//   NameReferences(dict).link(doc, main_country); // "Murphy" -> Emily W. Murphy's USAGOV
//
// People are registered from the mentions the actor stage made: listed
// people ("Tony Blair" GBRGOV), title + name ("administrator Emily W.
// Murphy" USAGOV, "Rep. Jane Doe" USALEG) and appositions ("Abu Salem, a
// senior Hamas official," PSEREB); plus one description this pass reads
// itself: a name with an age in commas ("Kyle Rittenhouse, 18,"), which
// news uses for private persons: CVL of the article's main country. A name
// needs two words at least; its last word (not "Jr.", "II") is the key.
// Later, a capitalised token equal to a key, outside any mention and not
// part of a longer capitalised name ("John Murphy" is someone else, "Emily
// W. Murphy" again is the same), is a mention of the registered person; an
// honorific before it joins the mention. A key two registered people share, or one the dictionaries
// know as a one-word name ("Jordan", "Labour"), is never linked.
//
// People no one describes ("Hans Kluge said ...") get no code: unknown
// capitalised pairs are as often places, teams, companies or officials of
// another country as private persons, and a guessed CVL of the main country
// would be wrong at the actor level more often than right (measured: see
// data/actors/README.md).
#pragma once

#include <string>

#include "actors/actor_dictionary.h"
#include "core/document.h"

namespace herald {

class NameReferences {
 public:
  explicit NameReferences(const ActorDictionary& dict) : dict_(dict) {}
  // Adds the surname mentions to doc.actors, keeping it ordered by (sentence, first).
  void link(Document& doc, const std::string& main_country) const;

  // A listed person out of every dated role (country code only) takes the one
  // role the article's text gives them elsewhere ("England's transport
  // secretary, Grant Shapps," then "Shapps said"): lists go stale, the article
  // is of its day. Two different roles in one article give none.
  static void carry_roles(Document& doc);

  // "Mr", "Ms", "Mrs", "Dr", "Prof", "Sir", ... (lower case, with or without the dot).
  static bool honorific(std::string_view lower);

 private:
  const ActorDictionary& dict_;
};

}  // namespace herald
