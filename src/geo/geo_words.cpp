#include "geo/geo_words.h"

#include <initializer_list>

namespace herald {

Result<GeoWords> GeoWords::load(const DataPaths& paths) {
  GeoWords w;
  struct Entry {
    WordList* list;
    const char* file;
  };
  for (const Entry& e : {Entry{&w.months, "words/months.txt"}, Entry{&w.weekdays, "words/weekdays.txt"},
                         Entry{&w.region_nouns, "words/geo/region_nouns.txt"},
                         Entry{&w.facility_nouns, "words/geo/facility_nouns.txt"},
                         Entry{&w.name_particles, "words/geo/name_particles.txt"},
                         Entry{&w.before_place, "words/geo/before_place.txt"},
                         Entry{&w.reporting_verbs, "words/geo/reporting_verbs.txt"},
                         Entry{&w.direction_words, "words/geo/direction_words.txt"},
                         Entry{&w.speech_words, "words/geo/speech_words.txt"},
                         Entry{&w.incident_nouns, "words/geo/incident_nouns.txt"},
                         Entry{&w.incident_modifiers, "words/geo/incident_modifiers.txt"}}) {
    auto list = WordList::load(paths, e.file);
    if (!list.ok()) return list.error();
    *e.list = std::move(list.value());
    // The geo lists are plain members: a value is a mistake, not a category.
    const bool numbered = e.list == &w.months || e.list == &w.weekdays;
    if (Error bad = numbered ? Error{} : e.list->expect_values({""}); bad.code != ErrorCode::kOk) return bad;
  }
  for (const Error& e : {w.months.expect_numbers(1, 12), w.weekdays.expect_numbers(0, 6)})
    if (e.code != ErrorCode::kOk) return e;
  return w;
}

}  // namespace herald
