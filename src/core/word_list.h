// A word list read from data/words/ (or any data folder): the one loader for
// the vocabulary that stages keep as data rather than as literals in C++.
//
//   auto speech = herald::WordList::load(paths, "words/speech_verbs.txt");
//   if (!speech.ok()) die(speech.error());       // file:line of a bad entry
//   if (speech.value().has("say")) ...
//   auto valence = herald::WordList::load(paths, "words/valence.txt");
//   int v = valence.value().number("disgraceful");   // -3; 0 when absent
//
// Format, one entry a line (documented in data/words/README.md):
//   word                  a member ("say")
//   two words             a phrase is one entry ("point out")
//   word = value          an entry with a value: a number, a code, a category
//   # comment             at the start of a line or after a space
// Entries are lower case. A later entry for the same key replaces the value
// of an earlier one.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/data_paths.h"
#include "core/error.h"

namespace herald {

class WordList {
 public:
  // Reads the first file named `relative` in the data folders (a folder
  // searched first replaces the whole list, as for every dictionary). An error
  // when none exists (with `optional`, an empty list) or a line is malformed.
  static Result<WordList> load(const DataPaths& paths, const std::string& relative, bool optional = false);
  // Parses list text; name is used in errors ("speech_verbs.txt:12").
  Error add_text(std::string_view text, const std::string& name);

  bool has(std::string_view key) const { return entries_.find(key) != entries_.end(); }
  // The entry's value ("" for a bare member or an absent key).
  std::string_view value(std::string_view key) const;
  // The value as an integer; 0 when absent or not a number.
  int number(std::string_view key) const;
  size_t size() const { return entries_.size(); }
  // Longest phrase (in words) among the entries: how far a phrase lookup looks.
  size_t max_words() const { return max_words_; }
  // Every key, in no particular order.
  std::vector<std::string_view> keys() const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> entries_;
  size_t max_words_ = 0;
};

}  // namespace herald
