// Turns an HTTP query string into an EventQuery, refusing anything unclear.
//
//   herald::QueryParams params = ...;     // from the request (name -> value)
//   herald::EventQuery q;
//   if (auto err = herald::parse_event_query(params, {"format"}, q)) return *err;   // 400
//
// Filters: from, to (YYYY-MM-DD), actor, source, target (CAMEO actor code
// prefixes, any case), country (ISO alpha-3), root (01..20), code (2-4
// digits), quad_class (1..4), bbox (minlon,minlat,maxlon,maxlat), q (words),
// article (a doc_id); paging: limit (1..1000), offset, total (true/false),
// sort ([-]date, goldstein, mentions, ...: EventQuery::kSortKeys).
// A parameter given twice, an unknown parameter or a value over 256 bytes
// is refused, so a typo never silently widens a query.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "server/api_error.h"
#include "store/event_query.h"

namespace herald {

// Query-string parameters, as cpp-httplib keeps them (httplib::Params).
using QueryParams = std::multimap<std::string, std::string>;

constexpr size_t kMaxParamBytes = 256;

// Fills q from params. extra names parameters the endpoint reads itself
// (format, group); any other unknown name is an error.
std::optional<ApiError> parse_event_query(const QueryParams& params,
                                          std::initializer_list<std::string_view> extra, EventQuery& q);

// The single value of name, or nullopt; an error when it is given twice.
std::optional<ApiError> single_param(const QueryParams& params, std::string_view name,
                                     std::optional<std::string>& value);

// Parses a whole non-negative decimal integer no larger than max.
std::optional<uint64_t> parse_uint(std::string_view s, uint64_t max);

// Parses a strict YYYY-MM-DD date (a real calendar date).
std::optional<CivilDate> parse_iso_date(std::string_view s);

}  // namespace herald
