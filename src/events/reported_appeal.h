// Reported appeals: "X said Y should accept the result" is X appealing to Y
// (CAMEO 020, or 025 "appeal to yield" when Y should accept, concede,
// resign, withdraw, release...: data/words/yield_verbs.txt), where X's
// words start (speech_starts: after a reporting verb, or a quote whose
// speaker is named: ""Y must act," X said"; "It is up to Y to end it").
// The modal keeps Y's own act from being an event; this rule codes the
// speaker's appeal instead.
//
//   std::vector<herald::ReportedAct> found;
//   herald::ReportedAppeal::find(ctx, starts, found);
//   for (auto& f : found) ...   // f.target, f.code ("020" / "025")
#pragma once

#include <vector>

#include "events/reported_act.h"
#include "events/sentence_context.h"

namespace herald {

class ReportedAppeal {
 public:
  // Appends every "ACTOR should|must|ought to|need(s) to|has to VERB" (and
  // "it is up to ACTOR to VERB") that opens what is said at one of `starts`.
  static void find(const SentenceContext& ctx, const std::vector<SpeechStart>& starts, std::vector<ReportedAct>& out);
};

}  // namespace herald
