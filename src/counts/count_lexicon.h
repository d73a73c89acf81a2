// The word lists of the count stage, loaded once from data/words/counts/ and
// the shared data/words/months.txt, month_abbreviations.txt and weekdays.txt:
// nouns for people, the cues that say what happened to them, and the words
// that rule a number out (internal to src/counts; each file's header says
// which rule reads it).
//
//   auto lex = herald::CountLexicon::load(paths);
//   if (!lex.ok()) die(lex.error());                  // names the file and line
//   herald::CueMatch m;
//   if (lex.value().right_cue(tokens, k, m)) ...      // "were" "rounded up"
//   lex.value().is_people_noun(token);                // "soldiers", "Palestinians"
//   lex.value().illness_words.has("measles");         // a plain list
//
// Typed lists ("deaths = killed", "shot dead = killed transitive") are
// checked at load time, phrases indexed by a word, so every lookup is a hash
// lookup of one token.
// Auxiliaries and modals are grammar the rules are about, kept in code.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/data_paths.h"
#include "core/document.h"
#include "core/error.h"
#include "core/word_list.h"

namespace herald {

// A cue found at a token: what it says happened and how many tokens it spans.
struct CueMatch {
  CountType type = CountType::kOther;
  uint32_t length = 1;
  bool transitive = false;  // "killed" can take an object; "died" cannot
  bool upgrade = false;     // victim_passives.txt: "shot" is killed when a death follows
};

class CountLexicon {
 public:
  // Reads every list; an error names the file and line of a bad entry.
  static Result<CountLexicon> load(const DataPaths& paths);

  // A plural or collective noun for people: "people", "police", "workers", "Israelis".
  bool is_people_noun(const Token& t) const;
  // A singular noun for one person: "person", "woman", "pilot", "national".
  bool is_person_singular(const Token& t) const;
  // A noun that names the count itself: "deaths" killed, "casualties" other,
  // "protesters" protesters, "hostages" kidnapped, "injuries" wounded.
  std::optional<CountType> noun_type(std::string_view lower) const { return type_of(count_nouns_, lower); }
  // A noun of an act before "of N": "deaths", "arrest", "abduction".
  std::optional<CountType> noun_of_type(std::string_view lower) const { return type_of(nouns_of_, lower); }
  // A cue after the counted people, as participle or intransitive verb:
  // "killed", "dead", "died", "rounded up", "taken into custody", "fled their
  // homes", "protested"; "among the dead" is handled by the caller.
  bool right_cue(const std::vector<Token>& toks, uint32_t k, CueMatch& m) const;
  // A verb ending at token k that takes the counted people as object:
  // "killed", "killing", "wounding", "detaining", "rounded up".
  bool left_cue(const std::vector<Token>& toks, uint32_t k, CueMatch& m) const;
  // A base-form verb after "to" or a modal: "to kill", "could arrest".
  bool is_hypothetical_before(const std::vector<Token>& toks, uint32_t k) const;
  // January ... December and their short forms.
  bool is_month(std::string_view lower) const { return months.has(lower) || month_abbreviations.has(lower); }
  // Words for a time that may follow a verb: "today", "Monday", "overnight".
  bool is_temporal(std::string_view lower) const { return time_words.has(lower) || weekdays.has(lower); }
  // Auxiliaries that may stand between the counted people and the cue.
  static bool is_auxiliary(std::string_view lower);
  // Modal verbs: the count would be hypothetical.
  static bool is_modal(std::string_view lower);
  // Verbs of saying that name a source: "said", "says", "reported", "confirmed".
  bool is_say_verb(std::string_view lower) const { return say_verbs.has(lower); }
  // Units and things a number may count that are never people: "km", "percent".
  bool is_unit(std::string_view lower) const { return units.has(lower); }
  // A participle after "be" that tells what happened to a named victim, at
  // token k, longest first: "shot dead", "taken into custody", "stabbed".
  bool victim_passive(const std::vector<Token>& toks, uint32_t k, CueMatch& m) const;
  // A verb whose object is a named victim: "killed", "arrests".
  std::optional<CountType> victim_verb(std::string_view lower) const { return type_of(victim_verbs_, lower); }
  // A noun of an act before "of X": "the killing of X".
  std::optional<CountType> victim_noun_of(std::string_view lower) const { return type_of(victim_nouns_of_, lower); }

  // Plain lists, one file each (data/words/counts/<name>.txt unless noted).
  WordList months;               // ../months.txt
  WordList month_abbreviations;  // ../month_abbreviations.txt
  WordList weekdays;             // ../weekdays.txt
  WordList time_words, time_nouns, say_verbs, units;
  WordList number_modifiers;     // QuantityParser::modifier_start
  WordList forced_to_leave;      // "forced ... to flee": force / leave
  WordList severity_words, speculation_words, lives_verbs;
  WordList not_count_before, forecast_nouns, toll_links, skip_words, rate_words;
  WordList evacuated_places, illness_words, claim_objects;
  WordList group_nouns, name_particles, victim_person_nouns, violent_causes, fall_verbs;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // A typed phrase of a cue list, its words in order.
  struct Phrase {
    std::vector<std::string> words;
    CueMatch cue;
  };
  // Phrases by their first word (right cues, victim passives) or last word (left cues).
  using PhraseIndex = std::unordered_map<std::string, std::vector<Phrase>, Hash, std::equal_to<>>;

  // The count type a typed list gives the word ("deaths = killed"), checked by load().
  static std::optional<CountType> type_of(const WordList& list, std::string_view lower);
  // The longest phrase of the index at token k (forward) or ending at k (backward).
  static bool match(const PhraseIndex& index, const std::vector<Token>& toks, uint32_t k, bool backward,
                    CueMatch& m);

  WordList people_nouns_, person_nouns_, thing_nouns_;
  WordList count_nouns_, nouns_of_, victim_verbs_, victim_nouns_of_;  // word = type
  WordList cues_before_;  // cues_before.txt, for its single words
  PhraseIndex right_cues_, left_cues_, victim_passives_;
};

}  // namespace herald
