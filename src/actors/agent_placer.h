// Gives a local agent of no stated country the country of the place its
// sentence names: "police in Cheltenham arrested a man" is GBRCOP and GBRCVL
// even in an article whose most-named country is the US. Runs after the
// place stage (it reads doc.places), before the events stage.
//
//   actor_matcher.annotate(doc);   // "police": the article's main country, implicit_country
//   coref.annotate(doc);
//   place_finder.annotate(doc);
//   AgentPlacer().annotate(doc);   // "police" near "in Cheltenham": GBRCOP
//
// Only mentions whose country the actor stage took from the article
// (ActorMention::implicit_country) and whose role is local to where things
// happen (civilians, refugees, workers, students, medics, criminals, police,
// armed groups) are moved; state roles travel ("the president visited
// Paris" stays the article's president). The place is the nearest one of the
// sentence that directly precedes the mention ("Gaza residents") or follows
// a locative preposition ("in", "at", "near", "outside", "across", "from",
// "on", "into": "air strikes on Lebanon killed 20 people"), past up to two
// adjectives ("in central Israel");
// with none, the country of most of the article's places (more than half,
// two at least: a story set in England with "US dollars" in it).
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"

namespace herald {

class AgentPlacer {
 public:
  // Rewrites code and country of the implicit-country local agents of doc.actors.
  // `article_country`, when given (the geo stage's main country: places,
  // dateline, headline and actors weighed together), is the fallback for a
  // mention with no place of its own, for state roles too ("the police",
  // "the government" in a story set in England that names "US dollars").
  void annotate(Document& doc, const std::string& article_country = {}) const;
  // True for the roles a place may give a country (CVL REF LAB EDU HLH CRM COP REB).
  static bool local_role(std::string_view code);
  // The country of more than half of doc.places (two at least), or "".
  static std::string place_country(const Document& doc);
};

}  // namespace herald
