#include "core/accent_fold.h"

#include <algorithm>
#include <iterator>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace herald {

namespace {

char ascii(UChar32 c, bool lower) {
  return static_cast<char>(lower && c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

// Latin letters with no canonical decomposition, and punctuation, with their
// ASCII as ICU's Latin-ASCII writes it ("Støre", "Kalın", "Łódź", "ɓ" of
// Hausa names, "Côte d’Ivoire"): enough for the names in herald's
// dictionaries and most Latin-script news, so the transliterator is built
// only for other scripts. Sorted by code point; tests/core/accent_fold_test
// checks each against ICU.
struct Extra {
  char32_t c;
  const char* ascii;
};
constexpr Extra kExtras[] = {
    {0xA0, " "},    {0xAB, "<<"},   {0xAD, "-"},    {0xBB, ">>"},   {0xC6, "AE"},   {0xD0, "D"},
    {0xD7, "*"},    {0xD8, "O"},    {0xDE, "TH"},   {0xDF, "ss"},   {0xE6, "ae"},   {0xF0, "d"},
    {0xF8, "o"},    {0xFE, "th"},   {0x110, "D"},   {0x111, "d"},   {0x126, "H"},   {0x127, "h"},
    {0x131, "i"},   {0x132, "IJ"},  {0x133, "ij"},  {0x138, "q"},   {0x13F, "L"},   {0x140, "l"},
    {0x141, "L"},   {0x142, "l"},   {0x149, "'n"},  {0x14A, "N"},   {0x14B, "n"},   {0x152, "OE"},
    {0x153, "oe"},  {0x166, "T"},   {0x167, "t"},   {0x17F, "s"},   {0x181, "B"},   {0x187, "C"},
    {0x188, "c"},   {0x189, "D"},   {0x18A, "D"},   {0x190, "E"},   {0x191, "F"},   {0x192, "f"},
    {0x193, "G"},   {0x196, "I"},   {0x197, "I"},   {0x198, "K"},   {0x199, "k"},   {0x19D, "N"},
    {0x19E, "n"},   {0x1A4, "P"},   {0x1A5, "p"},   {0x1AC, "T"},   {0x1AD, "t"},   {0x1B2, "V"},
    {0x1B3, "Y"},   {0x1B4, "y"},   {0x1B5, "Z"},   {0x1B6, "z"},   {0x1E4, "G"},   {0x1E5, "g"},
    {0x253, "b"},   {0x256, "d"},   {0x257, "d"},   {0x25B, "e"},   {0x268, "i"},   {0x272, "n"},
    {0x2BB, "'"},   {0x2BC, "'"},   {0x2010, "-"},  {0x2011, "-"},  {0x2012, "-"},  {0x2013, "-"},
    {0x2014, "-"},  {0x2015, "-"},  {0x2018, "'"},  {0x2019, "'"},  {0x201A, ","},  {0x201B, "'"},
    {0x201C, "\""}, {0x201D, "\""}, {0x201E, ",,"}, {0x2026, "..."}, {0x2032, "'"}, {0x2033, "\""},
    {0x2039, "<"},  {0x203A, ">"},
};

// The extra's ASCII, or nullptr.
const char* extra(UChar32 c) {
  const Extra* e = std::lower_bound(std::begin(kExtras), std::end(kExtras), static_cast<char32_t>(c),
                                    [](const Extra& x, char32_t v) { return x.c < v; });
  return e != std::end(kExtras) && e->c == static_cast<char32_t>(c) ? e->ascii : nullptr;
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
    if (const char* a = extra(c)) {
      for (; *a; ++a) out.push_back(ascii(static_cast<unsigned char>(*a), lower));
      continue;
    }
    // A mark standing after a letter ("M̧ajeļ", a name of the Marshall
    // Islands): dropped, as from a decomposed letter.
    const char last = out.empty() ? '\0' : out.back();
    if (((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z')) && dropped_mark(c)) continue;
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
