#include "dates/date_finder.h"

#include <array>

#include "core/str_eq.h"

namespace herald {

namespace {

// Numerals are grammar, not vocabulary: they stay here.
constexpr std::array<std::string_view, 13> kSmallNumbers = {
    "zero", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve"};

bool ends_with(std::string_view s, std::string_view suffix) { return str_ends(s, suffix); }

// Lower-cased token with a possessive or a final full stop removed:
// "sunday's" -> "sunday", "oct." -> "oct".
std::string_view stem(std::string_view s) {
  if (ends_with(s, "'s")) return s.substr(0, s.size() - 2);
  if (ends_with(s, "\xE2\x80\x99s")) return s.substr(0, s.size() - 4);  // ’s
  if (ends_with(s, ".")) return s.substr(0, s.size() - 1);
  return s;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Token-level view of one sentence with bounds-checked access.
struct Words {
  const std::vector<Token>& t;
  std::string_view lw(size_t i) const {
    if (i >= t.size()) return {};
    return t[i].lower.empty() ? std::string_view(t[i].text) : std::string_view(t[i].lower);
  }
  bool cap(size_t i) const { return i < t.size() && !t[i].text.empty() && t[i].text[0] >= 'A' && t[i].text[0] <= 'Z'; }
  bool is(size_t i, std::string_view w) const { return lw(i) == w; }
};

// 1..12 for a month name or a short one (*abbrev tells which), else 0.
int month_of(const DateWords& words, std::string_view s, bool* abbrev) { return words.month(stem(s), abbrev); }

int weekday_of(const DateWords& words, std::string_view s) { return words.weekday(stem(s)); }

// "7", "7th", "1st", "22nd", "3rd" -> 1..31, else 0.
int day_of(std::string_view s) {
  if (s.empty() || s[0] < '0' || s[0] > '9') return 0;   // (most words: no suffix tests)
  if (ends_with(s, "st") || ends_with(s, "nd") || ends_with(s, "rd") || ends_with(s, "th"))
    s = s.substr(0, s.size() - 2);
  if (s.empty() || s.size() > 2 || !all_digits(s)) return 0;
  int d = to_int(s);
  return d >= 1 && d <= 31 ? d : 0;
}

// "3-5" or "3–5" as one token -> 3 (the start of the range), else 0.
int day_range(std::string_view s) {
  if (s.empty() || s[0] < '0' || s[0] > '9') return 0;   // a day starts it: no searches
  size_t p = s.find('-');
  size_t len = 1;
  if (p == std::string_view::npos) p = s.find("\xE2\x80\x93"), len = 3;
  if (p == std::string_view::npos) return 0;
  int a = day_of(s.substr(0, p)), b = day_of(s.substr(p + len));
  return a && b && a < b ? a : 0;
}

int year_of(std::string_view s) {
  if (s.size() != 4 || !all_digits(s)) return 0;
  int y = to_int(s);
  return y >= 1000 && y <= 2999 ? y : 0;
}

// "a", "one" .. "twelve", "3" -> count; 0 when not a small number.
int count_of(std::string_view s) {
  if (str_eq(s, "a") || str_eq(s, "an")) return 1;
  for (size_t n = 1; n < kSmallNumbers.size(); ++n)
    if (s == kSmallNumbers[n]) return static_cast<int>(n);
  if (!s.empty() && s.size() <= 3 && all_digits(s)) return to_int(s);
  return 0;
}

// Days per unit for "days", "weeks" (day_units.txt); 0 otherwise.
int unit_days(const DateWords& words, std::string_view s) { return words.day_units.number(s); }

bool is_punct(std::string_view s) {
  return s.empty() || str_eq(s, ",") || str_eq(s, ".") || str_eq(s, ";") || str_eq(s, ":") || str_eq(s, ")") ||
         str_eq(s, "(") || str_eq(s, "!") || str_eq(s, "?") || str_eq(s, "\"") || str_eq(s, "-") ||
         str_eq(s, "\xE2\x80\x94") || str_eq(s, "\xE2\x80\x93");
}

// Words that let a bare month or year stand as a date: "in May", "since 2011".
bool period_context(const DateWords& words, std::string_view s) { return words.period_words.has(s); }

class Scanner {
 public:
  Scanner(const DateWords& words, const Sentence& s, uint32_t index, std::vector<DateMention>& out)
      : words_(words), s_(s), w_{s.tokens}, index_(index), out_(out) {}

  // Tries every pattern at token i; returns tokens consumed (0: none matched).
  size_t at(size_t i) {
    if (size_t n = iso(i)) return n;
    if (size_t n = day_month(i)) return n;
    if (size_t n = day_only(i)) return n;
    if (size_t n = month_first(i)) return n;
    if (size_t n = mid_month(i)) return n;
    if (size_t n = weekday(i)) return n;
    if (size_t n = relative(i)) return n;
    if (size_t n = bare_year(i)) return n;
    return 0;
  }

 private:
  size_t emit(size_t first, size_t last, DateMention m) {
    m.sentence = index_;
    m.first = static_cast<uint32_t>(first);
    m.last = static_cast<uint32_t>(last);
    m.span = Span{s_.tokens[first].span.begin, s_.tokens[last - 1].span.end};
    out_.push_back(m);
    return last - first;
  }
  DateMention make(DateKind k) const { DateMention m; m.kind = k; return m; }

  // 2024-10-22 as one token, or as "2024" "-" "10" "-" "22".
  size_t iso(size_t i) {
    auto t = w_.lw(i);
    if (auto d = CivilDate::parse(t); d && t.size() == 10) {
      DateMention m = make(DateKind::kFull);
      m.year = d->year, m.month = d->month, m.day = d->day;
      return emit(i, i + 1, m);
    }
    if (year_of(t) && w_.is(i + 1, "-") && w_.is(i + 3, "-") && w_.lw(i + 2).size() == 2 &&
        w_.lw(i + 4).size() == 2 && all_digits(w_.lw(i + 2)) && all_digits(w_.lw(i + 4))) {
      int y = year_of(t), mo = to_int(w_.lw(i + 2)), d = to_int(w_.lw(i + 4));
      if (!CivilDate::valid(y, mo, d)) return 0;
      DateMention m = make(DateKind::kFull);
      m.year = y, m.month = mo, m.day = d;
      return emit(i, i + 5, m);
    }
    return 0;
  }

  // Month at j (capitalised; an abbreviation needs a following full stop, day or year).
  // Returns the month and sets *next to the token after it (and its full stop).
  int month_at(size_t j, size_t* next, bool after_day = false) const {
    if (!w_.cap(j)) return 0;
    bool abbrev = false;
    int mo = month_of(words_, w_.lw(j), &abbrev);
    if (!mo) return 0;
    size_t k = j + 1;
    if (abbrev && w_.is(k, ".")) ++k;
    if (abbrev && !after_day && !ends_with(w_.lw(j), ".") && k == j + 1 && !day_of(w_.lw(k)) &&
        !day_range(w_.lw(k)) && !year_of(w_.lw(k)))
      return 0;
    *next = k;
    return mo;
  }

  // Year after a day: "..., 2023" or " 2023"; sets *next past it.
  int year_after(size_t k, size_t* next) const {
    size_t y = w_.is(k, ",") ? k + 1 : k;
    if (int year = year_of(w_.lw(y))) { *next = y + 1; return year; }
    return 0;
  }

  // "1 October", "1st of October", "1 October 2024"; a range gives its
  // start: "3-5 March", "3 to 5 March", "between 3 and 5 March".
  size_t day_month(size_t i) {
    int d = day_of(w_.lw(i));
    size_t j = i + 1;
    if (!d) {
      d = day_range(w_.lw(i));
    } else if ((w_.is(j, "-") || w_.is(j, "to") || w_.is(j, "and") || w_.is(j, "until") ||
                w_.is(j, "\xE2\x80\x93")) && day_of(w_.lw(j + 1))) {
      size_t unused = 0;
      size_t m = w_.is(j + 2, "of") ? j + 3 : j + 2;
      if (month_at(m, &unused, true)) j += 2;
    }
    if (!d) return 0;
    if (w_.is(j, "of")) ++j;
    size_t k = 0;
    int mo = month_at(j, &k, true);
    if (!mo) return 0;
    size_t end = k;
    int y = year_after(k, &end);
    DateMention m = make(y ? DateKind::kFull : DateKind::kMonthDay);
    m.year = y, m.month = mo, m.day = d;
    if (y && !CivilDate::valid(y, mo, d)) return 0;
    return emit(i, end, m);
  }

  // "on the 5th", "on the 21st": a day of the anchor's month (or the one before).
  size_t day_only(size_t i) {
    if (!w_.is(i, "the") || i == 0 || !(w_.is(i - 1, "on") || w_.is(i - 1, "since") || w_.is(i - 1, "until")))
      return 0;
    auto t = w_.lw(i + 1);
    if (t.size() < 3 || !(ends_with(t, "st") || ends_with(t, "nd") || ends_with(t, "rd") || ends_with(t, "th")))
      return 0;
    int d = day_of(t);
    if (!d) return 0;
    DateMention m = make(DateKind::kDayOnly);
    m.day = d;
    return emit(i, i + 2, m);
  }

  // "mid-October", "mid-October 2023": a part of a month, no day.
  size_t mid_month(size_t i) {
    std::string_view t = w_.lw(i);
    if (t.size() < 7 || !str_eq(t.substr(0, 4), "mid-")) return 0;
    bool abbrev = false;
    const int mo = month_of(words_, t.substr(4), &abbrev);
    if (!mo || abbrev) return 0;
    size_t end = i + 1;
    DateMention m = make(DateKind::kNoDay);
    m.month = mo;
    m.year = year_after(i + 1, &end);
    return emit(i, end, m);
  }

  // "October 1", "Oct. 1, 2023", "December 2018", "in May", "October last year".
  size_t month_first(size_t i) {
    size_t k = 0;
    int mo = month_at(i, &k);
    if (!mo) return 0;
    int d = day_of(w_.lw(k));
    size_t after = k + 1;
    if (!d && (d = day_range(w_.lw(k)))) after = k + 1;
    else if (d && (w_.is(k + 1, "-") || w_.is(k + 1, "to") || w_.is(k + 1, "\xE2\x80\x93")) && day_of(w_.lw(k + 2)))
      after = k + 3;
    if (d && !w_.is(k + 1, ":")) {
      size_t end = after;
      int y = year_after(after, &end);
      DateMention m = make(y ? DateKind::kFull : DateKind::kMonthDay);
      m.year = y, m.month = mo, m.day = d;
      if (y && !CivilDate::valid(y, mo, d)) return 0;
      return emit(i, end, m);
    }
    size_t end = k;
    if (int y = year_after(k, &end)) {
      DateMention m = make(DateKind::kNoDay);
      m.year = y, m.month = mo;
      return emit(i, end, m);
    }
    std::string_view before = i > 0 ? w_.lw(i - 1) : std::string_view();
    bool after_year = (w_.is(k, "last") || w_.is(k, "this") || w_.is(k, "next")) && w_.is(k + 1, "year");
    if (!period_context(words_, before) && !after_year) return 0;
    DateMention m = make(DateKind::kNoDay);
    m.month = mo;
    size_t first = (str_eq(before, "last") || str_eq(before, "next") || str_eq(before, "this")) ? i - 1 : i;
    return emit(first, after_year ? k + 2 : k, m);
  }

  // "Tuesday", "last Tuesday", "Tuesday night", "Sunday's"; not "Monday, October 21".
  size_t weekday(size_t i) {
    if (!w_.cap(i)) return 0;
    int wd = weekday_of(words_, w_.lw(i));
    if (wd < 0) return 0;
    size_t k = w_.is(i + 1, ",") ? i + 2 : i + 1;
    size_t unused = 0;
    if (month_at(k, &unused) || (day_of(w_.lw(k)) && month_at(k + 1, &unused))) return 1;  // the date follows
    DateMention m = make(DateKind::kWeekday);
    m.weekday = wd;
    size_t first = i;
    if (i > 0) {
      auto b = w_.lw(i - 1);
      if (words_.weekday_shifts.has(b)) m.shift = words_.weekday_shifts.number(b), first = i - 1;
    }
    size_t end = i + 1;
    auto a = w_.lw(end);
    if (str_eq(a, "night") || str_eq(a, "morning") || str_eq(a, "afternoon") || str_eq(a, "evening")) ++end;
    emit(first, end, m);
    return end - i;
  }

  size_t relative(size_t i) {
    auto t = w_.lw(i);
    auto rel = [&](size_t n, int offset, DateKind k = DateKind::kRelative) {
      DateMention m = make(k);
      m.offset_days = offset;
      return emit(i, i + n, m);
    };
    if (words_.relative_days.has(t)) return rel(1, words_.relative_days.number(t));
    auto n1 = w_.lw(i + 1);
    if (str_eq(t, "this")) {
      if (str_eq(n1, "morning") || str_eq(n1, "afternoon") || str_eq(n1, "evening")) return rel(2, 0);
      if (str_eq(n1, "week")) return rel(2, 0, DateKind::kVague);
      if (str_eq(n1, "month") || str_eq(n1, "year")) return rel(2, 0, DateKind::kNoDay);
    }
    if (str_eq(t, "last")) {
      if (str_eq(n1, "night") || str_eq(n1, "evening")) return rel(2, -1);
      if (str_eq(n1, "week")) return rel(2, -7);
      if (str_eq(n1, "month") || str_eq(n1, "year")) return rel(2, 0, DateKind::kNoDay);
    }
    if (str_eq(t, "next")) {
      if (str_eq(n1, "week")) return rel(2, 7);
      if (str_eq(n1, "month") || str_eq(n1, "year")) return rel(2, 0, DateKind::kNoDay);
    }
    if ((str_eq(t, "earlier") || str_eq(t, "later")) && w_.is(i + 1, "this")) {
      auto n2 = w_.lw(i + 2);
      if (str_eq(n2, "week") || str_eq(n2, "month")) return rel(3, 0, DateKind::kVague);
      if (str_eq(n2, "year")) return rel(3, 0, DateKind::kNoDay);
    }
    // "the day before yesterday", "the day before", "the previous day".
    if (str_eq(t, "the") && str_eq(n1, "day") && w_.is(i + 2, "before") && w_.is(i + 3, "yesterday")) return rel(4, -2);
    if (str_eq(t, "the") && str_eq(n1, "previous") && w_.is(i + 2, "day")) return rel(3, -1);
    // "on the same day", "later that day": the day last named.
    if (str_eq(t, "the") && str_eq(n1, "same") &&
        (w_.is(i + 2, "day") || w_.is(i + 2, "night") || w_.is(i + 2, "evening")))
      return rel(3, 0, DateKind::kSameDay);
    if (str_eq(t, "that") && (str_eq(n1, "day") || str_eq(n1, "night") || str_eq(n1, "evening")) && i > 0 &&
        (w_.is(i - 1, "on") || w_.is(i - 1, "later") || w_.is(i - 1, "earlier")))
      return rel(2, 0, DateKind::kSameDay);
    const size_t c = i;
    int count = str_eq(t, "the") && str_eq(n1, "day") ? 1 : count_of(t);
    if (!count) return 0;
    int unit = unit_days(words_, w_.lw(c + 1));
    if (!unit) {
      // "nine months ago", "two years earlier": a time, but no day.
      auto u = w_.lw(c + 1);
      auto d = w_.lw(c + 2);
      if ((str_eq(u, "month") || str_eq(u, "months") || str_eq(u, "year") || str_eq(u, "years")) &&
          (str_eq(d, "ago") || str_eq(d, "earlier") || str_eq(d, "later")))
        return rel(c + 3 - i, 0, DateKind::kNoDay);
      return 0;
    }
    auto dir = w_.lw(c + 2);
    size_t n = c + 3 - i;
    if (str_eq(dir, "ago") || str_eq(dir, "earlier")) return rel(n, -count * unit);
    if (str_eq(dir, "before") || str_eq(dir, "prior") || str_eq(dir, "after") || str_eq(dir, "later")) {
      // "two days before the vote", "three days later": relative to a day the finder cannot date.
      size_t k = c + 3;
      if (str_eq(dir, "prior") && w_.is(k, "to")) ++k;
      if (!is_punct(w_.lw(k))) {
        size_t end = k;
        while (end < s_.tokens.size() && !is_punct(w_.lw(end)) && end - k < 6) ++end;
        // No day for the clause that holds it; what follows is offset_days
        // from that clause's day ("four days after Lecornu resigned").
        const int offset = (str_eq(dir, "after") || str_eq(dir, "later")) ? -count * unit : count * unit;
        return rel(end - i, offset, DateKind::kNoDay);
      }
      if (str_eq(dir, "after") || str_eq(dir, "later"))
        return rel(n, 0, DateKind::kNoDay);  // relative to an unknown day
      return rel(n, -count * unit);
    }
    return 0;
  }

  // "in 2016", "since 2011"; a bare year elsewhere ("the 2020 election") is no date.
  size_t bare_year(size_t i) {
    int y = year_of(w_.lw(i));
    if (!y || i == 0 || !period_context(words_, w_.lw(i - 1))) return 0;
    auto b = w_.lw(i - 1);
    if (str_eq(b, "last") || str_eq(b, "next") || str_eq(b, "this") || str_eq(b, "and")) return 0;
    DateMention m = make(DateKind::kNoDay);
    m.year = y;
    return emit(i, i + 1, m);
  }

  const DateWords& words_;
  const Sentence& s_;
  Words w_;
  uint32_t index_;
  std::vector<DateMention>& out_;
};

}  // namespace

std::string_view date_kind_name(DateKind k) {
  switch (k) {
    case DateKind::kFull: return "full";
    case DateKind::kMonthDay: return "month_day";
    case DateKind::kWeekday: return "weekday";
    case DateKind::kRelative: return "relative";
    case DateKind::kVague: return "vague";
    case DateKind::kNoDay: return "no_day";
    case DateKind::kDayOnly: return "day_only";
    case DateKind::kSameDay: return "same_day";
  }
  return "unknown";
}

Result<DateFinder> DateFinder::load(const DataPaths& paths) {
  auto words = DateWords::load(paths);
  if (!words.ok()) return words.error();
  return DateFinder(std::make_shared<const DateWords>(std::move(words.value())));
}

void DateFinder::find(const Document& doc, uint32_t sentence, std::vector<DateMention>& out) const {
  if (sentence < doc.sentences.size()) find(doc.sentences[sentence], sentence, doc.article.date, out);
}

void DateFinder::find(const Sentence& s, uint32_t sentence_index, std::optional<CivilDate> anchor,
                      std::vector<DateMention>& out) const {
  size_t start = out.size();
  Scanner scan(*words_, s, sentence_index, out);
  for (size_t i = 0; i < s.tokens.size();) {
    size_t n = scan.at(i);
    i += n ? n : 1;
  }
  for (size_t k = start; k < out.size(); ++k) out[k].date = resolve(out[k], anchor, false);
}

std::optional<CivilDate> DateFinder::resolve(const DateMention& m, std::optional<CivilDate> anchor,
                                             bool future) {
  switch (m.kind) {
    case DateKind::kFull:
      if (!CivilDate::valid(m.year, m.month, m.day)) return std::nullopt;
      return CivilDate{m.year, m.month, m.day};
    case DateKind::kNoDay:
      return std::nullopt;
    default:
      break;
  }
  if (!anchor) return std::nullopt;
  const CivilDate a = *anchor;
  switch (m.kind) {
    case DateKind::kMonthDay: {
      int y = a.year;
      // In the past reading a date after the anchor is last year's; in the
      // future reading a date before it is next year's.
      if (!future && CivilDate{y, m.month, m.day} > a) --y;
      if (future && CivilDate{y, m.month, m.day} < a) ++y;
      if (!CivilDate::valid(y, m.month, m.day)) return std::nullopt;
      return CivilDate{y, m.month, m.day};
    }
    case DateKind::kWeekday: {
      const int wd = a.weekday();
      bool forward = m.shift > 0 || (m.shift == 0 && future);
      if (forward) {
        int ahead = (m.weekday - wd + 7) % 7;
        if (ahead == 0 && m.shift > 0) ahead = 7;
        return a.plus_days(ahead);
      }
      int back = (wd - m.weekday + 7) % 7;
      if (back == 0 && m.shift < 0) back = 7;
      return a.plus_days(-back);
    }
    case DateKind::kDayOnly: {
      // The latest such day not after the anchor (past), else the next one.
      int y = a.year, mo = a.month;
      for (int tries = 0; tries < 3; ++tries) {
        if (CivilDate::valid(y, mo, m.day)) {
          CivilDate c{y, mo, m.day};
          if (future ? !(c < a) : !(c > a)) return c;
        }
        mo += future ? 1 : -1;
        if (mo == 0) mo = 12, --y;
        if (mo == 13) mo = 1, ++y;
      }
      return std::nullopt;
    }
    case DateKind::kRelative:
      return a.plus_days(m.offset_days);
    case DateKind::kVague:
    case DateKind::kSameDay:   // without the resolver's context: the anchor
      return a;
    default:
      return std::nullopt;
  }
}

}  // namespace herald
