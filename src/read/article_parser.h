// Turns the bytes of one record into an Article: one JSON line, or one
// whole plain article file. Used by ArticleReader; usable alone in tests.
//
//   auto a = herald::ArticleParser::parse_json_line(line, "news.jsonl", 17);
//   auto b = herald::ArticleParser::parse_plain(file_bytes, "a.txt", "a");
//   if (!a.ok()) std::cerr << a.error().to_string();
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/error.h"

namespace herald {

class ArticleParser {
 public:
  // One JSON-lines record (id, date, url, title, text; unknown fields ignored).
  // Errors: kNotUtf8, kMalformedJson, kMissingField, kBadFieldType, kBadDate,
  // each naming input and line, with an excerpt of the line.
  static Result<Article> parse_json_line(std::string_view line, const std::string& input,
                                         uint64_t line_no);

  // A whole plain article file: "date YYYY-MM-DD [URL]", blank line, title,
  // blank line, body. stem is the doc_id to use ("" = hash of URL or text).
  // Errors: kNotUtf8 (line of the bad byte), kBadFormat, kBadDate (line 1),
  // kMissingField (no body).
  static Result<Article> parse_plain(std::string_view content, const std::string& input,
                                     const std::string& stem);

  // A stable 64-bit FNV-1a hash as 16 lower-case hex digits.
  static std::string stable_id(std::string_view bytes);

  // Up to 80 bytes of s for an error message, cut on a UTF-8 boundary, with
  // invalid bytes shown as \xNN and control characters as spaces.
  static std::string excerpt(std::string_view s);
};

}  // namespace herald
