#include "counts/count_extractor.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "core/str_eq.h"
#include "counts/attribution_finder.h"
#include "counts/count_lexicon.h"
#include "counts/count_patterns.h"
#include "counts/quantity_parser.h"
#include "counts/victim_finder.h"

namespace herald {
namespace {

using Tokens = std::vector<Token>;
using P = CountPatterns;
constexpr uint32_t kMaxCueWords = 8;  // words after a number searched for "hospitalized"

struct Found {
  Count count;
  int64_t stated = 0;   // the number as written, before coordination
  bool included = false;
  int head = -1;        // for "including" sub-counts: the count they belong to
  uint32_t end = 0;     // one past the count's last token
};

constexpr uint32_t kMaxModalDistance = 8;  // words before a count searched for "may", "feared"

// "forced over 58,000 civilians to evacuate": a forcing verb before the
// number and "to flee/evacuate/leave" after the people, tokens [first, end).
bool is_forced_to_leave(const CountLexicon& lex, const Tokens& toks, uint32_t first, uint32_t end) {
  if (first == 0) return false;
  if (lex.forced_to_leave.value(P::lower_at(toks, first - 1)) != "force") return false;
  if (!str_eq(P::lower_at(toks, end), "to")) return false;
  return lex.forced_to_leave.value(P::lower_at(toks, end + 1)) == "leave";
}

// "with ten critically injured": a subset of a count already read.
bool is_severity_subset(const CountLexicon& lex, const Tokens& toks, uint32_t first, uint32_t end) {
  if (first == 0 || !str_eq(P::lower_at(toks, first - 1), "with")) return false;
  std::string_view w = P::lower_at(toks, end);
  return lex.severity_words.has(w) || str_eq(w, "in");  // "in critical condition"
}

// A modal, fear or near-miss word governs the count starting at token k:
// "may cause 32,000 more deaths", "feared at least two had been killed",
// "I almost killed my daughter", "to find and arrest a person".
bool is_speculative(const CountLexicon& lex, const Tokens& toks, uint32_t k) {
  const uint32_t stop = k > kMaxModalDistance ? k - kMaxModalDistance : 0;
  for (uint32_t j = k; j-- > stop;) {
    const Token& t = toks[j];
    std::string_view w = t.lower;
    if (str_eq(w, ".") || str_eq(w, ";") || str_eq(w, ":") || str_eq(w, "said") || str_eq(w, "says")) return false;
    bool verb_next = j + 1 < toks.size() && toks[j + 1].tag.rfind("VB", 0) == 0;
    // "may have killed two visitors" reports a likely toll; "may cause" forecasts one.
    bool perfect = (str_eq(w, "may") || str_eq(w, "might")) && str_eq(P::lower_at(toks, j + 1), "have");
    if ((str_eq(w, "may") || str_eq(w, "might") || str_eq(w, "could") || str_eq(w, "would")) && !perfect &&
        (t.tag.empty() ? t.text[0] >= 'a' : str_eq(t.tag, "MD")))
      return true;
    const std::string_view hedge = lex.speculation_words.value(w);
    if (str_eq(hedge, "fear") || str_eq(w, "if") || str_eq(w, "unless")) return true;
    if (str_eq(hedge, "near-miss") && verb_next) return true;
    // "to find and arrest a person": an infinitive, not a report.
    if (str_eq(w, "to") && j + 3 < toks.size() && str_eq(toks[j + 1].tag, "VB") && str_eq(toks[j + 2].lower, "and") &&
        str_eq(toks[j + 3].tag, "VB"))
      return true;
  }
  return false;
}

// "At least seven, including four children, died": one past the aside
// ", including ... ," that starts at token k (k when there is none).
uint32_t aside_end(const Tokens& toks, uint32_t k) {
  if (!str_eq(P::lower_at(toks, k), ",") || !str_eq(P::lower_at(toks, k + 1), "including")) return k;
  for (uint32_t j = k + 2; j < toks.size() && j < k + kMaxModalDistance; ++j) {
    std::string_view w = toks[j].lower;
    if (str_eq(w, ",")) return j + 1;
    if (str_eq(w, ".") || str_eq(w, ";")) break;
  }
  return k;
}

// "people", "wounded people", "others" or nothing: no group of its own.
bool is_generic_who(const std::string& w) {
  if (w.empty()) return true;
  auto ends = [&w](std::string_view e) {
    return w.size() >= e.size() && w.substr(w.size() - e.size()) == e;
  };
  return str_eq(w, "people") || str_eq(w, "others") || ends(" people") || ends(" others") || str_eq(w, "persons");
}

constexpr size_t kMaxSameFigure = 8;  // earlier counts of one figure compared with a new one
constexpr uint32_t kMaxUpgradeSentences = 3;  // sentences back to the wounded person

// "The officer was shot ... He was later pronounced dead": the one wounded
// person of the few sentences before was killed.
// `before` is the index of sentence s's first count in doc.counts.
void upgrade_to_killed(Document& doc, uint32_t s, size_t before) {
  const Tokens& toks = doc.sentences[s].tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  uint32_t p = n;  // "he"/"she" that died
  for (uint32_t k = 0; k < n && p == n; ++k) {
    if (!str_eq(toks[k].lower, "he") && !str_eq(toks[k].lower, "she")) continue;
    // "he later died", "she died of her wounds", not "he died at 95" (an illness, old age).
    bool later = false, died = false;
    for (uint32_t j = k + 1; j < n && j < k + 7; ++j) {
      std::string_view w = toks[j].lower;
      later = later || str_eq(w, "later") || str_eq(w, "wounds") || str_eq(w, "injuries") || str_eq(w, "subsequently");
      died = died || str_eq(w, "died");
      if (str_eq(w, "succumbed") || (str_eq(w, "pronounced") && str_eq(P::lower_at(toks, j + 1), "dead")))
        later = died = true;
    }
    if (later && died) p = k;
  }
  if (p == n) return;
  for (size_t c = before; c < doc.counts.size(); ++c)
    if (doc.counts[c].type == CountType::kKilled) return;
  for (size_t c = doc.counts.size(); c-- > 0;) {
    Count& x = doc.counts[c];
    if (x.sentence + kMaxUpgradeSentences < s) break;
    if (x.sentence == s && x.span.begin >= toks[p].span.begin) continue;
    if (x.type != CountType::kWounded || x.number != 1) continue;
    for (Event& e : doc.events)
      for (Count& ec : e.counts)
        if (ec.sentence == x.sentence && ec.span.begin == x.span.begin && ec.type == x.type)
          ec.type = CountType::kKilled;
    x.type = CountType::kKilled;
    return;
  }
}

}  // namespace

Result<CountExtractor> CountExtractor::load(const DataPaths& paths, CountOptions options) {
  auto lexicon = CountLexicon::load(paths);
  if (!lexicon.ok()) return lexicon.error();
  return CountExtractor(std::make_shared<const CountLexicon>(std::move(lexicon.value())), options);
}

void CountExtractor::extract_sentence(const Document& doc, uint32_t si, std::vector<Count>& out) const {
  const CountLexicon& lex = *lex_;
  const CountPatterns patterns(lex);
  const Tokens& toks = doc.sentences.at(si).tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  std::vector<Found> found;
  std::vector<uint32_t> consumed;  // determiners of "and a pilot" folded into a count
  int last_head = -1;
  for (uint32_t i = 0; i < n;) {
    auto parsed = QuantityParser::parse(toks, i);
    if (!parsed || std::find(consumed.begin(), consumed.end(), i) != consumed.end()) {
      ++i;
      continue;
    }
    Quantity q = *parsed;
    i = q.last;
    q.first = QuantityParser::modifier_start(toks, q.number_first, lex.number_modifiers);
    // "the deaths of five or six people": the lower number is stated.
    if (!q.article && str_eq(P::lower_at(toks, q.last), "or") && patterns.noun_of_cue(toks, q.first)) {
      auto upper = QuantityParser::parse(toks, q.last + 1);
      if (upper && !upper->article && upper->value > q.value) i = q.last = upper->last;
    }
    if ((q.vague && !options_.vague_quantities) || patterns.ruled_out(toks, q)) continue;
    NounGroup g = patterns.noun_group(toks, q.last);
    if (q.article) {
      if (!g.present || !g.person || str_eq(toks[g.last - 1].tag, "NNS")) continue;
    } else if (g.present && !g.people && !(q.value == 1 && g.person) && !g.noun_type) {
      continue;  // "3 aircraft", "seven cities"
    }
    if (!g.present && str_eq(P::lower_at(toks, q.last), "of")) continue;
    const Token& head = toks[g.present ? g.last - 1 : q.last - 1];

    std::optional<CountType> type;
    CueMatch m;
    if (q.first > 0 && lex.left_cue(toks, q.first - 1, m)) {
      if (lex.is_hypothetical_before(toks, q.first - m.length)) continue;  // "could kill 500"
      type = m.type;  // "killing at least 10 people"
    }
    if (!type && g.present && (str_eq(head.lower, "lives") || str_eq(head.lower, "life")) && q.first > 0) {
      if (lex.lives_verbs.has(P::lower_at(toks, q.first - 1)))
        type = CountType::kKilled;  // "the virus claimed 6606 lives"
    }
    // "56 deaths and over 200 people injured": the noun names its own type.
    if (!type && g.present && (str_eq(head.lower, "deaths") || str_eq(head.lower, "fatalities")))
      type = CountType::kKilled;
    // "25 wounded people who evacuated": the cue inside the noun phrase wins.
    for (uint32_t k = g.first; !type && g.present && k + 1 < g.last; ++k)
      if (lex.right_cue(toks, k, m) && m.type == CountType::kWounded) type = m.type;
    // "forced over 58,000 civilians to evacuate": displaced.
    if (!type && g.present && g.people && is_forced_to_leave(lex, toks, q.first, g.end))
      type = CountType::kDisplaced;
    RightCue r;
    if (!type) {
      r = patterns.right_cue(toks, g.present ? g.end : aside_end(toks, q.last), !g.present);
      if (q.article && r.joined_number) continue;  // "a pilot and 10 passengers": the 10 take it
      type = r.type;
    }
    for (uint32_t k = g.first; !type && g.present && k + 1 < g.last; ++k)
      if (lex.right_cue(toks, k, m)) type = m.type;  // "2 million displaced people"
    if (!type && (!g.present || g.people || g.noun_type == CountType::kKilled))
      type = patterns.toll_cue(toks, q.first);
    if (!type && g.present && g.people) type = patterns.noun_of_cue(toks, q.first);
    bool included = P::is_included_marker(toks, q.first);
    int head_index = included ? last_head : -1;
    if (!included && q.first > 0 && str_eq(P::lower_at(toks, q.first - 1), "and") && !found.empty() &&
        found.back().included && found.back().end == q.first - 1) {
      included = true;  // "including five instructors and five others"
      head_index = found.back().head;
    }
    if (included && q.article) continue;  // "including a child": a detail, not a count
    // "30 others are injured, with ten critically injured": a severity subset.
    if (!found.empty() && is_severity_subset(lex, toks, q.first, g.present ? g.end : q.last)) continue;
    // "22 more deaths" names its own type; "including 3 protesters" takes the total's.
    if (!type && g.present && !g.people) type = g.noun_type;
    if (!type && included && head_index >= 0 && g.present) type = found[head_index].count.type;
    // "injured a man and two women": the second conjunct shares the verb.
    bool joined = !included && q.first > 0 && str_eq(P::lower_at(toks, q.first - 1), "and") && !found.empty() &&
                  found.back().end == q.first - 1;
    if (!type && joined && g.present) type = found.back().count.type;
    if (!type && g.present) type = g.noun_type;
    if (!type) continue;
    // "four premature deaths per 100,000", "100,000 deaths annually": rates, not counts.
    if (patterns.is_rate(toks, g.present ? g.end : q.last)) continue;
    // "169 passengers are evacuated from the aircraft" is no displacement.
    if (*type == CountType::kDisplaced && patterns.is_vehicle_evacuation(toks, q.first, g.present ? g.end : q.last))
      continue;

    if (*type == CountType::kWounded &&
        patterns.is_illness_hospitalization(doc, si, q.first, std::min<uint32_t>(n, q.last + kMaxCueWords)))
      continue;  // "1846 persons were hospitalized" with measles: patients

    int64_t add = r.add;
    if (r.consumed != UINT32_MAX) consumed.push_back(r.consumed);
    // "the pilot and all 10 passengers were killed": 11.
    if (q.first >= 3 && str_eq(P::lower_at(toks, q.first - 1), "and")) {
      uint32_t k = q.first - 2;
      if (lex.is_person_singular(toks[k]) && !str_eq(toks[k].tag, "NNS")) {
        uint32_t d = k;
        while (d > 0 && k - d < 3 && !P::is_determiner(toks[d].lower)) --d;
        if (P::is_determiner(toks[d].lower)) {
          add += 1;
          // "injured a man and two women": one count of three, not 1 and 3.
          if (joined && found.back().stated == 1 && found.back().count.type == *type) {
            if (last_head == static_cast<int>(found.size()) - 1) last_head = -1;
            found.pop_back();
          }
        }
      }
    }

    // "seven of the 10 people injured were ...": the cue tells of the 10;
    // "32 of the 543 passengers were confirmed dead": of the 32.
    int64_t number = q.value;
    if (g.total >= 0 && r.type && !r.aux) number = g.total;

    Found f;
    Count& c = f.count;
    c.type = *type;
    c.number = number + add;
    c.sentence = si;
    uint32_t end = g.present ? g.last : q.last;
    c.span = Span{toks[q.first].span.begin, toks[end - 1].span.end};
    if (g.present)
      c.who = (str_eq(head.lower, "lives") || str_eq(head.lower, "life"))
                  ? "people"
                  : std::string(doc.text(Span{toks[g.first].span.begin, toks[g.last - 1].span.end}));
    if (g.present && str_eq(head.lower, "more") && g.last == g.first + 1 && !found.empty())
      c.who = found.back().count.who;  // "killing seven riders and injuring three more"
    else if (!g.present && !found.empty() && found.back().stated != 1)
      c.who = found.back().count.who;  // "killed 589 people and injured nearly 3,000"
    f.stated = q.value;
    f.included = included;
    f.head = head_index;
    f.end = end;
    found.push_back(std::move(f));
    if (!included) last_head = static_cast<int>(found.size()) - 1;
  }

  // Sub-counts that add up exactly to their total are a breakdown, not news.
  std::vector<int64_t> parts(found.size(), 0);
  for (const Found& f : found)
    if (f.included && f.head >= 0) parts[f.head] += f.stated;
  for (Found& f : found)
    if (f.included && f.head >= 0 && parts[f.head] == found[f.head].stated) f.stated = -1;
  const size_t first_new = out.size();
  for (Found& f : found)
    if (f.stated >= 0) out.push_back(std::move(f.count));
  // Victims with no number: "the airstrike that killed Qasem Soleimani", "the perpetrator is arrested".
  VictimFinder(patterns).find(doc, si, first_new, out);
  // "may cause 32,000 more deaths", "I almost killed my daughter": not reported.
  size_t kept = first_new;
  for (size_t c = first_new; c < out.size(); ++c) {
    uint32_t k = 0;
    while (k < n && toks[k].span.begin < out[c].span.begin) ++k;
    if (is_speculative(lex, toks, k)) continue;
    if (kept != c) out[kept] = std::move(out[c]);
    ++kept;
  }
  out.resize(kept);
}

void CountExtractor::annotate(Document& doc) const {
  doc.counts.clear();
  const AttributionFinder sources(*lex_);
  const uint32_t ns = static_cast<uint32_t>(doc.sentences.size());
  // Events by sentence: first index into `order` for each sentence.
  std::vector<uint32_t> order(doc.events.size());
  std::vector<uint32_t> starts(ns + 1, 0);
  for (const Event& e : doc.events)
    if (e.sentence < ns) ++starts[e.sentence + 1];
  for (uint32_t s = 0; s < ns; ++s) starts[s + 1] += starts[s];
  {
    std::vector<uint32_t> fill(starts.begin(), starts.end() - 1);
    for (uint32_t e = 0; e < doc.events.size(); ++e)
      if (doc.events[e].sentence < ns) order[fill[doc.events[e].sentence]++] = e;
  }

  // Counts kept so far by type and number, for recaps ("the 10 injured").
  std::unordered_map<uint64_t, std::vector<uint32_t>> seen;
  for (uint32_t s = 0; s < ns; ++s) {
    size_t before = doc.counts.size();
    extract_sentence(doc, s, doc.counts);
    upgrade_to_killed(doc, s, before);
    bool has_events = starts[s + 1] > starts[s];
    if (doc.counts.size() == before && !has_events) continue;
    std::string source = sources.find(doc, s);
    const Tokens& toks = doc.sentences[s].tokens;
    for (size_t c = before; c < doc.counts.size(); ++c) {
      // "officials said 24 ..., but AFP reported 32": the nearest source before a count.
      uint32_t k = 0;
      while (k < toks.size() && toks[k].span.begin < doc.counts[c].span.begin) ++k;
      std::string near = sources.find_before(doc, s, k);
      doc.counts[c].according_to = near.empty() ? source : near;
    }
    // "seven of the 10 people injured", "with at least 12 people dead": a
    // figure told again is one count, unless another source tells of other
    // people ("3 people" per officials, "3 terrorists" per a newspaper).
    size_t kept = before;
    for (size_t c = before; c < doc.counts.size(); ++c) {
      const Count& x = doc.counts[c];
      const uint64_t key = (static_cast<uint64_t>(x.type) << 56) ^ static_cast<uint64_t>(x.number);
      bool again = false;
      if (x.number >= 2) {
        auto it = seen.find(key);
        if (it != seen.end())
          for (uint32_t p : it->second) {
            const Count& y = doc.counts[p];
            again = again || x.according_to.empty() || y.according_to.empty() ||
                    x.according_to == y.according_to || is_generic_who(x.who) || x.who == y.who;
          }
      }
      if (again) continue;
      if (kept != c) doc.counts[kept] = std::move(doc.counts[c]);
      std::vector<uint32_t>& same = seen[key];
      if (same.size() < kMaxSameFigure) same.push_back(static_cast<uint32_t>(kept));
      ++kept;
    }
    doc.counts.resize(kept);
    for (uint32_t k = starts[s]; k < starts[s + 1]; ++k) {
      Event& e = doc.events[order[k]];
      if (e.attribution.empty()) e.attribution = source;
    }
    if (!has_events) continue;
    for (size_t c = before; c < doc.counts.size(); ++c) {
      const Count& count = doc.counts[c];
      uint32_t best = order[starts[s]];
      int64_t best_distance = INT64_MAX;
      for (uint32_t k = starts[s]; k < starts[s + 1]; ++k) {
        const Event& e = doc.events[order[k]];
        if (!e.verb_span) continue;
        int64_t d = static_cast<int64_t>(e.verb_span->begin) - count.span.begin;
        if (d < 0) d = -d;
        if (d < best_distance) best_distance = d, best = order[k];
      }
      doc.events[best].counts.push_back(count);
    }
  }
}

}  // namespace herald

