#include "core/accent_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace herald {

namespace {

char ascii(UChar32 c, bool lower) {
  return static_cast<char>(lower && c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

// A combining mark that Latin-ASCII drops from the letter it follows.
bool dropped_mark(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return u_charType(c) == U_NON_SPACING_MARK && uscript_getScript(c, &status) == USCRIPT_INHERITED;
}

}  // namespace

std::optional<std::string> fold_accents(std::string_view s, bool lower) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);   // ICU's own, no build
  if (U_FAILURE(status)) return std::nullopt;
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  icu::UnicodeString parts;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return std::nullopt;
    if (c < 0x80) {
      out.push_back(ascii(c, lower));
      continue;
    }
    status = U_ZERO_ERROR;
    if (uscript_getScript(c, &status) != USCRIPT_LATIN || !nfd->getDecomposition(c, parts)) return std::nullopt;
    for (int32_t k = 0; k < parts.length();) {
      const UChar32 d = parts.char32At(k);
      k += U16_LENGTH(d);
      if (d < 0x80) out.push_back(ascii(d, lower));
      else if (!dropped_mark(d)) return std::nullopt;
    }
  }
  return out;
}

}  // namespace herald
