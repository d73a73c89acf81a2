#include "dates/date_resolver.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "dates_test_util.h"
#include "test_doc.h"

using herald::DateResolver;

namespace {

struct Outcome {
  std::string date;  // ISO or "null"
  bool from_text = false;
};

Outcome resolve_one(std::string_view article_date, std::string_view sentence, std::string_view verb) {
  auto doc = test::make_doc(article_date);
  test::add_sentence(doc, sentence);
  test::add_event(doc, 0, verb);
  test::date_resolver().annotate(doc);
  const auto& e = doc.events[0];
  return {e.date ? e.date->iso() : "null", e.date_from_text};
}

// An event on `verb` of sentence s with its code and sides.
herald::Event& coded(herald::Document& doc, uint32_t s, std::string_view verb, std::string code, std::string src,
                     std::string tgt) {
  herald::Event& e = test::add_event(doc, s, verb);
  e.root = code.substr(0, 2);
  e.code = std::move(code);
  e.source.code = std::move(src);
  e.target.code = std::move(tgt);
  return e;
}

}  // namespace

TEST(DateResolver, FixtureCases) {
  std::ifstream in(std::string(HERALD_FIXTURES_DIR) + "/dates/cases.txt");
  ASSERT_TRUE(in) << "missing tests/fixtures/dates/cases.txt";
  std::string line, why;
  int cases = 0;
  while (std::getline(in, line)) {
    if (line.rfind("# why:", 0) == 0) { why = line.substr(6); continue; }
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string article, verb, expected, sentence;
    std::getline(f, article, '\t');
    std::getline(f, verb, '\t');
    std::getline(f, expected, '\t');
    std::getline(f, sentence);
    ASSERT_FALSE(sentence.empty()) << "bad case line: " << line;
    Outcome got = resolve_one(article, sentence, verb);
    std::string got_s = got.date + (got.from_text ? " text" : " article");
    EXPECT_EQ(got_s, expected) << why << "\n  sentence: " << sentence;
    ++cases;
  }
  EXPECT_GE(cases, 30);
}

TEST(DateResolver, NullArticleDateAndNoTextGivesNull) {
  Outcome o = resolve_one("", "The party accused the minister of lying.", "accused");
  EXPECT_EQ(o.date, "null");
  EXPECT_FALSE(o.from_text);
  // A full date in the text still resolves without an article date.
  o = resolve_one("", "The party accused the minister on 3 May 2004 of lying.", "accused");
  EXPECT_EQ(o.date, "2004-05-03");
  // A weekday cannot be resolved without one.
  o = resolve_one("", "The party accused the minister on Monday.", "accused");
  EXPECT_EQ(o.date, "null");
  EXPECT_TRUE(o.from_text);
}

TEST(DateResolver, FutureTenseFromVerbGroup) {
  auto doc = test::make_doc("2024-10-22");  // Tuesday
  test::add_sentence(doc, "The envoy travels to the region on Thursday.");
  test::add_event(doc, 0, "travels");
  test::date_resolver().annotate(doc);
  EXPECT_EQ(doc.events[0].date->iso(), "2024-10-17");  // present: the past Thursday
  // The same words, with the tag stage saying the verb group is future.
  herald::Phrase vg;
  vg.kind = herald::PhraseKind::kVerb;
  vg.first = vg.last = vg.head = static_cast<uint32_t>(test::token_index(doc, 0, "travels"));
  vg.last += 1;
  vg.tense = herald::Tense::kFuture;
  doc.phrases[0].push_back(vg);
  test::date_resolver().annotate(doc);
  EXPECT_EQ(doc.events[0].date->iso(), "2024-10-24");
}

TEST(DateResolver, FutureMonthDayRollsForward) {
  Outcome o = resolve_one("2024-12-30", "The new government will take office on January 3.", "take");
  EXPECT_EQ(o.date, "2025-01-03");
  o = resolve_one("2024-12-30", "The new government took office on January 3.", "took");
  EXPECT_EQ(o.date, "2024-01-03");
}

TEST(DateResolver, PrefersTheSameClause) {
  // "in 2011" sits in a relative clause with its own verb: background to it.
  auto doc = test::make_doc("2022-02-12");
  test::add_sentence(doc, "Police arrested the man, who was convicted in 2011, at his home.");
  test::set_tag(doc, 0, "arrested", "VBD");
  test::set_tag(doc, 0, "was", "VBD");
  test::set_tag(doc, 0, "convicted", "VBN");
  test::add_event(doc, 0, "arrested");
  test::add_event(doc, 0, "convicted");
  test::date_resolver().annotate(doc);
  ASSERT_TRUE(doc.events[0].date);
  EXPECT_EQ(doc.events[0].date->iso(), "2022-02-12");
  EXPECT_FALSE(doc.events[0].date_from_text);
  EXPECT_FALSE(doc.events[1].date);  // "convicted in 2011": no day
  EXPECT_TRUE(doc.events[1].date_from_text);
}

