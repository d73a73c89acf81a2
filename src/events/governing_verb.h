// What makes a verb blocked as not (yet) done still give an event: the verb
// governing it. A commitment ("India and China agreed to resume talks",
// "reaffirmed their intention to continue"), a refusal ("Iran refused to meet
// the envoy", "Iran will not negotiate"), or the speaker's own promise or
// threat ("Iran said it would retaliate"), or a speech act done by saying
// one wants to do it ("I would like to thank our partners": the thanks).
// Stateless; reads one sentence.
//
//   Governed gv = herald::GoverningVerb::find(ctx, g, "036", why, words, false);
//   if (gv.kind == Governed::Kind::kRefusal) ...   // code it 125 by gv.group's subject
#pragma once

#include <cstdint>
#include <string_view>

#include "events/event_words.h"
#include "events/sentence_context.h"

namespace herald {

struct Governed {
  enum class Kind : uint8_t { kNone, kCommitment, kRefusal, kIntent, kPerformative };
  Kind kind = Kind::kNone;
  int32_t group = -1;   // the committing or refusing verb group (ctx.groups()); -1 when g itself says it
};

class GoverningVerb {
 public:
  // For verb group g matched by a pattern of CAMEO `code` and blocked for
  // `why` (EventCoder's reason: "intended or planned ...", "infinitive with
  // no governing verb", "modal or future verb"): the governing reading, or
  // kNone. A governing verb that is itself negated or not factual gives none.
  static Governed find(const SentenceContext& ctx, const Phrase& g, std::string_view code, std::string_view why,
                       const EventWords& words, bool keep_negated);
};

}  // namespace herald
