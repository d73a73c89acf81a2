// A calendar date with the arithmetic the date stage needs.
//
//   auto d = herald::CivilDate::parse("2024-10-22");   // std::optional
//   d->weekday();           // 0 = Sunday ... 6 = Saturday
//   d->plus_days(-7).iso(); // "2024-10-15"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace herald {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Parses "YYYY-MM-DD", also the date part of an ISO date-time
  // ("2024-10-22T08:00:00Z"). Returns nullopt for anything else or an
  // impossible date (2023-02-29).
  static std::optional<CivilDate> parse(std::string_view s);
  static bool valid(int year, int month, int day);
  static int days_in_month(int year, int month);

  int64_t days_since_epoch() const;             // 1970-01-01 is 0
  static CivilDate from_days(int64_t days);
  int weekday() const;                          // 0 = Sunday
  CivilDate plus_days(int64_t n) const { return from_days(days_since_epoch() + n); }
  std::string iso() const;                      // "YYYY-MM-DD"

  auto operator<=>(const CivilDate&) const = default;
};

}  // namespace herald
