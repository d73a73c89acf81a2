// EventCoder's references back: "the move", "the operation" (the act told
// before), a claim of responsibility (whom that act hit), "the parties" (the
// sides of the last meeting), and an act's doer named as the by-agent of a
// passive performing verb ("The airstrikes were carried out by X").
#include "events/event_coder.h"

#include <string>

#include "events/factuality.h"
#include "events/role_finder.h"

namespace herald {

bool EventCoder::anaphor_target(const SentenceContext& ctx, uint32_t at, bool before, Scratch& sc) const {
  uint32_t head = 0, when = 0;
  const int32_t src = anaphor_actor(ctx, at, before, sc, &head, &when);
  if (src < 0) return false;
  if (!sc.sources.empty() && ctx.actor(sc.sources.front()).code == ctx.actor(src).code) return false;
  sc.targets.assign(1, src);
  if (sc.trace)
    sc.trace->notes.push_back("'" + std::string(ctx.lower(head)) + "' refers back to the act of " +
                              ctx.actor(src).code + " in sentence " + std::to_string(when + 1));
  return true;
}

int32_t EventCoder::anaphor_actor(const SentenceContext& ctx, uint32_t at, bool before, const Scratch& sc,
                                  uint32_t* head_at, uint32_t* sentence) const {
  if (!words_ || sc.recent_act.source < 0) return -1;
  // The head noun of the object after `at` ("condemned the Turkish move"), or
  // of the subject before it ("The operation was condemned").
  int32_t head = -1;
  if (before) {
    uint32_t t = at;
    while (t > 0 && ctx.tag(t - 1).rfind("RB", 0) == 0) --t;
    if (t > 0 && ctx.is_noun(t - 1)) head = static_cast<int32_t>(t - 1);
  } else {
    for (uint32_t t = at; t < ctx.size() && t < at + 5; ++t) {
      if (ctx.actor_at(t) >= 0) return -1;
      if (ctx.is_noun(t)) {
        head = static_cast<int32_t>(t);
        while (static_cast<uint32_t>(head) + 1 < ctx.size() && ctx.is_noun(static_cast<uint32_t>(head) + 1)) ++head;
        break;
      }
      if (!ctx.is_modifier(t)) return -1;
    }
  }
  if (head < 0 || ctx.actor_at(static_cast<uint32_t>(head)) >= 0 ||
      !words_->event_anaphors.has(ctx.lemma(static_cast<uint32_t>(head))))
    return -1;
  // The determiner makes it a reference back ("the move", "this decision").
  uint32_t d = static_cast<uint32_t>(head);
  while (d > 0 && (ctx.tag(d - 1).rfind("JJ", 0) == 0 || ctx.is_noun(d - 1))) --d;
  if (d == 0) return -1;
  std::string_view det = ctx.lower(d - 1);
  if (det != "the" && det != "this" && det != "that" && det != "these" && det != "those") return -1;
  if (det == "that" && ctx.tag(d - 1) != "DT") return -1;   // "stressed that restrictive measures": a conjunction
  // "the operation", "the offensive" (= force) refer to the last use of force;
  // "the move", "the plan" to the last act of any kind.
  // "the allegations" (= accusation) to the last disapproval or rejection,
  // "the charges" (= charge) to that or the last coercion.
  const std::string_view kind = words_->event_anaphors.value(ctx.lemma(static_cast<uint32_t>(head)));
  const Scratch::RecentAct& act = kind == "force"        ? sc.recent_force
                                  : kind == "accusation" ? sc.recent_accusation
                                  : kind == "charge"     ? sc.recent_charge
                                                         : sc.recent_act;
  const uint32_t reach = kind == "force"                               ? kForceAnaphorReach
                         : kind == "accusation" || kind == "charge" ? kAccusationAnaphorReach
                                                                    : kAnaphorReach;
  const int32_t src = act.source;
  const uint32_t when = act.sentence;
  if (src < 0 || ctx.index() < when || ctx.index() - when > reach) return -1;
  if (head_at) *head_at = static_cast<uint32_t>(head);
  if (sentence) *sentence = when;
  return src;
}

void EventCoder::performed_by(const SentenceContext& ctx, const PatternMatch& m, Scratch& sc) const {
  if (!words_) return;
  // The noun's phrase runs on to the verb: "The airstrikes on Gaza were", "Tributes to him were".
  uint32_t t = m.last;
  while (t < ctx.size() && t < m.last + 6 && ctx.group_at(t) < 0 && !ctx.is_clause_break(t) && ctx.lower(t) != ",") ++t;
  if (t >= ctx.size() || ctx.group_at(t) < 0) return;
  const Phrase& g = ctx.groups()[static_cast<size_t>(ctx.group_at(t))];
  // (Or a reduced relative right after the noun: "air strikes launched by
  // Israel", "a fuel blockade imposed by JNIM insurgents".)
  const bool reduced = t == m.last && g.last <= g.first + 2 && (ctx.tag(g.first) == "VBN" || ctx.tag(g.first) == "VBD") &&
                       g.last < ctx.size() && ctx.lower(g.last) == "by";
  if (g.first != t || !(g.passive || reduced) || !words_->performing_verbs.has(ctx.lemma(g.head))) return;
  if (!reduced && Factuality::check(ctx, g, keep_negated_)) return;
  RoleFinder(ctx).by_agent(g.last, sc.sources);
}

void EventCoder::answered_accuser(const SentenceContext& ctx, Scratch& sc) const {
  if (!sc.targets.empty() || sc.sources.empty()) return;
  // "Kyiv says the depots supply the Russian army, which Moscow denies": the
  // denial answers the sentence's own claim, by its first actor.
  {
    const ActorMention& denier = ctx.actor(sc.sources.front());
    uint32_t b = denier.first;
    while (b > 0 && ctx.is_modifier(b - 1)) --b;
    // (The claimant is the subject of a verb of saying: "Kyiv says", "Bolton claims".)
    if (b >= 2 && ctx.lower(b - 1) == "which" && ctx.lower(b - 2) == ",") {
      for (uint32_t t = 0; t + 2 < b; ++t) {
        const int32_t a = ctx.actor_at(t);
        if (a < 0) continue;
        const uint32_t after = ctx.actor(a).last;
        if (after < b && ctx.group_at(after) >= 0 && ctx.words().speech_verbs.has(ctx.lemma(after)) &&
            ctx.actor(a).code != denier.code) {
          sc.targets.assign(1, a);
          if (sc.trace) sc.trace->notes.push_back("the denial answers the claim of " + ctx.actor(a).code + " before it");
          return;
        }
        t = after - 1;
      }
    }
  }
  const std::string& denier = ctx.actor(sc.sources.front()).code;
  for (const Scratch::RecentAct* act : {&sc.recent_accusation, &sc.recent_charge}) {
    if (act->source < 0 || act->target < 0 || ctx.index() < act->sentence ||
        ctx.index() - act->sentence > kAccusationAnaphorReach)
      continue;
    if (ctx.actor(act->target).code != denier || ctx.actor(act->source).code == denier) continue;
    sc.targets.assign(1, act->source);
    if (sc.trace)
      sc.trace->notes.push_back("the denial answers the accusation of " + ctx.actor(act->source).code + " in sentence " +
                                std::to_string(act->sentence + 1));
    return;
  }
}

void EventCoder::claimed_target(const SentenceContext& ctx, Scratch& sc) const {
  const Scratch::RecentAct& force = sc.recent_force;
  const int32_t hit = force.target;
  if (hit < 0 || sc.sources.empty() || ctx.index() < force.sentence || ctx.index() - force.sentence > kForceAnaphorReach)
    return;
  // Nothing named, or "the attack" read as its (unknown or other) attacker.
  if (!sc.targets.empty() && !(sc.targets.size() == 1 && sc.targets.front() == force.source)) return;
  if (ctx.actor(hit).code == ctx.actor(sc.sources.front()).code) return;
  sc.targets.assign(1, hit);
  if (sc.trace)
    sc.trace->notes.push_back("a claim of responsibility names whom the use of force in sentence " +
                              std::to_string(force.sentence + 1) + " hit: " + ctx.actor(hit).code);
}

bool EventCoder::pair_subject(const SentenceContext& ctx, uint32_t verb_first, Scratch& sc) const {
  if (!words_ || sc.pair_source < 0 || sc.pair_target < 0 || ctx.index() < sc.pair_sentence ||
      ctx.index() - sc.pair_sentence > kPairReach)
    return false;
  // The noun phrase right before the verb (adverbs skipped): "the two
  // parties", "both sides", "the heads of state".
  uint32_t t = verb_first;
  while (t > 0 && ctx.tag(t - 1).rfind("RB", 0) == 0) --t;
  if (t == 0) return false;
  uint32_t head = t - 1;
  std::string key(ctx.lemma(head));
  if (head >= 2 && ctx.lower(head - 1) == "of") key = std::string(ctx.lemma(head - 2)) + " of " + key;   // heads of state
  if (!words_->pair_nouns.has(key) || (ctx.tag(head).rfind("NNS", 0) != 0 && key.find(" of ") == std::string::npos))
    return false;
  sc.sources.assign(1, sc.pair_source);
  sc.targets.assign(1, sc.pair_target);
  if (sc.trace) sc.trace->notes.push_back("'" + key + "' taken as both sides of the meeting in sentence " +
                                          std::to_string(sc.pair_sentence + 1));
  sc.pair_sentence = ctx.index();   // a readout's later "the parties" still reach it
  return true;
}

}  // namespace herald
