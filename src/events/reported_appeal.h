// Reported appeals: "X said Y should accept the result" is X appealing to Y
// (CAMEO 020, or 025 "appeal to yield" when Y should accept, concede,
// resign, withdraw, release...: data/words/yield_verbs.txt), after any
// reporting verb of data/words/speech_verbs.txt, or at the start of a quote
// whose speaker is named (""Y must act," X said"; "It is up to Y to end it").
// The modal keeps Y's own act from being an event; this rule codes the
// speaker's appeal instead.
//
//   std::vector<herald::ReportedAppeal::Found> found;
//   herald::ReportedAppeal::find(ctx, found);
//   for (auto& f : found) ...   // f.say_group, f.addressee, f.modal, f.yield
#pragma once

#include <cstdint>
#include <vector>

#include "events/sentence_context.h"

namespace herald {

class ReportedAppeal {
 public:
  struct Found {
    int32_t say_group = -1;   // index into ctx.groups() of "said", or -1 for a quote
    int32_t speaker = -1;     // a quote's speaker (doc.actors index), when say_group is -1
    int32_t addressee = -1;   // doc.actors index of Y
    uint32_t modal = 0;       // token of "should" / "must"
    uint32_t verb_end = 0;    // one past the verb after the modal
    bool yield = false;       // the verb asks Y to give way (025)
  };
  // Appends every "SAY [that|:|"] ACTOR should|must|ought to|need(s) to|has to
  // VERB" of the sentence, and every quote part of it that starts so.
  static void find(const SentenceContext& ctx, std::vector<Found>& out);
};

}  // namespace herald
