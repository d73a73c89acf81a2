// `herald export`: events from a store to JSON lines, CSV, GDELT 2.0 or
// PLOVER, with the store's query filters.
//
//   auto ex = herald::EventExporter::load(herald::DataPaths::defaults());
//   herald::ExportOptions o;
//   o.format = herald::ExportFormat::kGdelt;
//   o.query.root = "19";                              // any EventQuery filter
//   auto n = ex.value().write(*store, o, stdout);     // Result<ExportStats>
//
// Units: jsonl writes one record per mention (the shape of `herald code -o`,
// event.schema.json, plus "event_id" and "syndicated"); csv, gdelt and
// plover write one row per merged event. GDELT skips events without a date,
// PLOVER events whose code has no PLOVER event (roots 01, 02): both counted.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>

#include "core/data_paths.h"
#include "core/error.h"
#include "export/gdelt_formatter.h"
#include "export/plover_table.h"
#include "store/event_store.h"

namespace herald {

enum class ExportFormat : uint8_t { kJsonl, kCsv, kGdelt, kPlover };

// "jsonl" | "csv" | "gdelt" | "plover"; nullopt for anything else.
std::optional<ExportFormat> parse_export_format(const std::string& name);

// The CSV header (one line, no newline) and its column count.
const std::string& csv_header();

struct ExportOptions {
  ExportFormat format = ExportFormat::kJsonl;
  EventQuery query;        // filters; limit and offset are ignored
  bool header = true;      // csv: write the header line; gdelt files have none
};

struct ExportStats {
  uint64_t written = 0;    // rows or records written
  uint64_t skipped = 0;    // events GDELT/PLOVER cannot express
};

class EventExporter {
 public:
  // Loads the PLOVER table and the country/FIPS tables. kDictionary errors.
  static Result<EventExporter> load(const DataPaths& paths);

  // Writes every matching record to out. Errors: kBadFormat (bad filter),
  // kOutput (store or write failure).
  Result<ExportStats> write(EventStore& store, const ExportOptions& options, std::FILE* out) const;

 private:
  EventExporter(PloverTable plover, GdeltFormatter gdelt);
  PloverTable plover_;
  GdeltFormatter gdelt_;
};

}  // namespace herald
