// Equality, prefix and suffix tests on short strings (words, tags), as byte
// loops the compiler inlines: std::string_view's == calls compare() out of
// line and memcmp behind it, which costs more than comparing a word.
//
//   herald::str_eq(token.lower, "said");          // a == b
//   herald::str_starts(tag, "VB");                 // "VBD" -> true
//   herald::str_ends(word, "ing");                 // "fighting" -> true
#pragma once

#include <cstddef>
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

}  // namespace herald
