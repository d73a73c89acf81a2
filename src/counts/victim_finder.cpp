#include "counts/victim_finder.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "core/str_eq.h"
#include "counts/count_lexicon.h"
#include "counts/count_patterns.h"
#include "counts/quantity_parser.h"

namespace herald {
namespace {

using Tokens = std::vector<Token>;
using P = CountPatterns;
constexpr uint32_t kMaxAuxWords = 6;       // "is reported to have been" before a participle
constexpr uint32_t kMaxSubjectAsideWords = 15;    // ", mayor of the city," between a name and its verb
constexpr uint32_t kMaxCauseWords = 20;    // "died ... after being shot"
constexpr uint32_t kMaxUpgradeWords = 12;  // "was stabbed ... and died"
constexpr uint32_t kMaxYearWords = 12;     // "was detained in a raid in December 2018"
constexpr int kBackgroundYears = 2;        // a year this much older than the article: background

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool is_pronoun(std::string_view w) {
  return str_eq(w, "he") || str_eq(w, "she") || str_eq(w, "him") || str_eq(w, "her") || str_eq(w, "they") ||
         str_eq(w, "them") || str_eq(w, "it") || str_eq(w, "himself") || str_eq(w, "herself") || str_eq(w, "we") ||
         str_eq(w, "us") || str_eq(w, "i") || str_eq(w, "me") || str_eq(w, "you") || str_eq(w, "who") ||
         str_eq(w, "whom") || str_eq(w, "this") || str_eq(w, "that");
}

// "Many were shot", "Some are injured": no stated number.
bool is_quantifier(std::string_view w) {
  return str_eq(w, "many") || str_eq(w, "several") || str_eq(w, "some") || str_eq(w, "few") || str_eq(w, "most") ||
         str_eq(w, "all") || str_eq(w, "both") || str_eq(w, "each") || str_eq(w, "none") || str_eq(w, "those") ||
         str_eq(w, "these") || str_eq(w, "others") || str_eq(w, "dozens") || str_eq(w, "hundreds") ||
         str_eq(w, "thousands") || str_eq(w, "scores") || str_eq(w, "nobody") || str_eq(w, "everyone") ||
         str_eq(w, "anyone") || str_eq(w, "someone") || str_eq(w, "one");
}

bool is_be(std::string_view w) {
  return str_eq(w, "is") || str_eq(w, "was") || str_eq(w, "were") || str_eq(w, "are") || str_eq(w, "been") ||
         str_eq(w, "being") || str_eq(w, "be") || str_eq(w, "'s") || str_eq(w, "get") || str_eq(w, "got") ||
         str_eq(w, "gets");
}

// A particle of a person's name: "bin", "von", or a word starting "al-" or "el-" (Arabic's article).
bool is_particle(const CountLexicon& lex, std::string_view w) {
  return starts_with(w, "al-") || starts_with(w, "el-") || lex.name_particles.has(w);
}

bool is_capital(const Token& t) {
  if (t.text.empty()) return false;
  unsigned char c = static_cast<unsigned char>(t.text[0]);
  return (c >= 'A' && c <= 'Z') || (c >= 0x80 && (t.tag.empty() || starts_with(t.tag, "NNP")));
}

// A word of a victim's name or description: "Iranian general", "Abu Mahdi al-Muhandis".
bool is_np_word(const CountLexicon& lex, const Token& t) {
  std::string_view w = t.lower;
  if (P::is_determiner(w) || is_pronoun(w) || CountLexicon::is_auxiliary(w) || CountLexicon::is_modal(w) ||
      lex.is_month(w) || lex.is_temporal(w) || str_eq(w, "and") || str_eq(w, "another") || is_quantifier(w))
    return false;
  if (is_capital(t) || is_particle(lex, w)) return !str_eq(t.tag, "CD") && !starts_with(t.tag, "VB");
  return starts_with(t.tag, "JJ") || str_eq(t.tag, "NN") || str_eq(t.tag, "NNP") || str_eq(t.tag, "VBN");
}

bool is_plural_word(const CountLexicon& lex, const Token& t) {
  return (str_eq(t.tag, "NNS") || str_eq(t.tag, "NNPS") || lex.is_people_noun(t)) && !is_pronoun(t.lower) &&
         !CountLexicon::is_auxiliary(t.lower);
}

bool is_person_head(const CountLexicon& lex, const Token& t) {
  if (str_eq(t.tag, "NNS") || str_eq(t.tag, "NNPS")) return false;
  return lex.is_person_singular(t) || lex.victim_person_nouns.has(t.lower);
}

enum class Kind { kNone, kName, kPerson, kAnother, kPlural, kNumbered };

struct Victim {
  uint32_t first = 0, last = 0;
  Kind kind = Kind::kNone;
  bool determiner = false;
};

// Is token k inside a place or an actor that is no person (country, organisation, agent)?
bool not_a_person(const Document& doc, uint32_t si, const Tokens& toks, uint32_t k) {
  for (const PlaceMention& p : doc.places)
    if (p.sentence == si && p.first <= k && k < p.last) return true;
  // An organisation or agent entry may name one of its people ("Islamic Jihad
  // commander X" resolves to X): that is a person.
  const std::string& head = toks[k].text;
  for (const ActorMention& a : doc.actors) {
    if (a.sentence != si || k < a.first || k >= a.last) continue;
    if (a.kind == ActorKind::kPerson || a.kind == ActorKind::kDescription) continue;
    bool named_person = a.kind != ActorKind::kCountry && a.name.find(' ') != std::string::npos &&
                        a.name.size() >= head.size() &&
                        a.name.compare(a.name.size() - head.size(), head.size(), head) == 0;
    if (!named_person) return true;
  }
  return false;
}

// What the words [first, last) (after an optional determiner) describe.
Kind classify(const CountLexicon& lex, const Document& doc, uint32_t si, const Tokens& toks, uint32_t first,
              uint32_t last, bool determiner) {
  if (first >= last) return Kind::kNone;
  for (uint32_t k = first; k < last; ++k)  // "the musical group X"
    if (lex.group_nouns.has(toks[k].lower)) return Kind::kPlural;
  const Token& head = toks[last - 1];
  if (str_eq(head.tag, "NNS") || str_eq(head.tag, "NNPS") || lex.is_people_noun(head)) return Kind::kPlural;
  if (is_person_head(lex, head)) {
    bool titled = determiner || (last - first > 1 && is_capital(toks[last - 2]));
    return titled || str_eq(head.tag, "NN") ? Kind::kPerson : Kind::kNone;
  }
  if (!is_capital(head) && !is_particle(lex, head.lower)) return Kind::kNone;
  if (not_a_person(doc, si, toks, last - 1) || lex.is_unit(head.lower)) return Kind::kNone;
  return Kind::kName;
}

// The victim noun phrase that starts at token j: "the accused", "Qasem Soleimani".
Victim parse_forward(const CountLexicon& lex, const Document& doc, uint32_t si, const Tokens& toks, uint32_t j) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  Victim v;
  v.first = v.last = j;
  if (j >= n) return v;
  auto q = QuantityParser::parse(toks, j);
  if ((q && !q->article) || str_eq(toks[j].tag, "CD")) return v.kind = Kind::kNumbered, v;
  if (str_eq(toks[j].lower, "another") && !(j + 1 < n && is_np_word(lex, toks[j + 1])))
    return v.last = j + 1, v.kind = Kind::kAnother, v;
  uint32_t k = j;
  if (P::is_determiner(toks[k].lower) || str_eq(toks[k].tag, "PRP$")) ++k, v.determiner = true;
  uint32_t start = k;
  while (k < n && k - start < VictimFinder::kMaxNameWords) {
    if ((str_eq(toks[k].lower, "'s") || str_eq(toks[k].tag, "POS")) && k > start) {
      ++k;
      start = k;
      continue;
    }
    if (!is_np_word(lex, toks[k])) {
      if (is_plural_word(lex, toks[k])) ++k;  // "firefighters": a plural ends the phrase
      break;
    }
    ++k;
  }
  if (k == start) return v;
  v.last = k;
  v.kind = classify(lex, doc, si, toks, start, k, v.determiner);
  return v;
}

// The victim noun phrase that ends just before token e: "journalist Vira Gyrych".
Victim parse_backward(const CountLexicon& lex, const Document& doc, uint32_t si, const Tokens& toks, uint32_t e) {
  Victim v;
  v.first = v.last = e;
  if (e == 0) return v;
  if (str_eq(toks[e - 1].lower, "another")) return v.first = e - 1, v.kind = Kind::kAnother, v;
  uint32_t k = e;
  if (is_plural_word(lex, toks[e - 1])) --k;  // "eleven skydivers": a plural head
  while (k > 0 && e - k < VictimFinder::kMaxNameWords) {
    const Token& t = toks[k - 1];
    bool inner_of = str_eq(t.lower, "of") && k >= 2 && k < e && is_capital(toks[k]) && is_capital(toks[k - 2]);
    if (!is_np_word(lex, t) && !inner_of) break;
    --k;
  }
  if (k == e) return v;
  v.first = k;
  if (k > 0 && (P::is_determiner(toks[k - 1].lower) || str_eq(toks[k - 1].tag, "PRP$")))
    v.first = k - 1, v.determiner = true;
  if (v.first > 0) {
    auto q = QuantityParser::parse(toks, v.first - 1);
    if ((q && !q->article) || str_eq(toks[v.first - 1].tag, "CD")) return v.kind = Kind::kNumbered, v;
  }
  v.kind = classify(lex, doc, si, toks, k, e, v.determiner);
  return v;
}

// A preposition whose object is no subject ("the son of X was arrested");
// "after X was stabbed" has a subordinator, not a preposition.
bool is_preposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "of", "in", "at", "on", "by", "with", "for", "from", "into", "about", "against", "among",
      "between", "near", "toward", "towards", "under", "over", "through", "during", "without", "to"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool counts_one(Kind k) { return k == Kind::kName || k == Kind::kPerson || k == Kind::kAnother; }

// A negated, modal or hypothetical verb at token v, or an allegation ("accused of murdering").
bool unreal_before(const Tokens& toks, uint32_t v) {
  for (uint32_t k = v, steps = 0; k > 0 && steps < kMaxAuxWords; --k, ++steps) {
    const Token& t = toks[k - 1];
    std::string_view w = t.lower;
    if (str_eq(w, "not") || str_eq(w, "n't") || str_eq(w, "never") || str_eq(w, "to") || str_eq(w, "of") ||
        str_eq(w, "with") || str_eq(w, "for") || str_eq(w, "if") || CountLexicon::is_modal(w))
      return true;
    if (!(CountLexicon::is_auxiliary(w) || starts_with(t.tag, "RB") || str_eq(w, "also"))) break;
  }
  return false;
}

// The clause after token k dates its event two or more years before the article.
bool background_year(const Document& doc, const Tokens& toks, uint32_t k) {
  if (!doc.article.date) return false;
  for (uint32_t j = k; j < toks.size() && j < k + kMaxYearWords; ++j) {
    std::string_view w = toks[j].lower;
    if (str_eq(w, ",") || str_eq(w, ";") || str_eq(w, ".") || str_eq(w, "who") || str_eq(w, "which")) break;
    if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      int year = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
      if (year >= 1800 && year <= doc.article.date->year - kBackgroundYears) return true;
    }
  }
  return false;
}

