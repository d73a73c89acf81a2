// Candidate tags of one token: lexicon entries, capitalisation and suffix
// guesses for unknown words (internal to src/tag).
//
//   CandidateList c;
//   word_candidates(lexicon, token, /*sentence_start=*/true, body, &c);
//   for (int k = 0; k < c.size; ++k) c.items[k].tag, c.items[k].logp;  // log P(tag|word)
#pragma once

#include <string_view>

#include "core/document.h"
#include "tag/lexicon.h"

namespace herald {

struct CandidateList {
  static constexpr int kMax = 12;
  TagScore items[kMax];
  int size = 0;
  // Adds probability p (0..1) to tag; merges with an existing entry.
  void add(int tag, float p);
  // Turns the accumulated probabilities into log probabilities.
  void finish();
};

// Fills out with the candidate tags of token (out is cleared first).
// sentence_start: the token opens the sentence (or follows an opening quote,
// bracket or colon), so its capital letter says little.
void word_candidates(const Lexicon& lex, const Token& token, bool sentence_start,
                     std::string_view body, CandidateList* out);

}  // namespace herald
