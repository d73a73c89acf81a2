// Sets each event's date from the date expressions of its sentence.
//
//   auto resolver = herald::DateResolver::load(paths);   // the word lists (DateWords)
//   if (!resolver.ok()) die(resolver.error());
//   resolver.value().annotate(doc);   // Event::date, Event::date_from_text for doc.events
//
// For each event the finder's mentions in the event's sentence are scored by
// distance to the event's verb (Event::verb_span), with penalties for
// crossing clause punctuation and for a mention that sits in another clause
// (another verb between, across a comma). A mention directly before the
// event's noun ("Tehran's October 1 ballistic missile strike") belongs to it.
// A weekday or month-day is read forward when the verb group is future
// (Phrase::tense kFuture, or "will"/"is expected to" before the verb).
// The day of a report ("the church said in a statement on Monday") dates
// what it reports only when nothing nearer does, and bounds it: a past
// weekday that names the article's own day ("on Sunday" in an article dated
// a Sunday) but would fall after the report's day is the one before the
// report, and means that day wherever the article names it again.
// A mention with no day ("in May", "in 2016"): nullopt with date_from_text
// true. No mention (or a vague one, "earlier this month"): the day another
// event of the same incident (same root, source and target codes) takes from
// its own sentence, the nearest earlier one first, else the nearest later one
// ("Police detained two leaders." ... "Officers stormed the room on Sunday."),
// with date_from_text true; else the article's date (date_from_text false).
// The words of a report and of a future ("is expected to") are data
// (data/words/dates/report_words.txt, future_words.txt).
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "core/data_paths.h"
#include "core/document.h"
#include "core/error.h"
#include "dates/date_finder.h"

namespace herald {

class DateResolver {
 public:
  // How many sentences away a pattern with no actors may still date an event.
  static constexpr uint32_t kCueReach = 6;

  // Reads the word lists (DateFinder::load); an error names the file and line.
  static Result<DateResolver> load(const DataPaths& paths);
  explicit DateResolver(DateFinder finder) : finder_(std::move(finder)) {}

  // Fills Event::date and Event::date_from_text for every event in doc.events.
  void annotate(Document& doc) const;

  // The index in mentions (all of the event's sentence) of the mention that
  // dates the event, or -1 when none applies.
  int choose(const Document& doc, const Event& event, const std::vector<DateMention>& mentions) const;

  // True when the event's verb is in the future ("will visit", "is expected to meet").
  bool is_future(const Document& doc, const Event& event) const;
  // True when the event's verb group is in the past tense (or nothing says otherwise).
  static bool past_tense(const Document& doc, const Event& event);

  // The token index of the speech word whose report a mention dates ("said in a
  // statement on Monday", "a tweet on Monday"), or -1 when it dates something else.
  int report_word(const Sentence& s, const DateMention& m) const;

  // For a plain past weekday (mentions[k]) that falls after the day of a report
  // in the same sentence, the same weekday resolved against that report's day;
  // nullopt otherwise.
  std::optional<CivilDate> report_bound(const Sentence& s, const std::vector<DateMention>& mentions,
                                        size_t k, std::optional<CivilDate> anchor) const;

 private:
  // Per weekday (0 = Sunday), the day a report moved it to (report_bound), if any.
  using Rebased = std::array<std::optional<CivilDate>, 7>;

  // A mention's day in the past reading, a rebased weekday's moved day included.
  static std::optional<CivilDate> past_day(const DateMention& m, const Rebased& rebased);
  // The day named last before token before_token of sentence (in it or the
  // two sentences before), past days only; nullopt when none.
  static std::optional<CivilDate> last_day_before(const std::vector<std::vector<DateMention>>& by_sentence,
                                                  const Rebased& rebased, uint32_t sentence, uint32_t before_token,
                                                  std::optional<CivilDate> anchor);
  // For each of Document::cues, the news-week day its sentence gives it (the
  // week up to the article's date), or nullopt.
  std::vector<std::optional<CivilDate>> cue_days(const Document& doc,
                                                 const std::vector<std::vector<DateMention>>& by_sentence,
                                                 const Rebased& rebased) const;
  // The day a same-root cue (days from cue_days) gives in another sentence
  // within kCueReach, the nearest earlier first; nullopt when none.
  static std::optional<CivilDate> cue_date(const Document& doc, const std::vector<std::optional<CivilDate>>& days,
                                           const Event& e);

  DateFinder finder_;
};

}  // namespace herald
