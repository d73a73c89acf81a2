// The dates stage's word lists, loaded once: month and weekday names (shared
// with the other stages, data/words/months.txt, month_abbreviations.txt,
// weekdays.txt) and data/words/dates/*.txt. Vocabulary kept as data; the
// grammar of date expressions (numerals, "ago", "the same day", "on the
// 5th", punctuation) stays in DateFinder and DateResolver.
//
//   auto words = herald::DateWords::load(paths);
//   if (!words.ok()) die(words.error());          // names the file and line
//   bool abbrev = false;
//   int m = words.value().month("oct", &abbrev);  // 10, abbrev true
//   int d = words.value().weekday("sunday");      // 0; -1 when no weekday
#pragma once

#include <string_view>

#include "core/data_paths.h"
#include "core/error.h"
#include "core/word_list.h"

namespace herald {

struct DateWords {
  WordList months;               // january = 1 ... (../months.txt)
  WordList month_abbreviations;  // jan = 1, sept = 9 ...
  WordList weekdays;             // sunday = 0 ... saturday = 6
  WordList relative_days;        // yesterday = -1, today = 0, tomorrow = 1
  WordList day_units;            // day = 1, week = 7 ("two weeks ago")
  WordList period_words;         // "in May", "since 2011"
  WordList weekday_shifts;       // last = -1, next = 1, this = 0 ("last Tuesday")
  WordList report_words;         // said, tweeted; statement = noun (DateResolver)
  WordList future_words;         // "expected to", "set to" (DateResolver)

  // Reads every list; checks the numbers and categories they hold.
  static Result<DateWords> load(const DataPaths& paths);

  // 1..12 for a month name (abbrev false) or a short name (abbrev true); 0 for none.
  int month(std::string_view lower, bool* abbrev) const;
  // 0 (Sunday) .. 6 for a weekday name; -1 for none.
  int weekday(std::string_view lower) const;
};

}  // namespace herald
