#include "counts/count_extractor.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "counts/attribution_finder.h"
#include "counts/count_lexicon.h"
#include "counts/quantity_parser.h"

namespace herald {
namespace {

using Tokens = std::vector<Token>;
constexpr uint32_t kMaxNounWords = 6;     // words in a counted noun phrase
constexpr uint32_t kMaxRightSteps = 30;   // tokens scanned for a cue after the people
constexpr uint32_t kMaxAsideWords = 15;   // words in a comma-delimited aside
constexpr uint32_t kMaxTollDistance = 14; // "death toll ... rose to N"

bool starts_with(const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; }
bool is_noun(const Token& t) { return starts_with(t.tag, "NN"); }
bool is_adj(const Token& t) { return starts_with(t.tag, "JJ"); }
bool is_finite_verb(const Token& t) {
  return t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD";
}
bool is_alpha_word(const Token& t) {
  unsigned char c = t.text.empty() ? 0 : static_cast<unsigned char>(t.text[0]);
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}
bool is_determiner(std::string_view w) { return w == "the" || w == "a" || w == "an"; }
std::string_view lower_at(const Tokens& toks, uint32_t k) {
  return k < toks.size() ? std::string_view(toks[k].lower) : std::string_view();
}

// A word that may stand inside a counted noun phrase: "road construction workers".
bool is_noun_phrase_word(const Tokens& toks, uint32_t j) {
  const Token& t = toks[j];
  if (t.tag.empty()) return is_alpha_word(t) && !CountLexicon::is_auxiliary(t.lower);
  if (is_noun(t) || is_adj(t)) return true;
  if (t.lower.size() > 4 && t.lower.compare(t.lower.size() - 4, 4, "-old") == 0) return true;
  // "wounded soldiers", "displaced Palestinians": a participle before a noun.
  // Not "a woman named Heather Heyer": a proper name is no noun for people.
  return (t.tag == "VBN" || t.tag == "VBG") && j + 1 < toks.size() &&
         ((is_noun(toks[j + 1]) && toks[j + 1].tag != "NNP") || is_adj(toks[j + 1]));
}

struct NounGroup {
  uint32_t first = 0, last = 0;  // the counted words [first, last); empty when elided
  uint32_t end = 0;              // one past everything read ("of its leaders")
  bool present = false;
  bool people = false;           // a plural or collective noun for people
  bool person = false;           // a singular noun for one person
  int64_t total = -1;            // "32 of the 543 passengers": 543
  std::optional<CountType> noun_type;
};

// The noun phrase a number counts, read from token j: "police officers",
// "of its leaders", "others", "more people"; elided ("289 captured").
NounGroup noun_group(const Tokens& toks, uint32_t j) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  NounGroup g;
  g.end = g.first = g.last = j;
  if (j < n && toks[j].lower == "of") {  // partitive: "two of its leaders", "five of them"
    uint32_t k = j + 1;
    if (k < n && (toks[k].lower == "them" || toks[k].lower == "whom")) {
      g.first = k, g.last = g.end = k + 1;
      g.present = g.people = true;
      return g;
    }
    while (k < n && (toks[k].tag == "DT" || toks[k].tag == "PRP$" ||
                     toks[k].lower == "the" || toks[k].lower == "its" || toks[k].lower == "their"))
      ++k;
    if (k == j + 1) return g;
    if (auto total = QuantityParser::parse(toks, k); total && !total->article) {
      g.total = total->value;  // "32 of the 543 passengers": 32 passengers
      k = total->last;
    }
    j = k;
  }
  if (j < n && (toks[j].lower == "more" || toks[j].lower == "other")) ++j;  // "13 more people"
  uint32_t start = j;
  CueMatch cue;
  while (j < n && j - start < kMaxNounWords) {
    // "42 people killed": a cue ends the phrase unless a noun follows ("wounded soldiers").
    if (CountLexicon::right_cue(toks, j, cue) &&
        !(j + 1 < n && (is_noun(toks[j + 1]) || is_adj(toks[j + 1]))))
      break;
    if (!is_noun_phrase_word(toks, j)) break;
    ++j;
  }
  // "members and leaders"
  if (j > start && j + 1 < n && toks[j].lower == "and" && CountLexicon::is_people_noun(toks[j + 1]) &&
      (j + 2 >= n || !is_noun_phrase_word(toks, j + 2)))
    j += 2;
  if (j == start) return g;
  g.first = start, g.last = g.end = j;
  g.present = true;
  const Token& head = toks[j - 1];
  g.people = CountLexicon::is_people_noun(head);
  g.person = CountLexicon::is_person_singular(head);
  g.noun_type = CountLexicon::noun_type(head.lower);
  return g;
}

// Numbers that are no count of people whatever follows: dates, years,
// money, percentages, ages, labels, "no one".
bool ruled_out(const Tokens& toks, const Quantity& q) {
  std::string_view prev = q.first > 0 ? lower_at(toks, q.first - 1) : std::string_view();
  std::string_view next = lower_at(toks, q.last);
  if (CountLexicon::is_month(prev) || CountLexicon::is_month(next)) return true;
  if (CountLexicon::is_unit(next) || next == "-year-old" || next == "another") return true;
  if (prev == "$" || prev == "£" || prev == "€" || prev == "us$" || prev == "no" ||
      prev == "not" || prev == "number" || prev == "no." || prev == "aged" || prev == "age" ||
      prev == "every" || prev == "each" || prev == "any" || (prev == "the" && q.value == 1) ||
      prev == "page" || prev == "-" || prev == "/")
    return true;
  // A label: "Article 5", "Flight 370" (a noun right before a bare number).
  CueMatch cue;
  if (q.first == q.number_first && q.first > 0 && is_noun(toks[q.first - 1]) &&
      toks[q.first - 1].lower != "toll" && !CountLexicon::left_cue(toks, q.first - 1, cue))
    return true;
  // The second number of a range or a part: "aged two and 12", "45 to 75",
  // "32 of the 543 passengers" (the count is 32).
  uint32_t p = q.first;
  if (p >= 2 && (prev == "and" || prev == "to" || prev == "or" || prev == "of"))
    --p;
  else if (p >= 3 && lower_at(toks, p - 2) == "of" && (prev == "the" || prev == "its" || prev == "their"))
    p -= 2;
  if (p < q.first) {
    auto before = QuantityParser::parse(toks, p - 1);
    bool number_before = (before && !before->article && before->last == p) || toks[p - 1].tag == "CD";
    // ... but "the toll rose from 40 to 50" gives 50.
    if (number_before && !(prev == "to" && p >= 2 && lower_at(toks, p - 2) == "from")) return true;
    // "a 42% chance of 10,000 deaths": a forecast, not a count.
    std::string_view w = toks[p - 1].lower;
    if (prev == "of" && (w == "chance" || w == "risk" || w == "probability" || w == "likelihood"))
      return true;
  }
  // A year: four digits from 1800 to 2100 not followed by a noun for people.
  const std::string& t = toks[q.number_first].text;
  if (q.last == q.number_first + 1 && t.size() == 4 && t[0] >= '0' && t[0] <= '9' &&
      q.value >= 1800 && q.value <= 2100 &&
      !(q.last < toks.size() && CountLexicon::is_people_noun(toks[q.last])))
    return true;
  return false;
}

// "death toll ... has risen to 787", "a death toll of 42", "the toll stands at 9".
std::optional<CountType> toll_cue(const Tokens& toks, uint32_t first) {
  if (first == 0) return std::nullopt;
  static constexpr std::string_view kLinks[] = {"to", "at", "of", "reached", "hit", "passed",
                                                "exceeded", "surpassed", "topped", "is", "was",
                                                "stands", "stood", "now", "'s", "past", "reaches",
                                                "hits", "climbed", "rose"};
  std::string_view link = toks[first - 1].lower;
  if (std::find(std::begin(kLinks), std::end(kLinks), link) == std::end(kLinks)) return std::nullopt;
  uint32_t stop = first > kMaxTollDistance ? first - kMaxTollDistance : 0;
  for (uint32_t k = first - 1; k-- > stop;) {
    std::string_view w = toks[k].lower;
    if (w == "." || w == ";" || toks[k].tag == "CD") break;
    std::string_view before = k > 0 ? lower_at(toks, k - 1) : std::string_view();
    if (w == "toll" || (w == "count" && (before == "death" || before == "body"))) {
      if (before == "casualty") return CountType::kOther;
      if (before == "injury") return CountType::kWounded;
      return CountType::kKilled;
    }
  }
  return std::nullopt;
}

// A conjunct "a pilot" / "the pilot" (no number) starting at token j; end set past it.
bool unnumbered_person(const Tokens& toks, uint32_t j, uint32_t& end) {
  if (j >= toks.size() || !is_determiner(toks[j].lower)) return false;
  NounGroup g = noun_group(toks, j + 1);
  if (!g.present || !g.person || toks[g.last - 1].tag == "NNS") return false;
  end = g.end;
  return true;
}

// A numbered conjunct "two Brazilian citizens" starting at token j (after
// "and"); end set past its noun phrase.
bool numbered_people(const Tokens& toks, uint32_t j, uint32_t& end) {
  for (uint32_t k = j; k < j + 3 && k < toks.size(); ++k) {
    auto q = QuantityParser::parse(toks, k);
    if (!q || q->article) continue;
    if (QuantityParser::modifier_start(toks, k) != j) return false;
    NounGroup g = noun_group(toks, q->last);
    if (!g.present || !g.people) return false;
    end = g.end;
    return true;
  }
  return false;
}

struct RightCue {
  std::optional<CountType> type;
  int64_t add = 0;                 // unnumbered people coordinated in ("and a pilot")
  bool joined_number = false;      // coordinated with a numbered conjunct
  bool aux = false;                // an auxiliary stood before the cue ("were killed")
  uint32_t consumed = UINT32_MAX;  // the determiner of an unnumbered conjunct
};

// A cue after the counted people, from token k. `strict` (no noun phrase was
// read) allows only auxiliaries and adverbs in between.
RightCue right_cue(const Tokens& toks, uint32_t k, bool strict) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  RightCue r;
  bool aux = false, modal = false;
  CueMatch m;
  for (uint32_t steps = 0; k < n && steps < kMaxRightSteps; ++steps) {
    const Token& t = toks[k];
    std::string_view w = t.lower;
    if (CountLexicon::right_cue(toks, k, m)) {
      uint32_t after = k + m.length;
      if (modal) return r;
      if (m.transitive && !aux && after < n) {
        // "three gunmen killed two guards": the counted people did it.
        const Token& o = toks[after];
        bool object = o.tag == "DT" || o.tag == "CD" || o.tag == "PRP$" || o.tag == "PRP" ||
                      is_noun(o) || is_adj(o);
        if (object && !CountLexicon::is_temporal(o.lower)) return r;
      }
      r.type = m.type;
      r.aux = aux;
      return r;
    }
    if (w == "not" || w == "n't" || w == "never" || w == "no") return r;
    if (CountLexicon::is_auxiliary(w)) { aux = true; ++k; continue; }
    if (CountLexicon::is_modal(w)) { modal = true; ++k; continue; }
    if (w == "among") {  // "were among those killed", "among the dead"
      ++k;
      if (lower_at(toks, k) == "the" || lower_at(toks, k) == "those") ++k;
      continue;
    }
    static constexpr std::string_view kSkip[] = {
        "also", "reportedly", "confirmed", "believed", "feared", "thought", "said", "known",
        "reported", "to", "now", "so", "far", "already", "later", "then", "allegedly",
        "apparently", "all", "both", "each", "subsequently", "eventually", "\"", "'", "``", "''"};
    if (std::find(std::begin(kSkip), std::end(kSkip), w) != std::end(kSkip) ||
        starts_with(t.tag, "RB")) {
      ++k;
      continue;
    }
    if (strict) return r;
    if ((w == "who" || w == "that") && !aux) { ++k; continue; }
    if (w == "and" && !aux) {
      uint32_t end = 0;
      if (unnumbered_person(toks, k + 1, end)) {
        r.add += 1;
        r.consumed = k + 1;
        k = end;
        continue;
      }
      if (numbered_people(toks, k + 1, end)) {
        r.joined_number = true;
        k = end;
        continue;
      }
      return r;
    }
    if (w == "," || w == "(") {
      if (w == "," && CountLexicon::right_cue(toks, k + 1, m)) { ++k; continue; }  // ", dead"
      if (aux) return r;
      // An aside: ", including nearly 16,765 children," or "(FVF)" with no finite verb.
      std::string_view close = w == "," ? "," : ")";
      uint32_t j = k + 1;
      while (j < n && j - k <= kMaxAsideWords && toks[j].lower != close && toks[j].lower != "." &&
             !is_finite_verb(toks[j]))
        ++j;
      if (j >= n || toks[j].lower != close) return r;
      k = j + 1;
      continue;
    }
    static constexpr std::string_view kPreps[] = {"of", "from", "in", "at", "on", "near",
                                                  "aboard", "inside", "across"};
    if (!aux && std::find(std::begin(kPreps), std::end(kPreps), w) != std::end(kPreps)) {
      uint32_t j = k + 1;  // "30 leaders of Zion Church", "people in Kyiv"
      while (j < n && j - k <= 8 &&
             (toks[j].tag == "DT" || toks[j].tag == "PRP$" || toks[j].tag == "POS" ||
              is_noun(toks[j]) || is_adj(toks[j])))
        ++j;
      if (j == k + 1) return r;
      k = j;
      continue;
    }
    return r;
  }
  return r;
}

