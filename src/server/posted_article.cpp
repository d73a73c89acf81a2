#include "server/posted_article.h"

#include <nlohmann/json.hpp>

#include "core/stable_hash.h"
#include "core/utf8.h"

namespace herald {

namespace {

// "Application/JSON; charset=utf-8" -> "application/json".
std::string media_type(std::string_view content_type) {
  std::string_view t = content_type.substr(0, content_type.find(';'));
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
  std::string out(t);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

ApiError bad_body(std::string detail) { return ApiError{400, "bad_body", std::move(detail)}; }

// A string member of obj into out; an error when present but not a string.
std::optional<ApiError> string_member(const nlohmann::json& obj, const char* name, std::string& out) {
  auto it = obj.find(name);
  if (it == obj.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) return bad_body(std::string("\"") + name + "\" must be a string");
  out = it->get<std::string>();
  return std::nullopt;
}

bool blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::optional<ApiError> parse_posted_article(std::string_view body, std::string_view content_type, Article& out) {
  if (!utf8::valid(body)) return bad_body("the body is not valid UTF-8");
  std::string type = media_type(content_type);
  if (type == "application/json") {
    auto j = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return bad_body("the body is not valid JSON");
    if (!j.is_object()) return bad_body("the body must be a JSON object {title, text, date, url}");
    for (auto& [key, value] : j.items())
      if (key != "text" && key != "title" && key != "date" && key != "url" && key != "id")
        return bad_body("unknown field \"" + key.substr(0, 40) + "\" (expected text, title, date, url, id)");
    if (!j.contains("text")) return bad_body("\"text\" is missing");
    for (auto [name, field] : {std::pair<const char*, std::string*>{"text", &out.text},
                               {"title", &out.title}, {"url", &out.url}, {"id", &out.doc_id}})
      if (auto e = string_member(j, name, *field)) return e;
    std::string date;
    if (auto e = string_member(j, "date", date)) return e;
    if (!date.empty() && !(out.date = CivilDate::parse(date)))
      return bad_body("\"date\" must be YYYY-MM-DD or an ISO date-time, got \"" + date.substr(0, 40) + "\"");
  } else if (type.empty() || type == "text/plain") {
    out.text = std::string(body);
  } else {
    return ApiError{415, "unsupported_media_type",
                    "send application/json {title, text, date, url} or text/plain, not " + type.substr(0, 60)};
  }
  if (blank(out.text)) return bad_body("the article text is empty");
  if (out.doc_id.size() > 512) return bad_body("\"id\" is longer than 512 bytes");
  if (out.doc_id.empty()) {
    StableHash h;
    h.field(out.url);
    h.field(out.title);
    h.field(out.text);
    out.doc_id = "posted-" + h.hex();
  }
  out.input = "api";
  return std::nullopt;
}

}  // namespace herald
