// Finds victims that the text names or describes without a number and
// counts each as one (internal to src/counts; CountExtractor calls it after
// the numbered counts of a sentence).
//
//   herald::VictimFinder victims(patterns);   // borrows the CountPatterns
//   std::vector<Count> out;  // the numbered counts of sentence s come first
//   victims.find(doc, s, first_of_sentence, out);
//   // "the airstrike that killed Qasem Soleimani"      -> killed 1 [Qasem Soleimani]
//   // "The perpetrator is arrested."                    -> arrested 1 [perpetrator]
//   // "Six firefighters are killed and another is injured" -> wounded 1 [another]
//
// Forms:
//   - object of a verb: "killed X", "arrested the accused", "shot X dead",
//     "injure firefighters and a worker" (a bare plural adds nothing);
//   - subject of a passive: "X was killed", "X, who was also killed",
//     "the perpetrator is arrested", "another is injured";
//   - "X was stabbed/shot" is wounded, killed when "died"/"death" follows;
//     "X died ... after being shot", "X falls to his death" are killed;
//   - "the killing/murder/abduction/arrest of X".
// Coordinated victims add up ("X and Y were arrested": 2); a list with a
// numbered conjunct is left to the numbered counts. The doer (the subject of
// an active verb) and pronouns are never counted; nor are victims already in
// a count of the sentence, hypothetical or negated verbs ("to kill X",
// "accused of murdering X"), and victims of an event the clause dates two or
// more years before the article ("was detained in December 2018" in 2026).
// A victim is a name (capitalised words, not a place or a non-person actor),
// or a singular noun for a person after a determiner, a name or a comma.
// The cues and nouns are data (data/words/counts/victim_*.txt and others,
// through CountLexicon); pronouns, quantifiers, prepositions and "be" are
// grammar kept here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/document.h"
#include "counts/count_patterns.h"

namespace herald {

class VictimFinder {
 public:
  explicit VictimFinder(const CountPatterns& patterns) : patterns_(&patterns) {}

  static constexpr uint32_t kMaxNameWords = 8;   // words in one victim's noun phrase
  static constexpr uint32_t kMaxConjuncts = 6;   // victims in one coordination
  // Appends to out the unnumbered victims of sentence `sentence`; counts
  // out[first_of_sentence ..] are that sentence's numbered counts (no overlap).
  void find(const Document& doc, uint32_t sentence, size_t first_of_sentence, std::vector<Count>& out) const;

 private:
  const CountPatterns* patterns_;
};

}  // namespace herald
