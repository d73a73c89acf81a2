#include "core/civil_date.h"

#include <gtest/gtest.h>

using herald::CivilDate;

TEST(CivilDate, ParsesDatesAndDateTimes) {
  auto d = CivilDate::parse("2024-10-22");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->iso(), "2024-10-22");
  EXPECT_EQ(CivilDate::parse("2024-10-22T08:15:00Z")->iso(), "2024-10-22");
  EXPECT_FALSE(CivilDate::parse("2023-02-29"));
  EXPECT_FALSE(CivilDate::parse("22/10/2024"));
  EXPECT_FALSE(CivilDate::parse("2024-10-22junk"));
}

TEST(CivilDate, WeekdaysAndArithmetic) {
  EXPECT_EQ(CivilDate::parse("2024-10-22")->weekday(), 2);  // a Tuesday
  EXPECT_EQ(CivilDate::parse("1970-01-01")->weekday(), 4);  // a Thursday
  EXPECT_EQ(CivilDate::parse("2024-03-01")->plus_days(-1).iso(), "2024-02-29");
  EXPECT_EQ(CivilDate::parse("2025-01-02")->plus_days(-5).iso(), "2024-12-28");
  auto d = *CivilDate::parse("1987-03-11");
  EXPECT_EQ(CivilDate::from_days(d.days_since_epoch()), d);
}
