// Helpers for the actor tests: data paths and made-up documents.
#pragma once

#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/actor_matcher.h"
#include "core/document.h"
#include "core/utf8.h"
#ifdef HERALD_HAVE_TEXT
#include "text/sentence_splitter.h"
#endif

namespace herald::testing {

inline DataPaths data_paths() {
  return DataPaths{{std::string(HERALD_GENERATED_DATA_DIR), std::string(HERALD_SOURCE_DIR) + "/data"}};
}

inline const ActorDictionary& dictionary() {
  static const ActorDictionary* dict = [] {
    auto r = ActorDictionary::load(data_paths());
    if (!r.ok()) { fprintf(stderr, "%s\n", r.error().to_string().c_str()); abort(); }
    return new ActorDictionary(std::move(r.value()));
  }();
  return *dict;
}

// Splits on spaces, then cuts off "'s" and a trailing , ; : or sentence-final
// full stop (kept in abbreviations such as "U.S."). Used when src/text is absent.
inline void whitespace_split(Document& doc) {
  Sentence s;
  const std::string& b = doc.body;
  auto push = [&](size_t from, size_t to) {
    Token t;
    t.span = Span{static_cast<uint32_t>(from), static_cast<uint32_t>(to)};
    t.text = b.substr(from, to - from);
    t.lower = utf8::lower(t.text);
    t.lemma = t.lower;
    s.tokens.push_back(std::move(t));
  };
  size_t i = 0;
  while (i < b.size()) {
    while (i < b.size() && b[i] == ' ') ++i;
    size_t start = i;
    while (i < b.size() && b[i] != ' ') ++i;
    if (i == start) break;
    size_t end = i;
    std::vector<std::pair<size_t, size_t>> tail;
    while (end > start + 1 && std::string(",;:").find(b[end - 1]) != std::string::npos) {
      tail.insert(tail.begin(), {end - 1, end});
      --end;
    }
    if (end > start + 1 && b[end - 1] == '.' && b.substr(start, end - start - 1).find('.') == std::string::npos) {
      tail.insert(tail.begin(), {end - 1, end});
      --end;
    }
    if (end > start + 2 && b.compare(end - 2, 2, "'s") == 0) {
      push(start, end - 2);
      push(end - 2, end);
    } else {
      push(start, end);
    }
    for (auto [f, t] : tail) push(f, t);
  }
  s.span = Span{0, static_cast<uint32_t>(b.size())};
  doc.sentences.push_back(std::move(s));
}

// A document with one or more sentences, split by the real splitter when it is built.
inline Document make_doc(const std::string& text, const std::string& date = "2024-10-22",
                         const std::string& title = "") {
  Document doc;
  doc.body = text;
  doc.article.text = text;
  doc.article.title = title;
  if (!date.empty()) doc.article.date = CivilDate::parse(date);
#ifdef HERALD_HAVE_TEXT
  SentenceSplitter().annotate(doc);
#else
  whitespace_split(doc);
#endif
  return doc;
}

// "CODE=words" for every actor the dictionary matches in `text`, in order.
inline std::vector<std::string> mentions(const std::string& text, const std::string& date = "2024-10-22",
                                         const std::string& title = "") {
  Document doc = make_doc(text, date, title);
  ActorMatcher(dictionary()).annotate(doc);
  std::vector<std::string> out;
  for (const auto& a : doc.actors) out.push_back(a.code + "=" + std::string(doc.text(a.span)));
  return out;
}

}  // namespace herald::testing
