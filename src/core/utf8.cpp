#include "core/utf8.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace herald::utf8 {

size_t first_invalid(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) { ++i; continue; }
    size_t len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return i;
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return std::string_view::npos;
}

namespace {

// True unless the default locale lower-cases by Turkic or Lithuanian rules
// (ICU's toLower() follows the default locale; u_tolower() does not).
bool simple_lowering_locale() {
  static const bool simple = [] {
    const std::string_view lang = icu::Locale::getDefault().getLanguage();
    return lang != "tr" && lang != "az" && lang != "lt";
  }();
  return simple;
}

}  // namespace

std::string lower(std::string_view s) {
  if (is_ascii(s)) {
    std::string out(s);
    for (auto& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  if (simple_lowering_locale()) {
    // Code point by code point (u_tolower): ICU's full lower-casing gives the
    // same but for U+0130 (two code points) and the capital sigma (final
    // form by context), left to ICU with invalid bytes. No UnicodeString.
    std::string out;
    out.reserve(s.size());
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    bool simple = true;
    for (int32_t i = 0; i < n && simple;) {
      UChar32 c;
      U8_NEXT(p, i, n, c);
      if (c < 0 || c == 0x130 || c == 0x3A3) { simple = false; break; }
      const UChar32 l = u_tolower(c);
      uint8_t buf[4];
      int32_t k = 0;
      bool err = false;
      U8_APPEND(buf, k, 4, l, err);
      if (err) { simple = false; break; }
      out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(k));
    }
    if (simple) return out;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .toLower()
      .toUTF8String(out);
  return out;
}

}  // namespace herald::utf8