struct Found {
  Count count;
  int64_t stated = 0;   // the number as written, before coordination
  bool included = false;
  int head = -1;        // for "including" sub-counts: the count they belong to
  uint32_t end = 0;     // one past the count's last token
};

bool is_included_marker(const Tokens& toks, uint32_t first) {
  if (first == 0) return false;
  std::string_view p = toks[first - 1].lower;
  if (p == "including" || p == "incl") return true;
  std::string_view pp = first > 1 ? lower_at(toks, first - 2) : std::string_view();
  return (pp == "among" && (p == "them" || p == "whom")) || (pp == "of" && p == "whom");
}

}  // namespace

void CountExtractor::extract_sentence(const Document& doc, uint32_t si, std::vector<Count>& out) const {
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
    q.first = QuantityParser::modifier_start(toks, q.number_first);
    if ((q.vague && !options_.vague_quantities) || ruled_out(toks, q)) continue;
    NounGroup g = noun_group(toks, q.last);
    if (q.article) {
      if (!g.present || !g.person || toks[g.last - 1].tag == "NNS") continue;
    } else if (g.present && !g.people && !(q.value == 1 && g.person) && !g.noun_type) {
      continue;  // "3 aircraft", "seven cities"
    }
    if (!g.present && lower_at(toks, q.last) == "of") continue;
    const Token& head = toks[g.present ? g.last - 1 : q.last - 1];

    std::optional<CountType> type;
    CueMatch m;
    if (q.first > 0 && CountLexicon::left_cue(toks, q.first - 1, m) &&
        !CountLexicon::is_hypothetical_before(toks, q.first - m.length))
      type = m.type;  // "killing at least 10 people"
    if (!type && g.present && (head.lower == "lives" || head.lower == "life") && q.first > 0) {
      static constexpr std::string_view kTake[] = {"claimed", "claiming", "claims", "claim",
                                                   "cost", "costs", "costing", "took",
                                                   "taking", "takes", "lost", "losing"};
      if (std::find(std::begin(kTake), std::end(kTake), lower_at(toks, q.first - 1)) !=
          std::end(kTake))
        type = CountType::kKilled;  // "the virus claimed 6606 lives"
    }
    RightCue r;
    if (!type) {
      r = right_cue(toks, g.present ? g.end : q.last, !g.present);
      if (q.article && r.joined_number) continue;  // "a pilot and 10 passengers": the 10 take it
      type = r.type;
    }
    for (uint32_t k = g.first; !type && g.present && k + 1 < g.last; ++k)
      if (CountLexicon::right_cue(toks, k, m)) type = m.type;  // "2 million displaced people"
    if (!type && (!g.present || g.people || g.noun_type == CountType::kKilled))
      type = toll_cue(toks, q.first);
    bool included = is_included_marker(toks, q.first);
    int head_index = included ? last_head : -1;
    if (!included && q.first > 0 && lower_at(toks, q.first - 1) == "and" && !found.empty() &&
        found.back().included && found.back().end == q.first - 1) {
      included = true;  // "including five instructors and five others"
      head_index = found.back().head;
    }
    if (included && q.article) continue;  // "including a child": a detail, not a count
    // "22 more deaths" names its own type; "including 3 protesters" takes the total's.
    if (!type && g.present && !g.people) type = g.noun_type;
    if (!type && included && head_index >= 0 && g.present) type = found[head_index].count.type;
    // "injured a man and two women": the second conjunct shares the verb.
    bool joined = !included && q.first > 0 && lower_at(toks, q.first - 1) == "and" &&
                  !found.empty() && found.back().end == q.first - 1;
    if (!type && joined && g.present) type = found.back().count.type;
    if (!type && g.present) type = g.noun_type;
    if (!type) continue;

    int64_t add = r.add;
    if (r.consumed != UINT32_MAX) consumed.push_back(r.consumed);
    // "the pilot and all 10 passengers were killed": 11.
    if (q.first >= 3 && lower_at(toks, q.first - 1) == "and") {
      uint32_t k = q.first - 2;
      if (CountLexicon::is_person_singular(toks[k]) && toks[k].tag != "NNS") {
        uint32_t d = k;
        while (d > 0 && k - d < 3 && !is_determiner(toks[d].lower)) --d;
        if (is_determiner(toks[d].lower)) {
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
      c.who = (head.lower == "lives" || head.lower == "life")
                  ? "people"
                  : std::string(doc.text(Span{toks[g.first].span.begin, toks[g.last - 1].span.end}));
    else if (!found.empty() && found.back().stated != 1)
      c.who = found.back().count.who;  // "killed 589 people and injured nearly 3,000"
    f.stated = q.value;
    f.included = included;
    f.head = head_index;
    f.end = end;
    found.push_back(std::move(f));
    if (!included) last_head = static_cast<int>(found.size()) - 1;
  }

  // Sub-counts that add up exactly to their total are a breakdown, not news.
  for (size_t h = 0; h < found.size(); ++h) {
    int64_t sum = 0;
    bool any = false;
    for (const Found& f : found)
      if (f.included && f.head == static_cast<int>(h)) sum += f.stated, any = true;
    if (any && sum == found[h].stated)
      for (Found& f : found)
        if (f.included && f.head == static_cast<int>(h)) f.stated = -1;
  }
  for (Found& f : found)
    if (f.stated >= 0) out.push_back(std::move(f.count));
}

void CountExtractor::annotate(Document& doc) const {
  doc.counts.clear();
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

  for (uint32_t s = 0; s < ns; ++s) {
    size_t before = doc.counts.size();
    extract_sentence(doc, s, doc.counts);
    bool has_events = starts[s + 1] > starts[s];
    if (doc.counts.size() == before && !has_events) continue;
    std::string source = AttributionFinder::find(doc, s);
    for (size_t c = before; c < doc.counts.size(); ++c) doc.counts[c].according_to = source;
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
