#include "counts/count_lexicon.h"

#include <initializer_list>
#include <unordered_set>

#include "core/str_eq.h"

namespace herald {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() + 1 && s.substr(s.size() - suffix.size()) == suffix;
}

bool capitalised(const Token& t) { return !t.text.empty() && t.text[0] >= 'A' && t.text[0] <= 'Z'; }

bool suffix_person(std::string_view w) {
  return ends_with(w, "ers") || ends_with(w, "ors") || ends_with(w, "ists") ||
         ends_with(w, "ians") || ends_with(w, "ees") || ends_with(w, "men");
}

std::optional<CountType> type_named(std::string_view name) {
  for (CountType t : {CountType::kKilled, CountType::kWounded, CountType::kArrested, CountType::kDisplaced,
                      CountType::kKidnapped, CountType::kProtesters, CountType::kOther})
    if (count_type_name(t) == name) return t;
  return std::nullopt;
}

// "killed transitive" -> the cue; `flag` is the one flag the list allows ("" for none).
Error parse_cue(const WordList& list, std::string_view key, std::string_view flag, CueMatch& cue) {
  std::string_view v = list.value(key);
  size_t space = v.find(' ');
  std::string_view name = v.substr(0, space), rest = space == std::string_view::npos ? "" : v.substr(space + 1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  auto type = type_named(name);
  if (!type)
    return list.bad_value(key, "unknown count type '" + std::string(name) +
                                   "' (killed, wounded, arrested, displaced, kidnapped, protesters, other)");
  cue.type = *type;
  if (rest.empty()) return Error{};
  if (flag.empty() || rest != flag)
    return list.bad_value(key, flag.empty() ? "no flag is allowed after the count type"
                                            : "the only flag after the count type is '" + std::string(flag) + "'");
  if (str_eq(flag, "transitive")) cue.transitive = true;
  if (str_eq(flag, "upgrade")) cue.upgrade = true;
  return Error{};
}

std::vector<std::string> words_of(std::string_view key) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= key.size()) {
    size_t sp = key.find(' ', start);
    if (sp == std::string_view::npos) sp = key.size();
    out.emplace_back(key.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

}  // namespace

Result<CountLexicon> CountLexicon::load(const DataPaths& paths) {
  CountLexicon x;
  struct Entry {
    WordList* list;
    const char* file;
  };
  const std::initializer_list<Entry> plain = {
      {&x.months, "words/months.txt"},
      {&x.month_abbreviations, "words/month_abbreviations.txt"},
      {&x.weekdays, "words/weekdays.txt"},
      {&x.people_nouns_, "words/counts/people_nouns.txt"},
      {&x.person_nouns_, "words/counts/person_nouns.txt"},
      {&x.thing_nouns_, "words/counts/thing_nouns.txt"},
      {&x.time_words, "words/counts/time_words.txt"},
      {&x.time_nouns, "words/counts/time_nouns.txt"},
      {&x.say_verbs, "words/counts/say_verbs.txt"},
      {&x.units, "words/counts/units.txt"},
      {&x.number_modifiers, "words/counts/number_modifiers.txt"},
      {&x.forced_to_leave, "words/counts/forced_to_leave.txt"},
      {&x.severity_words, "words/counts/severity_words.txt"},
      {&x.speculation_words, "words/counts/speculation_words.txt"},
      {&x.lives_verbs, "words/counts/lives_verbs.txt"},
      {&x.not_count_before, "words/counts/not_count_before.txt"},
      {&x.forecast_nouns, "words/counts/forecast_nouns.txt"},
      {&x.toll_links, "words/counts/toll_links.txt"},
      {&x.skip_words, "words/counts/skip_words.txt"},
      {&x.rate_words, "words/counts/rate_words.txt"},
      {&x.evacuated_places, "words/counts/evacuated_places.txt"},
      {&x.illness_words, "words/counts/illness_words.txt"},
      {&x.claim_objects, "words/counts/claim_objects.txt"},
      {&x.group_nouns, "words/counts/group_nouns.txt"},
      {&x.name_particles, "words/counts/name_particles.txt"},
      {&x.victim_person_nouns, "words/counts/victim_person_nouns.txt"},
      {&x.violent_causes, "words/counts/violent_causes.txt"},
      {&x.fall_verbs, "words/counts/fall_verbs.txt"},
  };
  for (const Entry& e : plain) {
    auto list = WordList::load(paths, e.file);
    if (!list.ok()) return list.error();
    *e.list = std::move(list.value());
  }
  // Plain lists hold bare entries: a value there is a mistake, not a category.
  for (const Entry& e : plain) {
    const bool valued = e.list == &x.months || e.list == &x.month_abbreviations || e.list == &x.weekdays ||
                        e.list == &x.forced_to_leave || e.list == &x.speculation_words || e.list == &x.rate_words;
    if (Error bad = valued ? Error{} : e.list->expect_values({""}); bad.code != ErrorCode::kOk) return bad;
  }
  // Lists of categories or numbers: their values checked here, once.
  for (const Error& e : {x.forced_to_leave.expect_values({"force", "leave"}),
                         x.speculation_words.expect_values({"fear", "near-miss"}),
                         x.rate_words.expect_values({"rate", "period", "per"}), x.months.expect_numbers(1, 12),
                         x.month_abbreviations.expect_numbers(1, 12), x.weekdays.expect_numbers(0, 6)})
    if (e.code != ErrorCode::kOk) return e;

  // Typed lists: "word = type", checked here.
  for (const Entry& e : {Entry{&x.count_nouns_, "words/counts/count_nouns.txt"},
                         Entry{&x.nouns_of_, "words/counts/nouns_of.txt"},
                         Entry{&x.victim_verbs_, "words/counts/victim_verbs.txt"},
                         Entry{&x.victim_nouns_of_, "words/counts/victim_nouns_of.txt"}}) {
    auto list = WordList::load(paths, e.file);
    if (!list.ok()) return list.error();
    *e.list = std::move(list.value());
    for (std::string_view key : e.list->keys()) {
      CueMatch cue;
      if (Error bad = parse_cue(*e.list, key, "", cue); bad.code != ErrorCode::kOk) return bad;
    }
  }
  // Typed phrases: indexed by their first word, or their last for the cues
  // before the counted people (they end at the number).
  struct Cues {
    PhraseIndex* index;
    const char* file;
    std::string_view flag;
    bool by_last;
  };
  for (const Cues& c : {Cues{&x.right_cues_, "words/counts/cues_after.txt", "transitive", false},
                        Cues{&x.left_cues_, "words/counts/cues_before.txt", "", true},
                        Cues{&x.victim_passives_, "words/counts/victim_passives.txt", "upgrade", false}}) {
    auto list = WordList::load(paths, c.file);
    if (!list.ok()) return list.error();
    for (std::string_view key : list.value().keys()) {
      Phrase p;
      if (Error e = parse_cue(list.value(), key, c.flag, p.cue); e.code != ErrorCode::kOk) return e;
      p.words = words_of(key);
      p.cue.length = static_cast<uint32_t>(p.words.size());
      if (c.index == &x.left_cues_) p.cue.transitive = true;  // every verb before the people takes them as object
      std::string head = c.by_last ? p.words.back() : p.words.front();
      (*c.index)[head].push_back(std::move(p));
    }
    if (c.index == &x.left_cues_) x.cues_before_ = std::move(list.value());
  }
  return x;
}

bool CountLexicon::is_people_noun(const Token& t) const {
  const std::string_view w = t.lower;
  if (people_nouns_.has(w)) return true;
  if (thing_nouns_.has(w)) return false;
  if (!t.tag.empty() && !str_eq(t.tag, "NNS") && !str_eq(t.tag, "NNPS") && !str_eq(t.tag, "NNP")) return false;
  if (suffix_person(w)) return true;
  // Demonyms: "Palestinians", "Israelis", "Germans", "Lebanese".
  return capitalised(t) && (ends_with(w, "ans") || ends_with(w, "is") || ends_with(w, "ese"));
}

bool CountLexicon::is_person_singular(const Token& t) const {
  const std::string_view w = t.lower;
  if (person_nouns_.has(w)) return true;
  if (w.empty() || w.back() == 's') return false;
  std::string plural(w);
  plural += 's';
  if (people_nouns_.has(plural)) return true;
  if (thing_nouns_.has(plural)) return false;
  if (!t.tag.empty() && !str_eq(t.tag, "NN") && !str_eq(t.tag, "NNP") && !str_eq(t.tag, "JJ")) return false;
  return ends_with(w, "er") || ends_with(w, "or") || ends_with(w, "ist") ||
         (capitalised(t) && ends_with(w, "ian"));
}

std::optional<CountType> CountLexicon::type_of(const WordList& list, std::string_view lower) {
  std::string_view v = list.value(lower);
  return v.empty() ? std::nullopt : type_named(v);
}

bool CountLexicon::match(const PhraseIndex& index, const std::vector<Token>& toks, uint32_t k, bool backward,
                         CueMatch& m) {
  if (k >= toks.size()) return false;
  auto it = index.find(toks[k].lower);
  if (it == index.end()) return false;
  // Longest match wins: "killed or wounded" before "killed".
  uint32_t best = 0;
  for (const Phrase& p : it->second) {
    const auto len = static_cast<uint32_t>(p.words.size());
    if (len <= best) continue;
    if (backward ? len > k + 1 : k + len > toks.size()) continue;
    const uint32_t first = backward ? k + 1 - len : k;
    bool same = true;
    for (uint32_t i = 0; i < len && same; ++i) same = toks[first + i].lower == p.words[i];
    if (!same) continue;
    best = len;
    m = p.cue;
  }
  return best > 0;
}

bool CountLexicon::right_cue(const std::vector<Token>& toks, uint32_t k, CueMatch& m) const {
  return match(right_cues_, toks, k, false, m);
}

bool CountLexicon::left_cue(const std::vector<Token>& toks, uint32_t k, CueMatch& m) const {
  return match(left_cues_, toks, k, true, m);
}

bool CountLexicon::victim_passive(const std::vector<Token>& toks, uint32_t k, CueMatch& m) const {
  return match(victim_passives_, toks, k, false, m);
}

bool CountLexicon::is_hypothetical_before(const std::vector<Token>& toks, uint32_t k) const {
  if (k == 0 || k >= toks.size()) return false;
  const std::string& t = toks[k].tag;
  bool base = str_eq(t, "VB") ||
              (t.empty() && cues_before_.has(toks[k].lower) && toks[k].lower.find("ed") == std::string::npos &&
               toks[k].lower.find("ing") == std::string::npos);
  if (!base) return false;
  std::string_view prev = toks[k - 1].lower;
  return str_eq(prev, "to") || is_modal(prev) || str_eq(prev, "not");
}

// Auxiliaries and modals: the closed classes of English grammar that the
// count rules are about (passive "were killed", hypothetical "could kill").
bool CountLexicon::is_auxiliary(std::string_view w) {
  static const std::unordered_set<std::string_view> s = {"was", "were", "is", "are", "be", "been", "being", "has",
                                                         "have", "had", "'ve", "got", "get", "gets", "getting", "'re"};
  return s.count(w) > 0;
}

bool CountLexicon::is_modal(std::string_view w) {
  static const std::unordered_set<std::string_view> s = {"will", "would", "could", "may", "might", "can",
                                                         "should", "must", "'ll", "'d", "shall"};
  return s.count(w) > 0;
}

}  // namespace herald
