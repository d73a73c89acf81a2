// Finds date expressions in a sentence and resolves them against an anchor
// (the article's date). Token-based: no regular expressions.
//
//   auto finder = herald::DateFinder::load(paths);  // the word lists (DateWords)
//   if (!finder.ok()) die(finder.error());
//   std::vector<herald::DateMention> found;
//   finder.value().find(doc, /*sentence=*/3, found);  // appends, resolved in the past reading
//   for (const auto& m : found)
//     if (m.date) std::cout << doc.text(m.span) << " -> " << m.date->iso();
//   auto next = herald::DateFinder::resolve(found[0], doc.article.date, /*future=*/true);
//
// Recognised: ISO dates (2024-10-22), "1 October 2024", "October 1, 2023",
// "October 1", "1 October", "Oct. 1", "1st October", "6 Oct"; ranges, which
// give their start ("from 3 to 5 March", "3-5 March", "March 3-5",
// "between 3 and 5 March"); "on the 5th"; weekdays ("on Tuesday",
// "last Tuesday", "this Tuesday", "next Tuesday", "Tuesday night",
// "Sunday's"); relative days ("yesterday", "today", "tonight", "tomorrow",
// "this morning", "last night", "the day before", "the previous day",
// "two days ago", "three days earlier", "a week ago", "last week"); "the
// same day" (the day named before it, which DateResolver supplies); vague
// spans that keep the anchor ("earlier this month", "this week"); and
// expressions with no day ("in May", "last May", "December 2018",
// "in 2016", "since 2011", "last year", "this month", "two days prior to
// the vote"). Month and weekday names and the words of relative days are data
// (DateWords: data/words/months.txt, weekdays.txt, data/words/dates/).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "core/data_paths.h"
#include "core/document.h"
#include "core/error.h"
#include "dates/date_words.h"

namespace herald {

// What a date expression says.
enum class DateKind : uint8_t {
  kFull,       // a full date as written: 2024-10-22, "1 October 2024"
  kMonthDay,   // "October 1": the year comes from the anchor
  kWeekday,    // "on Tuesday", "last Tuesday": the nearest such day
  kRelative,   // "yesterday", "two days ago", "last week": anchor + offset_days
  kVague,      // "earlier this month": no day; the anchor is kept
  kNoDay,      // "in May", "in 2016", "two days prior to X": no resolvable day
  kDayOnly,    // "on the 5th": that day of the anchor's month, or of the month before
  kSameDay,    // "the same day", "that day": the day last named before it (the resolver knows it)
};

// A short stable name: "full", "month_day", "weekday", ...
std::string_view date_kind_name(DateKind k);

// One date expression in a sentence.
struct DateMention {
  uint32_t sentence = 0;
  uint32_t first = 0;        // token index, inclusive
  uint32_t last = 0;         // token index, exclusive
  Span span;                 // into Document::body
  DateKind kind = DateKind::kNoDay;
  std::optional<CivilDate> date;   // resolved against the anchor, past reading; nullopt if none
  // The parts as written, for re-resolution (0 / -1 where absent):
  int year = 0;
  int month = 0;
  int day = 0;
  int weekday = -1;          // 0 = Sunday ... 6 = Saturday
  int offset_days = 0;       // kRelative: days from the anchor
  int shift = 0;             // kWeekday: -1 "last", +1 "next", 0 plain or "this"
};

class DateFinder {
 public:
  // Reads the word lists (DateWords::load); an error names the file and line.
  static Result<DateFinder> load(const DataPaths& paths);
  explicit DateFinder(std::shared_ptr<const DateWords> words) : words_(std::move(words)) {}

  // Appends the date expressions of doc.sentences[sentence] to out, in token
  // order, resolved against doc.article.date in the past reading.
  void find(const Document& doc, uint32_t sentence, std::vector<DateMention>& out) const;
  // Same, for a bare sentence and an explicit anchor.
  void find(const Sentence& s, uint32_t sentence_index, std::optional<CivilDate> anchor,
            std::vector<DateMention>& out) const;

  // The day a mention names, given the anchor and whether the event is in the
  // future (weekdays then look forward, month-days roll into the next year).
  // nullopt for kNoDay, or where the anchor is needed and absent.
  static std::optional<CivilDate> resolve(const DateMention& m, std::optional<CivilDate> anchor,
                                          bool future);

  const DateWords& words() const { return *words_; }

 private:
  std::shared_ptr<const DateWords> words_;  // shared by copies
};

}  // namespace herald
