#include "core/utf8.h"

#include <gtest/gtest.h>

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
