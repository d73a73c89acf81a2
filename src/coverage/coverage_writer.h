// Writes a CoverageReport as text (for reading), JSON or TSV (for tools).
//
//   herald::write_coverage(std::cout, report, herald::CoverageFormat::kText, /*top=*/50);
//
// Text: the summary, then each list as "count  key  [doc_id] example" lines.
// JSON: one object {"summary": {...}, "verbs": L, "event_nouns": L,
//   "actor_phrases": L}, each L = {"keys": N, "floor": F, "top": [{"key",
//   "count", "doc_id", "example"}...]} (floor: see CappedCounter::floor()).
// TSV: a header "list key count doc_id example", then "summary" rows (key =
//   figure name, count = value), then one row per listed item.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "coverage/coverage_report.h"

namespace herald {

enum class CoverageFormat : uint8_t { kText, kJson, kTsv };

// "text", "json", "tsv" -> the format; nullopt for anything else.
std::optional<CoverageFormat> parse_coverage_format(std::string_view name);

void write_coverage(std::ostream& out, const CoverageReport& report, CoverageFormat format, size_t top);

}  // namespace herald
