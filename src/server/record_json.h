// The JSON and CSV shapes the HTTP API answers with, built from the
// store's records (store/event_query.h).
//
//   nlohmann::json j = herald::event_record_json(record);
//   herald::JsonWriter w(out);  herald::write_event_json(w, record);   // the same bytes, no tree
//   std::string csv = herald::events_csv(page.events);   // header + one row per event
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/json_writer.h"
#include "store/event_query.h"

namespace herald {

// One merged event: id, date, source/target {code,name,country}, code, root,
// quad_class, goldstein, geo, num_mentions/sources/articles, source_url, ...
nlohmann::json event_record_json(const EventRecord& e);
// The same event written straight as text: dump_json(event_record_json(e))
// byte for byte (tests/server/json_writer_test.cpp), for /api/events pages.
void write_event_json(JsonWriter& w, const EventRecord& e);

// One mention with its evidence: doc_id, sentence, evidence, verb, spans
// (byte offsets into the article body), url, syndicated, and the full
// JSON-lines record under "record".
nlohmann::json mention_record_json(const MentionRecord& m);

// One article: text (body) and the spans of its actors, places and verbs.
nlohmann::json article_record_json(const ArticleRecord& a);

// {key, events, mentions}.
nlohmann::json stat_row_json(const StatRow& r);

// The CSV header line of events_csv (ends with "\r\n").
std::string events_csv_header();
// RFC 4180 CSV: the header and one row per event.
std::string events_csv(const std::vector<EventRecord>& events);

// Compact JSON text; invalid UTF-8 is replaced rather than thrown on.
std::string dump_json(const nlohmann::json& j);

}  // namespace herald
