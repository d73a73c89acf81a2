// What the store answers for dashboards: events counted by day and
// QuadClass, by place, by country and by actor pair, actor look-up as you
// type, and an article's actor entries and counts. Every aggregate takes the
// same EventQuery filters as find_events (limit = the most rows returned;
// offset is not used).
//
//   herald::EventQuery q; q.country = "UKR"; q.limit = 500;
//   auto t = store.timeline(q);               // Result<Timeline>: days x QuadClass, casualties
//   auto p = store.places(q);                 // Result<PlaceSummary>: the busiest coordinates
//   auto n = store.network(q);                // Result<std::vector<EdgeRow>>: the heaviest edges
//   auto a = store.search_actors("zelen", 10);   // codes and names holding the text
//   auto x = store.annotations("bbc-2004/world/001");   // actors with entries, counts
//
// Rows come back in a stable order (documented per type), so a page shows
// the same thing on every reload.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace herald {

// Events of one day by QuadClass (index 0 = QuadClass 1 ... 3 = QuadClass 4).
struct TimelineDay {
  std::string date;                    // YYYY-MM-DD
  std::array<uint64_t, 4> quad{};      // events per QuadClass
};

// Casualties of one type on one day: for each event of that day, the largest
// number its mentions reported (so a toll told in five articles counts once),
// summed over the day's events.
struct CasualtyDay {
  std::string date;
  std::string type;                    // killed, wounded, arrested, kidnapped, displaced, ...
  uint64_t number = 0;
  uint64_t events = 0;                 // events that reported it
};

struct Timeline {
  std::vector<TimelineDay> days;       // date order; at most kMaxDays
  std::vector<CasualtyDay> casualties; // date then type order
  uint64_t undated = 0;                // matching events without a day
  bool truncated = false;              // more than kMaxDays days matched (the latest are cut)
  static constexpr size_t kMaxDays = 20000;
};

// Events at one coordinate.
struct PlaceRow {
  double lat = 0, lon = 0;
  std::string name, country;           // one of the geo names given for it
  uint64_t events = 0;
  double goldstein = 0;                // mean Goldstein
  std::array<uint64_t, 4> quad{};      // events per QuadClass
};

struct PlaceSummary {
  std::vector<PlaceRow> places;        // most events first, at most query.limit
  uint64_t total_places = 0;           // distinct coordinates matching (before the limit)
  uint64_t located_events = 0;         // matching events with coordinates
};

// Events that happened in one country.
struct CountryRow {
  std::string country;                 // ISO alpha-3
  uint64_t events = 0;
  uint64_t mentions = 0;               // sum of num_mentions
  double goldstein = 0;                // mean Goldstein
};

// Events from one actor code to another of one QuadClass.
struct EdgeRow {
  std::string source, target;          // actor codes
  std::string source_name, target_name;   // a name each side was given
  int quad_class = 0;
  uint64_t events = 0;
  uint64_t mentions = 0;
  double goldstein = 0;                // mean Goldstein
};

// An actor code and name seen in events, for search as you type.
struct ActorMatch {
  std::string code, name;
  uint64_t events = 0;                 // events with it as source or target
};

// An actor mention of an article with the dictionary entry that named it.
struct ActorEntry {
  uint32_t sentence = 0, begin = 0, end = 0;   // bytes into the article body
  std::string code, name, country, kind, entry;   // entry: "actors/people/americas.txt:29"
};

// A count (casualties, arrests, ...) in an article and who gave it.
struct CountRecord {
  std::optional<uint32_t> sentence;
  std::optional<std::pair<uint32_t, uint32_t>> span;   // bytes into the article body
  std::string type;
  uint64_t number = 0;
  std::string who;                     // the counted people ("civilians")
  std::string according_to;            // the reporting source, "" when none was named
  std::string mention_id, event_id;    // the event it belongs to, "" when none
};

struct ArticleAnnotations {
  std::vector<ActorEntry> actors;      // text order
  std::vector<CountRecord> counts;     // text order
};

}  // namespace herald
