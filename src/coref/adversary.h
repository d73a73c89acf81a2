// The article's adversary: the side a story names by its wrong. "Russian
// aggression", "Russia's invasion" told two or more times make Russia the
// adversary, and "the occupiers", "the invaders", "the enemy" (its armed
// forces) and "the aggressor" (the country) refer to it.
//
//   Adversary adv(words_adversary_nouns, words_aggression_cues);   // data/words/
//   if (auto a = adv.find(doc, mentions_by_sentence)) ...          // once per article
//   if (adv.noun_at(sentence.tokens, u, &role, &end)) ...          // "the occupiers"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/word_list.h"

namespace herald {

class Adversary {
 public:
  Adversary(const WordList& nouns, const WordList& cues) : nouns_(nouns), cues_(cues) {}

  // The country mention the article names with a word of aggression ("Russian
  // aggression") two or more times, more often than any other; none when no
  // country is, two tie, or the word lists are empty.
  std::optional<ActorMention> find(const Document& doc, const std::vector<std::vector<ActorMention>>& by_sentence) const;

  // True when an adversary noun ("occupiers", "occupying forces") starts at
  // token u and closes its noun phrase: *role is its role ("MIL", or "" for
  // the country itself) and *end one past its last token.
  bool noun_at(const std::vector<Token>& tok, uint32_t u, std::string* role, uint32_t* end) const;

 private:
  const WordList& nouns_;
  const WordList& cues_;
};

}  // namespace herald
