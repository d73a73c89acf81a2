#include "dates/date_words.h"

#include <initializer_list>

namespace herald {

Result<DateWords> DateWords::load(const DataPaths& paths) {
  DateWords w;
  struct Entry {
    WordList* list;
    const char* file;
  };
  for (const Entry& e : {Entry{&w.months, "words/months.txt"},
                         Entry{&w.month_abbreviations, "words/month_abbreviations.txt"},
                         Entry{&w.weekdays, "words/weekdays.txt"},
                         Entry{&w.relative_days, "words/dates/relative_days.txt"},
                         Entry{&w.day_units, "words/dates/day_units.txt"},
                         Entry{&w.period_words, "words/dates/period_words.txt"},
                         Entry{&w.weekday_shifts, "words/dates/weekday_shifts.txt"},
                         Entry{&w.report_words, "words/dates/report_words.txt"},
                         Entry{&w.future_words, "words/dates/future_words.txt"}}) {
    auto list = WordList::load(paths, e.file);
    if (!list.ok()) return list.error();
    *e.list = std::move(list.value());
  }
  for (const Error& e : {w.months.expect_numbers(1, 12), w.month_abbreviations.expect_numbers(1, 12),
                         w.weekdays.expect_numbers(0, 6), w.relative_days.expect_numbers(-7, 7),
                         w.day_units.expect_numbers(1, 366), w.weekday_shifts.expect_numbers(-1, 1),
                         w.period_words.expect_values({""}), w.future_words.expect_values({""}),
                         w.report_words.expect_values({"", "noun"})})
    if (e.code != ErrorCode::kOk) return e;
  return w;
}

int DateWords::month(std::string_view lower, bool* abbrev) const {
  if (int m = months.number(lower)) {
    *abbrev = false;
    return m;
  }
  if (int m = month_abbreviations.number(lower)) {
    *abbrev = true;
    return m;
  }
  return 0;
}

int DateWords::weekday(std::string_view lower) const {
  std::string_view v = weekdays.value(lower);
  return v.empty() ? -1 : weekdays.number(lower);
}

}  // namespace herald
