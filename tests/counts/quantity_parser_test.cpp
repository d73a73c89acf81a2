#include "counts/quantity_parser.h"

#include <gtest/gtest.h>

#include <string>

#include "counts_test_util.h"
#include "text/sentence_splitter.h"

namespace herald {
namespace {

// Splits text and parses the quantity at its first token.
std::optional<Quantity> parse_text(const std::string& text, uint32_t at = 0) {
  Document doc;
  doc.body = text;
  SentenceSplitter().annotate(doc);
  return QuantityParser::parse(doc.sentences.at(0).tokens, at);
}

// The first token of the modifiers before token i, with the repo's number_modifiers.txt.
uint32_t modifier_start(const std::vector<Token>& toks, uint32_t i) {
  return QuantityParser::modifier_start(toks, i, testing::counts_lexicon()->number_modifiers);
}

int64_t value_of(const std::string& text) {
  auto q = parse_text(text);
  return q ? q->value : -1;
}

TEST(QuantityParser, Digits) {
  EXPECT_EQ(value_of("26 people"), 26);
  EXPECT_EQ(value_of("42,600 people"), 42600);
  EXPECT_EQ(value_of("6606 lives"), 6606);
  EXPECT_EQ(value_of("1.2 million people"), 1200000);
  EXPECT_EQ(value_of("3 million people"), 3000000);
  EXPECT_EQ(value_of("1.25 billion people"), 1250000000);
}

TEST(QuantityParser, Words) {
  EXPECT_EQ(value_of("five people"), 5);
  EXPECT_EQ(value_of("Eleven people"), 11);
  EXPECT_EQ(value_of("twenty-three people"), 23);
  EXPECT_EQ(value_of("twenty three people"), 23);
  EXPECT_EQ(value_of("one hundred and five people"), 105);
  EXPECT_EQ(value_of("two thousand five hundred people"), 2500);
  EXPECT_EQ(value_of("a hundred people"), 100);
  EXPECT_EQ(value_of("a dozen people"), 12);
  EXPECT_EQ(value_of("two dozen people"), 24);
}

TEST(QuantityParser, SpansTheWholeNumber) {
  auto q = parse_text("one hundred and five people");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->number_first, 0u);
  EXPECT_EQ(q->last, 4u);  // "one" "hundred" "and" "five"
  EXPECT_FALSE(q->vague);
}

TEST(QuantityParser, ArticleIsOneAndFlagged) {
  auto q = parse_text("a woman");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->value, 1);
  EXPECT_TRUE(q->article);
}

TEST(QuantityParser, VaguePluralsAreFlagged) {
  auto q = parse_text("dozens of people");
  ASSERT_TRUE(q);
  EXPECT_TRUE(q->vague);
  EXPECT_EQ(q->value, 24);
  q = parse_text("tens of thousands of people");
  ASSERT_TRUE(q);
  EXPECT_TRUE(q->vague);
  EXPECT_EQ(q->value, 20000);
  q = parse_text("several thousand people", 1);
  ASSERT_TRUE(q);
  EXPECT_TRUE(q->vague);
}

TEST(QuantityParser, NotNumbers) {
  EXPECT_EQ(value_of("11th trip"), -1);
  EXPECT_EQ(value_of("18:00 local time"), -1);
  EXPECT_EQ(value_of("3.5 points"), -1);
  EXPECT_EQ(value_of("14-year-old boy"), -1);
  EXPECT_EQ(value_of("nine-year term"), -1);
  EXPECT_EQ(value_of("first time"), -1);
  EXPECT_EQ(value_of("people"), -1);
}

TEST(QuantityParser, ModifiersBeforeTheNumber) {
  Document doc;
  doc.body = "They said at least 26 and more than 40 and nearly 9 and up to 5 and as many as 7.";
  SentenceSplitter().annotate(doc);
  const auto& toks = doc.sentences[0].tokens;
  auto index_of = [&](const std::string& w) {
    for (uint32_t i = 0; i < toks.size(); ++i)
      if (toks[i].text == w) return i;
    return UINT32_MAX;
  };
  EXPECT_EQ(modifier_start(toks, index_of("26")), index_of("at"));
  EXPECT_EQ(modifier_start(toks, index_of("40")), index_of("more"));
  EXPECT_EQ(modifier_start(toks, index_of("9")), index_of("nearly"));
  EXPECT_EQ(modifier_start(toks, index_of("5")), index_of("up"));
  EXPECT_EQ(modifier_start(toks, index_of("7")), index_of("7") - 3);
  EXPECT_EQ(modifier_start(toks, index_of("said")), index_of("said"));
}

}  // namespace
}  // namespace herald
