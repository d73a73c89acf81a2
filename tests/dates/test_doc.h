// A tiny hand tokenizer for the date and geo tests, so they do not depend on
// the text stage: words (letters, digits, inner hyphens, inner full stops as
// in "U.S.", inner commas in numbers), "'s" split off, every other
// punctuation mark a token of its own. One call to add_sentence per sentence.
//
//   herald::Document doc = test::make_doc("2024-10-22");
//   test::add_sentence(doc, "Israel struck Gaza on Tuesday.");
//   test::add_event(doc, 0, "struck");
#pragma once

#include <cctype>
#include <string>
#include <string_view>

#include "core/civil_date.h"
#include "core/document.h"

namespace test {

inline herald::Document make_doc(std::string_view article_date) {
  herald::Document doc;
  doc.article.date = herald::CivilDate::parse(article_date);
  return doc;
}

inline bool word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

inline void add_sentence(herald::Document& doc, std::string_view text) {
  if (!doc.body.empty()) doc.body += ' ';
  const size_t base = doc.body.size();
  doc.body += text;
  herald::Sentence s;
  s.span = {static_cast<uint32_t>(base), static_cast<uint32_t>(doc.body.size())};
  const std::string& b = doc.body;
  size_t i = base;
  while (i < b.size()) {
    unsigned char c = b[i];
    if (std::isspace(c)) { ++i; continue; }
    size_t j = i + 1;
    if (c == '\'' && j < b.size() && b[j] == 's' && (j + 1 == b.size() || !word_byte(b[j + 1]))) {
      j = i + 2;
    } else if (word_byte(c)) {
      while (j < b.size()) {
        unsigned char d = b[j];
        bool inner = (d == '-' || d == '.' || d == ',') && j + 1 < b.size() && word_byte(b[j + 1]) &&
                     (d != ',' || (std::isdigit(static_cast<unsigned char>(b[j - 1])) &&
                                   std::isdigit(static_cast<unsigned char>(b[j + 1]))));
        // "U.S." keeps its final stop; a sentence-final stop does not join.
        bool abbrev_stop = d == '.' && j >= 2 && b[j - 2] == '.';
        if (word_byte(d) || inner || abbrev_stop) ++j;
        else break;
      }
    }
    herald::Token t;
    t.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
    t.text = b.substr(i, j - i);
    t.lower = t.text;
    for (auto& ch : t.lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    t.lemma = t.lower;
    s.tokens.push_back(std::move(t));
    i = j;
  }
  doc.sentences.push_back(std::move(s));
  doc.phrases.emplace_back();
}

// Index of the n-th token (0-based) of sentence s whose text is word; -1 if none.
inline int token_index(const herald::Document& doc, uint32_t s, std::string_view word, int n = 0) {
  const auto& toks = doc.sentences[s].tokens;
  for (size_t i = 0; i < toks.size(); ++i)
    if (toks[i].text == word && n-- == 0) return static_cast<int>(i);
  return -1;
}

// Adds an event in sentence s whose verb is the n-th token `verb`.
inline herald::Event& add_event(herald::Document& doc, uint32_t s, std::string_view verb, int n = 0) {
  herald::Event e;
  e.sentence = s;
  int i = token_index(doc, s, verb, n);
  if (i >= 0) {
    e.verb_span = doc.sentences[s].tokens[i].span;
    e.verb = std::string(verb);
  }
  doc.events.push_back(std::move(e));
  return doc.events.back();
}

// Sets the Penn tag of the n-th token `word` of sentence s.
inline void set_tag(herald::Document& doc, uint32_t s, std::string_view word, std::string tag, int n = 0) {
  int i = token_index(doc, s, word, n);
  if (i >= 0) doc.sentences[s].tokens[i].tag = std::move(tag);
}

}  // namespace test
