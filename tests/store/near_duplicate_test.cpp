#include <gtest/gtest.h>

#include <cctype>

#include "store/near_duplicate.h"

namespace {

const char* kStory =
    "Vorland's minister visited Estmark on Monday for talks on grain exports and rail links. Officials "
    "from both countries said the visit had gone well and that a trade agreement could be signed before "
    "the end of the year. The minister also met business leaders and toured the port.";

TEST(NearDuplicate, CopiesWithADatelineAndBylineAreSimilar) {
  std::string copy = std::string("ESTMARK CITY (Wire) -- ") + kStory + " Reporting by a correspondent.";
  auto a = herald::text_minhash(kStory);
  auto b = herald::text_minhash(copy);
  ASSERT_TRUE(a && b);
  EXPECT_GE(herald::minhash_similarity(*a, *b), 0.7);
  // Case, punctuation and spacing do not matter.
  std::string shouted;
  for (const char* p = kStory; *p; ++p) shouted += *p == '.' ? ' ' : static_cast<char>(std::toupper(*p));
  EXPECT_EQ(herald::text_minhash(shouted), a);
  // Similar texts share LSH bands.
  auto x = herald::minhash_bands(*a), y = herald::minhash_bands(*b);
  int shared = 0;
  for (size_t i = 0; i < x.size(); ++i) shared += x[i] == y[i];
  EXPECT_GE(shared, 1);
}

TEST(NearDuplicate, DifferentStoriesAreNot) {
  const char* other =
      "Farmers in Ostrava protested on Tuesday against a new levy on tractors and fuel. Police said "
      "several hundred people gathered outside the regional office, and the protest ended peacefully "
      "in the evening after the governor agreed to meet a delegation.";
  const char* same_event =
      "Estmark welcomed Vorland's minister on Monday. He came to discuss grain and railways, and "
      "both governments hope to sign a trade deal this year, a spokesman said.";
  auto a = herald::text_minhash(kStory);
  EXPECT_LT(herald::minhash_similarity(*a, *herald::text_minhash(other)), 0.2);
  EXPECT_LT(herald::minhash_similarity(*a, *herald::text_minhash(same_event)), 0.3);
}

TEST(NearDuplicate, EmptyTextAndHexRoundTrip) {
  EXPECT_FALSE(herald::text_minhash("").has_value());
  EXPECT_FALSE(herald::text_minhash(" ,.;").has_value());
  auto a = herald::text_minhash("two words");
  ASSERT_TRUE(a.has_value());
  auto hex = herald::minhash_to_hex(*a);
  EXPECT_EQ(hex.size(), 512u);
  EXPECT_EQ(herald::minhash_from_hex(hex), a);
  EXPECT_FALSE(herald::minhash_from_hex(hex.substr(1)).has_value());
  EXPECT_FALSE(herald::minhash_from_hex(std::string(512, 'g')).has_value());
}

}  // namespace
