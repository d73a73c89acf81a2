// The actor dictionaries: countries (generated countries.tsv), agents,
// organisations and people (hand-written files in data/actors/, format in
// data/actors/README.md), compiled into one token trie for the matcher.
//
//   auto dict = herald::ActorDictionary::load(herald::DataPaths::defaults());
//   if (!dict.ok()) die(dict.error().to_string());   // "people/europe.txt:12: dictionary: ..."
//   herald::ActorMatcher matcher(dict.value());
//   matcher.annotate(doc);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "actors/phrase_trie.h"
#include "core/civil_date.h"
#include "core/country_table.h"
#include "core/data_paths.h"
#include "core/error.h"
#include "core/word_list.h"

namespace herald {

// A CAMEO code held between two dates (inclusive; nullopt = open).
struct DatedRole {
  std::string code;                 // "USAGOV", "IGOWSTNAT", "PSEREB"
  std::optional<CivilDate> from, to;
  bool covers(const CivilDate& d) const { return (!from || *from <= d) && (!to || d <= *to); }
};

// A person or an organisation.
struct ActorEntry {
  PhraseSource source = PhraseSource::kPerson;   // kPerson or kOrganisation
  std::string name;                 // canonical name, the first on the names line
  std::vector<std::string> aliases; // every name to recognise, canonical first
  std::vector<DatedRole> roles;     // in file order: the first that covers a date wins
  std::string country;              // ISO alpha-3 when no role covers the date ("" for none)
  std::string entry;                // "actors/people/europe.txt:12"

  // The role on `date`; with no date, the role with the latest start. nullptr when none.
  const DatedRole* role_on(const std::optional<CivilDate>& date) const;
};

// A generic word for a kind of actor ("police" -> COP).
struct Agent {
  std::string role;                 // "GOV", "MIL", ...
  std::string name;                 // the first phrase of its line
  bool title = false;               // may precede a personal name
  bool generic = false;             // defers to a listed person's own role
  bool envoy = false;               // takes "to COUNTRY"
  bool capitalised = false;         // only matches capitalised
  std::string entry;                // "actors/agents.txt:31"
};

class ActorDictionary {
 public:
  // Reads countries.tsv, actors/agents.txt, actors/organisations.txt, every
  // actors/people/*.txt (name order) and actors/people.txt (either may be
  // absent, not both), the generated base layer actors/phoenix/*.txt (optional,
  // read last so herald's own entries win), and actors/guards.txt from the
  // data folders. A missing
  // file or a malformed line is an Error naming the file and line.
  static Result<ActorDictionary> load(const DataPaths& paths);

  const CountryTable& countries() const { return countries_; }
  const std::vector<Agent>& agents() const { return agents_; }
  const std::vector<ActorEntry>& entries() const { return entries_; }
  const PhraseTrie& trie() const { return trie_; }
  // True for one-word country names that are also personal names ("Jordan").
  bool guarded(std::string_view key) const { return guards_.count(std::string(key)) > 0; }
  // Nouns that give a person the role of the body they head or speak for
  // ("head of the parliament's commission"): actors/title_nouns.txt.
  const WordList& title_nouns() const { return title_nouns_; }
  // What a country joined by a hyphen before them says of a thing ("Chinese-
  // made" = made, "Liberian-flagged" = owned): actors/origin_suffixes.txt;
  // the weapons a maker does not fire (actors/weapon_nouns.txt).
  const WordList& origin_suffixes() const { return origin_suffixes_; }
  const WordList& weapon_nouns() const { return weapon_nouns_; }
  // A title's words for a speech given by the one named after "by"/"of"
  // ("address by the President of Ukraine"): actors/speech_nouns.txt.
  const WordList& speech_nouns() const { return speech_nouns_; }
  size_t person_count() const;
  size_t organisation_count() const;

  // The role codes an agent may have.
  static bool valid_role(std::string_view role);

 private:
  friend class DictionaryReader;
  void build_trie();

  CountryTable countries_;
  std::vector<Agent> agents_;
  std::vector<std::vector<std::string>> agent_phrases_;   // per agent
  std::vector<ActorEntry> entries_;
  std::unordered_set<std::string> guards_;
  WordList title_nouns_;
  WordList origin_suffixes_;
  WordList weapon_nouns_;
  WordList speech_nouns_;
  PhraseTrie trie_;
};

}  // namespace herald
