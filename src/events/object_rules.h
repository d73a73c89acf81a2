// Where an event's other side stands when it is no plain object: the people
// a toll or a count names, the subject of a reported clause, the two sides
// after "between", the verb declaring an intent. Stateless, each a bounded
// scan of one sentence; -1 (or false) when the words do not say.
//
//   int32_t a = herald::ObjectRules::left_casualties(ctx, m.last);   // "left 89 civilians dead"
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/word_list.h"
#include "events/sentence_context.h"

namespace herald {

class ObjectRules {
 public:
  // "reports that Iran is charging fees": the subject of the "that" clause of
  // a report noun (`nouns`: data/words/report_nouns.txt) heading the object at `t`.
  static int32_t reported_subject(const SentenceContext& ctx, uint32_t t, const WordList& nouns);
  // The target a verb's object clause names, for a pattern of CAMEO `root`
  // matched over [anchor, last), whose source has code `own_code` (never
  // returned: "rejected speculation that Mr Brown ..." defends him):
  // "condemned reports that Iran ..." (01, 11, 12; "denied claims that"
  // inside the pattern too), "demanded that Iran cease" (02, 10, 11, 13),
  // "sanctions against networks linked to Iran" (any root).
  static int32_t clause_target(const SentenceContext& ctx, uint32_t anchor, uint32_t last, int root,
                               const std::string& own_code, const WordList& report_nouns);
  // "demanded that Iran cease ...": the subject of the clause that "that" at `t` opens.
  static int32_t that_subject(const SentenceContext& ctx, uint32_t t);
  // "sanctions against financial networks linked to Iran", "arrested men tied
  // to the cartel": the actor a non-actor object starting at `t` is linked to.
  static int32_t linked_owner(const SentenceContext& ctx, uint32_t t);
  // "reaffirmed their intention to continue": the verb group declaring the
  // intent noun that governs infinitive g (`words`: data/words/commitment_nouns.txt).
  static int32_t declared_intent(const SentenceContext& ctx, const Phrase& g, const WordList& words);
  // The verb group that enacts a law whose infinitive g is ("approved a law
  // to ban", "signed a decree to expel"; `words`: enactment_words.txt), or -1.
  static int32_t enacted(const SentenceContext& ctx, const Phrase& g, const WordList& words);
  // "pledged $10m to help Venezuela": the actor right after a purpose
  // infinitive (`verbs`: purpose_verbs.txt) in the clause after `from`, or -1.
  static int32_t purpose_target(const SentenceContext& ctx, uint32_t from, const WordList& verbs);
  // "... left 89 civilians dead", "leaving five soldiers wounded": the actor
  // between a form of "leave" after `from` and a casualty word.
  static int32_t left_casualties(const SentenceContext& ctx, uint32_t from);
  // True when the object right after `t` is people named by a number or an
  // object pronoun no actor stands for: "arrested three", "against him".
  static bool counted_people_after(const SentenceContext& ctx, uint32_t t);
  // The actor code standing in for an unnamed source acting on `target`: for
  // arrests, charges, verdicts and releases in the passive ("were arrested
  // in Tehran") the state of the place named after the verb, else of the
  // target (COP, or JUD for verdicts); for protests with no protester named
  // ("protests against the Serbian government") the target's people (CVL).
  // Empty when neither.
  static std::string implicit_source(const SentenceContext& ctx, const std::string& code, uint32_t anchor, uint32_t last,
                                     bool passive, int32_t target);
  // True when a person's name no dictionary knows is the one acted on: right
  // after the verb ending before `last` ("arrested Paul Manafort") or, for a
  // passive, right before the verb group starting at `first` ("Paul Manafort
  // was sentenced"): two to four capitalised words that are no actor and no place.
  static bool unlisted_name_acted_on(const SentenceContext& ctx, uint32_t first, uint32_t last);
  // The state acting on a person no dictionary knows, named before a passive
  // arrest, charge, detention, verdict, sentence or release (173, 116, 0841) ("Bryan Kohberger is sentenced to
  // four life sentences in prison in Idaho": USAJUD): the country of the
  // place after the verb, else of any place or actor of the sentence, with
  // JUD for verdicts and sentences, COP otherwise. Empty when not such a
  // sentence or no country is named.
  static std::string unnamed_person_source(const SentenceContext& ctx, const std::string& code, uint32_t anchor,
                                           uint32_t first, uint32_t last, bool passive);
  // "Protests have been taking place in several cities against the
  // president's decision": the token after an "against" that follows the
  // event noun ending at `from` past its verb and place or time phrases, in
  // the same clause; -1 when none.
  static int32_t against_later(const SentenceContext& ctx, uint32_t from);
  // "Clashes broke out on the border between Afghanistan and Pakistan",
  // "fighting between Sudan's army and the RSF": the two actors after
  // "between" in the clause following token `from` (possessives resolved to
  // what they own); false when there is no such pair.
  static bool between_pair(const SentenceContext& ctx, uint32_t from, int32_t& a, int32_t& b);
  // A speech verb that closes its sentence after a comma speaks of the clause
  // before it: "Iran attacked the tanker, the US alleged" / "..., alleged the
  // US": the speaker into `speaker`, the subject of that clause (its first
  // actor of another code) into `about`; false (both untouched) otherwise.
  static bool inverted_attribution(const SentenceContext& ctx, const Phrase& g, std::vector<int32_t>& speaker,
                                   std::vector<int32_t>& about);
};

}  // namespace herald
