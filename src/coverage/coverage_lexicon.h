// The word lists `herald coverage` judges uncovered words by: which nouns
// name an event, a person or a group (from WordNet), and which capitalised
// words name no one ("Monday", "Mr", "Minister").
//
//   auto lex = herald::CoverageLexicon::load(herald::DataPaths::defaults());
//   if (!lex.ok()) die(lex.error().to_string());
//   lex.value().noun_class("attack");     // NounClass::kEvent
//   lex.value().noun_class("critics");    // kNone: classes are by lemma, see below
//   lex.value().noun_class("critic");     // NounClass::kPerson
//   lex.value().is_name_word("Rep.");     // false: a title, not a name
//
// Files, found with DataPaths::find():
//   noun_classes.tsv         generated at build time by tools/gen_noun_classes.py
//                            from Debian wordnet-base (the test is in its docstring):
//                            "noun<TAB>event|person|group", '#' comments
//   coverage/not_names.txt   hand-written, one word a line, '#' comments
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/data_paths.h"
#include "core/error.h"

namespace herald {

enum class NounClass : uint8_t {
  kNone,     // not listed: a thing, a place, a quality, a time
  kEvent,    // eventive: an act or event, or a nominalised verb ("attack", "talks", "protest")
  kPerson,   // a kind of person ("critic", "protester", "man")
  kGroup,    // a kind of group ("people", "police", "government")
};

class CoverageLexicon {
 public:
  static Result<CoverageLexicon> load(const DataPaths& paths);
  // Reads the two files named; kDictionary on a missing file or bad line.
  static Result<CoverageLexicon> load_files(const std::string& noun_classes, const std::string& not_names);

  // The class of a lower-case noun (a lemma or a form WordNet lists, such as "talks").
  NounClass noun_class(std::string_view lower) const;
  // False for a word listed in not_names.txt (any case, a final '.' ignored).
  bool is_name_word(std::string_view word) const;
  size_t size() const { return classes_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, NounClass, Hash, std::equal_to<>> classes_;
  std::unordered_set<std::string, Hash, std::equal_to<>> not_names_;
};

}  // namespace herald
