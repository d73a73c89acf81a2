#include "server/api_error.h"

#include <nlohmann/json.hpp>

namespace herald {

ApiError ApiError::bad_parameter(std::string_view name, std::string_view why) {
  return ApiError{400, "bad_parameter", std::string(name) + ": " + std::string(why)};
}

ApiError ApiError::not_found(std::string_view what) {
  return ApiError{404, "not_found", std::string(what)};
}

std::string ApiError::to_json() const {
  nlohmann::json j{{"error", error}, {"detail", detail}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string_view error_name_for_status(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 408: return "request_timeout";
    case 413: return "body_too_large";
    case 414: return "uri_too_long";
    case 415: return "unsupported_media_type";
    case 422: return "unprocessable";
    case 431: return "headers_too_large";
    case 503: return "unavailable";
    default: return status >= 500 ? "internal" : "bad_request";
  }
}

}  // namespace herald
