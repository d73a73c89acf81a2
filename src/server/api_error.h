// An HTTP error answer: status, a short stable name and a detail, sent as
// the JSON body {"error": "...", "detail": "..."}.
//
//   return herald::ApiError::bad_parameter("limit", "must be 1..1000");   // 400
//   reply = herald::error_reply(err);
#pragma once

#include <string>
#include <string_view>

namespace herald {

struct ApiError {
  int status = 400;
  std::string error;    // stable name: "bad_parameter", "not_found", "query_timeout", ...
  std::string detail;   // what was wrong, for people

  // 400 bad_parameter: "<name>: <why>".
  static ApiError bad_parameter(std::string_view name, std::string_view why);
  // 404 not_found.
  static ApiError not_found(std::string_view what);
  // The JSON body {"error", "detail"} (invalid UTF-8 replaced).
  std::string to_json() const;
};

// The default error name for an HTTP status (404 -> "not_found").
std::string_view error_name_for_status(int status);

}  // namespace herald
