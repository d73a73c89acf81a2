// The OpenAPI 3 description of the HTTP API (src/server/openapi.json),
// compiled in at build time and served at GET /api/openapi.json.
//
//   res.set_content(std::string(herald::openapi_json()), "application/json");
#pragma once

#include <string_view>

namespace herald {

// The text of src/server/openapi.json as it was when herald was built.
std::string_view openapi_json();

}  // namespace herald
