#include "counts/count_extractor.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "counts_test_util.h"

namespace herald {
namespace {

using testing::count_lines;
using testing::split_and_tag;

struct Case {
  std::string why;
  std::string text;
  std::vector<std::string> expected;
  int line = 0;
};

// Reads tests/fixtures/counts/cases.txt (format in its header).
std::vector<Case> read_cases() {
  std::ifstream in(std::string(HERALD_FIXTURES_DIR) + "/counts/cases.txt");
  std::vector<Case> cases;
  std::string line;
  int number = 0;
  enum { kOutside, kText, kExpected } state = kOutside;
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("# why:", 0) == 0) {
      cases.push_back(Case{line.substr(7), "", {}, number});
      state = kText;
    } else if (line.empty() || line[0] == '#') {
      if (line.empty()) state = kOutside;
    } else if (state == kText && line == "----") {
      state = kExpected;
    } else if (state == kText) {
      cases.back().text += (cases.back().text.empty() ? "" : " ") + line;
    } else if (state == kExpected) {
      cases.back().expected.push_back(line);
    }
  }
  return cases;
}

TEST(CountExtractor, FixtureCases) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  std::vector<Case> cases = read_cases();
  ASSERT_GE(cases.size(), 40u) << "fixture file missing or unreadable";
  for (const Case& c : cases) {
    EXPECT_EQ(count_lines(c.text), c.expected)
        << "cases.txt:" << c.line << " (" << c.why << ")\n  " << c.text;
  }
}

TEST(CountExtractor, VagueQuantitiesWhenAsked) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  const std::string text = "Thousands of protesters marched in the capital.";
  EXPECT_TRUE(count_lines(text).empty());
  EXPECT_EQ(count_lines(text, CountOptions{true}),
            std::vector<std::string>{"protesters 2000 [protesters] <>"});
}

TEST(CountExtractor, SpansAndSentencesPointAtTheCount) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  Document doc = split_and_tag("The talks ended. At least 26 people were killed in the raid.");
  testing::count_extractor().annotate(doc);
  ASSERT_EQ(doc.counts.size(), 1u);
  EXPECT_EQ(doc.counts[0].sentence, 1u);
  EXPECT_EQ(doc.text(doc.counts[0].span), "At least 26 people");
}

TEST(CountExtractor, AnnotateReplacesEarlierCounts) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  Document doc = split_and_tag("Four miners died.");
  doc.counts.push_back(Count{});
  testing::count_extractor().annotate(doc);
  ASSERT_EQ(doc.counts.size(), 1u);
  EXPECT_EQ(doc.counts[0].number, 4);
}

// An event whose verb is the given word of sentence `s`.
Event event_at(const Document& doc, uint32_t s, const std::string& verb) {
  Event e;
  e.sentence = s;
  for (const Token& t : doc.sentences.at(s).tokens)
    if (t.text == verb) e.verb_span = t.span, e.verb = verb;
  EXPECT_TRUE(e.verb_span.has_value()) << verb;
  return e;
}

TEST(CountExtractor, AttachesToTheEventWithTheNearestVerb) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  Document doc = split_and_tag(
      "Rebels stormed the town on Monday and killed 12 civilians, officials said. "
      "The army arrived later.");
  doc.events.push_back(event_at(doc, 0, "stormed"));
  doc.events.push_back(event_at(doc, 0, "killed"));
  doc.events.push_back(event_at(doc, 1, "arrived"));
  doc.events[0].attribution = "kept";
  testing::count_extractor().annotate(doc);
  ASSERT_EQ(doc.counts.size(), 1u);
  EXPECT_TRUE(doc.events[0].counts.empty());
  ASSERT_EQ(doc.events[1].counts.size(), 1u);
  EXPECT_EQ(doc.events[1].counts[0].number, 12);
  EXPECT_EQ(doc.events[1].counts[0].according_to, "officials");
  EXPECT_TRUE(doc.events[2].counts.empty());
  EXPECT_EQ(doc.events[0].attribution, "kept");       // an attribution already set stays
  EXPECT_EQ(doc.events[1].attribution, "officials");  // an empty one is filled
  EXPECT_EQ(doc.events[2].attribution, "");
}

TEST(CountExtractor, CountWithoutEventInItsSentenceStaysInDocumentOnly) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  Document doc = split_and_tag("Leaders met in Geneva. Nine people were wounded.");
  doc.events.push_back(event_at(doc, 0, "met"));
  testing::count_extractor().annotate(doc);
  ASSERT_EQ(doc.counts.size(), 1u);
  EXPECT_TRUE(doc.events[0].counts.empty());
}

TEST(CountExtractor, WorksWithoutTags) {
  // Before the tag stage ran every tag is empty: the word lists still find counts.
  Document doc;
  doc.body = "Police said 71 people were arrested overnight.";
  SentenceSplitter().annotate(doc);
  testing::count_extractor().annotate(doc);
  ASSERT_EQ(doc.counts.size(), 1u);
  EXPECT_EQ(doc.counts[0].type, CountType::kArrested);
  EXPECT_EQ(doc.counts[0].number, 71);
}

// A long text keeps every figure (its speed is measured in bench/, never here).
TEST(CountExtractor, LongTextKeepsEveryFigure) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  std::string body;
  // Each figure differs: the same figure told again would be one count.
  for (int i = 0; body.size() < 400000; ++i)
    body += "At least " + std::to_string(26 + i) + " people were killed and " +
            std::to_string(40 + i) + " others were injured in 2024, officials said. "
            "The minister visited 3 towns on October 7 with 1,300 troops. ";
  Document doc = split_and_tag(body);
  testing::count_extractor().annotate(doc);
  EXPECT_EQ(doc.counts.size(), doc.sentences.size());  // two counts every two sentences
}

TEST(CountExtractor, SingleVictimOfAnOldYearIsBackground) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  const std::string text = "Pastor Lin Mei was detained in a raid in March 2015 and remains in prison.";
  Document doc = split_and_tag(text);
  doc.article.date = CivilDate{2024, 5, 1};
  testing::count_extractor().annotate(doc);
  EXPECT_TRUE(doc.counts.empty());
  Document recent = split_and_tag(text);
  recent.article.date = CivilDate{2016, 5, 1};  // one year later: news, counted
  testing::count_extractor().annotate(recent);
  ASSERT_EQ(recent.counts.size(), 1u);
  EXPECT_EQ(recent.counts[0].type, CountType::kArrested);
  EXPECT_EQ(recent.counts[0].number, 1);
}

}  // namespace
}  // namespace herald
