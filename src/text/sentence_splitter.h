// Splits Document::body into sentences and tokens with byte offsets.
//
//   herald::SentenceSplitter splitter;
//   herald::SplitStats st = splitter.annotate(doc);   // fills doc.sentences
//   if (st.cut_sentences > 0) log("long sentences were cut");
//
// Handles abbreviations (U.S., Dr., Gen., Sen., Jan.), initials (Emily W. Murphy),
// quotes, numbers (42,600; 3.5; 18:00), hyphenated words, possessives (Israel's
// is two tokens: "Israel" "'s"), contractions ("didn't" -> "did" "n't"), URLs
// and e-mail addresses, paragraph breaks ("\n\n" always ends a sentence), and
// a missing space after a full stop ("Health.The").
//
// Every token satisfies doc.body.substr(token.span) == token.text; lemma is
// set to lower and tag left empty (the tag stage fills both).
// Speed: a single forward pass over the bytes, no regular expressions.
#pragma once

#include <cstdint>

#include "core/document.h"

namespace herald {

struct SplitOptions {
  // A sentence that reaches this many tokens is ended there and the rest
  // starts a new sentence; SplitStats::cut_sentences counts each cut.
  uint32_t max_tokens_per_sentence = 400;
};

// What one annotate() call did; the caller decides whether a cut is worth a
// warning (the document model has no per-sentence flag for it).
struct SplitStats {
  uint32_t sentences = 0;       // sentences written to doc.sentences
  uint32_t tokens = 0;          // tokens over all sentences
  uint32_t cut_sentences = 0;   // sentences ended by max_tokens_per_sentence
};

class SentenceSplitter {
 public:
  explicit SentenceSplitter(SplitOptions options = {}) : options_(options) {}
  // Replaces doc.sentences with the sentences of doc.body. Thread-safe (const).
  SplitStats annotate(Document& doc) const;

 private:
  SplitOptions options_;
};

}  // namespace herald
