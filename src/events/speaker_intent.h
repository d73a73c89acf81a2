// Promises and threats: what a speaker says it will do. "Iran said it would
// retaliate against Israel" reports no attack (a future act gives no event,
// GUIDE.md) but is Iran threatening Israel (CAMEO 138); "the IMF assured Moi
// it would continue to give Kenya help" is the IMF's intent to give aid
// (0331). A future or conditional verb ("will", "would", "shall") whose
// subject is the one speaking (a reporting verb's subject earlier in the
// sentence, or "I"/"we" in a quote) turns its pattern's code into the intent
// (03x) or threat (13x) CAMEO gives for that kind of act.
//
//   if (SpeakerIntent::future(ctx, group) && !SpeakerIntent::code_for("073").empty() &&
//       SpeakerIntent::spoken_by(ctx, group, source_actor)) ...   // "0333"
#pragma once

#include <cstdint>
#include <string_view>

#include "core/document.h"
#include "events/sentence_context.h"

namespace herald {

class SpeakerIntent {
 public:
  // The intent or threat code for an act's code: consult 04x -> 036,
  // diplomatic 05x -> 032, material cooperation 06x -> 031x, aid 07x ->
  // 033x, yielding 08x -> 035x, reducing relations 16x -> 131x, coercion
  // 17x -> 137, force 18x-20x -> 138; "" for acts with no such reading.
  static std::string_view code_for(std::string_view code);
  // The rejection (CAMEO 12) of the act coded `code` when its doer refuses
  // it: meeting or talks 04x -> 125, material cooperation 06x -> 121, aid
  // 07x -> 122, releasing 0841 -> 1243, withdrawing 0874 -> 1246, other
  // yielding 08x -> 124, intents and diplomatic cooperation 03x/05x -> 120;
  // "" for acts whose refusal is no rejection (refusing to attack).
  static std::string_view refusal_code_for(std::string_view code);
  // True when group g is a plain future or conditional ("will visit", "would
  // give", "shall"), not negated and not a possibility ("could", "may").
  static bool future(const SentenceContext& ctx, const Phrase& g);
  // True when group g is a negated plain future ("will not negotiate",
  // "won't release", "would not withdraw"), not a possibility.
  static bool refused_future(const SentenceContext& ctx, const Phrase& g);
  // True when `source` (doc.actors index) is the one speaking: a first-person
  // pronoun, or the subject of a reporting verb (data/words/speech_verbs.txt)
  // before group g in the sentence, or that subject's bare country.
  static bool spoken_by(const SentenceContext& ctx, const Phrase& g, int32_t source);
};

}  // namespace herald
