#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace herald {
namespace {

// Splits `body`, checks every offset, and returns the sentences as token lists.
std::vector<std::vector<std::string>> split(const std::string& body, SplitOptions opt = {},
                                            SplitStats* stats = nullptr) {
  Document doc;
  doc.body = body;
  SplitStats st = SentenceSplitter(opt).annotate(doc);
  if (stats) *stats = st;
  std::vector<std::vector<std::string>> out;
  uint32_t prev_end = 0;
  for (const Sentence& s : doc.sentences) {
    EXPECT_FALSE(s.tokens.empty());
    EXPECT_EQ(s.span.begin, s.tokens.front().span.begin);
    EXPECT_EQ(s.span.end, s.tokens.back().span.end);
    auto& toks = out.emplace_back();
    for (const Token& t : s.tokens) {
      EXPECT_GE(t.span.begin, prev_end) << t.text;
      EXPECT_EQ(doc.text(t.span), t.text);
      EXPECT_EQ(t.lemma, t.lower);
      EXPECT_TRUE(t.tag.empty());
      prev_end = t.span.end;
      toks.push_back(t.text);
    }
  }
  return out;
}

using Toks = std::vector<std::string>;

std::vector<std::string> sentence_texts(const std::string& body) {
  Document doc;
  doc.body = body;
  SentenceSplitter().annotate(doc);
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.text(s.span));
  return out;
}

TEST(SentenceSplitter, SimpleSentencesAndOffsets) {
  auto s = split("The council met on Monday. It voted to adjourn!  Was that wise?");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], (Toks{"The", "council", "met", "on", "Monday", "."}));
  EXPECT_EQ(s[1], (Toks{"It", "voted", "to", "adjourn", "!"}));
  EXPECT_EQ(s[2], (Toks{"Was", "that", "wise", "?"}));
}

TEST(SentenceSplitter, TitlesNeverEndSentences) {
  auto s = sentence_texts(
      "Dr. Vela met Gen. Ortiz and Sen. Brask. Mr. Holm, Mrs. Holm and Ms. Lund came. "
      "Lt. Col. Arnd and Sgt. Pike spoke to Capt. Rowe, Rep. Dunn, Gov. Ames and Pres. Kiel.");
  ASSERT_EQ(s.size(), 3u) << s[0];
  EXPECT_EQ(s[0], "Dr. Vela met Gen. Ortiz and Sen. Brask.");
}

TEST(SentenceSplitter, AbbreviationsAreSingleTokens) {
  auto s = split("The U.S. and the U.K. asked the U.N. to act, e.g. by vote, i.e. soon.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0], (Toks{"The", "U.S.", "and", "the", "U.K.", "asked", "the", "U.N.", "to", "act",
                        ",", "e.g.", "by", "vote", ",", "i.e.", "soon", "."}));
}

TEST(SentenceSplitter, DatesTimesAndCompanies) {
  auto s = sentence_texts(
      "On Jan. 5 and Feb. 9, Aug. 3, Sept. 8, Oct. 1, Nov. 2 and Dec. 24 at 9 a.m. and 5 p.m. "
      "the firms Acme Inc. and Bolt Corp. and Crane Ltd. and Dow Co. met vs. rivals at St. Ives "
      "with Tom Jr. on No. 10, etc. as planned.");
  ASSERT_EQ(s.size(), 1u);
}

TEST(SentenceSplitter, SoftAbbreviationBeforeSentenceStarter) {
  auto s = sentence_texts("The talks were held in the U.S. The next round is in Oslo.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "The talks were held in the U.S.");
  auto t = sentence_texts("The U.S. Senate voted. Shares of Acme Inc. He said so.");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1], "Shares of Acme Inc.");
  auto u = sentence_texts("The meeting ends at 5 p.m. Officials left. Then it rained.");
  ASSERT_EQ(u.size(), 2u);  // "Officials" is not a starter: ends only after "left."
  EXPECT_EQ(u[0], "The meeting ends at 5 p.m. Officials left.");
}

