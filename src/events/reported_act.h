// What a speaker's own words do to another actor, found where those words
// start: after a reporting verb ("X said (that) ...") or at the start of a
// quote whose speaker is named ("..., X said"; a quote running on from a
// sentence that names its speaker). ReportedAppeal and ReportedThreat read
// the words; EventCoder codes each act as the speaker's.
//
//   std::vector<herald::SpeechStart> starts;
//   herald::speech_starts(ctx, starts);
//   for (const auto& s : starts) ...   // s.token: the first word spoken
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "events/sentence_context.h"

namespace herald {

struct SpeechStart {
  int32_t say_group = -1;   // index into ctx.groups() of "said", or -1 for a quote
  int32_t speaker = -1;     // a quote's speaker (doc.actors index), when say_group is -1
  uint32_t token = 0;       // the first word of what was said
};

// Appends where speech starts in ctx's sentence: after each reporting verb
// of data/words/speech_verbs.txt (past "that", a colon, a comma, a quote
// mark), then at each quote part of the sentence whose speaker is known.
void speech_starts(const SentenceContext& ctx, std::vector<SpeechStart>& out);

// An act told in speech: the speaker's appeal to (020, 025) or threat
// against (130) the target.
struct ReportedAct {
  int32_t say_group = -1;   // as SpeechStart
  int32_t speaker = -1;
  int32_t target = -1;      // doc.actors index
  uint32_t first = 0;       // the words that make the act: "must release", "will face consequences"
  uint32_t last = 0;
  std::string_view code;    // "020", "025", "130"
};

}  // namespace herald
