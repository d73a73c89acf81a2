// What a reader asks the store for, and what it gets back: the query
// interface shared by the SQLite and PostgreSQL stores (and the HTTP server).
//
//   herald::EventQuery q;
//   q.date_from = herald::CivilDate::parse("2023-10-01");
//   q.root = "19";
//   q.text = "ceasefire talks";            // full-text over the articles
//   q.limit = 50; q.offset = 100;          // pagination (limit <= kMaxLimit)
//   auto page = store.find_events(q);      // Result<EventPage>
//   for (const herald::EventRecord& e : page.value().events) ...
//
// Every filter is optional (empty string / nullopt = no filter) and the
// filters are ANDed. Values are always bound as parameters, never pasted
// into SQL. validate() says which filter is malformed (for a 400 answer).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/error.h"

namespace herald {

// A latitude/longitude box, inclusive; min_lon > max_lon is refused.
struct BoundingBox {
  double min_lat = -90, min_lon = -180, max_lat = 90, max_lon = 180;
};

struct EventQuery {
  static constexpr uint32_t kMaxLimit = 1000;     // larger pages are refused
  static constexpr uint64_t kMaxOffset = 10'000'000;
  static constexpr size_t kMaxTextBytes = 256;     // longer full-text queries are refused
  static constexpr const char* kSortKeys[] = {"date", "goldstein", "mentions", "sources", "articles", "code",
                                              "quad_class", "source", "target", "country"};

  std::optional<CivilDate> date_from;   // event date >= date_from
  std::optional<CivilDate> date_to;     // event date <= date_to
  std::string actor;                    // source OR target code starts with it ("USA" matches "USAGOV")
  std::string source;                   // source code starts with it
  std::string target;                   // target code starts with it
  std::string country;                  // where it happened: ISO 3166-1 alpha-3 ("UKR")
  std::string root;                     // CAMEO root, two digits ("19")
  std::string code;                     // CAMEO code, exact ("190", "0233")
  std::optional<int> quad_class;        // 1..4
  std::optional<BoundingBox> bbox;      // events with coordinates inside the box
  std::string text;                     // full-text: words that must all occur in one of the event's articles
  std::string doc_id;                   // only events with a mention in this article
  std::string sort;                     // find_events order: "" = newest first; else a key of kSortKeys,
                                        // "-" in front for descending ("-goldstein"); ties by id
  uint32_t limit = 100;                 // page size, 1..kMaxLimit
  uint64_t offset = 0;                  // rows to skip
  bool count_total = true;              // also compute EventPage::total (one more query)

  // An Error (ErrorCode::kBadFormat) naming the first bad filter:
  // codes not [A-Z]{3}*, root not 01..20, code not 2-4 digits, quad_class
  // out of 1..4, date_from > date_to, a bad box, limit 0 or > kMaxLimit,
  // text over kMaxTextBytes, sort not a [-]key of kSortKeys. Returns true
  // when every filter is usable.
  Result<bool> validate() const;
};

// One side of a stored event.
struct StoredActor {
  std::string code;      // "" where the event has no target
  std::string name;
  std::string country;   // ISO alpha-3 or ""
};

// A real-world event: mentions of it across articles merged (GDELT-style).
struct EventRecord {
  std::string id;                 // 16 hex digits, stable across runs
  std::optional<CivilDate> date;
  StoredActor source, target;
  std::string code, root;
  int quad_class = 0;
  double goldstein = 0;
  std::string geo_name, geo_country, geo_adm1, geo_precision;
  std::optional<double> lat, lon;
  int64_t num_mentions = 0;       // mentions in non-syndicated articles
  int64_t num_sources = 0;        // distinct URL hosts among those articles
  int64_t num_articles = 0;       // distinct articles, syndicated copies counted once
  std::string source_url;         // URL of the first article that mentioned it
  std::string first_doc_id;       // that article
  bool is_root_event = false;     // first mention was in the article's first sentence
  double confidence = 0;          // the highest confidence of its mentions
  std::string added;              // when it was first stored: "YYYY-MM-DDTHH:MM:SSZ"
};

// One coded mention of an event in one article, with its evidence.
struct MentionRecord {
  std::string id;                 // the JSON-lines record id (output/event_json.h)
  std::string event_id;           // EventRecord::id; "" for negated mentions
  std::string doc_id;
  uint32_t sentence = 0;
  std::optional<CivilDate> date;
  std::string date_basis;         // "text" | "article" | ""
  StoredActor source, target;
  std::string code, root;
  std::string verb, evidence;     // the verb words; the sentence text
  std::optional<std::pair<uint32_t, uint32_t>> source_span, target_span, verb_span;  // bytes into the body
  bool negated = false;
  bool syndicated = false;        // its article is a near-duplicate of an earlier one
  double confidence = 0;
  std::string url;                // the article's URL
  std::string json;               // the full JSON-lines record (event.schema.json)
};

// A span-carrying annotation of an article (actor or place).
struct ArticleSpan {
  uint32_t sentence = 0;
  uint32_t begin = 0, end = 0;    // bytes into ArticleRecord::body
  std::string code;               // actor code, or the place's ISO alpha-3
  std::string name;
  std::optional<double> lat, lon; // places only
};

struct ArticleRecord {
  std::string doc_id;
  std::optional<CivilDate> date;
  std::string url, host, title, body;
  std::string content_hash;       // of the article as read (resume key, with doc_id)
  std::string duplicate_of;       // doc_id of the earlier copy when syndicated, else ""
  std::vector<ArticleSpan> actors;
  std::vector<ArticleSpan> places;
  std::vector<MentionRecord> mentions;   // verb spans are in MentionRecord::verb_span
};

struct EventPage {
  std::vector<EventRecord> events;
  uint64_t total = 0;             // rows matching, ignoring limit/offset (0 when not counted)
  uint64_t offset = 0;
  uint32_t limit = 0;
};

// How find stats groups events.
enum class StatGroup : uint8_t { kDay, kRoot, kCountry, kActorPair };

struct StatRow {
  std::string key;                // "2023-10-07", "19", "ISR", "ISRMIL>PSE"
  uint64_t events = 0;
  uint64_t mentions = 0;          // sum of num_mentions
};

}  // namespace herald
