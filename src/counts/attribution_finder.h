// Finds who a sentence says reported what it tells: "according to X",
// "X said", "X reported", "officials say", "..., citing X".
//
//   herald::AttributionFinder sources(lexicon);   // borrows the CountLexicon
//   std::string who = sources.find(doc, sentence_index);
//   // "Palestinian Ministry of Health"; "" when the sentence names no source
//
// "according to X" wins over "X said"; "citing Y" is appended
// ("Spanish media, citing its foreign ministry"). X is a noun phrase of at
// most kMaxWords words; a leading "the" is dropped, pronouns ("he", "they")
// are not sources. Linear in the sentence's length. Verbs of saying, time
// words and the objects that make "claim" no verb of saying are data
// (data/words/counts/say_verbs.txt, time_*.txt, claim_objects.txt).
#pragma once

#include <cstdint>
#include <string>

#include "core/document.h"
#include "counts/count_lexicon.h"

namespace herald {

class AttributionFinder {
 public:
  explicit AttributionFinder(const CountLexicon& lexicon) : lex_(&lexicon) {}

  static constexpr uint32_t kMaxWords = 16;
  // The source named in sentence `sentence` of doc, or "".
  std::string find(const Document& doc, uint32_t sentence) const;
  // The source of the words at token `token`: the subject of the last "X
  // said/reported/claims" before it ("officials said 24 ..., but AFP
  // reported 32": AFP for the 32); "" when no such verb precedes it.
  std::string find_before(const Document& doc, uint32_t sentence, uint32_t token) const;

 private:
  const CountLexicon* lex_;
};

}  // namespace herald
