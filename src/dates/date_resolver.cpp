#include "dates/date_resolver.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <string_view>
#include <tuple>

#include "core/str_eq.h"

namespace herald {

namespace {

// The verb group (tag stage) holding token i, if any.
const Phrase* verb_group(const Document& doc, uint32_t sentence, uint32_t i) {
  if (sentence >= doc.phrases.size()) return nullptr;
  for (const auto& p : doc.phrases[sentence])
    if (p.kind == PhraseKind::kVerb && p.first <= i && i < p.last) return &p;
  return nullptr;
}

bool is_separator(std::string_view t) {
  return str_eq(t, ",") || str_eq(t, ";") || str_eq(t, ":") || str_eq(t, "(") || str_eq(t, ")") || str_eq(t, "--") ||
         str_eq(t, "\xE2\x80\x94") || str_eq(t, "\xE2\x80\x93");
}

bool is_verb_tag(std::string_view tag) { return tag.rfind("VB", 0) == 0 || str_eq(tag, "MD"); }

// A word of a report: "said", "tweeted", "statement" (report_words.txt).
bool is_speech_word(const DateWords& words, std::string_view w) { return words.report_words.has(w); }

// A tag that may stand in the subject of a closing attribution ("the
// church", "Early Rain Covenant", tagging slips included); not a verb,
// preposition, conjunction or wh-word ("beyond the charges first announced").
bool noun_phrase_tag(std::string_view tag) {
  return tag.empty() ||
         (!is_verb_tag(tag) && !str_eq(tag, "IN") && !str_eq(tag, "TO") && !str_eq(tag, "CC") && tag[0] != 'W');
}

// True when the speech word at `word` heads the sentence's report and m lies
// in what it reports: a closing attribution after the content ("..., the
// church said in a statement on Monday") or an opening one before it ("The
// church said on Monday that ...").
bool reporting_clause(const Sentence& s, uint32_t word, const DateMention& m) {
  if (m.last <= word) {
    // Closing: comma, a noun phrase of at most eight tokens, the speech word.
    for (uint32_t back = 1; back <= 9 && back <= word; ++back) {
      const Token& t = s.tokens[word - back];
      if (str_eq(t.lower, ",")) return back > 1 && m.last <= word - back;
      if (!noun_phrase_tag(t.tag)) return false;
    }
    return false;
  }
  // Opening: no verb before the speech word.
  for (uint32_t t = 0; t < word; ++t)
    if (is_verb_tag(s.tokens[t].tag)) return false;
  return true;
}

// True when m sits in a "who/which/whose" clause that closes with a comma
// before the verb at `verb`.
bool relative_clause_before(const std::vector<Token>& toks, const DateMention& m, uint32_t verb) {
  bool opened = false;
  for (uint32_t back = 1; back <= 30 && back <= m.first && !opened; ++back) {
    std::string_view w = toks[m.first - back].lower;
    if (str_eq(w, ";") || str_eq(w, ".") || str_eq(w, "\"")) return false;
    opened = str_eq(w, "who") || str_eq(w, "which") || str_eq(w, "whose");
  }
  if (!opened) return false;
  for (uint32_t t = m.last; t < verb; ++t)
    if (str_eq(toks[t].lower, ",") || str_eq(toks[t].lower, "\xE2\x80\x94")) return true;
  return false;
}

// A noun of a report: "statement", "tweet" (report_words.txt, "= noun").
bool is_speech_noun(const DateWords& words, std::string_view w) { return str_eq(words.report_words.value(w), "noun"); }

}  // namespace

Result<DateResolver> DateResolver::load(const DataPaths& paths) {
  auto finder = DateFinder::load(paths);
  if (!finder.ok()) return finder.error();
  return DateResolver(std::move(finder.value()));
}

int DateResolver::report_word(const Sentence& s, const DateMention& m) const {
  // "said in a statement on Monday", "told reporters Monday", "a tweet on Monday":
  // a speech word a few tokens before, with no clause break or other verb between.
  // The verb wins over a noun before it: "said" in "said in a statement on Monday".
  int noun = -1;
  for (uint32_t back = 1; back <= 6 && back <= m.first; ++back) {
    const Token& t = s.tokens[m.first - back];
    const bool speech = is_speech_word(finder_.words(), t.lower);
    if (speech && is_speech_noun(finder_.words(), t.lower)) {
      if (noun < 0) noun = static_cast<int>(m.first - back);
      continue;
    }
    if (speech) return static_cast<int>(m.first - back);
    if (is_separator(t.lower) || str_eq(t.lower, ".") || str_eq(t.lower, "\"") || str_eq(t.lower, "that") ||
        is_verb_tag(t.tag))
      break;
  }
  return noun;
}

bool DateResolver::is_future(const Document& doc, const Event& e) const {
  TokenRange v = verb_token_range(doc, e);
  if (v.empty()) return false;
  if (const Phrase* p = verb_group(doc, e.sentence, v.first); p && p->tense == Tense::kFuture) return true;
  const auto& toks = doc.sentences[e.sentence].tokens;
  // An event named by a noun is future when its verb is: "negotiations
  // between Iran and the US will start on Friday".
  if (!is_verb_tag(toks[v.first].tag) && !toks[v.first].tag.empty()) {
    for (uint32_t t = v.last; t < toks.size() && t < v.last + 3; ++t) {
      std::string_view w = toks[t].lower;
      if (str_eq(w, "will") || str_eq(w, "shall") || str_eq(w, "'ll")) return true;
      if (is_separator(w) || is_verb_tag(toks[t].tag)) break;
    }
  }
  // Words before the verb, for when the tag stage has not run or missed it.
  for (uint32_t back = 1; back <= 4 && back <= v.first; ++back) {
    std::string_view w = toks[v.first - back].lower;
    if (str_eq(w, "will") || str_eq(w, "'ll") || str_eq(w, "shall") || str_eq(w, "wo")) return true;
    if (str_eq(w, "to") && v.first - back >= 1) {
      std::string_view b = toks[v.first - back - 1].lower;
      return finder_.words().future_words.has(b);
    }
    if (is_separator(w) || str_eq(w, ".") || str_eq(w, "would") || str_eq(w, "did") || str_eq(w, "had")) return false;
  }
  return false;
}

namespace {

// True when the event is named by a verb, not by a noun ("attacks by Iran").
bool verb_event(const Document& doc, const Event& e) {
  TokenRange v = verb_token_range(doc, e);
  if (v.empty()) return false;
  const std::string& tag = doc.sentences[e.sentence].tokens[v.first].tag;
  return tag.empty() || is_verb_tag(tag);
}

}  // namespace

bool DateResolver::past_tense(const Document& doc, const Event& e) {
  TokenRange v = verb_token_range(doc, e);
  if (v.empty()) return true;
  if (const Phrase* p = verb_group(doc, e.sentence, v.first)) return p->tense == Tense::kPast;
  const Token& t = doc.sentences[e.sentence].tokens[v.first];
  if (t.tag.empty()) return t.lower.ends_with("ed");   // untagged: the regular past form
  return str_eq(t.tag, "VBD") || str_eq(t.tag, "VBN");
}

int DateResolver::choose(const Document& doc, const Event& e, const std::vector<DateMention>& mentions) const {
  if (mentions.empty()) return -1;
  TokenRange v = verb_token_range(doc, e);
  if (v.empty()) {
    for (size_t k = 0; k < mentions.size(); ++k)
      if (mentions[k].sentence == e.sentence) return static_cast<int>(k);
    return -1;
  }
  const auto& toks = doc.sentences[e.sentence].tokens;
  const Phrase* group = verb_group(doc, e.sentence, v.first);
  uint32_t group_first = group ? group->first : v.first, group_last = group ? group->last : v.last;
  // An event named by a noun takes the time of the verb it is the subject of:
  // "attacks against Iran began at the end of February".
  if (!group && !toks[v.first].tag.empty() && !is_verb_tag(toks[v.first].tag)) {
    for (uint32_t t = v.last; t < toks.size() && t < v.last + 4; ++t) {
      if (is_separator(toks[t].lower) || str_eq(toks[t].lower, "that") || str_eq(toks[t].lower, "which")) break;
      if (const Phrase* p = verb_group(doc, e.sentence, t)) {
        group_last = p->last;
        break;
      }
    }
  }
  int best = -1;
  int best_cost = std::numeric_limits<int>::max();
  for (size_t k = 0; k < mentions.size(); ++k) {
    const DateMention& m = mentions[k];
    if (m.sentence != e.sentence) continue;
    uint32_t from = 0, to = 0;  // the tokens between mention and verb
    if (m.last <= v.first) from = m.last, to = v.first;
    else if (m.first >= v.last) from = v.last, to = m.first;
    int seps = 0, semis = 0;
    bool verb_between = false, subordinate = false, sequence = false;
    for (uint32_t i = from; i < to; ++i) {
      std::string_view t = toks[i].lower;
      if (is_separator(t)) ++seps;
      if (str_eq(t, "after") || str_eq(t, "before") || str_eq(t, "when") || str_eq(t, "while") ||
          str_eq(t, "because") || str_eq(t, "since") || str_eq(t, "until") || str_eq(t, "although") ||
          str_eq(t, "though") || str_eq(t, "whereas"))
        subordinate = true;
      if (str_eq(t, "after") || str_eq(t, "before") || str_eq(t, "since") || str_eq(t, "until")) sequence = true;
      if (str_eq(t, ";")) ++semis;
      if ((i < group_first || i >= group_last) && is_verb_tag(toks[i].tag)) verb_between = true;
    }
    const int dist = static_cast<int>(to - from);
    int cost = dist + 4 * seps + 30 * semis;
    // The day of a report dates what it reports only when nothing else does:
    // "Sunday service ..., when officers stormed the room, the church said on Monday".
    if (const int w = report_word(doc.sentences[e.sentence], m); w >= 0 && (w < static_cast<int>(v.first) || w >= static_cast<int>(v.last)))
      cost += 20;
    bool other_clause = verb_between && (seps > 0 || subordinate);
    if (other_clause) cost += 25;
    // "for the first time since 2002", "the first visit since 2016": the
    // period is the one that ended, not the event's.
    if (m.kind == DateKind::kNoDay && m.first > 0 && str_eq(toks[m.first - 1].lower, "since")) {
      bool first_time = false;
      for (uint32_t b = 2; b <= 8 && b <= m.first && !first_time; ++b)
        first_time = str_eq(toks[m.first - b].lower, "first") || str_eq(toks[m.first - b].tag, "JJS");
      if (first_time) continue;
    }
    // "Late on Sunday, the SDF announced ...", "In 1905, Roosevelt mediated
    // ...": a fronted date scopes the main clause.
    const bool fronted =
        m.last < v.first && m.first <= 2 && m.last < toks.size() && str_eq(toks[m.last].lower, ",") && !subordinate;
    // A clause of sequence holds its own day: "is freed after the court
    // annulled her sentence the previous day" is not freed the day before.
    if (sequence && verb_between && !fronted && m.first >= v.last) continue;
    // "declares a ceasefire for May 8-10": the period of what is declared;
    // "extended the lockdown to May 1", "until April 30": its end.
    if (m.first > 0 && m.first - 1 >= v.last) {
      const std::string_view p = toks[m.first - 1].lower, head = toks[v.first].lemma;
      if (str_eq(p, "for") || str_eq(p, "until") || str_eq(p, "till") ||
          (str_eq(p, "to") && (str_eq(head, "extend") || str_eq(head, "postpone") || str_eq(head, "delay") ||
                               str_eq(head, "prolong") || str_eq(head, "defer"))))
        continue;
    }
    // A relative clause before the main verb holds its own day: "X, who was
    // convicted in Luton, England, in 2024, is sentenced".
    if (m.last <= v.first && !str_eq(toks[v.first].tag, "VBG") && relative_clause_before(toks, m, v.first)) continue;
    // ... and one after it: "attacked the proclamation, which was made on Monday".
    if (m.first >= v.last) {
      bool relative = false;
      for (uint32_t i = v.last; i < m.first && !relative; ++i)
        relative = str_eq(toks[i].lower, "which") || str_eq(toks[i].lower, "who") || str_eq(toks[i].lower, "whose");
      if (relative) continue;
    }
    // A date with no day beyond another verb, or on a participle of its own,
    // is background to that verb ("greetings on the anniversary marked this
    // year", "students abducted in May from schools, arresting eight suspects").
    const Token* before = m.first >= 2 ? &toks[m.first - 2] : nullptr;
    const bool on_participle =
        before && str_eq(toks[m.first - 1].tag, "IN") && (m.first - 2 < v.first || m.first - 2 >= v.last) &&
        (before->tag == "VBN" || (before->lower.ends_with("ed") && before->tag.rfind("NN", 0) == 0));
    if (m.kind == DateKind::kNoDay && (verb_between || on_participle) && !fronted) continue;
    // "Tehran's October 1 ballistic missile strike": the date modifies the event noun.
    if (m.last <= v.first && dist <= 4 && seps == 0 && !verb_between) cost = std::min(cost, 1);
    if (fronted && m.kind != DateKind::kNoDay) cost = std::min(cost, 2);
    if (cost < best_cost) best_cost = cost, best = static_cast<int>(k);
  }
  return best;
}

namespace {

// The country part of an actor code ("DEUGOV" -> "DEU"); the whole code when shorter.
std::string_view country_part(const std::string& code) { return std::string_view(code).substr(0, 3); }

// The same incident: the same root, and sides of the same countries
// ("Germany banned the airline" and "Germany's aviation office suspended its permit").
// Two events are the same incident (a dated one can date the other) when
// they share root and source and target countries; the dated one must have
// a root and a source. As a key, so events can be grouped by it.
using IncidentKey = std::tuple<int, std::string_view, std::string_view>;
IncidentKey incident_key(const Event& e) {
  return {event_root(e), country_part(e.source.code), country_part(e.target.code)};
}
bool incident_candidate(const Event& e) { return event_root(e) != 0 && !e.source.code.empty(); }

}  // namespace

std::optional<CivilDate> DateResolver::past_day(const DateMention& m, const Rebased& rebased) {
  if (m.kind == DateKind::kWeekday && m.shift == 0 && rebased[m.weekday]) return rebased[m.weekday];
  return m.date;
}

std::optional<CivilDate> DateResolver::report_bound(const Sentence& s, const std::vector<DateMention>& mentions,
                                                  size_t k, std::optional<CivilDate> anchor) const {
  const DateMention& m = mentions[k];
  if (m.kind != DateKind::kWeekday || m.shift != 0 || report_word(s, m) >= 0) return std::nullopt;
  // Only a weekday that names the article's own day is in doubt: "on
  // Sunday" in an article dated a Sunday may be that day or a week before.
  const std::optional<CivilDate> own = DateFinder::resolve(m, anchor, false);
  if (!own || !anchor || !(*own == *anchor)) return std::nullopt;
  for (size_t r = 0; r < mentions.size(); ++r) {
    if (r == k || mentions[r].sentence != m.sentence) continue;
    const int word = report_word(s, mentions[r]);
    if (word < 0) continue;
    // The weekday must date what is reported: the verb nearest to it, on the
    // same side of the report, is not itself a report ("Also on Sunday, the
    // US announced ..., first announced on October 6" bounds nothing).
    const bool before = m.last <= mentions[r].first;
    const uint32_t lo = before ? 0 : static_cast<uint32_t>(word) + 1;
    const uint32_t hi = before ? static_cast<uint32_t>(word) : static_cast<uint32_t>(s.tokens.size());
    int nearest = -1;
    uint32_t best = UINT32_MAX;
    for (uint32_t t = lo; t < hi; ++t) {
      if (!is_verb_tag(s.tokens[t].tag) || (t >= m.first && t < m.last)) continue;
      const uint32_t d = t < m.first ? m.first - t : t - m.last + 1;
      if (d < best) best = d, nearest = static_cast<int>(t);
    }
    const bool content = nearest >= 0 && !is_speech_word(finder_.words(), s.tokens[static_cast<size_t>(nearest)].lower);
    if (!content || !reporting_clause(s, static_cast<uint32_t>(word), m)) continue;
    const std::optional<CivilDate> reported = DateFinder::resolve(mentions[r], anchor, false);
    if (reported && *reported < *own) return DateFinder::resolve(m, reported, false);
  }
  return std::nullopt;
}

void DateResolver::annotate(Document& doc) const {
  if (doc.events.empty()) return;
  const std::optional<CivilDate> anchor = doc.article.date;
  // Every sentence's mentions; a weekday that a dated report in its sentence
  // puts in the week before ("Sunday service ..., the church said on Monday",
  // in an article dated the Sunday after) means that day throughout the article.
  std::vector<std::vector<DateMention>> by_sentence(doc.sentences.size());
  Rebased rebased{};
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    finder_.find(doc, si, by_sentence[si]);
    const auto& ms = by_sentence[si];
    if (ms.size() < 2) continue;
    for (size_t k = 0; k < ms.size(); ++k)
      if (auto d = report_bound(doc.sentences[si], ms, k, anchor); d && !rebased[ms[k].weekday])
        rebased[ms[k].weekday] = d;
  }
  std::vector<uint8_t> dated(doc.events.size(), 0);  // 1: the sentence gave a day
  for (size_t i = 0; i < doc.events.size(); ++i) {
    Event& e = doc.events[i];
    if (e.sentence >= by_sentence.size()) continue;
    const std::vector<DateMention>& mentions = by_sentence[e.sentence];
    int k = choose(doc, e, mentions);
    if (k >= 0 && mentions[k].kind == DateKind::kSameDay) {
      // "On the same day, ...": the day named last before it, in this
      // sentence or the two before.
      if (auto d = last_day_before(by_sentence, rebased, e.sentence, mentions[k].first, anchor)) {
        e.date = d;
        e.date_from_text = true;
        dated[i] = 1;
        continue;
      }
      k = -1;
    }
    if (k < 0 || mentions[k].kind == DateKind::kVague) {
      e.date = anchor;
      e.date_from_text = false;
      continue;
    }
    const DateMention& m = mentions[k];
    const bool future = is_future(doc, e);
    // The verb inside "four days after Lecornu resigned": that many days
    // before the article's day, which the main clause stands for.
    if (const TokenRange v = verb_token_range(doc, e);
        m.kind == DateKind::kNoDay && m.offset_days != 0 && !v.empty() && m.first < v.first && v.first < m.last) {
      e.date = anchor ? std::optional<CivilDate>(anchor->plus_days(m.offset_days)) : std::nullopt;
      e.date_from_text = true;
      dated[i] = e.date.has_value();
      continue;
    }
    e.date = future ? DateFinder::resolve(m, anchor, true) : past_day(m, rebased);
    // A month-day after the article's day with a verb that is not in the past
    // names a period to come ("declares a ceasefire for May 8-10"), not the
    // day of the event, nor last year's; "tomorrow" from another clause the
    // same. A past or present event keeps the article's day.
    if (!future && anchor && m.kind == DateKind::kMonthDay && verb_event(doc, e) && !past_tense(doc, e) &&
        CivilDate{anchor->year, m.month, m.day} > *anchor)
      e.date = CivilDate{anchor->year, m.month, m.day};
    // A day after the article's with a present-tense verb is a schedule
    // ("Lawmakers vote on the bill next Tuesday"); with a past verb or a
    // noun it belongs to another clause.
    if (!future && anchor && e.date && *e.date > *anchor && (past_tense(doc, e) || !verb_event(doc, e))) {
      e.date = anchor;
      e.date_from_text = false;
      continue;
    }
    e.date_from_text = true;
    dated[i] = e.date.has_value();
  }
  // No date in the sentence: the day the article gives for the same incident
  // elsewhere, the nearest earlier mention first, else the nearest later one.
  // The dated events of each incident key (same_incident), in event order,
  // so each lookup is a binary search, not a scan of every event.
  std::map<IncidentKey, std::vector<size_t>> dated_by_incident;
  for (size_t j = 0; j < doc.events.size(); ++j)
    if (dated[j] && incident_candidate(doc.events[j])) dated_by_incident[incident_key(doc.events[j])].push_back(j);
  std::vector<std::optional<CivilDate>> cue_days_of;   // computed once, when first needed
  std::vector<size_t> cues_by_sentence;
  bool cue_days_ready = false;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    Event& e = doc.events[i];
    if (e.date_from_text) continue;
    const Event* from = nullptr;
    if (auto it = dated_by_incident.find(incident_key(e)); it != dated_by_incident.end() && event_root(e) != 0) {
      const std::vector<size_t>& js = it->second;   // nearest earlier, else nearest later
      auto after = std::upper_bound(js.begin(), js.end(), i);
      if (after != js.begin()) from = &doc.events[*std::prev(after)];
      else if (after != js.end()) from = &doc.events[*after];
    }
    if (from) {
      e.date = from->date;
      e.date_from_text = true;
      continue;
    }
    // Else a pattern of the same root that named no actors but a day ("those
    // taken away were released on Sunday"), the nearest earlier first.
    if (!cue_days_ready) {
      cue_days_of = cue_days(doc, by_sentence, rebased);
      cues_by_sentence.resize(doc.cues.size());
      for (size_t c = 0; c < doc.cues.size(); ++c) cues_by_sentence[c] = c;
      std::stable_sort(cues_by_sentence.begin(), cues_by_sentence.end(),
                       [&](size_t a, size_t b) { return doc.cues[a].sentence < doc.cues[b].sentence; });
      cue_days_ready = true;
    }
    if (auto d = cue_date(doc, cue_days_of, cues_by_sentence, e)) {
      e.date = d;
      e.date_from_text = true;
    }
  }
}

