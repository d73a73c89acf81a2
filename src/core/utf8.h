// Small UTF-8 helpers shared by the stages (ICU does the heavy lifting).
//
//   herald::utf8::valid("Khān Yūnis")        // true
//   herald::utf8::first_invalid(bytes)       // offset of the first bad byte, or npos
//   herald::utf8::lower("Tehran’s")          // "tehran’s" (full Unicode lower-casing)
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace herald::utf8 {

// Byte offset of the first byte that does not start a valid UTF-8 sequence,
// or std::string_view::npos when the whole string is valid.
size_t first_invalid(std::string_view s);
inline bool valid(std::string_view s) { return first_invalid(s) == std::string_view::npos; }

// Lower-cases: ASCII fast path, ICU for anything else.
std::string lower(std::string_view s);

// True when every byte is ASCII (8 bytes at a time).
inline bool is_ascii(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t any = 0;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    any |= v;
  }
  for (; n > 0; ++p, --n) any |= static_cast<unsigned char>(*p);
  return (any & 0x8080808080808080ull) == 0;
}

}  // namespace herald::utf8
