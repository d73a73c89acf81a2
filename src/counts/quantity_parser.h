// Reads a stated number at a token: digits, number words, scale words and
// the hedges in front of them (internal to src/counts).
//
//   auto q = herald::QuantityParser::parse(tokens, i);   // "42,600" at i
//   if (q) q->first = herald::QuantityParser::modifier_start(tokens, q->number_first, lexicon.number_modifiers);
//
// Forms: "26", "42,600", "6606", "1.2 million" (1200000), "3 million",
// "five", "twenty-three", "twenty three", "one hundred and five",
// "a hundred", "two thousand", "a dozen" (12), "two dozen" (24), and "a"/"an"
// (1, flagged: only a count before a singular noun for a person).
// Vague plurals ("dozens", "hundreds of", "thousands", "tens of thousands")
// are flagged vague with the least value they imply (24, 200, 2000, 20000);
// a following "of" is part of them ("thousands of").
// Not numbers: ordinals ("11th", "first"), times ("18:00"), decimals without
// a scale word ("3.5"), hyphenated words ("14-year-old", "nine-year").
// Modifiers: "at least", "more than", "nearly", "about", "some", "up to",
// "over", "another", "all", "an estimated", ... (never change the value;
// data/words/counts/number_modifiers.txt). Number words are the grammar of
// numerals and stay in code.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/document.h"
#include "core/word_list.h"

namespace herald {

struct Quantity {
  int64_t value = 0;
  uint32_t first = 0;         // first token, with modifiers ("at least")
  uint32_t number_first = 0;  // first token of the number itself
  uint32_t last = 0;          // one past the number's last token
  bool vague = false;         // "dozens", "thousands of": value is a floor
  bool article = false;       // "a"/"an" read as one
};

class QuantityParser {
 public:
  // The number that starts at token i (first == number_first == i), or nullopt.
  static std::optional<Quantity> parse(const std::vector<Token>& tokens, uint32_t i);
  // The first token of the modifiers that end just before token i (i when
  // none); `modifiers` is CountLexicon::number_modifiers.
  static uint32_t modifier_start(const std::vector<Token>& tokens, uint32_t i, const WordList& modifiers);
  // The value of one number word ("five" 5, "twenty" 20, "twenty-three" 23), or -1.
  static int64_t word_value(std::string_view lower);
};

}  // namespace herald