std::optional<CivilDate> DateResolver::last_day_before(const std::vector<std::vector<DateMention>>& by_sentence,
                                                       const Rebased& rebased,
                                                       uint32_t sentence, uint32_t before_token,
                                                       std::optional<CivilDate> anchor) {
  for (uint32_t back = 0; back <= 2 && back <= sentence; ++back) {
    const std::vector<DateMention>& ms = by_sentence[sentence - back];
    for (size_t k = ms.size(); k-- > 0;) {
      const DateMention& m = ms[k];
      if (back == 0 && m.first >= before_token) continue;
      if (m.kind == DateKind::kNoDay || m.kind == DateKind::kVague || m.kind == DateKind::kSameDay) continue;
      std::optional<CivilDate> d = past_day(m, rebased);
      if (d && (!anchor || !(*d > *anchor))) return d;
    }
  }
  return std::nullopt;
}

std::vector<std::optional<CivilDate>> DateResolver::cue_days(const Document& doc,
                                                             const std::vector<std::vector<DateMention>>& by_sentence,
                                                             const Rebased& rebased) const {
  std::vector<std::optional<CivilDate>> days(doc.cues.size());
  const std::optional<CivilDate> anchor = doc.article.date;
  if (!anchor) return days;
  for (size_t i = 0; i < doc.cues.size(); ++i) {
    const EventCue& c = doc.cues[i];
    if (c.sentence >= by_sentence.size()) continue;
    Event probe;
    probe.sentence = c.sentence;
    probe.verb_span = c.span;
    const std::vector<DateMention>& ms = by_sentence[c.sentence];
    const int k = choose(doc, probe, ms);
    if (k < 0) continue;
    const DateMention& m = ms[static_cast<size_t>(k)];
    // Only the days of the news week ("on Sunday", "yesterday"): a month-day
    // or an older day marks background as often as the incident.
    if ((m.kind != DateKind::kWeekday && m.kind != DateKind::kRelative) || is_future(doc, probe)) continue;
    std::optional<CivilDate> d = past_day(m, rebased);
    if (d && !(*d > *anchor) && !(d->plus_days(7) < *anchor)) days[i] = d;
  }
  return days;
}

