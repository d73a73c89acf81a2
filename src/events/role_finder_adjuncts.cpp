// RoleFinder's adjuncts of manner and answer: a gerund after "by"/"in" tells
// how the clause's subject acted ("responded by bombing Gaza"), and the act
// after an answering verb's "with" is its subject's ("responded to those
// strikes with attacks on US bases").
#include "events/role_finder.h"

#include "events/event_words.h"

namespace herald {

int32_t RoleFinder::manner_main(uint32_t verb_first) const {
  if (verb_first < 2 || verb_first + 1 >= ctx_.size() || ctx_.tag(verb_first) != "VBG") return -1;
  const uint32_t p = verb_first - 1;
  const bool by = ctx_.lower(p) == "by";
  if (ctx_.tag(p) != "IN" || (!by && ctx_.lower(p) != "in")) return -1;
  // The gerund has an object of its own: "by bombing Gaza", not "in fighting
  // near the base", "in shelling by the army", "by shelling and gunfire".
  const std::string_view next = ctx_.tag(verb_first + 1);
  if (ctx_.actor_at(verb_first + 1) < 0 && next != "DT" && next != "PRP" && next != "PRP$" && next != "CD" &&
      next != "JJ" && !next.starts_with("NN"))
    return -1;
  const EventWords& w = ctx_.words();
  // "in" after a noun is the noun's: "cooperation in fighting the virus",
  // "the experience in combating", "its courage in fighting" (an actor the
  // verb took as object is none: "joined Germany in condemning").
  if (!by && ctx_.is_noun(p - 1) && ctx_.actor_at(p - 1) < 0) return -1;
  for (uint32_t t = p; t > 0 && p - t < 10; --t) {   // (the verb is near: "responded quickly by")
    const uint32_t u = t - 1;
    const std::string_view x = ctx_.lower(u);
    // No other clause, quote or prepositional phrase between: "the
    // leadership of the United States in supporting", "said, for instance by".
    if (x == ";" || x == ":" || x == "," || x == "-" || x == "--" || x == "(" || x == "that" || x == "which" ||
        x == "who" || x == "\"" || ctx_.tag(u) == "``" || ctx_.tag(u) == "''" || ctx_.tag(u) == "IN" || ctx_.tag(u) == "TO")
      return -1;
    if (w.manner_blockers.has(ctx_.lemma(u)) || w.manner_blockers.has(ctx_.lower(u))) return -1;   // "interested in"
    const int32_t g = ctx_.group_at(u);
    if (g < 0) continue;
    const Phrase& ph = ctx_.groups()[static_cast<size_t>(g)];
    const std::string_view tag = ctx_.tag(ph.first);
    const bool finite = tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD";
    // (Not a passive's: "were destroyed by withdrawing troops".)
    return finite && !ph.passive ? g : -1;
  }
  return -1;
}

void RoleFinder::response_subject(uint32_t noun_first, std::vector<int32_t>& out) const {
  uint32_t p = noun_first;
  while (p > 0 && noun_first - p < 5) {
    --p;
    const std::string_view tag = ctx_.tag(p);
    if (ctx_.lower(p) == "with") break;
    if (!(tag == "DT" || tag == "CD" || tag.rfind("JJ", 0) == 0 || tag == "NN" || tag == "NNS" || tag == "VBG") ||
        ctx_.actor_at(p) >= 0)
      return;
  }
  if (ctx_.lower(p) != "with") return;
  const int32_t g = previous_finite_group(p);
  if (g < 0) return;
  const Phrase& ph = ctx_.groups()[static_cast<size_t>(g)];
  // (Within reach, no other clause between: "responded to those strikes with".)
  for (uint32_t t = ph.last; t < p; ++t)
    if (ctx_.lower(t) == "," || ctx_.lower(t) == "that" || ctx_.lower(t) == "which" || p - ph.last > 12) return;
  if (ctx_.words().response_verbs.has(ctx_.lemma(ph.head))) subject_before(ph.first, out);
}

}  // namespace herald