// A death follows token k: "and died", "died of his wounds", or "He died" opening the next sentence.
bool death_follows(const Document& doc, uint32_t si, const Tokens& toks, uint32_t k) {
  for (uint32_t j = k; j < toks.size() && j < k + kMaxUpgradeWords; ++j) {
    std::string_view w = toks[j].lower;
    if (str_eq(w, "died") || str_eq(w, "dies") || str_eq(w, "death") || str_eq(w, "dead")) return true;
  }
  if (si + 1 >= doc.sentences.size()) return false;
  const Tokens& next = doc.sentences[si + 1].tokens;
  if (next.empty() || !(str_eq(next[0].lower, "he") || str_eq(next[0].lower, "she"))) return false;
  for (uint32_t j = 1; j < next.size() && j < 4; ++j)
    if (str_eq(next[j].lower, "died") || str_eq(next[j].lower, "succumbed")) return true;
  return false;
}

// A violent cause after "died" at token k: "died ... after being shot", "of his wounds".
bool violent_cause(const CountLexicon& lex, const Tokens& toks, uint32_t k) {
  for (uint32_t j = k; j < toks.size() && j < k + kMaxCauseWords; ++j) {
    std::string_view w = toks[j].lower;
    if (str_eq(w, ".") || str_eq(w, ";")) break;
    if (lex.violent_causes.has(w)) return true;
  }
  return false;
}

