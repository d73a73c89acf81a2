// The word lists of the count stage: nouns for people, the words that say
// what happened to them, months and other words that rule a number out
// (internal to src/counts; plain tables in count_lexicon.cpp).
//
//   herald::CueMatch m;
//   if (herald::CountLexicon::right_cue(tokens, k, m)) ...   // "were" "rounded up"
//   herald::CountLexicon::is_people_noun(token);              // "soldiers", "Palestinians"
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace herald {

// A cue found at a token: what it says happened and how many tokens it spans.
struct CueMatch {
  CountType type = CountType::kOther;
  uint32_t length = 1;
  bool transitive = false;  // "killed" can take an object; "died" cannot
};

class CountLexicon {
 public:
  // A plural or collective noun for people: "people", "police", "workers", "Israelis".
  static bool is_people_noun(const Token& t);
  // A singular noun for one person: "person", "woman", "pilot", "national".
  static bool is_person_singular(const Token& t);
  // A noun that names the count itself: "deaths" killed, "casualties" other,
  // "protesters" protesters, "hostages" kidnapped, "injuries" wounded.
  static std::optional<CountType> noun_type(std::string_view lower);
  // A cue after the counted people, as participle or intransitive verb:
  // "killed", "dead", "died", "among the dead" is handled by the caller,
  // "rounded up", "taken into custody", "fled their homes", "protested".
  static bool right_cue(const std::vector<Token>& toks, uint32_t k, CueMatch& m);
  // A verb ending at token k that takes the counted people as object:
  // "killed", "killing", "wounding", "detaining", "rounded up".
  static bool left_cue(const std::vector<Token>& toks, uint32_t k, CueMatch& m);
  // A base-form verb after "to" or a modal: "to kill", "could arrest".
  static bool is_hypothetical_before(const std::vector<Token>& toks, uint32_t k);
  // January ... December and their short forms.
  static bool is_month(std::string_view lower);
  // Words for a time that may follow a verb: "today", "Monday", "overnight".
  static bool is_temporal(std::string_view lower);
  // Auxiliaries that may stand between the counted people and the cue.
  static bool is_auxiliary(std::string_view lower);
  // Modal verbs: the count would be hypothetical.
  static bool is_modal(std::string_view lower);
  // Verbs of saying that name a source: "said", "says", "reported", "confirmed".
  static bool is_say_verb(std::string_view lower);
  // Units and things a number may count that are never people: "km", "percent".
  static bool is_unit(std::string_view lower);
};

}  // namespace herald