std::optional<CivilDate> DateResolver::cue_date(const Document& doc, const std::vector<std::optional<CivilDate>>& days,
                                                const std::vector<size_t>& by_sentence, const Event& e) {
  const int root = event_root(e);
  if (root == 0) return std::nullopt;
  // Who the cue's sentence names: an actor of the event's source country
  // makes it the same incident for sure (2); no country actor at all leaves
  // it open (1); only other countries' actors make it another incident (0).
  const std::string_view src = country_part(e.source.code), tgt = country_part(e.target.code);
  auto affinity = [&](uint32_t s) {
    bool any = false;
    for (const ActorMention& a : of_sentence(doc.actors, s)) {
      if (a.country.empty()) continue;
      if (a.country == src) return 2;
      any = any || a.country != tgt;
    }
    return any ? 0 : 1;
  };
  std::optional<CivilDate> before, after;
  uint32_t before_at = 0, after_at = 0;
  int best = 1;
  // Only the cues within kCueReach sentences can count: found by binary
  // search, then taken in their own order, as a scan of all would.
  const uint32_t lo_sentence = e.sentence > kCueReach ? e.sentence - kCueReach : 0;
  auto lo = std::lower_bound(by_sentence.begin(), by_sentence.end(), lo_sentence,
                             [&](size_t c, uint32_t s) { return doc.cues[c].sentence < s; });
  auto hi = std::upper_bound(lo, by_sentence.end(), e.sentence + kCueReach,
                             [&](uint32_t s, size_t c) { return s < doc.cues[c].sentence; });
  std::vector<size_t> near(lo, hi);
  std::sort(near.begin(), near.end());
  for (size_t i : near) {
    const EventCue& c = doc.cues[i];
    if (!days[i] || c.sentence == e.sentence || cameo_root(c.code) != root) continue;
    // A cue far off in the article is another part of the story.
    if ((c.sentence > e.sentence ? c.sentence - e.sentence : e.sentence - c.sentence) > kCueReach) continue;
    const int a = affinity(c.sentence);
    if (a < best) continue;
    if (a > best) best = a, before.reset(), after.reset();
    if (c.sentence < e.sentence && (!before || c.sentence >= before_at)) before = days[i], before_at = c.sentence;
    if (c.sentence > e.sentence && (!after || c.sentence < after_at)) after = days[i], after_at = c.sentence;
  }
  return before ? before : after;
}

}  // namespace herald