// The end of the subject before the verb group ending at token v: skips
// auxiliaries, adverbs, "who" and an aside in commas.
uint32_t subject_end(const Tokens& toks, uint32_t v, bool& relative) {
  uint32_t k = v;
  for (uint32_t steps = 0; k > 0 && steps < kMaxAuxWords; ++steps) {
    const Token& t = toks[k - 1];
    std::string_view w = t.lower;
    if (CountLexicon::is_auxiliary(w) || starts_with(t.tag, "RB") || str_eq(w, "also") || str_eq(w, "to") ||
        str_eq(w, "reportedly") || str_eq(w, "reported") || str_eq(w, "said") || str_eq(w, "believed"))
      --k;
    else
      break;
  }
  relative = false;
  if (k > 0 && str_eq(toks[k - 1].lower, "who")) --k, relative = true;
  if (k > 0 && str_eq(toks[k - 1].lower, ",")) {
    if (relative) return k - 1;
    // "X, mayor of the city, was stabbed": the name before the aside.
    for (uint32_t j = k - 1; j > 0 && k - j <= kMaxSubjectAsideWords; --j) {
      const std::string& tag = toks[j - 1].tag;
      if (str_eq(tag, "VBD") || str_eq(tag, "VBZ") || str_eq(tag, "VBP") || str_eq(tag, "MD")) break;
      if (str_eq(toks[j - 1].lower, ",")) return j - 1;
    }
  }
  return k;
}

