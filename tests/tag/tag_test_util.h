// Helpers for the tag-stage tests: split + tag a made-up text, find tokens
// and verb groups by their words.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "tag/tagger.h"
#include "text/sentence_splitter.h"

namespace herald::testing {

// The tagger on the build's data folder, loaded once; nullptr when missing.
inline const Tagger* shared_tagger() {
  static std::optional<Result<Tagger>> t;
  if (!t) t.emplace(Tagger::load(DataPaths::defaults()));
  return t->ok() ? &t->value() : nullptr;
}

inline Document tag_text(const std::string& body) {
  Document doc;
  doc.body = body;
  SentenceSplitter().annotate(doc);
  shared_tagger()->annotate(doc);
  return doc;
}

// The first token of sentence 0 whose text is `word` (after `from`), or nullptr.
inline const Token* find_token(const Document& doc, const std::string& word, size_t sentence = 0) {
  for (const Token& t : doc.sentences.at(sentence).tokens)
    if (t.text == word) return &t;
  return nullptr;
}

inline std::string tag_of(const Document& doc, const std::string& word, size_t sentence = 0) {
  const Token* t = find_token(doc, word, sentence);
  return t ? t->tag : "<missing " + word + ">";
}

// The verb group whose head token has text `head`, or nullptr.
inline const Phrase* verb_group(const Document& doc, const std::string& head, size_t sentence = 0) {
  const auto& toks = doc.sentences.at(sentence).tokens;
  for (const Phrase& p : doc.phrases.at(sentence))
    if (p.kind == PhraseKind::kVerb && toks.at(p.head).text == head) return &p;
  return nullptr;
}

inline std::string phrase_text(const Document& doc, const Phrase& p, size_t sentence = 0) {
  const auto& toks = doc.sentences.at(sentence).tokens;
  return std::string(doc.text(Span{toks[p.first].span.begin, toks[p.last - 1].span.end}));
}

// "The/DT strike/NN ..." for failure messages.
inline std::string dump(const Document& doc) {
  std::string out;
  for (const auto& s : doc.sentences)
    for (const auto& t : s.tokens) out += t.text + "/" + t.tag + " ";
  return out;
}

}  // namespace herald::testing

#define HERALD_REQUIRE_TAGGER()                                                          \
  if (herald::testing::shared_tagger() == nullptr)                                        \
  GTEST_FAIL() << "lexicon.tsv/lemmas.tsv missing: build the herald_data target first"
