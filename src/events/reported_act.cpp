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
