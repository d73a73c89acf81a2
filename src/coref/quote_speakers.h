// Finds the quotations of a document, each possibly running over several
// sentences of a paragraph, and where each quote's speaker is named, so that
// "I", "we", "our" inside a quote can be resolved to the speaker and the
// events stage can judge what the speaker said (Document::quotes).
//
//   herald::QuoteSpeakers q;
//   q.index(doc, mentions_by_sentence);      // once per document
//   if (q.first_person(s, t)) { auto [ss, at] = q.speaker(s, t); ... }
//   doc.quotes = q.quotes();
//
// Speakers: the actor or pronoun right after the closing quote around a
// reporting verb (""...," he said", ""...," said Bob Fu"), even when the
// quote opened sentences before; else the leftmost actor before a reporting
// verb that opens the quote ("Erdogan ... said, "...""). A quote closes at
// its closing mark or at the end of its paragraph.
//
// Transcripts: a sentence opening with a speaker's label ("President of
// Russia Vladimir Putin: Friends, I ...") starts that speaker's turn, which
// runs to the next label (named or not) or the end of the article; a
// first-person pronoun in a turn and in no quote is the label's speaker.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "core/document.h"

namespace herald {

class QuoteSpeakers {
 public:
  // Indexes every quote of doc; `mentions[s]` are sentence s's actor mentions
  // ordered by first token.
  void index(const Document& doc, const std::vector<std::vector<ActorMention>>& mentions);
  // True when token t of sentence s is a first-person pronoun (I, me, my, we,
  // us, our) inside a quote whose speaker is named.
  bool first_person(uint32_t s, uint32_t t) const;
  // (sentence, token) naming the speaker of the quote holding token t of
  // sentence s; sentence -1 when none.
  std::pair<int32_t, uint32_t> speaker(uint32_t s, uint32_t t) const;
  const std::vector<Quote>& quotes() const { return quotes_; }

 private:
  // Finds the transcript turns (Quote spans whose speaker is the label's).
  void index_turns(const Document& doc, const std::vector<std::vector<ActorMention>>& mentions);

  std::vector<Quote> quotes_;
  std::vector<Quote> turns_;
  const Document* doc_ = nullptr;
};

}  // namespace herald
