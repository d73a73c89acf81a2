// Part-of-speech tags, lemmas and phrase chunks.
//
//   auto tagger = herald::Tagger::load(herald::DataPaths::defaults());
//   if (!tagger.ok()) die(tagger.error());
//   tagger.value().annotate(doc);  // Token::tag, Token::lemma, doc.phrases
//
// Tags: a bigram hidden Markov model decoded with Viterbi (linear in sentence
// length; only each word's candidate tags are tried), emissions and
// transitions from Debian's liblingua-en-tagger-perl (via lexicon.tsv),
// unknown words by capitalisation and suffix, then a few context fixes
// ("could strike" -> VB, "the attack" -> NN, "has embarked" -> VBN).
// Lemmas: WordNet exception lists (lemmas.tsv) plus suffix rules checked
// against the lexicon. Phrases: see tag/chunker.h for verb-group flags.
// Both files are found with DataPaths::find() and are generated at build
// time by tools/gen_lexicon.py into the build tree's data/ folder.
#pragma once

#include <memory>

#include "core/data_paths.h"
#include "core/document.h"
#include "core/error.h"

namespace herald {

class Lexicon;
class Lemmatizer;

class Tagger {
 public:
  // Loads lexicon.tsv and lemmas.tsv; kFileNotFound names the missing file.
  static Result<Tagger> load(const DataPaths& paths);
  // Fills Token::tag and Token::lemma of every sentence, and doc.phrases
  // (one vector per sentence, ordered by first token). Thread-safe (const);
  // copies of a Tagger share the loaded tables.
  void annotate(Document& doc) const;

 private:
  Tagger() = default;
  struct Scratch;   // per-annotate buffers reused across sentences (tagger.cpp)
  void tag_sentence(const Document& doc, Sentence& s, Scratch& scratch) const;

  std::shared_ptr<const Lexicon> lexicon_;
  std::shared_ptr<const Lemmatizer> lemmatizer_;
};

}  // namespace herald
