// A word list read from data/words/ (or any data folder): the one loader for
// the vocabulary that stages keep as data rather than as literals in C++.
//
//   auto speech = herald::WordList::load(paths, "words/speech_verbs.txt");
//   if (!speech.ok()) die(speech.error());       // file:line of a bad entry
//   if (speech.value().has("say")) ...
//   auto valence = herald::WordList::load(paths, "words/valence.txt");
//   int v = valence.value().number("disgraceful");   // -3; 0 when absent
//   if (!known(list.value("kiled"))) return list.bad_value("kiled", "unknown count type");
//
// Format, one entry a line (documented in data/words/README.md):
//   word                  a member ("say")
//   two words             a phrase is one entry ("point out")
//   word = value          an entry with a value: a number, a code, a category
//   # comment             at the start of a line or after a space
// Entries are lower case. A later entry for the same key replaces the value
// of an earlier one.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/data_paths.h"
#include "core/error.h"
#include "core/string_index.h"

namespace herald {

class WordList {
 public:
  // Reads the first file named `relative` in the data folders (a folder
  // searched first replaces the whole list, as for every dictionary). An error
  // when none exists (with `optional`, an empty list) or a line is malformed.
  static Result<WordList> load(const DataPaths& paths, const std::string& relative, bool optional = false);
  // Parses list text; name is used in errors ("speech_verbs.txt:12").
  Error add_text(std::string_view text, const std::string& name);

  bool has(std::string_view key) const { return index_.contains(key); }
  // The entry's value ("" for a bare member or an absent key).
  std::string_view value(std::string_view key) const;
  // The value as an integer; 0 when absent or not a number.
  int number(std::string_view key) const;
  size_t size() const { return entries_.size(); }
  // Longest phrase (in words) among the entries: how far a phrase lookup looks.
  size_t max_words() const { return max_words_; }
  // Every key, in no particular order.
  std::vector<std::string_view> keys() const;

  // Where an entry's value was set last: the file (as named to add_text or
  // found by load) and its 1-based line; an empty file for an absent key.
  struct Origin {
    std::string_view file;
    uint64_t line = 0;
  };
  Origin origin(std::string_view key) const;
  // The error for an entry whose value its reader cannot use (a stage that
  // reads "deaths = killed" and finds "deaths = kiled"): kDictionary, naming
  // the entry's file and line, with the message and the entry as excerpt.
  Error bad_value(std::string_view key, const std::string& message) const;
  // Checks the values of a list of categories: every entry's value is one of
  // `allowed` ("" for a bare entry). The error names the first bad entry (by
  // file and line); kOk when all are good.
  Error expect_values(std::initializer_list<std::string_view> allowed) const;
  // Checks the values of a list of numbers: every value an integer in [lo, hi].
  Error expect_numbers(int lo, int hi) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Entry {
    std::string value;
    uint32_t file = 0;  // index into files_
    uint32_t line = 0;
  };
  using Entries = std::unordered_map<std::string, Entry, Hash, std::equal_to<>>;
  // The entry that comes first in the files (by file, then line) among those
  // `bad` holds for, or nullptr.
  const Entries::value_type* first_where(const std::function<bool(std::string_view value)>& bad) const;

  Entries entries_;
  // The lookups of has() and value(): key -> index into values_ (StringIndex
  // turns most absent words away by their length and first byte, unhashed).
  StringIndex index_;
  std::vector<std::string> values_;
  std::vector<std::string> files_;  // every name given to add_text, in order
  size_t max_words_ = 0;
};

}  // namespace herald