struct Victims {
  uint32_t first = 0, last = 0;
  int64_t number = 0;
};

// The victims ending at e and coordinated before it: "X and Y", "a man and a woman".
Victims subjects(const CountLexicon& lex, const Document& doc, uint32_t si, const Tokens& toks, uint32_t e,
               bool relative) {
  Victims f;
  Victim v = parse_backward(lex, doc, si, toks, e);
  if (!counts_one(v.kind)) return f;
  // "a ceremony for journalist X who was killed" is fine; "the son of X was arrested" is not.
  if (!relative && v.first > 0 && is_preposition(toks[v.first - 1].lower)) return f;
  f.first = v.first, f.last = v.last, f.number = 1;
  for (uint32_t c = 1; c < VictimFinder::kMaxConjuncts && f.first > 1 && str_eq(toks[f.first - 1].lower, "and"); ++c) {
    // "its leader and presidential candidate X" names one person.
    if (!v.determiner && !is_capital(toks[v.first]) ) break;
    Victim w = parse_backward(lex, doc, si, toks, f.first - 1);
    if (w.kind == Kind::kNumbered) return Victims{};
    if (!counts_one(w.kind) || w.determiner != v.determiner) break;
    f.first = w.first, f.number += 1, v = w;
  }
  return f;
}

// The victims from token j on: "the accused", "firefighters and a worker".
Victims objects(const CountLexicon& lex, const Document& doc, uint32_t si, const Tokens& toks, uint32_t j) {
  Victims f;
  f.first = f.last = j;
  for (uint32_t c = 0; c < VictimFinder::kMaxConjuncts; ++c) {
    Victim v = parse_forward(lex, doc, si, toks, j);
    if (v.kind == Kind::kNumbered) return Victims{};
    if (v.kind == Kind::kNone) break;
    if (counts_one(v.kind)) f.number += 1;
    f.last = v.last;
    if (!str_eq(P::lower_at(toks, v.last), "and")) break;
    j = v.last + 1;
  }
  if (f.number == 0) return Victims{};
  while (f.first < f.last && !counts_one(parse_forward(lex, doc, si, toks, f.first).kind)) {
    Victim v = parse_forward(lex, doc, si, toks, f.first);  // "firefighters and a worker": "a worker"
    f.first = v.last + 1;
  }
  return f;
}

}  // namespace

