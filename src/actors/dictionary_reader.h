// Parses the hand-written actor dictionaries (data/actors/*.txt) into an
// ActorDictionary. Internal to herald_actors; ActorDictionary::load calls it.
//
//   DictionaryReader reader(dict);
//   if (auto e = reader.read_agents(path, "actors/agents.txt")) return *e;
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "actors/actor_dictionary.h"

namespace herald {

class DictionaryReader {
 public:
  explicit DictionaryReader(ActorDictionary& dict) : dict_(dict) {}
  // agents.txt: "phrase | phrase => ROLE [flags]".
  std::optional<Error> read_agents(const std::string& path, const std::string& label);
  // people.txt / organisations.txt: names lines with "=> CODE" or indented dated roles.
  std::optional<Error> read_entries(const std::string& path, const std::string& label, PhraseSource source);
  // guards.txt: one name a line.
  std::optional<Error> read_guards(const std::string& path);

  // Splits "a | b | c" into trimmed parts; false when one is empty.
  static bool split_names(const std::string& s, std::vector<std::string>& out);

 private:
  ActorDictionary& dict_;
};

}  // namespace herald