TEST(DateResolver, ChoosesNearestOfTwoDates) {
  auto doc = test::make_doc("2019-10-15");
  test::add_sentence(doc, "On October 6 the president spoke to his counterpart, and on Wednesday troops crossed the border.");
  test::set_tag(doc, 0, "spoke", "VBD");
  test::set_tag(doc, 0, "crossed", "VBD");
  test::add_event(doc, 0, "spoke");
  test::add_event(doc, 0, "crossed");
  test::date_resolver().annotate(doc);
  EXPECT_EQ(doc.events[0].date->iso(), "2019-10-06");
  EXPECT_EQ(doc.events[1].date->iso(), "2019-10-09");
}

TEST(DateResolver, EventsInOtherSentencesKeepTheirOwn) {
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, "Gunmen attacked a bus on Sunday.");
  test::add_sentence(doc, "The minister condemned the attack.");
  test::add_event(doc, 0, "attacked");
  test::add_event(doc, 1, "condemned");
  test::date_resolver().annotate(doc);
  EXPECT_EQ(doc.events[0].date->iso(), "2024-10-20");
  EXPECT_EQ(doc.events[1].date->iso(), "2024-10-22");
  EXPECT_FALSE(doc.events[1].date_from_text);
}

// The guide's rule: no date in the sentence -> the day the article gives for
// the same incident (same root, same sides' countries) elsewhere.
TEST(DateResolver, SameIncidentElsewhereInTheArticle) {
  auto doc = test::make_doc("2026-06-28");  // a Sunday
  test::add_sentence(doc, "Two church leaders were detained by police.");
  test::add_sentence(doc, "Officers stormed the service on Friday.");
  test::add_sentence(doc, "The ministry praised the police.");
  test::add_sentence(doc, "Police also detained a deacon.");
  coded(doc, 0, "detained", "173", "CHNCOP", "CHNCVL");
  coded(doc, 1, "stormed", "171", "CHNCOP", "CHNCVL");
  coded(doc, 2, "praised", "051", "CHNGOV", "CHNCOP");
  coded(doc, 3, "detained", "173", "CHNGOV", "CHNCVL");  // same countries, another agency code
  test::date_resolver().annotate(doc);
  ASSERT_TRUE(doc.events[1].date);
  EXPECT_EQ(doc.events[1].date->iso(), "2026-06-26");
  // The lede takes the later sentence's day (nothing earlier).
  EXPECT_EQ(doc.events[0].date->iso(), "2026-06-26");
  EXPECT_TRUE(doc.events[0].date_from_text);
  // Another incident (another root) keeps the article's date.
  EXPECT_EQ(doc.events[2].date->iso(), "2026-06-28");
  EXPECT_FALSE(doc.events[2].date_from_text);
  // The nearest earlier one of the same incident.
  EXPECT_EQ(doc.events[3].date->iso(), "2026-06-26");
}



TEST(DateResolver, ReportDayBoundsTheWeekdaysItReports) {
  auto doc = test::make_doc("2026-06-28");  // a Sunday, a week after the raid
  test::add_sentence(doc, "Police stormed the Sunday service, the church said in a statement on Monday.");
  test::add_sentence(doc, "Officers released the worshippers on Sunday.");
  test::set_tag(doc, 0, "stormed", "VBD");
  test::set_tag(doc, 0, "said", "VBD");
  test::set_tag(doc, 1, "released", "VBD");
  test::add_event(doc, 0, "stormed");
  test::add_event(doc, 1, "released");
  test::date_resolver().annotate(doc);
  // The statement came on Monday 22 June, so the service was the day before.
  EXPECT_EQ(doc.events[0].date->iso(), "2026-06-21");
  // The article's other plain "Sunday" is the same day.
  EXPECT_EQ(doc.events[1].date->iso(), "2026-06-21");
}

TEST(DateResolver, ReportWordsAndTheirReach) {
  auto doc = test::make_doc("2026-06-28");
  test::add_sentence(doc, "Rebels attacked the base, officials said in a statement on Monday.");
  test::add_sentence(doc, "Rebels attacked the base on Monday, and officials said nothing.");
  test::set_tag(doc, 0, "attacked", "VBD");
  test::set_tag(doc, 0, "said", "VBD");
  test::set_tag(doc, 1, "attacked", "VBD");
  std::vector<herald::DateMention> m0, m1;
  test::date_finder().find(doc, 0, m0);
  test::date_finder().find(doc, 1, m1);
  ASSERT_EQ(m0.size(), 1u);
  ASSERT_EQ(m1.size(), 1u);
  // "said in a statement on Monday": the verb, not the noun, is the report.
  EXPECT_EQ(test::date_resolver().report_word(doc.sentences[0], m0[0]), test::token_index(doc, 0, "said"));
  // "attacked the base on Monday": the date is the attack's.
  EXPECT_EQ(test::date_resolver().report_word(doc.sentences[1], m1[0]), -1);
  // Nothing else dates the attack, so the report's day does.
  test::add_event(doc, 0, "attacked");
  test::date_resolver().annotate(doc);
  EXPECT_EQ(doc.events[0].date->iso(), "2026-06-22");
}

