#include "dates/date_finder.h"

#include <gtest/gtest.h>

#include "dates_test_util.h"
#include "test_doc.h"

using herald::DateFinder;
using herald::DateKind;
using herald::DateMention;

namespace {

std::vector<DateMention> find(std::string_view article_date, std::string_view sentence,
                              herald::Document* keep = nullptr) {
  auto doc = test::make_doc(article_date);
  test::add_sentence(doc, sentence);
  std::vector<DateMention> out;
  test::date_finder().find(doc, 0, out);
  if (keep) *keep = std::move(doc);
  return out;
}

}  // namespace

TEST(DateFinder, SpansKindsAndText) {
  herald::Document doc;
  auto m = find("2024-10-22", "Troops entered the town last Tuesday and left on October 7, 2023.", &doc);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(doc.text(m[0].span), "last Tuesday");
  EXPECT_EQ(m[0].kind, DateKind::kWeekday);
  EXPECT_EQ(m[0].shift, -1);
  EXPECT_EQ(m[0].date->iso(), "2024-10-15");
  EXPECT_EQ(doc.text(m[1].span), "October 7, 2023");
  EXPECT_EQ(m[1].kind, DateKind::kFull);
  EXPECT_EQ(m[1].date->iso(), "2023-10-07");
  EXPECT_EQ(herald::date_kind_name(m[1].kind), "full");
}

TEST(DateFinder, MonthNeedsContextOrDay) {
  // "May" the modal is not a month; "March" the verb is lower case.
  EXPECT_TRUE(find("2024-10-22", "Officials say talks May resume soon.").empty());
  EXPECT_TRUE(find("2024-10-22", "Thousands march through the capital.").empty());
  auto m = find("2024-10-22", "He was seized in October last year.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].kind, DateKind::kNoDay);
  EXPECT_EQ(m[0].month, 10);
  EXPECT_EQ(m[0].last - m[0].first, 3u);
  EXPECT_FALSE(m[0].date);
}

TEST(DateFinder, AbbreviatedMonths) {
  auto m = find("2024-10-22", "The vote on Sept. 30 and the recount on Oct 2 were delayed.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].date->iso(), "2024-09-30");
  EXPECT_EQ(m[1].date->iso(), "2024-10-02");
  // "Jan" the name is not a month without a day or year.
  EXPECT_TRUE(find("2024-10-22", "Jan Smith criticised the plan.").empty());
}

TEST(DateFinder, IsoSplitIntoTokens) {
  herald::Sentence s;
  const char* words[] = {"on", "2024", "-", "02", "-", "29"};
  uint32_t pos = 0;
  for (const char* w : words) {
    herald::Token t;
    t.text = t.lower = w;
    t.span = {pos, pos + static_cast<uint32_t>(t.text.size())};
    pos = t.span.end + 1;
    s.tokens.push_back(t);
  }
  std::vector<DateMention> out;
  test::date_finder().find(s, 0, herald::CivilDate::parse("2024-10-22"), out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].date->iso(), "2024-02-29");
  EXPECT_EQ(out[0].first, 1u);
  EXPECT_EQ(out[0].last, 6u);
}

TEST(DateFinder, ImpossibleDatesAreDropped) {
  auto m = find("2023-10-22", "The ceasefire of 31 February 2023 collapsed.");
  EXPECT_TRUE(m.empty() || !m[0].date);
}

TEST(DateFinder, ResolveWeekdayBothWays) {
  DateMention m;
  m.kind = DateKind::kWeekday;
  m.weekday = 2;  // Tuesday
  auto tue = herald::CivilDate::parse("2024-10-22");
  EXPECT_EQ(DateFinder::resolve(m, tue, false)->iso(), "2024-10-22");
  EXPECT_EQ(DateFinder::resolve(m, tue, true)->iso(), "2024-10-22");
  m.weekday = 5;  // Friday
  EXPECT_EQ(DateFinder::resolve(m, tue, false)->iso(), "2024-10-18");
  EXPECT_EQ(DateFinder::resolve(m, tue, true)->iso(), "2024-10-25");
  EXPECT_FALSE(DateFinder::resolve(m, std::nullopt, false));
}

TEST(DateFinder, RelativeExpressions) {
  auto m = find("2022-03-01", "A week ago, and the day before yesterday, and tomorrow.");
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].date->iso(), "2022-02-22");
  EXPECT_EQ(m[1].date->iso(), "2022-02-27");
  EXPECT_EQ(m[2].date->iso(), "2022-03-02");
  auto later = find("2022-03-01", "Three days later the talks resumed.");
  ASSERT_EQ(later.size(), 1u);  // relative to an unknown day: no day
  EXPECT_EQ(later[0].kind, DateKind::kNoDay);
  EXPECT_FALSE(later[0].date);
}
