// Rule-based chunks over Penn tags: noun phrases, verb groups with their
// tense/aspect/voice flags, and prepositions (internal to src/tag).
//
//   std::vector<Phrase> p = chunk(sentence, tag_ids);   // ordered by first token
//
// Verb groups: auxiliaries, modals and the adverbs between them up to the main
// verb ("have reportedly been targeting", head "targeting"), a following
// particle ("take up"), and future constructions joined through "to"
// ("is expected to take up", "plans to visit"). Tense: kFuture for
// will/shall/'ll and those constructions; kPast for VBD, a perfect
// (has/have/had + VBN) or a bare VBN; kPresent for other finite or modal
// groups; kNone for infinitives ("to meet") and bare participles ("fleeing").
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/document.h"

namespace herald {

// Chunks one tagged sentence; tag_ids[i] is the tags:: id of token i.
std::vector<Phrase> chunk(const Sentence& sentence, std::span<const uint8_t> tag_ids);

}  // namespace herald