TEST(SentenceSplitter, Initials) {
  auto s = split("Emily W. Murphy and J. R. Tolkien spoke. They left.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], (Toks{"Emily", "W.", "Murphy", "and", "J.", "R.", "Tolkien", "spoke", "."}));
}

TEST(SentenceSplitter, ParagraphBreakEndsSentence) {
  auto s = sentence_texts("Monday, May 4, 2020\n\nA headline without a stop\n\nThe body starts here.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "Monday, May 4, 2020");
  EXPECT_EQ(s[1], "A headline without a stop");
  auto t = sentence_texts("It was signed by Dr.\n\nNext paragraph.");
  EXPECT_EQ(t.size(), 2u);
  auto u = sentence_texts("One line\ncontinues here.");
  EXPECT_EQ(u.size(), 1u);
}

TEST(SentenceSplitter, MissingSpaceAfterFullStop) {
  auto s = split("Figures came from the Ministry of Health.The administration denied them.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].back(), ".");
  EXPECT_EQ(s[0][s[0].size() - 2], "Health");
  EXPECT_EQ(s[1].front(), "The");
  auto t = split("She shops at Amazon.com and reads bbc.co.uk daily. The U.S.A. agreed.");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0][3], "Amazon.com");
  EXPECT_EQ(t[0][6], "bbc.co.uk");
}

TEST(SentenceSplitter, QuestionExclamationAndQuotes) {
  auto s = sentence_texts("\"We will win,\" he said. \"Next question.\" \"Why?\" she asked. Stop!\" Go.");
  ASSERT_EQ(s.size(), 5u) << s[0] << "|" << s[1];
  EXPECT_EQ(s[0], "\"We will win,\" he said.");
  EXPECT_EQ(s[1], "\"Next question.\"");
  EXPECT_EQ(s[2], "\"Why?\" she asked.");
  EXPECT_EQ(s[3], "Stop!\"");  // the '"' glued after '!' closes the sentence
  EXPECT_EQ(s[4], "Go.");
}

TEST(SentenceSplitter, Numbers) {
  auto s = split("About 42,600 people, 3.5 percent, of 1,000,000 met at 18:00 on 2024-10-22 (1/2).");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0], (Toks{"About", "42,600", "people", ",", "3.5", "percent", ",", "of", "1,000,000",
                        "met", "at", "18:00", "on", "2024-10-22", "(", "1/2", ")", "."}));
  auto t = split("In 2019, 2020 and 2021.");
  EXPECT_EQ(t[0], (Toks{"In", "2019", ",", "2020", "and", "2021", "."}));
}

TEST(SentenceSplitter, HyphensAndDashes) {
  auto s = split("A week-long, last-ditch push in Khan-Younis - and a U.S.-led plan -- failed.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0], (Toks{"A", "week-long", ",", "last-ditch", "push", "in", "Khan-Younis", "-", "and",
                        "a", "U.S.-led", "plan", "--", "failed", "."}));
}

TEST(SentenceSplitter, PossessivesAndContractions) {
  auto s = split("Israel's army and Assad's soldiers' homes didn't fall; they can't and won't, "
                 "we're told. O'Brien cannot go.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], (Toks{"Israel", "'s", "army", "and", "Assad", "'s", "soldiers", "'", "homes", "did",
                        "n't", "fall", ";", "they", "ca", "n't", "and", "wo", "n't", ",", "we", "'re",
                        "told", "."}));
  EXPECT_EQ(s[1], (Toks{"O'Brien", "can", "not", "go", "."}));
}

TEST(SentenceSplitter, UrlsAndEmails) {
  auto s = split("See https://example.org/a_b?c=1 or www.example.com, or write to press@example.org.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0], (Toks{"See", "https://example.org/a_b?c=1", "or", "www.example.com", ",", "or",
                        "write", "to", "press@example.org", "."}));
}

TEST(SentenceSplitter, NonAsciiLetters) {
  auto s = split("Khān Yūnis and Zürich (Ömer’s city) met. Élise agreed.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0][0], "Khān");
  EXPECT_EQ(s[0][1], "Yūnis");
  EXPECT_EQ(s[0][3], "Zürich");
  EXPECT_EQ(s[1][0], "Élise");
  Document doc;
  doc.body = "Élise agreed.";
  SentenceSplitter().annotate(doc);
  EXPECT_EQ(doc.sentences[0].tokens[0].lower, "élise");
}

TEST(SentenceSplitter, MaxTokensCutsAndCounts) {
  SplitOptions opt;
  opt.max_tokens_per_sentence = 4;
  SplitStats st;
  auto s = split("one two three four five six seven. Short one.", opt, &st);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], (Toks{"one", "two", "three", "four"}));
  EXPECT_EQ(s[1], (Toks{"five", "six", "seven", "."}));
  EXPECT_EQ(st.cut_sentences, 2u);  // the second one also reached the limit exactly
  EXPECT_EQ(st.sentences, 3u);
  EXPECT_EQ(st.tokens, 11u);
}

TEST(SentenceSplitter, EmptyAndWhitespaceOnly) {
  EXPECT_TRUE(split("").empty());
  EXPECT_TRUE(split(" \n\n \t").empty());
  auto s = split("...");
  ASSERT_EQ(s.size(), 1u);
}

}  // namespace
}  // namespace herald

namespace herald {
namespace {

TEST(SentenceSplitter, CompanySuffixesDoNotEndSentences) {
  auto s = sentence_texts("Vela Kft. said the deal was signed. Arnd Pty. Ltd. and Holm Bhd. agreed.");
  ASSERT_EQ(s.size(), 2u) << s[0];
  EXPECT_EQ(s[0], "Vela Kft. said the deal was signed.");
}

}  // namespace
}  // namespace herald
