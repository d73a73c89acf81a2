#include "events/clause_rules.h"

#include "events/role_finder.h"

namespace herald {

bool ClauseRules::elliptical_passive(const SentenceContext& ctx, const Phrase& g) {
  // Back past the participle's own subject (a number, a noun phrase) to "and".
  uint32_t t = g.first;
  uint32_t steps = 0;
  bool subject = false;   // a word other than an adverb ("later", "subsequently")
  while (t > 0 && steps < 5) {
    const uint32_t u = t - 1;
    if (ctx.lower(u) == "and" || ctx.lower(u) == ",") break;
    if (!(ctx.tag(u) == "CD" || ctx.is_noun(u) || ctx.is_modifier(u) || ctx.actor_at(u) >= 0)) return false;
    subject |= ctx.tag(u).rfind("RB", 0) != 0;
    --t;
    ++steps;
  }
  if (t == 0 || (ctx.lower(t - 1) != "and" && ctx.lower(t - 1) != ",")) return false;
  // After a comma the participle needs a subject of its own ("were killed, 13
  // injured"): "Hamas, which is linked to Iran, (later) claimed" is the main clause.
  if (ctx.lower(t - 1) == "," && !subject) return false;
  // The verb group before "and" is passive ("were killed").
  for (uint32_t u = t - 1; u > 0 && t - u < 8; --u) {
    const int32_t pg = ctx.group_at(u - 1);
    if (pg >= 0) return ctx.groups()[static_cast<size_t>(pg)].passive;
  }
  return false;
}

bool ClauseRules::non_agent_cause(const SentenceContext& ctx, const WordList& causes, uint32_t verb_first,
                                  bool governing) {
  // "A part of the tower collapses ..., killing a worker": the governing verb
  // itself names what happened ("collapse", "crash", "sink"). Not the event's
  // own verb: "fired" is an attack, though "fire" is a cause.
  if (int32_t g = ctx.group_at(verb_first);
      governing && g >= 0 && causes.has(ctx.lemma(ctx.groups()[static_cast<size_t>(g)].head)))
    return true;
  // The subject's head: back from the verb over noun phrases, skipping those
  // inside a prepositional phrase ("twin quakes near the capital Caracas").
  uint32_t t = verb_first;
  for (int guard = 0; guard < 4 && t > 0; ++guard) {
    uint32_t b = t;
    int32_t head = -1;
    bool actor = false, state_actor = false;
    while (b > 0 && (ctx.is_noun(b - 1) || ctx.is_modifier(b - 1) || ctx.actor_at(b - 1) >= 0)) {
      --b;
      if (ctx.actor_at(b) >= 0) {
        actor = true;
        state_actor = state_actor || !RoleFinder::people(ctx.actor(ctx.actor_at(b)).code);
      }
      else if (head < 0 && ctx.is_noun(b)) head = static_cast<int32_t>(b);
    }
    if (b == t) {
      // "A school collapse caused by rainfall in X, India, kills": past an
      // aside between commas, the sentence's opening noun phrase, when no
      // finite verb comes between it and this one.
      if (t == 0 || ctx.lower(t - 1) != ",") return false;
      uint32_t u = 0, head = UINT32_MAX;
      for (; u < t && (ctx.is_noun(u) || ctx.is_modifier(u)); ++u) {
        if (ctx.actor_at(u) >= 0) return false;
        if (ctx.is_noun(u)) head = u;
      }
      if (head == UINT32_MAX || u == 0) return false;
      for (uint32_t v = u; v < t; ++v)
        if (ctx.group_at(v) >= 0 && ctx.is_verb(v) && ctx.tag(v) != "VBN" && ctx.tag(v) != "VBG") return false;
      return causes.has(ctx.lemma(head));
    }
    // ("after a blaze ripped through ...": "after" opens the clause whose
    // subject this is; no prepositional phrase.)
    if (b > 0 && ctx.is_preposition(b - 1) && !(t == verb_first && ctx.is_clause_break(b - 1))) {
      t = b - 1;
      continue;
    }
    // (People modifying the cause noun acted no more: "A crowd crush kills";
    // a state or armed group does: "Hezbollah rocket fire kills".)
    const bool head_last = head >= 0 && static_cast<uint32_t>(head) + 1 == t;
    return (!actor || (head_last && !state_actor)) && head >= 0 && causes.has(ctx.lemma(static_cast<uint32_t>(head)));
  }
  return false;
}

uint32_t ClauseRules::attack_noun(const SentenceContext& ctx, const EventWords& words, uint32_t from) {
  for (uint32_t t = from; t < ctx.size() && t < from + 14; ++t) {
    if (ctx.is_clause_break(t) || ctx.lower(t) == ";") break;
    if (ctx.lower(t) != "in" && ctx.lower(t) != "during") continue;
    uint32_t h = UINT32_MAX;
    // (A gerund heads it too: "a mass shooting".)
    for (uint32_t u = t + 1; u < ctx.size() && (ctx.is_noun(u) || ctx.is_modifier(u) || ctx.actor_at(u) >= 0 ||
                                                (ctx.tag(u) == "VBG" && u > t + 1));
         ++u)
      if (ctx.is_noun(u) || ctx.tag(u) == "VBG") h = u;
    if (h == UINT32_MAX) continue;
    if (words.event_anaphors.value(ctx.lemma(h)) == "force" || words.event_anaphors.value(ctx.lower(h)) == "force")
      return h;
  }
  return UINT32_MAX;
}

}  // namespace herald
