// JSON records for coded events and articles, in the shape of
// shared/schema/event.schema.json.
//
//   for (size_t i = 0; i < doc.events.size(); ++i)
//     writer.write(herald::event_to_json(doc, doc.events[i], i));
//   writer.write(herald::article_to_json(doc));   // one per-article record
//
// Dates: the event's own date ("date_basis": "text"), else the article's
// ("article"); with neither, "date" is null and "date_basis" is left out.
// The schema asks for a string there, but the gold guide and the scorer
// use null for "no date known", and a made-up date would be a lie.
#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "core/document.h"

namespace herald {

// The stable id of an event: 16 hex digits of FNV-1a 64 over doc_id,
// sentence, source code, code, target code and verb-span begin. Coding the
// same article twice gives the same ids.
std::string event_id(const Document& doc, const Event& ev);

// One event record. index_in_doc is the event's position in doc.events; it
// is not part of the id (ids must survive a change in event order).
nlohmann::json event_to_json(const Document& doc, const Event& ev, size_t index_in_doc);

// One article record: doc_id, date, url, title, places, actors (one per
// code and name, first mention's words), counts.
nlohmann::json article_to_json(const Document& doc);

// The record of a count: {type, number, who, according_to}.
nlohmann::json count_to_json(const Count& c);

}  // namespace herald
