// Threats told in speech (CAMEO 130): "Russia will face consequences" or
// "they will pay a heavy price", said by X, is X threatening the one who
// will suffer; "we will respond", "Tehran would take decisive measures
// against Washington", said by X of its own side, is X threatening the
// other side named after it. The words are data/words/threat_words.txt; the
// speech starts are speech_starts (reported_act.h). A future act the
// speaker's side promises ("would retaliate against Israel") is also
// SpeakerIntent's (138): that event is coded already and this one adds none.
//
//   std::vector<herald::ReportedAct> found;
//   herald::ReportedThreat::find(ctx, starts, found);
#pragma once

#include <vector>

#include "events/reported_act.h"
#include "events/sentence_context.h"

namespace herald {

class ReportedThreat {
 public:
  static void find(const SentenceContext& ctx, const std::vector<SpeechStart>& starts, std::vector<ReportedAct>& out);
};

}  // namespace herald
