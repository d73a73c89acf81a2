#include "core/accent_fold.h"

#include <memory>

#include <gtest/gtest.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace {

using herald::fold_accents;

std::string transliterate(icu::Transliterator& t, const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  t.transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string utf8_of(UChar32 c) {
  std::string out;
  icu::UnicodeString(c).toUTF8String(out);
  return out;
}

TEST(AccentFold, FoldsLettersWithMarks) {
  EXPECT_EQ(fold_accents("Khān Yūnis", true), "khan yunis");
  EXPECT_EQ(fold_accents("Erdoğan", false), "Erdogan");
  EXPECT_EQ(fold_accents("İzmir", true), "izmir");
  EXPECT_EQ(fold_accents("Tehran", true), "tehran");
}

// Latin letters with no decomposition and common punctuation, from a table.
TEST(AccentFold, FoldsLettersWithoutDecompositionAndPunctuation) {
  EXPECT_EQ(fold_accents("Støre", false), "Store");
  EXPECT_EQ(fold_accents("Şanlıurfa", true), "sanliurfa");         // dotless i
  EXPECT_EQ(fold_accents("Łódź", false), "Lodz");
  EXPECT_EQ(fold_accents("Straße", true), "strasse");
  EXPECT_EQ(fold_accents("Côte d’Ivoire", true), "cote d'ivoire");  // punctuation beyond ASCII
  EXPECT_EQ(fold_accents("“Þór” – ɓ", false), "\"THor\" - b");
  EXPECT_EQ(fold_accents("M\xCC\xA7" "ajeļ", true), "majel");           // a mark after a letter
}

TEST(AccentFold, LeavesTheRestToTheTransliterator) {
  EXPECT_EQ(fold_accents("Київ", true), std::nullopt);           // another script
  EXPECT_EQ(fold_accents("ʃ", true), std::nullopt);              // a Latin letter the table lacks
  EXPECT_EQ(fold_accents("a€", true), std::nullopt);             // a symbol the table lacks
  EXPECT_EQ(fold_accents("\xCC\x81" "e", true), std::nullopt);      // a lone combining mark
  EXPECT_EQ(fold_accents("1\xCC\x81", true), std::nullopt);      // a mark after no letter
  EXPECT_EQ(fold_accents("ab\xC3", true), std::nullopt);         // invalid UTF-8
}

// Where fold_accents answers, it answers as ICU does: every code point it
// accepts, alone and between letters, against the transliterators that
// geo/place_key and the actor dictionary use otherwise.
TEST(AccentFold, AgreesWithIcuOnEveryCodePointItFolds) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> keep_case(
      icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
  std::unique_ptr<icu::Transliterator> lower(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  ASSERT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  size_t folded = 0;
  for (UChar32 c = 0x80; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    // Before a capital and before a small letter: a rule with a context would differ.
    for (const std::string& s : {"Ab" + utf8_of(c) + "Z", "ab" + utf8_of(c) + "z"}) {
      const auto cased = fold_accents(s, false);
      const auto lowered = fold_accents(s, true);
      ASSERT_EQ(cased.has_value(), lowered.has_value()) << "U+" << std::hex << c;
      if (!cased) break;
      EXPECT_EQ(*cased, transliterate(*keep_case, s)) << "U+" << std::hex << c;
      EXPECT_EQ(*lowered, transliterate(*lower, s)) << "U+" << std::hex << c;
    }
    if (!fold_accents(utf8_of(c), true)) continue;
    ++folded;
    EXPECT_EQ(fold_accents(utf8_of(c), true), transliterate(*lower, utf8_of(c))) << "U+" << std::hex << c;
  }
  EXPECT_GT(folded, 480u);   // the Latin letters with diacritics of Unicode's blocks, and the table
}

}  // namespace
