// Reads the body of POST /api/code into an Article.
//
//   herald::Article a;
//   if (auto err = herald::parse_posted_article(body, "application/json", a)) return *err;
//
// application/json: an object {"text": required string, "title", "url",
// "date" (YYYY-MM-DD or ISO date-time), "id": optional strings}; text/plain
// (or no Content-Type): the whole body is the text. Other media types: 415.
// The text must be valid UTF-8 and not blank (400).
#pragma once

#include <optional>
#include <string_view>

#include "core/document.h"
#include "server/api_error.h"

namespace herald {

std::optional<ApiError> parse_posted_article(std::string_view body, std::string_view content_type, Article& out);

}  // namespace herald
