#include "events/reported_appeal.h"

#include <string_view>

namespace herald {
namespace {

// "ACTOR should|must|ought to|need(s) to|has to VERB" or "it is up to ACTOR
// to VERB" from token t (determiners and adjectives before the actor
// skipped): fills f's addressee, modal and verb.
bool appeal_at(const SentenceContext& ctx, uint32_t t, ReportedAct& f) {
  const uint32_t n = ctx.size();
  bool up_to = false;
  // "it is up to the United States to end it"
  if (t + 3 < n && ctx.lower(t) == "it" && ctx.lemma(t + 1) == "be" && ctx.lower(t + 2) == "up" && ctx.lower(t + 3) == "to") {
    t += 4;
    up_to = true;
  }
  while (t < n && (ctx.tag(t) == "DT" || ctx.tag(t).rfind("JJ", 0) == 0)) ++t;
  if (t >= n || ctx.actor_at(t) < 0) return false;
  // "We must rebuild", "I have to win": the speaker's own resolve.
  const std::string_view w = ctx.lower(t);
  if (ctx.tag(t) == "PRP" && (w == "we" || w == "i" || w == "us")) return false;
  const int32_t a = ctx.actor_at(t);
  uint32_t m = ctx.actor(a).last;
  while (m < n && ctx.tag(m).rfind("RB", 0) == 0) ++m;
  if (m >= n) return false;
  std::string_view modal = ctx.lower(m);
  uint32_t v = m + 1;
  if (up_to) {
    if (modal != "to") return false;
  } else if (modal == "should" || modal == "must") {
  } else if (modal == "ought" || ((ctx.lemma(m) == "need" || ctx.lemma(m) == "have") && v < n && ctx.lower(v) == "to")) {
    if (v < n && ctx.lower(v) == "to") ++v;
  } else {
    return false;
  }
  while (v < n && (ctx.tag(v).rfind("RB", 0) == 0 || ctx.lower(v) == "not")) ++v;
  if (v >= n || ctx.tag(v).rfind("VB", 0) != 0) return false;
  if (ctx.lower(v - 1) == "not" || ctx.lower(v - 1) == "n't") return false;   // "should not attack": a warning
  if (ctx.lemma(v) == "have" || ctx.lemma(v) == "be") return false;          // "should have acted": a reproach
  f.target = a;
  f.first = m;
  f.last = v + 1;
  f.code = ctx.words().yield_verbs.has(ctx.lemma(v)) ? "025" : "020";
  return true;
}

}  // namespace

void ReportedAppeal::find(const SentenceContext& ctx, const std::vector<SpeechStart>& starts,
                          std::vector<ReportedAct>& out) {
  for (const SpeechStart& st : starts) {
    ReportedAct f;
    if (!appeal_at(ctx, st.token, f)) continue;
    f.say_group = st.say_group;
    f.speaker = st.speaker;
    out.push_back(f);
  }
}

}  // namespace herald