TEST(DateResolver, WeekdayDatingItsOwnReportIsNotBounded) {
  auto doc = test::make_doc("2019-10-15");  // a Tuesday
  test::add_sentence(doc, "On Sunday, the US announced a withdrawal, beyond the one first announced on October 6.");
  test::set_tag(doc, 0, "announced", "VBD");
  test::set_tag(doc, 0, "announced", "VBD", 1);
  test::set_tag(doc, 0, "beyond", "IN");
  test::add_event(doc, 0, "announced");
  test::date_resolver().annotate(doc);
  EXPECT_EQ(doc.events[0].date->iso(), "2019-10-13");
}

TEST(DateResolver, PatternWithoutActorsDatesTheSameRoot) {
  auto doc = test::make_doc("2026-06-28");  // a Sunday
  test::add_sentence(doc, "Police detained the two pastors.");
  test::add_sentence(doc, "Those taken away were released on Friday.");
  test::add_sentence(doc, "Police also detained the deacon in March.");
  test::add_sentence(doc, "The ministry praised the police.");
  coded(doc, 0, "detained", "173", "CHNCOP", "CHNCVL");
  coded(doc, 3, "praised", "051", "CHNCOP", "CHNCVL");
  // "released" matched 0841 but named no actor; "taken away" 173 likewise.
  const auto& s1 = doc.sentences[1];
  doc.cues.push_back({1, {s1.tokens[1].span.begin, s1.tokens[2].span.end}, "173"});
  doc.cues.push_back({1, s1.tokens[4].span, "0841"});
  test::date_resolver().annotate(doc);
  EXPECT_EQ(doc.events[0].date->iso(), "2026-06-26");   // the same root's day
  EXPECT_TRUE(doc.events[0].date_from_text);
  EXPECT_EQ(doc.events[1].date->iso(), "2026-06-28");   // no cue of root 05
  EXPECT_FALSE(doc.events[1].date_from_text);
  // A cue more than a week before the article's day is background, not the incident;
  // "released" is token 4 ("Those taken away were released").
  auto old = test::make_doc("2026-07-28");
  test::add_sentence(old, "Police detained the two pastors.");
  test::add_sentence(old, "Those taken away were released two weeks ago.");
  coded(old, 0, "detained", "173", "CHNCOP", "CHNCVL");
  old.cues.push_back({1, old.sentences[1].tokens[4].span, "173"});
  test::date_resolver().annotate(old);
  EXPECT_EQ(old.events[0].date->iso(), "2026-07-28");
}

TEST(DateResolver, CueInASentenceNamingTheSourceWins) {
  auto doc = test::make_doc("2026-06-27");  // a Saturday
  test::add_sentence(doc, "The US military struck Iranian targets.");
  test::add_sentence(doc, "A ship was struck by a drone on Thursday.");
  test::add_sentence(doc, "Central Command said on Friday it had struck radar sites.");
  coded(doc, 0, "struck", "195", "USAMIL", "IRN");
  herald::ActorMention centcom;
  centcom.sentence = 2;
  centcom.code = "USAMIL";
  centcom.country = "USA";
  doc.actors.push_back(centcom);
  doc.cues.push_back({1, doc.sentences[1].tokens[3].span, "190"});   // "struck", no source named
  doc.cues.push_back({2, doc.sentences[2].tokens[7].span, "190"});   // "struck", no target named
  test::date_resolver().annotate(doc);
  // The nearer cue names no one; the later one names the event's source.
  EXPECT_EQ(doc.events[0].date->iso(), "2026-06-26");
  // Without the source's actor both are open, and the nearer one dates it.
  doc.actors.clear();
  test::date_resolver().annotate(doc);
  EXPECT_EQ(doc.events[0].date->iso(), "2026-06-25");
}

namespace {

// A detention in sentence 0, `gap` sentences of filler, then an actorless
// "released on Friday" cue of the same root; returns the detention's date.
std::string date_with_cue_after(uint32_t gap) {
  auto doc = test::make_doc("2026-06-28");  // a Sunday
  test::add_sentence(doc, "Police detained the two pastors.");
  for (uint32_t i = 1; i < gap; ++i) test::add_sentence(doc, "The church has met for years.");
  test::add_sentence(doc, "Those taken away were released on Friday.");
  coded(doc, 0, "detained", "173", "CHNCOP", "CHNCVL");
  doc.cues.push_back({gap, doc.sentences[gap].tokens[1].span, "173"});   // "taken away"
  test::date_resolver().annotate(doc);
  return doc.events[0].date->iso();
}

}  // namespace

TEST(DateResolver, FarCueIsAnotherPartOfTheStory) {
  EXPECT_EQ(date_with_cue_after(DateResolver::kCueReach), "2026-06-26");
  EXPECT_EQ(date_with_cue_after(DateResolver::kCueReach + 1), "2026-06-28");
}
