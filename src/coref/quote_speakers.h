// Finds the quotes of a sentence and the token where each quote's speaker is
// named, so that "I", "we", "our" inside the quote can be resolved to them.
//
//   herald::QuoteSpeakers q;
//   q.find(doc, s, mentions_of_s);       // "X said, "We ..."" / ""We ...," X said"
//   if (q.first_person(t)) { uint32_t at = q.speaker_token(t); ... }
//
// Speakers: the actor or pronoun right after the closing quote around a
// say-verb (""...," he said", ""...," said Bob Fu"), else the leftmost actor
// before a say-verb that opens the quote ("Erdogan ... said, "...""). Quotes
// are paired within one sentence; an unpaired mark opens a quote to the end.
#pragma once

#include <cstdint>
#include <vector>

#include "core/document.h"

namespace herald {

class QuoteSpeakers {
 public:
  // Indexes sentence s; `mentions` are its actor mentions ordered by first token.
  void find(const Document& doc, uint32_t s, const std::vector<ActorMention>& mentions);
  // True when token t is a first-person pronoun (I, me, my, we, us, our)
  // inside a quote whose speaker is named.
  bool first_person(uint32_t t) const { return speaker_token(t) != kNone; }
  // The token that names the speaker of the quote holding t, or kNone.
  uint32_t speaker_token(uint32_t t) const;

  static constexpr uint32_t kNone = UINT32_MAX;

 private:
  struct Quote {
    uint32_t open = 0, close = 0;   // token indices of the marks (close may be the sentence end)
    uint32_t speaker = kNone;
  };
  std::vector<Quote> quotes_;
  const std::vector<Token>* tokens_ = nullptr;
};

}  // namespace herald
