// Equality, prefix and suffix tests on short strings (words, tags), as byte
// loops the compiler inlines: std::string_view's == calls compare() out of
// line and memcmp behind it, which costs more than comparing a word.
//
//   herald::str_eq(token.lower, "said");          // a == b
//   herald::str_starts(tag, "VB");                 // "VBD" -> true
//   herald::str_ends(word, "ing");                 // "fighting" -> true
//   herald::str_in(word, {"in", "at", "near"});    // one of the words
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace herald {

inline bool str_eq(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k)
    if (a[k] != b[k]) return false;
  return true;
}

inline bool str_starts(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && str_eq(s.substr(0, prefix.size()), prefix);
}

inline bool str_ends(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && str_eq(s.substr(s.size() - suffix.size()), suffix);
}

// `w` is one of `words`: a braced list, or any range of string views
// (std::array, std::vector).
template <class Words>
bool str_in(std::string_view w, const Words& words) {
  for (std::string_view x : words)
    if (str_eq(x, w)) return true;
  return false;
}
inline bool str_in(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words)
    if (str_eq(x, w)) return true;
  return false;
}

}  // namespace herald
