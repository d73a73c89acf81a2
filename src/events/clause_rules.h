// Clause-level judgements the event coder asks of a verb in its sentence:
// is it passive though it does not look it, did a cause rather than an
// actor do it, which attack did it happen in. Stateless; the word lists
// come from data/words (EventWords).
//
//   if (herald::ClauseRules::non_agent_cause(ctx, words.non_agent_causes, verb, false)) ...
#pragma once

#include <cstdint>

#include "core/word_list.h"
#include "events/event_words.h"
#include "events/sentence_context.h"

namespace herald {

class ClauseRules {
 public:
  // "Eight were killed and 13 injured": a lone participle after "and" and its
  // own subject, following a passive, is passive too.
  static bool elliptical_passive(const SentenceContext& ctx, const Phrase& g);
  // True when the subject is a cause, not an actor: "A school collapse
  // killed", "twin quakes near the capital killed", "A school collapse
  // caused by rain in X, India, kills", or the governing verb names what
  // happened ("the tower collapsed, killing"). `causes`:
  // data/words/non_agent_causes.txt. `governing`: verb_first is a verb
  // governing the event's own (its head may name the cause).
  static bool non_agent_cause(const SentenceContext& ctx, const WordList& causes, uint32_t verb_first,
                              bool governing);
  // The head of the attack a passive verb happened in, from token `from`:
  // "killed in Israeli airstrikes", "in a mass shooting by bandits", "during
  // the operation" (a force noun of data/words/event_anaphors.txt); UINT32_MAX
  // when none.
  static uint32_t attack_noun(const SentenceContext& ctx, const EventWords& words, uint32_t from);
};

}  // namespace herald
