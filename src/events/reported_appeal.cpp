#include "events/reported_appeal.h"

#include <string_view>

namespace herald {

void ReportedAppeal::find(const SentenceContext& ctx, std::vector<Found>& out) {
  const uint32_t n = ctx.size();
  for (size_t g = 0; g < ctx.groups().size(); ++g) {
    const Phrase& say = ctx.groups()[g];
    if (!ctx.words().speech_verbs.has(ctx.lemma(say.head))) continue;
    uint32_t t = say.last;
    // "said (that)", "said: "...", "told reporters that"
    while (t < n && (ctx.lower(t) == "that" || ctx.lower(t) == ":" || ctx.lower(t) == "," || ctx.lower(t) == "\"" ||
                     ctx.tag(t) == "``"))
      ++t;
    while (t < n && (ctx.tag(t) == "DT" || ctx.tag(t).rfind("JJ", 0) == 0)) ++t;
    if (t >= n || ctx.actor_at(t) < 0) continue;
    const int32_t a = ctx.actor_at(t);
    uint32_t m = ctx.actor(a).last;
    while (m < n && ctx.tag(m).rfind("RB", 0) == 0) ++m;
    if (m >= n) continue;
    // should, must, ought to, need(s) to, has/have to
    std::string_view modal = ctx.lower(m);
    uint32_t v = m + 1;
    if (modal == "should" || modal == "must") {
    } else if (modal == "ought" || ((ctx.lemma(m) == "need" || ctx.lemma(m) == "have") && v < n && ctx.lower(v) == "to")) {
      if (v < n && ctx.lower(v) == "to") ++v;
    } else {
      continue;
    }
    while (v < n && (ctx.tag(v).rfind("RB", 0) == 0 || ctx.lower(v) == "not")) ++v;
    if (v >= n || ctx.tag(v).rfind("VB", 0) != 0) continue;
    if (ctx.lower(v - 1) == "not" || ctx.lower(v - 1) == "n't") continue;   // "should not attack": a warning
    if (ctx.lemma(v) == "have" || ctx.lemma(v) == "be") continue;          // "should have acted": a reproach
    Found f;
    f.say_group = static_cast<int32_t>(g);
    f.addressee = a;
    f.modal = m;
    f.verb_end = v + 1;
    f.yield = ctx.words().yield_verbs.has(ctx.lemma(v));
    out.push_back(f);
  }
}

}  // namespace herald
