#include "counts/count_patterns.h"

#include <algorithm>
#include <iterator>

#include "core/str_eq.h"

namespace herald {
namespace {

using Tokens = std::vector<Token>;
constexpr uint32_t kMaxNounWords = 6;     // words in a counted noun phrase
constexpr uint32_t kMaxRightSteps = 30;   // tokens scanned for a cue after the people
constexpr uint32_t kMaxAsideWords = 15;   // words in a comma-delimited aside
constexpr uint32_t kMaxTollDistance = 20; // "death toll ... rose to N"
constexpr uint32_t kMaxRateWords = 6;     // "deaths per 100,000" after the counted people
constexpr uint32_t kMaxEvacuationWords = 12;  // "evacuated from the aircraft"

bool starts_with(const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; }
bool is_noun(const Token& t) { return starts_with(t.tag, "NN"); }
bool is_adj(const Token& t) { return starts_with(t.tag, "JJ"); }
bool is_finite_verb(const Token& t) {
  return str_eq(t.tag, "VBD") || str_eq(t.tag, "VBZ") || str_eq(t.tag, "VBP") || str_eq(t.tag, "MD");
}
bool is_alpha_word(const Token& t) {
  unsigned char c = t.text.empty() ? 0 : static_cast<unsigned char>(t.text[0]);
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

// A word that may stand inside a counted noun phrase: "road construction workers".
bool is_noun_phrase_word(const Tokens& toks, uint32_t j) {
  const Token& t = toks[j];
  // "A civilian is killed": the tagger may read "is" as a noun; an auxiliary ends the phrase.
  if (CountLexicon::is_auxiliary(t.lower) || CountLexicon::is_modal(t.lower)) return false;
  if (t.tag.empty()) return is_alpha_word(t);
  if (is_noun(t) || is_adj(t)) return true;
  if (t.lower.size() > 4 && t.lower.compare(t.lower.size() - 4, 4, "-old") == 0) return true;
  // "wounded soldiers", "displaced Palestinians": a participle before a noun.
  // Not "a woman named Heather Heyer": a proper name is no noun for people.
  return (str_eq(t.tag, "VBN") || str_eq(t.tag, "VBG")) && j + 1 < toks.size() &&
         ((is_noun(toks[j + 1]) && !str_eq(toks[j + 1].tag, "NNP")) || is_adj(toks[j + 1]));
}

}  // namespace

bool CountPatterns::is_determiner(std::string_view w) { return str_eq(w, "the") || str_eq(w, "a") || str_eq(w, "an"); }

std::string_view CountPatterns::lower_at(const Tokens& toks, uint32_t k) {
  return k < toks.size() ? std::string_view(toks[k].lower) : std::string_view();
}

// The noun phrase a number counts, read from token j: "police officers",
// "of its leaders", "others", "more people"; elided ("289 captured").
NounGroup CountPatterns::noun_group(const Tokens& toks, uint32_t j) const {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  NounGroup g;
  g.end = g.first = g.last = j;
  if (j < n && str_eq(toks[j].lower, "of")) {  // partitive: "two of its leaders", "five of them"
    uint32_t k = j + 1;
    if (k < n && (str_eq(toks[k].lower, "them") || str_eq(toks[k].lower, "whom"))) {
      g.first = k, g.last = g.end = k + 1;
      g.present = g.people = true;
      return g;
    }
    while (k < n && (str_eq(toks[k].tag, "DT") || str_eq(toks[k].tag, "PRP$") || str_eq(toks[k].lower, "the") ||
                     str_eq(toks[k].lower, "its") || str_eq(toks[k].lower, "their")))
      ++k;
    // "two of Khan's victims", "five of the company's workers": skip the possessor.
    for (uint32_t p = k; p < n && p < k + 4; ++p) {
      if (str_eq(toks[p].lower, "'s") || str_eq(toks[p].lower, "'") || str_eq(toks[p].tag, "POS")) {
        k = p + 1;
        break;
      }
      if (!(toks[p].tag.rfind("NNP", 0) == 0 || str_eq(toks[p].tag, "NN"))) break;
    }
    if (k == j + 1) return g;
    if (auto total = QuantityParser::parse(toks, k); total && !total->article) {
      g.total = total->value;  // "32 of the 543 passengers": 32 passengers
      k = total->last;
    }
    j = k;
  }
  const uint32_t more_at = j;
  if (j < n && (str_eq(toks[j].lower, "more") || str_eq(toks[j].lower, "other"))) ++j;  // "13 more people"
  if (j + 1 < n && starts_with(toks[j].tag, "RB") && (str_eq(toks[j + 1].tag, "VBN") || is_adj(toks[j + 1])) &&
      is_noun_phrase_word(toks, j + 1))
    ++j;  // "650,000 internally displaced people"
  uint32_t start = j;
  CueMatch cue;
  while (j < n && j - start < kMaxNounWords) {
    // "42 people killed": a cue ends the phrase unless a noun follows ("wounded soldiers").
    if (lex_->right_cue(toks, j, cue) &&
        !(j + 1 < n && (is_noun(toks[j + 1]) || is_adj(toks[j + 1]))))
      break;
    if (!is_noun_phrase_word(toks, j)) break;
    ++j;
  }
  // "members and leaders", "46 students and staff abducted"
  if (j > start && j + 1 < n && str_eq(toks[j].lower, "and") && lex_->is_people_noun(toks[j + 1]) &&
      (j + 2 >= n || !is_noun_phrase_word(toks, j + 2) || lex_->right_cue(toks, j + 2, cue)))
    j += 2;
  if (j == start && start == more_at + 1 && str_eq(toks[more_at].lower, "more")) {
    // "four more are injured": "more" stands for more people.
    g.first = more_at, g.last = g.end = start;
    g.present = g.people = true;
    return g;
  }
  if (j == start) return g;
  g.first = start, g.last = g.end = j;
  g.present = true;
  const Token& head = toks[j - 1];
  g.people = lex_->is_people_noun(head);
  g.person = lex_->is_person_singular(head);
  g.noun_type = lex_->noun_type(head.lower);
  return g;
}

// Numbers that are no count of people whatever follows: dates, years,
// money, percentages, ages, labels, "no one".
bool CountPatterns::ruled_out(const Tokens& toks, const Quantity& q) const {
  std::string_view prev = q.first > 0 ? lower_at(toks, q.first - 1) : std::string_view();
  std::string_view next = lower_at(toks, q.last);
  if (lex_->is_month(prev) || lex_->is_month(next)) return true;
  if (lex_->is_unit(next) || str_eq(next, "-year-old") || str_eq(next, "another")) return true;
  if (str_eq(next, "or") && q.last + 1 < toks.size()) {
    auto other = QuantityParser::parse(toks, q.last + 1);
    if (other && !other->article) return true;
  }  // "five or six people": no stated number
  if (lex_->not_count_before.has(prev) || (str_eq(prev, "the") && q.value == 1) || str_eq(prev, "-") ||
      str_eq(prev, "/"))
    return true;
  // A label: "Article 5", "Flight 370" (a noun right before a bare number).
  CueMatch cue;
  if (q.first == q.number_first && q.first > 0 && is_noun(toks[q.first - 1]) &&
      !str_eq(toks[q.first - 1].lower, "toll") && !lex_->left_cue(toks, q.first - 1, cue))
    return true;
  // The second number of a range or a part: "aged two and 12", "45 to 75",
  // "32 of the 543 passengers" (the count is 32).
  uint32_t p = q.first;
  // "in 2024 and a citizen": an article is no second number.
  if (!q.article && p >= 2 && (str_eq(prev, "and") || str_eq(prev, "to") || str_eq(prev, "or") || str_eq(prev, "of")))
    --p;
  else if (!q.article && p >= 3 && str_eq(lower_at(toks, p - 2), "of") &&
           (str_eq(prev, "the") || str_eq(prev, "its") || str_eq(prev, "their")))
    p -= 2;
  if (p < q.first) {
    auto before = QuantityParser::parse(toks, p - 1);
    bool number_before = (before && !before->article && before->last == p) || str_eq(toks[p - 1].tag, "CD");
    // ... but "the toll rose from 40 to 50" gives 50.
    if (number_before && !(str_eq(prev, "to") && p >= 2 && str_eq(lower_at(toks, p - 2), "from"))) return true;
    // "a 42% chance of 10,000 deaths": a forecast, not a count.
    std::string_view w = toks[p - 1].lower;
    if (str_eq(prev, "of") && lex_->forecast_nouns.has(w)) return true;
  }
  // A year: four digits from 1800 to 2100 not followed by a noun for people.
  const std::string& t = toks[q.number_first].text;
  if (q.last == q.number_first + 1 && t.size() == 4 && t[0] >= '0' && t[0] <= '9' &&
      q.value >= 1800 && q.value <= 2100 &&
      !(q.last < toks.size() && lex_->is_people_noun(toks[q.last])))
    return true;
  return false;
}

// "death toll ... has risen to 787", "a death toll of 42", "the toll stands at 9",
// "the number of people who have died ... has risen to 34", "deaths surpassing 100,000".
std::optional<CountType> CountPatterns::toll_cue(const Tokens& toks, uint32_t first) const {
  if (first == 0) return std::nullopt;
  if (!lex_->toll_links.has(toks[first - 1].lower)) return std::nullopt;
  uint32_t stop = first > kMaxTollDistance ? first - kMaxTollDistance : 0;
  for (uint32_t k = first - 1; k-- > stop;) {
    std::string_view w = toks[k].lower;
    if (str_eq(w, ".") || str_eq(w, ";")) break;
    if (str_eq(toks[k].tag, "CD") && !(k > 0 && str_eq(toks[k - 1].lower, "from"))) break;  // "from 14 to 31"
    std::string_view before = k > 0 ? lower_at(toks, k - 1) : std::string_view();
    if (str_eq(w, "toll") || str_eq(w, "tolls") ||
        (str_eq(w, "count") && (str_eq(before, "death") || str_eq(before, "body")))) {
      if (str_eq(before, "casualty")) return CountType::kOther;
      if (str_eq(before, "injury")) return CountType::kWounded;
      return CountType::kKilled;
    }
    if ((str_eq(w, "deaths") || str_eq(w, "fatalities")) && k + 1 == first - 1) return CountType::kKilled;
    if (str_eq(w, "number") && str_eq(lower_at(toks, k + 1), "of")) {  // "the number of people killed"
      CueMatch m;
      for (uint32_t j = k + 2; j < first - 1 && j < k + 8; ++j) {
        if (lex_->right_cue(toks, j, m)) return m.type;
        if (auto t = lex_->noun_type(toks[j].lower); t && t != CountType::kProtesters)
          return t;
      }
    }
  }
  return std::nullopt;
}

// "the deaths of 29 miners", "the arrest of 12 activists", "the abduction of 3 girls".
std::optional<CountType> CountPatterns::noun_of_cue(const Tokens& toks, uint32_t first) const {
  if (first < 2 || !str_eq(toks[first - 1].lower, "of")) return std::nullopt;
  return lex_->noun_of_type(toks[first - 2].lower);
}

namespace {

// A conjunct "a pilot" / "the pilot" (no number) starting at token j; end set past it.
bool unnumbered_person(const CountPatterns& patterns, const Tokens& toks, uint32_t j, uint32_t& end) {
  if (j >= toks.size() || !CountPatterns::is_determiner(toks[j].lower)) return false;
  NounGroup g = patterns.noun_group(toks, j + 1);
  if (!g.present || !g.person || str_eq(toks[g.last - 1].tag, "NNS")) return false;
  end = g.end;
  return true;
}

// A numbered conjunct "two Brazilian citizens" starting at token j (after
// "and"); end set past its noun phrase.
bool numbered_people(const CountPatterns& patterns, const Tokens& toks, uint32_t j, uint32_t& end) {
  for (uint32_t k = j; k < j + 3 && k < toks.size(); ++k) {
    auto q = QuantityParser::parse(toks, k);
    if (!q || q->article) continue;
    if (QuantityParser::modifier_start(toks, k, patterns.lexicon().number_modifiers) != j) return false;
    NounGroup g = patterns.noun_group(toks, q->last);
    if (!g.present || !g.people) return false;
    end = g.end;
    return true;
  }
  return false;
}



}  // namespace

// A cue after the counted people, from token k. `strict` (no noun phrase was
// read) allows only auxiliaries and adverbs in between.
RightCue CountPatterns::right_cue(const Tokens& toks, uint32_t k, bool strict) const {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  RightCue r;
  bool aux = false, modal = false;
  CueMatch m;
  for (uint32_t steps = 0; k < n && steps < kMaxRightSteps; ++steps) {
    const Token& t = toks[k];
    std::string_view w = t.lower;
    if (lex_->right_cue(toks, k, m)) {
      uint32_t after = k + m.length;
      if (modal) return r;
      if (m.transitive && !aux && after < n) {
        // "three gunmen killed two guards": the counted people did it.
        const Token& o = toks[after];
        bool object = str_eq(o.tag, "DT") || str_eq(o.tag, "CD") || str_eq(o.tag, "PRP$") || str_eq(o.tag, "PRP") ||
                      is_noun(o) || is_adj(o);
        if (object && !lex_->is_temporal(o.lower)) return r;
      }
      r.type = m.type;
      r.aux = aux;
      return r;
    }
    if (str_eq(w, "not") || str_eq(w, "n't") || str_eq(w, "never") || str_eq(w, "no")) return r;
    if (str_eq(w, "or") && (str_eq(lower_at(toks, k + 1), "more") || str_eq(lower_at(toks, k + 1), "so"))) {
      k += 2;  // "66 people or more were injured"
      continue;
    }
    if (CountLexicon::is_auxiliary(w)) { aux = true; ++k; continue; }
    if (CountLexicon::is_modal(w)) { modal = true; ++k; continue; }
    if (str_eq(w, "among")) {  // "were among those killed", "among the dead"
      ++k;
      if (str_eq(lower_at(toks, k), "the") || str_eq(lower_at(toks, k), "those")) ++k;
      continue;
    }
    if (lex_->skip_words.has(w) || str_eq(w, "\"") || str_eq(w, "'") || str_eq(w, "``") || str_eq(w, "''") ||
        starts_with(t.tag, "RB")) {
      ++k;
      continue;
    }
    if (strict) return r;
    if ((str_eq(w, "who") || str_eq(w, "that")) && !aux) {
      ++k;
      continue;
    }
    if (str_eq(w, "and") && !aux) {
      uint32_t end = 0;
      if (unnumbered_person(*this, toks, k + 1, end)) {
        r.add += 1;
        r.consumed = k + 1;
        k = end;
        continue;
      }
      if (numbered_people(*this, toks, k + 1, end)) {
        r.joined_number = true;
        k = end;
        continue;
      }
      if (is_determiner(lower_at(toks, k + 1))) {  // "and a dog": read past, add nothing
        NounGroup other = noun_group(toks, k + 2);
        if (!other.present) return r;
        k = other.end;
        continue;
      }
      return r;
    }
    if (str_eq(w, ",") || str_eq(w, "(")) {
      if (str_eq(w, ",") && lex_->right_cue(toks, k + 1, m)) {
        ++k;
        continue;
      }  // ", dead"
      // An aside: ", including nearly 16,765 children," "(FVF)", ", according to
      // X," with no finite verb, or a relative clause ", who had been missing,".
      std::string_view close = str_eq(w, ",") ? "," : ")";
      bool relative = str_eq(lower_at(toks, k + 1), "who") || str_eq(lower_at(toks, k + 1), "which");
      uint32_t j = k + 1;
      while (j < n && j - k <= kMaxAsideWords && toks[j].lower != close && !str_eq(toks[j].lower, ".") &&
             (relative || !is_finite_verb(toks[j])))
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
             (str_eq(toks[j].tag, "DT") || str_eq(toks[j].tag, "PRP$") || str_eq(toks[j].tag, "POS") ||
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

bool CountPatterns::is_rate(const Tokens& toks, uint32_t k) const {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  for (uint32_t j = k; j < n && j < k + kMaxRateWords; ++j) {
    std::string_view w = toks[j].lower;
    if (str_eq(w, ",") || str_eq(w, ".") || str_eq(w, ";") || str_eq(w, "(")) return false;
    if (lex_->rate_words.value(w) == "rate") return true;
    const std::string_view next_kind = lex_->rate_words.value(lower_at(toks, j + 1));
    if (str_eq(w, "per")) {  // "per 100,000", "per year"; not "per police"
      auto q = QuantityParser::parse(toks, j + 1);
      if ((q && !q->article) || str_eq(next_kind, "period") || str_eq(next_kind, "per")) return true;
    }
    if ((str_eq(w, "a") || str_eq(w, "each") || str_eq(w, "every") || str_eq(w, "per")) &&
        str_eq(next_kind, "period")) {
      std::string_view after = lower_at(toks, j + 2);
      return !(str_eq(after, "ago") || str_eq(after, "after") || str_eq(after, "before") || str_eq(after, "earlier") ||
               str_eq(after, "later") || str_eq(after, "since") || str_eq(after, "of"));
    }
  }
  return false;
}

bool CountPatterns::is_vehicle_evacuation(const Tokens& toks, uint32_t first, uint32_t last) const {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  uint32_t from = first > kMaxEvacuationWords ? first - kMaxEvacuationWords : 0;
  uint32_t to = std::min<uint32_t>(n, last + kMaxEvacuationWords);
  bool evacuated = false, vehicle = false;
  for (uint32_t j = from; j < to; ++j) {
    std::string_view w = toks[j].lower;
    if (w.rfind("evacuat", 0) == 0) evacuated = true;
    if (lex_->evacuated_places.has(w)) vehicle = true;
  }
  return evacuated && vehicle;
}

bool CountPatterns::is_illness_hospitalization(const Document& doc, uint32_t si, uint32_t first,
                                               uint32_t last) const {
  const Tokens& toks = doc.sentences.at(si).tokens;
  bool hospital = false;
  for (uint32_t k = first; k < last && k < toks.size(); ++k)
    hospital = hospital || toks[k].lower.rfind("hospitali", 0) == 0;
  if (!hospital) return false;
  const uint32_t last_sentence = std::min<uint32_t>(si + 1, static_cast<uint32_t>(doc.sentences.size()) - 1);
  for (uint32_t s = si >= 2 ? si - 2 : 0; s <= last_sentence; ++s)
    for (const Token& t : doc.sentences[s].tokens)
      if (lex_->illness_words.has(t.lower)) return true;
  return false;
}

bool CountPatterns::is_included_marker(const Tokens& toks, uint32_t first) {
  if (first == 0) return false;
  std::string_view p = toks[first - 1].lower;
  if (str_eq(p, "including") || str_eq(p, "incl")) return true;
  if (str_eq(p, ",") && first >= 3) {  // "including, according to government reports, 54 children"
    for (uint32_t k = first - 2; k > 0 && first - k <= kMaxAsideWords; --k) {
      if (str_eq(toks[k].lower, ",")) return str_eq(lower_at(toks, k - 1), "including");
      if (str_eq(toks[k].lower, ".") || str_eq(toks[k].lower, ";")) return false;
    }
  }
  std::string_view pp = first > 1 ? lower_at(toks, first - 2) : std::string_view();
  return (str_eq(pp, "among") && (str_eq(p, "them") || str_eq(p, "whom"))) || (str_eq(pp, "of") && str_eq(p, "whom"));
}


}  // namespace herald
