// The patterns around a number that make it a count of people (internal to
// src/counts; CountExtractor combines them in its order of preference).
//
//   herald::CountPatterns patterns(lexicon);             // borrows the CountLexicon
//   NounGroup g = patterns.noun_group(tokens, q.last);   // "police officers"
//   RightCue r = patterns.right_cue(tokens, g.end, !g.present);
//   if (r.type) ...                                      // "were killed"
//
// Every function reads a window of bounded width around one token; the
// words are the lexicon's (data/words/counts/), the grammar ("of", "and",
// "among the", punctuation) is here.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "counts/count_lexicon.h"
#include "counts/quantity_parser.h"

namespace herald {

// The noun phrase a number counts; empty (present false) when elided: "289 captured".
struct NounGroup {
  uint32_t first = 0, last = 0;  // the counted words [first, last)
  uint32_t end = 0;              // one past everything read ("of its leaders")
  bool present = false;
  bool people = false;           // a plural or collective noun for people
  bool person = false;           // a singular noun for one person
  int64_t total = -1;            // "32 of the 543 passengers": 543
  std::optional<CountType> noun_type;  // "casualties": other
};

// What the words after the counted people say happened to them.
struct RightCue {
  std::optional<CountType> type;
  int64_t add = 0;                 // unnumbered people coordinated in ("and a pilot")
  bool joined_number = false;      // coordinated with a numbered conjunct
  bool aux = false;                // an auxiliary stood before the cue ("were killed")
  uint32_t consumed = UINT32_MAX;  // the determiner of an unnumbered conjunct
};

class CountPatterns {
 public:
  explicit CountPatterns(const CountLexicon& lexicon) : lex_(&lexicon) {}

  // The counted noun phrase from token j: "police officers", "of its leaders",
  // "others", "13 more people", "internally displaced people".
  NounGroup noun_group(const std::vector<Token>& toks, uint32_t j) const;
  // Numbers that are no count whatever follows: dates, years, money,
  // percentages, ages, labels ("Article 5"), ranges, "no one", forecasts.
  bool ruled_out(const std::vector<Token>& toks, const Quantity& q) const;
  // A cue after the counted people from token k; `strict` (no noun phrase)
  // allows only auxiliaries and adverbs in between.
  RightCue right_cue(const std::vector<Token>& toks, uint32_t k, bool strict) const;
  // "death toll ... rose to N", "the number of people killed ... is N" before token first.
  std::optional<CountType> toll_cue(const std::vector<Token>& toks, uint32_t first) const;
  // "the deaths of N miners", "the arrest of N activists" before token first.
  std::optional<CountType> noun_of_cue(const std::vector<Token>& toks, uint32_t first) const;
  // A rate or yearly figure in the few words from token k: "per 100,000",
  // "annually", "a year", "each day" (not "a year ago"); such a number is no count.
  bool is_rate(const std::vector<Token>& toks, uint32_t k) const;
  // "169 people on board are evacuated from the aircraft": an evacuation of a
  // vehicle or building near tokens [first, last), not a displacement.
  bool is_vehicle_evacuation(const std::vector<Token>& toks, uint32_t first, uint32_t last) const;
  // "hospitalized" among tokens [first, last) while sentence si, the two
  // before it or the next speak of an illness ("measles", "outbreak", "infected"):
  // patients, not wounded.
  bool is_illness_hospitalization(const Document& doc, uint32_t si, uint32_t first, uint32_t last) const;
  // "including", "among them", "of whom" just before token first.
  static bool is_included_marker(const std::vector<Token>& toks, uint32_t first);
  // "the", "a", "an".
  static bool is_determiner(std::string_view lower);
  // The lower-case form of token k, or "" past the end.
  static std::string_view lower_at(const std::vector<Token>& toks, uint32_t k);
  const CountLexicon& lexicon() const { return *lex_; }

 private:
  const CountLexicon* lex_;
};

}  // namespace herald
