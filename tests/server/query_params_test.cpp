#include "server/query_params.h"

#include <gtest/gtest.h>

namespace herald {
namespace {

std::optional<ApiError> parse(QueryParams p, EventQuery& q) { return parse_event_query(p, {"format"}, q); }

TEST(QueryParams, ReadsEveryFilter) {
  EventQuery q;
  auto err = parse({{"from", "2024-10-01"}, {"to", "2024-10-31"}, {"actor", "usa"}, {"source", "ISR"},
                    {"target", "lbnreb"}, {"country", "ukr"}, {"root", "19"}, {"code", "190"},
                    {"quad_class", "4"}, {"bbox", "34.2,29.4,35.9,33.4"}, {"q", "ceasefire talks"},
                    {"article", "a-1"}, {"limit", "50"}, {"offset", "100"}, {"total", "false"}, {"format", "csv"}},
                   q);
  ASSERT_FALSE(err) << err->detail;
  EXPECT_EQ(q.date_from->iso(), "2024-10-01");
  EXPECT_EQ(q.date_to->iso(), "2024-10-31");
  EXPECT_EQ(q.actor, "USA");
  EXPECT_EQ(q.target, "LBNREB");
  EXPECT_EQ(q.country, "UKR");
  EXPECT_EQ(q.root, "19");
  EXPECT_EQ(q.code, "190");
  EXPECT_EQ(q.quad_class, 4);
  ASSERT_TRUE(q.bbox);
  EXPECT_DOUBLE_EQ(q.bbox->min_lon, 34.2);
  EXPECT_DOUBLE_EQ(q.bbox->min_lat, 29.4);
  EXPECT_DOUBLE_EQ(q.bbox->max_lon, 35.9);
  EXPECT_DOUBLE_EQ(q.bbox->max_lat, 33.4);
  EXPECT_EQ(q.text, "ceasefire talks");
  EXPECT_EQ(q.doc_id, "a-1");
  EXPECT_EQ(q.limit, 50u);
  EXPECT_EQ(q.offset, 100u);
  EXPECT_FALSE(q.count_total);
}

TEST(QueryParams, RefusesBadValues) {
  static const std::string long_query(300, 'x');   // outlives the table below
  const std::pair<const char*, const char*> bad[] = {
      {"from", "2023-13-01"}, {"from", "2023-02-29"}, {"from", "yesterday"}, {"to", "2024-10-01T00:00:00Z"},
      {"limit", "0"},         {"limit", "1001"},      {"limit", "-1"},       {"limit", "99999999999999999999999"},
      {"offset", "x"},        {"offset", "-5"},       {"quad_class", "5"},   {"quad_class", "0"},
      {"root", "21"},         {"root", "1"},          {"code", "04a"},       {"code", "' OR 1=1 --"},
      {"actor", "' OR 1=1 --"}, {"actor", "USA;DROP TABLE events"}, {"country", "USAA"},
      {"bbox", "1,2,3"},      {"bbox", "a,b,c,d"},    {"bbox", "10,0,5,5"},  {"bbox", "nan,0,1,1"},
      {"bbox", "0,0,1,1,"},   {"total", "yes"},       {"nonsense", "1"},     {"q", long_query.c_str()}};
  for (auto [name, value] : bad) {
    EventQuery q;
    auto err = parse({{name, value}}, q);
    ASSERT_TRUE(err) << name << "=" << value << " was accepted";
    EXPECT_EQ(err->status, 400);
    EXPECT_FALSE(err->detail.empty());
  }
}

TEST(QueryParams, RefusesRepeatsAndReversedDates) {
  EventQuery q;
  EXPECT_TRUE(parse({{"root", "19"}, {"root", "04"}}, q));
  EventQuery q2;
  auto err = parse({{"from", "2024-10-31"}, {"to", "2024-10-01"}}, q2);
  ASSERT_TRUE(err);
  EXPECT_NE(err->detail.find("after"), std::string::npos) << err->detail;
}

TEST(QueryParams, StrictNumbersAndDates) {
  EXPECT_EQ(parse_uint("42", 100), 42u);
  EXPECT_FALSE(parse_uint("42 ", 100));
  EXPECT_FALSE(parse_uint("+4", 100));
  EXPECT_FALSE(parse_uint("101", 100));
  EXPECT_TRUE(parse_iso_date("2024-02-29"));
  EXPECT_FALSE(parse_iso_date("2023-02-29"));
  EXPECT_FALSE(parse_iso_date("2024-2-29"));
}

}  // namespace
}  // namespace herald
