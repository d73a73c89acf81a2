// Byte- and code-point classification for the tokenizer (internal to src/text).
//
//   size_t len;
//   char32_t cp = herald::text::decode(body, i, &len);
//   if (herald::text::is_word_char(cp)) ...
//
// The body is valid UTF-8 (the reader checks it); ASCII takes a fast path and
// anything else asks ICU for the general category.
#pragma once

#include <cstddef>
#include <string_view>

#include <unicode/uchar.h>

namespace herald::text {

// The code point starting at s[i] and its length in bytes (1 for a stray byte).
inline char32_t decode(std::string_view s, size_t i, size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { *len = 1; return c; }
  size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  if (n == 1 || i + n > s.size()) { *len = 1; return c; }
  char32_t cp = c & (0x3F >> (n - 1));
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = n;
  return cp;
}

inline bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool ascii_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Letters, combining marks and digits of any script.
inline bool is_word_char(char32_t cp) {
  if (cp < 0x80) return ascii_alpha(static_cast<char>(cp)) || ascii_digit(static_cast<char>(cp));
  return (U_GET_GC_MASK(static_cast<UChar32>(cp)) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) != 0;
}

// Non-ASCII white space (no-break space and friends).
inline bool is_unicode_space(char32_t cp) { return cp >= 0x80 && u_isUWhiteSpace(static_cast<UChar32>(cp)); }

inline bool is_upper_cp(char32_t cp) {
  return cp < 0x80 ? ascii_upper(static_cast<char>(cp)) : u_isupper(static_cast<UChar32>(cp));
}
inline bool is_lower_cp(char32_t cp) {
  return cp < 0x80 ? ascii_lower(static_cast<char>(cp)) : u_islower(static_cast<UChar32>(cp));
}

// Is there a word character at s[i]?
inline bool word_at(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  size_t len;
  return is_word_char(decode(s, i, &len));
}

}  // namespace herald::text
