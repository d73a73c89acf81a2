// Per-sentence lookups shared by the verb matcher and the role finder:
// which actor mention and which verb group covers each token.
//
//   herald::SentenceContext ctx;         // reuse one across sentences
//   ctx.build(doc, 3);
//   ctx.actor_at(7);                     // doc.actors index or -1
//   ctx.group_at(7);                     // index into ctx.groups() or -1
//   ctx.word(7);                         // lemma-or-lower for matching
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/str_eq.h"
#include "events/event_words.h"

namespace herald {

class SentenceContext {
 public:
  // Indexes sentence s of doc. Verb groups come from doc.phrases[s]; when the
  // tag stage left none, every VB* token becomes a one-token group.
  void build(const Document& doc, uint32_t s);

  const Document& doc() const { return *doc_; }
  // The event stage's word lists (EventWords::defaults() unless set).
  const EventWords& words() const { return words_ ? *words_ : EventWords::defaults(); }
  void set_words(const EventWords* words) { words_ = words; }
  const Sentence& sentence() const { return *sentence_; }
  uint32_t index() const { return index_; }
  uint32_t size() const { return static_cast<uint32_t>(sentence_->tokens.size()); }
  const Token& token(uint32_t i) const { return sentence_->tokens[i]; }
  // The lemma when the tagger gave one, else the lower-cased text.
  std::string_view lemma(uint32_t i) const {
    const Token& t = sentence_->tokens[i];
    return t.lemma.empty() ? std::string_view(t.lower) : std::string_view(t.lemma);
  }
  std::string_view lower(uint32_t i) const { return sentence_->tokens[i].lower; }
  std::string_view tag(uint32_t i) const { return sentence_->tokens[i].tag; }
  // True when the token's lemma or lower-cased text is w.
  // A lemma that lost its final e ("sentenced" -> "sentenc") still matches "sentence".
  // A plural the tagger left unlemmatised ("Talks" at a sentence start) matches "talk".
  bool is(uint32_t i, std::string_view w) const {
    std::string_view l = lemma(i), low = lower(i);
    if (str_eq(l, w) || str_eq(low, w)) return true;
    if (spelling_variant(l, w)) return true;   // "criticize" matches "criticise"
    if (low.size() == w.size() + 1 && low.back() == 's' && str_starts(low, w)) return true;
    return w.size() == l.size() + 1 && w.back() == 'e' && str_starts(w, l) && !str_eq(low, l) && str_starts(low, w);
  }

  // True when a and b differ only by British and American spelling of -ise/-ize
  // ("criticise" / "criticize", "organisation" / "organization").
  static bool spelling_variant(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || a.size() < 5) return false;
    size_t diff = a.size();
    for (size_t k = 0; k < a.size(); ++k)
      if (a[k] != b[k]) {
        if (diff != a.size()) return false;
        diff = k;
      }
    if (diff == a.size() || diff == 0) return false;
    const char x = a[diff], y = b[diff];
    return ((x == 's' && y == 'z') || (x == 'z' && y == 's')) && a[diff - 1] == 'i';
  }

  int32_t actor_at(uint32_t i) const { return actor_of_token_[i]; }
  // The next mention with exactly the same tokens as actor a ("the two
  // leaders" resolved to two actors), or -1.
  int32_t companion(int32_t a) const {
    size_t k = static_cast<size_t>(a) - first_actor_;
    return k < companion_.size() ? companion_[k] : -1;
  }
  // The place (doc.places index) covering token i, or -1.
  int32_t place_at(uint32_t i) const { return place_of_token_[i]; }
  const ActorMention& actor(int32_t a) const { return doc_->actors[static_cast<size_t>(a)]; }
  int32_t group_at(uint32_t i) const { return group_of_token_[i]; }
  const std::vector<Phrase>& groups() const { return groups_; }

  bool is_verb(uint32_t i) const;       // VB* tag, or inside a verb group
  bool is_noun(uint32_t i) const;       // NN* tag
  // Determiners, adjectives, adverbs, numbers, possessives: skippable inside a phrase.
  bool is_modifier(uint32_t i) const;
  // A preposition heading a phrase ("of", "in", "against"...), not a subordinator.
  bool is_preposition(uint32_t i) const;
  // Ends a clause for role finding: ; : ( ) quotes, "who", "which", "because"...
  bool is_clause_break(uint32_t i) const;
  // A quotation mark: a straight double quote or an opening or closing one.
  bool is_quote_mark(uint32_t i) const {
    return str_eq(lower(i), "\"") || str_eq(tag(i), "``") || str_eq(tag(i), "''");
  }
  // True when the actor is introduced by "according to".
  bool after_according_to(uint32_t first) const;
  // The actor (doc.actors index) who speaks quote q, where the coref stage
  // found its speaker named ("...," the minister said), or -1.
  int32_t quote_speaker(const Quote& q) const;

 private:
  const Document* doc_ = nullptr;
  const EventWords* words_ = nullptr;
  const Sentence* sentence_ = nullptr;
  uint32_t index_ = 0;
  std::vector<int32_t> actor_of_token_;
  std::vector<int32_t> place_of_token_;
  std::vector<int32_t> companion_;      // per actor of the sentence (from first_actor_)
  size_t first_actor_ = 0;
  std::vector<int32_t> group_of_token_;
  std::vector<Phrase> groups_;
};

}  // namespace herald
