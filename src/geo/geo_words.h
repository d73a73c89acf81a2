// The geo stage's word lists, loaded once with the places (PlaceFinder::load):
// the month and weekday names shared with the other stages
// (data/words/months.txt, weekdays.txt) and data/words/geo/*.txt. Vocabulary
// kept as data; the locative prepositions the rules are about ("in", "near",
// "at", ...) and punctuation stay in code.
//
//   auto words = herald::GeoWords::load(paths);
//   if (!words.ok()) die(words.error());             // names the file and line
//   words.value().facility_nouns.has("airport");     // true
//   words.value().calendar_word("tuesday");          // true
#pragma once

#include <string_view>

#include "core/data_paths.h"
#include "core/error.h"
#include "core/word_list.h"

namespace herald {

struct GeoWords {
  WordList months;              // ../months.txt (full names)
  WordList weekdays;            // ../weekdays.txt
  WordList region_nouns;        // "Kharkiv Oblast" (PlaceFinder)
  WordList facility_nouns;      // "Baghdad International Airport" (PlaceFinder)
  WordList name_particles;      // "Ras al Ain" (PlaceFinder)
  WordList before_place;        // "Eastern Ukraine", "In Gaza" (PlaceFinder)
  WordList reporting_verbs;     // "Washington said" (PlaceFinder)
  WordList direction_words;     // "30 km north of Kyiv" (EventLocator)
  WordList speech_words;        // "speaking on television in Yemen" (SceneFinder)
  WordList incident_nouns;      // "the airstrike at Baghdad airport" (SceneFinder)
  WordList incident_modifiers;  // "the air strike at" (SceneFinder)

  // Reads every list; an error names the file (and line) of a bad one.
  static Result<GeoWords> load(const DataPaths& paths);

  // A month or weekday name, never part of a place's name: "Gaza on Tuesday".
  bool calendar_word(std::string_view lower) const { return months.has(lower) || weekdays.has(lower); }
};

}  // namespace herald
