// Finds actors in a document's sentences and codes them (CAMEO actor codes)
// for the article's date.
//
//   auto dict = herald::ActorDictionary::load(herald::DataPaths::defaults());
//   herald::ActorMatcher matcher(dict.value());
//   matcher.annotate(doc);     // fills doc.actors, ordered by (sentence, first)
//
// Longest dictionary match first; then composition (data/actors/README.md):
// country/demonym/capital + agent ("Israeli military" ISRMIL, "Sudan's army
// chief" SDNMIL), agent "of" country ("President of Algeria" DZAGOV, one
// mention per country in "Ministers of Ukraine and Russia"), title + name as
// one mention ("German Chancellor Gerhard Schroeder" DEUGOV), listed people
// by their role on doc.article.date, agents alone with the article's main
// country (kind kAgent; code "---ROLE" when the article names no country),
// "former" dropping a state role ("former prime minister John Major" GBR).
#pragma once

#include "actors/actor_dictionary.h"
#include "core/document.h"

namespace herald {

class ActorMatcher {
 public:
  explicit ActorMatcher(const ActorDictionary& dict) : dict_(dict) {}
  // Replaces doc.actors with the actors found in doc.sentences.
  void annotate(Document& doc) const;

 private:
  const ActorDictionary& dict_;
};

}  // namespace herald
