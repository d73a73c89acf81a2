// Builds a Document by hand from a small markup, so the event coder can be
// tested without the text, tag and actor stages.
//
//   DocBuilder b;
//   b.sentence("{Israel}/NNP:ISR <struck/VBD=strike> {Gaza}/NNP:PSE ./.");
//
// Tokens are word/TAG, optionally =lemma. {several words}/TAG:CODE is one
// actor mention (each word gets TAG); word/TAG:CODE a one-word actor.
// <...>flags is a verb group whose head is its last token; flags:
// n negated, p passive, m modal, f future, g progressive, r perfect.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace herald::test {

class DocBuilder {
 public:
  DocBuilder& sentence(std::string_view markup);
  Document& doc() { return doc_; }

 private:
  void add_token(uint32_t s, std::string_view word, std::string_view tag, std::string_view lemma);
  Document doc_;
};

inline void DocBuilder::add_token(uint32_t s, std::string_view word, std::string_view tag, std::string_view lemma) {
  if (!doc_.body.empty()) doc_.body += ' ';
  Token t;
  t.span = Span{static_cast<uint32_t>(doc_.body.size()), static_cast<uint32_t>(doc_.body.size() + word.size())};
  doc_.body += word;
  t.text = std::string(word);
  for (char c : word) t.lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  t.lemma = lemma.empty() ? t.lower : std::string(lemma);
  t.tag = std::string(tag);
  doc_.sentences[s].tokens.push_back(std::move(t));
}

inline DocBuilder& DocBuilder::sentence(std::string_view markup) {
  const uint32_t s = static_cast<uint32_t>(doc_.sentences.size());
  doc_.sentences.emplace_back();
  doc_.phrases.emplace_back();
  Sentence& sent = doc_.sentences.back();
  std::vector<std::string_view> pieces;
  for (size_t i = 0; i < markup.size();) {
    while (i < markup.size() && markup[i] == ' ') ++i;
    size_t j = i;
    int depth = 0;
    while (j < markup.size() && (markup[j] != ' ' || depth > 0)) {
      if (markup[j] == '{' || markup[j] == '<') ++depth;
      if (markup[j] == '}' || markup[j] == '>') --depth;
      ++j;
    }
    if (j > i) pieces.push_back(markup.substr(i, j - i));
    i = j;
  }
  for (std::string_view p : pieces) {
    if (p.front() == '<') {
      size_t close = p.rfind('>');
      std::string_view inner = p.substr(1, close - 1), flags = p.substr(close + 1);
      Phrase g;
      g.kind = PhraseKind::kVerb;
      g.first = static_cast<uint32_t>(sent.tokens.size());
      for (size_t i = 0; i < inner.size();) {
        size_t j = inner.find(' ', i);
        if (j == std::string_view::npos) j = inner.size();
        std::string_view tok = inner.substr(i, j - i);
        size_t slash = tok.find('/');
        std::string_view rest = tok.substr(slash + 1);
        size_t eq = rest.find('=');
        add_token(s, tok.substr(0, slash), rest.substr(0, eq), eq == std::string_view::npos ? "" : rest.substr(eq + 1));
        i = j + 1;
      }
      g.last = static_cast<uint32_t>(sent.tokens.size());
      g.head = g.last - 1;
      g.tense = Tense::kPast;
      for (char f : flags) {
        if (f == 'n') g.negated = true;
        if (f == 'p') g.passive = true;
        if (f == 'm') g.modal = true;
        if (f == 'f') g.tense = Tense::kFuture;
        if (f == 'g') g.progressive = true;
        if (f == 'r') g.perfect = true;
      }
      doc_.phrases[s].push_back(g);
      continue;
    }
    std::string_view words = p, rest;
    if (p.front() == '{') {
      size_t close = p.find('}');
      words = p.substr(1, close - 1);
      rest = p.substr(close + 2);
    } else {
      size_t slash = p.rfind('/');
      words = p.substr(0, slash);
      rest = p.substr(slash + 1);
    }
    size_t colon = rest.find(':');
    std::string_view tag_lemma = rest.substr(0, colon);
    size_t eq = tag_lemma.find('=');
    std::string_view tag = tag_lemma.substr(0, eq);
    std::string_view lemma = eq == std::string_view::npos ? "" : tag_lemma.substr(eq + 1);
    uint32_t first = static_cast<uint32_t>(sent.tokens.size());
    for (size_t i = 0; i < words.size();) {
      size_t j = words.find(' ', i);
      if (j == std::string_view::npos) j = words.size();
      add_token(s, words.substr(i, j - i), tag, lemma);
      i = j + 1;
    }
    if (colon != std::string_view::npos) {
      ActorMention m;
      m.sentence = s;
      m.first = first;
      m.last = static_cast<uint32_t>(sent.tokens.size());
      m.span = Span{sent.tokens[m.first].span.begin, sent.tokens[m.last - 1].span.end};
      m.code = std::string(rest.substr(colon + 1));
      m.country = m.code.substr(0, 3);
      m.name = std::string(words);
      doc_.actors.push_back(m);
    }
  }
  sent.span = Span{sent.tokens.front().span.begin, sent.tokens.back().span.end};
  return *this;
}

}  // namespace herald::test
