#include "core/utf8.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace utf8 = herald::utf8;

TEST(Utf8, FindsFirstInvalidByte) {
  EXPECT_TRUE(utf8::valid("Khān Yūnis"));
  EXPECT_EQ(utf8::first_invalid(std::string("ab\xff" "cd")), 2u);
  EXPECT_EQ(utf8::first_invalid(std::string("ab\xc3")), 2u);         // truncated sequence
  EXPECT_EQ(utf8::first_invalid(std::string("\xc0\xaf")), 0u);       // overlong
  EXPECT_EQ(utf8::first_invalid(std::string("\xed\xa0\x80")), 0u);   // surrogate
}

TEST(Utf8, LowerCases) {
  EXPECT_EQ(utf8::lower("Tehran"), "tehran");
  EXPECT_EQ(utf8::lower("ÉLYSÉE"), "élysée");
}

// utf8::lower maps code point by code point (u_tolower) and leaves U+0130,
// the capital sigma and invalid bytes to ICU: the same as ICU's full
// lower-casing of the whole string, alone and between letters.
TEST(Utf8, LowerIsIcuFullLowerCasing) {
  auto icu_lower = [](const std::string& s) {
    std::string out;
    icu::UnicodeString::fromUTF8(s).toLower().toUTF8String(out);
    return out;
  };
  auto check = [&](UChar32 c) {
    uint8_t buf[4];
    int32_t k = 0;
    UBool err = false;
    U8_APPEND(buf, k, 4, c, err);
    ASSERT_FALSE(err);
    const std::string one(reinterpret_cast<const char*>(buf), static_cast<size_t>(k));
    for (const std::string& s : {one, "A" + one, "É" + one + "Xé"}) EXPECT_EQ(utf8::lower(s), icu_lower(s)) << "U+" << std::hex << c;
  };
  for (UChar32 c = 0x80; c < 0x2500; ++c) check(c);            // Latin, Greek, Cyrillic, ... punctuation
  for (UChar32 c = 0xFF00; c < 0xFF60; ++c) check(c);          // full-width letters
  for (UChar32 c = 0x10400; c < 0x10450; ++c) check(c);        // Deseret: four-byte letters with cases
  EXPECT_EQ(utf8::lower("İSTANBUL"), icu_lower("İSTANBUL"));
  EXPECT_EQ(utf8::lower("ΟΔΟΣ ΣΑΣ"), "οδος σας");               // final sigma by context
  EXPECT_EQ(utf8::lower(std::string("Ab\xff" "C")), icu_lower(std::string("Ab\xff" "C")));
}
