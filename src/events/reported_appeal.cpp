#include "events/reported_appeal.h"

#include <string_view>

namespace herald {
namespace {

// "ACTOR should|must|ought to|need(s) to|has to VERB" or "it is up to ACTOR
// to VERB" from token t (determiners and adjectives before the actor
// skipped): fills f's addressee, modal and verb.
bool appeal_at(const SentenceContext& ctx, uint32_t t, ReportedAppeal::Found& f) {
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
  f.addressee = a;
  f.modal = m;
  f.verb_end = v + 1;
  f.yield = ctx.words().yield_verbs.has(ctx.lemma(v));
  return true;
}

}  // namespace

void ReportedAppeal::find(const SentenceContext& ctx, std::vector<Found>& out) {
  const uint32_t n = ctx.size();
  const size_t first = out.size();
  for (size_t g = 0; g < ctx.groups().size(); ++g) {
    const Phrase& say = ctx.groups()[g];
    if (!ctx.words().speech_verbs.has(ctx.lemma(say.head))) continue;
    uint32_t t = say.last;
    // "said (that)", "said: "...", "told reporters that"
    while (t < n && (ctx.lower(t) == "that" || ctx.lower(t) == ":" || ctx.lower(t) == "," || ctx.is_quote_mark(t))) ++t;
    Found f;
    if (!appeal_at(ctx, t, f)) continue;
    f.say_group = static_cast<int32_t>(g);
    out.push_back(f);
  }
  // A quote's words, where its speaker is named: ""European leaders must
  // act," the President said", or a quote running on from a sentence that
  // names its speaker. Each of the quote's sentences starts a statement.
  const uint32_t s = ctx.index();
  for (const Quote& q : ctx.doc().quotes) {
    if (q.first_sentence > s) break;
    if (q.last_sentence < s) continue;
    uint32_t t = q.first_sentence == s ? q.first_token : 0;
    while (t < n && ctx.is_quote_mark(t)) ++t;
    Found f;
    if (!appeal_at(ctx, t, f)) continue;
    f.speaker = ctx.quote_speaker(q);
    if (f.speaker < 0) continue;
    bool seen = false;
    for (size_t k = first; k < out.size(); ++k) seen = seen || out[k].modal == f.modal;
    if (!seen) out.push_back(f);
  }
}

}  // namespace herald
