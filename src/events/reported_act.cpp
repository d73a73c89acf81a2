#include "events/reported_act.h"

namespace herald {

void speech_starts(const SentenceContext& ctx, std::vector<SpeechStart>& out) {
  const uint32_t n = ctx.size();
  for (size_t g = 0; g < ctx.groups().size(); ++g) {
    const Phrase& say = ctx.groups()[g];
    if (!ctx.words().speech_verbs.has(ctx.lemma(say.head))) continue;
    uint32_t t = say.last;
    // "said (that)", "said: "...", "told reporters that"
    while (t < n && (ctx.lower(t) == "that" || ctx.lower(t) == ":" || ctx.lower(t) == "," || ctx.is_quote_mark(t))) ++t;
    if (t < n) out.push_back(SpeechStart{static_cast<int32_t>(g), -1, t});
    // "America needed to listen to the world too, the prime minister said.":
    // a trailing attribution, no quote marks; what was said opens the sentence.
    // (A quoted one is the quote's, whose speaker coreference resolves.)
    bool quoted = false;
    for (uint32_t q = 0; q < say.first && !quoted; ++q) quoted = ctx.is_quote_mark(q);
    uint32_t e = say.last;
    while (e < n && (ctx.tag(e) == "." || ctx.lower(e) == ".")) ++e;
    if (e == n && say.first > 0 && !quoted) {
      uint32_t b = say.first;
      while (b > 0 && (ctx.actor_at(b - 1) >= 0 || ctx.is_modifier(b - 1) || ctx.is_noun(b - 1))) --b;
      if (b < say.first && b > 1 && ctx.lower(b - 1) == ",") out.push_back(SpeechStart{static_cast<int32_t>(g), -1, 0});
    }
  }
  // ""European leaders must act," the President said", or a quote running on
  // from a sentence that names its speaker: each of its sentences starts one.
  const uint32_t s = ctx.index();
  for (const Quote& q : ctx.doc().quotes) {
    if (q.first_sentence > s) break;
    if (q.last_sentence < s) continue;
    uint32_t t = q.first_sentence == s ? q.first_token : 0;
    while (t < n && ctx.is_quote_mark(t)) ++t;
    const int32_t speaker = ctx.quote_speaker(q);
    if (t >= n || speaker < 0) continue;
    bool seen = false;
    for (const SpeechStart& o : out) seen = seen || o.token == t;
    if (!seen) out.push_back(SpeechStart{-1, speaker, t});
  }
}

}  // namespace herald
