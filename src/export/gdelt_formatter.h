// Rows of the GDELT 2.0 Event format: 61 tab-separated columns in GDELT's
// order (gdelt_columns()), FIPS 10-4 country codes for places, event codes
// as strings ("042", never 42).
//
//   auto f = herald::GdeltFormatter::load(herald::DataPaths::defaults());
//   std::string line;
//   if (f.value().row(event, line)) write(line + "\n");   // false: no date, not exportable
//
// Mapping (docs/store.md has the full table): GLOBALEVENTID is the event id's
// 63 low bits in decimal; Actor*Code splits into country / known group /
// types by its 3-letter parts; Actor*Geo is the actor's country (centroid);
// ActionGeo is the event's place; AvgTone is empty (herald has no tone);
// DATEADDED is when the event was first stored.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/data_paths.h"
#include "core/error.h"
#include "store/event_query.h"

namespace herald {

// The 61 GDELT 2.0 event column names, in order.
const std::array<std::string_view, 61>& gdelt_columns();

class GdeltFormatter {
 public:
  // Reads countries.tsv (names, centroids) and fips.tsv (FIPS codes; the
  // fips column of countries.tsv when fips.tsv is absent).
  static Result<GdeltFormatter> load(const DataPaths& paths);

  // Writes the event's 61 columns (no newline) to line. false, with line
  // untouched, for an event without a date (GDELT requires one).
  bool row(const EventRecord& e, std::string& line) const;

  // GLOBALEVENTID: the event id's low 63 bits; an id that is not hex gets
  // a stable number from its bytes (never an exception).
  static uint64_t global_event_id(const std::string& id);

  // The FIPS code of an ISO alpha-3 country, "" when unknown.
  std::string fips(const std::string& alpha3) const;

 private:
  struct Place {
    std::string fips, name;
    double lat = 0, lon = 0;
  };
  std::unordered_map<std::string, Place> countries_;   // by alpha-3
};

}  // namespace herald