void VictimFinder::find(const Document& doc, uint32_t si, size_t first_of_sentence, std::vector<Count>& out) const {
  const CountLexicon& lex = patterns_->lexicon();
  const Tokens& toks = doc.sentences.at(si).tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  auto add = [&](Victims f, CountType type, uint32_t cue) {
    if (f.number <= 0 || f.first >= f.last || f.last > n) return;
    if (background_year(doc, toks, cue)) return;
    if (type == CountType::kWounded && patterns_->is_illness_hospitalization(doc, si, f.last, cue + 1)) return;
    Span span{toks[f.first].span.begin, toks[f.last - 1].span.end};
    for (size_t c = first_of_sentence; c < out.size(); ++c)
      if (out[c].span.begin < span.end && span.begin < out[c].span.end) return;
    Count count;
    count.type = type;
    count.number = f.number;
    count.sentence = si;
    count.span = span;
    count.who = std::string(doc.text(span));
    out.push_back(std::move(count));
  };
  for (uint32_t k = 0; k < n; ++k) {
    std::string_view w = toks[k].lower;
    CueMatch cue;
    bool after_be = k > 0 && (is_be(toks[k - 1].lower) ||
                              (k > 1 && is_be(toks[k - 2].lower) && starts_with(toks[k - 1].tag, "RB")));
    if (after_be && lex.victim_passive(toks, k, cue)) {
      // "X was killed", "another is injured", "X, who was also killed".
      const uint32_t len = cue.length;
      bool relative = false;
      uint32_t e = subject_end(toks, k, relative);
      if (!unreal_before(toks, k)) {
        CountType type = cue.type;
        if (cue.upgrade && death_follows(doc, si, toks, k + len)) type = CountType::kKilled;
        add(subjects(lex, doc, si, toks, e, relative), type, k + len);
      }
      k += len - 1;
      continue;
    }
    if (auto t = lex.victim_noun_of(w); t && str_eq(P::lower_at(toks, k + 1), "of") && !unreal_before(toks, k) &&
                                        !(k > 1 && unreal_before(toks, k - 1))) {
      add(objects(lex, doc, si, toks, k + 2), *t, k + 2);  // "the killing of X"
      continue;
    }
    if (auto verb = lex.victim_verb(w); verb && !after_be) {
      // "each wounded person", "the killing": an adjective or a noun, not a verb.
      if (unreal_before(toks, k) || (k > 0 && (str_eq(toks[k - 1].tag, "DT") || str_eq(toks[k - 1].tag, "PRP$") ||
                                               P::is_determiner(toks[k - 1].lower) ||
                                               is_quantifier(toks[k - 1].lower) || str_eq(toks[k - 1].lower, "every"))))
        continue;
      Victims f = objects(lex, doc, si, toks, k + 1);
      if (str_eq(w, "shot")) {  // "shot X dead"
        if (!str_eq(P::lower_at(toks, f.last), "dead")) continue;
        add(f, CountType::kKilled, f.last + 1);
      } else {
        add(f, *verb, f.last);
      }
      continue;
    }
    bool death_noun =
        str_eq(P::lower_at(toks, k + 1), "to") && str_eq(P::lower_at(toks, k + 3), "death") && lex.fall_verbs.has(w);
    if (death_noun || ((str_eq(w, "died") || str_eq(w, "dies")) && violent_cause(lex, toks, k + 1))) {
      // "X falls to his death", "X died ... after being shot": the subject, or the
      // subject of the clause for "... and falls to his death".
      bool relative = false;
      uint32_t e = subject_end(toks, k, relative);
      Victims f = subjects(lex, doc, si, toks, e, relative);
      if (f.number == 0 && e > 0 && str_eq(toks[e - 1].lower, "and")) {
        uint32_t s = e - 1;
        while (s > 0 && !str_eq(toks[s - 1].lower, ",") && !str_eq(toks[s - 1].lower, ";")) --s;
        Victim v = parse_forward(lex, doc, si, toks, s);
        if (counts_one(v.kind)) f = Victims{v.first, v.last, 1};
      }
      add(f, CountType::kKilled, k + 1);
    }
  }
}

}  // namespace herald
