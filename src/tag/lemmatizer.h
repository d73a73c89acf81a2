// Base forms of tagged words: WordNet exceptions first, then suffix rules
// checked against the lexicon.
//
//   auto lem = herald::Lemmatizer::load("build/data/lemmas.tsv", lexicon);
//   lem.value()->lemma("struck", tags::kVBD);   // "strike"
//   lem.value()->lemma("talks", tags::kNNS);    // "talk"
//
// Only nouns (NNS, NNPS), verbs (VB*), comparatives/superlatives (JJR, JJS,
// RBR, RBS) and a few clitics ("n't" -> "not", "'ll" -> "will") change; any
// other word's lemma is its lower-cased form.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/string_index.h"
#include "tag/lexicon.h"

namespace herald {

class Lemmatizer {
 public:
  static Result<std::shared_ptr<const Lemmatizer>> load(const std::string& path,
                                                         std::shared_ptr<const Lexicon> lexicon);
  Lemmatizer(const Lemmatizer&) = delete;
  Lemmatizer& operator=(const Lemmatizer&) = delete;

  // The lemma of a lower-cased word with Penn tag `tag`.
  std::string lemma(std::string_view lower, int tag) const;
  // out = lemma(lower, tag), without a temporary string: out's buffer is
  // reused (a token's lemma, mostly already its lower form). out must not
  // hold the bytes of lower.
  void lemma_into(std::string_view lower, int tag, std::string& out) const;

 private:
  Lemmatizer() = default;
  // True when lemma(w, tag) is w whatever the tables hold: the tag is no
  // plural, verb, comparative or superlative, and w no clitic.
  static bool keeps_form(std::string_view w, int tag);
  // The rules for verbs (VB*), plural nouns (NNS, NNPS) and comparatives and
  // superlatives (JJR, JJS, RBR, RBS), writing the lemma into out.
  void verb(std::string_view w, int tag, std::string& out) const;
  void noun(std::string_view w, std::string& out) const;
  void adjective(std::string_view w, std::string& out) const;
  // The exception for (form, pos) with pos one of 'n', 'v', 'a', 'r', or "".
  std::string_view exception(std::string_view w, char pos) const;
  // The candidate the lexicon knows best as tag `base` (VB, NN, JJ), or "".
  std::string_view best(std::initializer_list<std::string_view> candidates, int base) const;

  std::string arena_;
  StringIndex exc_[4];                      // n v a r: form -> index into lemmas_
  std::vector<std::string_view> lemmas_;    // into arena_
  std::shared_ptr<const Lexicon> lex_;
};

}  // namespace herald
