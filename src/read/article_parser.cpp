#include "read/article_parser.h"

#include "core/stable_hash.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/utf8.h"

namespace herald {

namespace {

using nlohmann::json;

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; });
}

std::string_view trim(std::string_view s) {
  const char* ws = " \t\r\n\f\v";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

Error make_error(ErrorCode code, const std::string& input, uint64_t line, std::string message,
                 std::string_view excerpt_of) {
  return Error{code, input, line, std::move(message), ArticleParser::excerpt(excerpt_of)};
}

// Reads an optional string field: absent or null -> "", a string -> its value.
// Returns false on any other type.
bool optional_string(const json& obj, const char* key, std::string& out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_string()) return false;
  out = it->get_ref<const std::string&>();
  return true;
}

// A cursor over the lines of a whole file, counting 1-based line numbers.
struct LineCursor {
  std::string_view text;
  size_t pos = 0;
  uint64_t line_no = 0;  // number of the line last returned
  bool next(std::string_view& line) {
    if (pos >= text.size()) return false;
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    return true;
  }
};

}  // namespace

std::string ArticleParser::stable_id(std::string_view bytes) {
  StableHash h;
  h.bytes(bytes);
  return h.hex();
}

std::string ArticleParser::excerpt(std::string_view s) {
  constexpr size_t kMax = 80;
  std::string out;
  size_t i = 0;
  while (i < s.size() && out.size() < kMax) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(c < 0x20 || c == 0x7F ? ' ' : static_cast<char>(c));
      ++i;
      continue;
    }
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    std::string_view seq = s.substr(i, len);
    if (len > 1 && seq.size() == len && utf8::valid(seq)) {
      if (out.size() + len > kMax) break;
      out.append(seq);
      i += len;
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xF]);
      ++i;
    }
  }
  return out;
}

Result<Article> ArticleParser::parse_json_line(std::string_view line, const std::string& input,
                                               uint64_t line_no) {
  if (size_t bad = utf8::first_invalid(line); bad != std::string_view::npos)
    return make_error(ErrorCode::kNotUtf8, input, line_no,
                      "invalid UTF-8 at byte " + std::to_string(bad + 1) + " of the line",
                      line.substr(bad >= 20 ? bad - 20 : 0));
  if (line.size() >= 3 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
  json obj = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (obj.is_discarded() || !obj.is_object())
    return make_error(ErrorCode::kMalformedJson, input, line_no,
                      obj.is_discarded() ? "not valid JSON" : "not a JSON object", line);

  Article a;
  a.input = input;
  a.line = line_no;
  auto text_it = obj.find("text");
  if (text_it == obj.end() || text_it->is_null())
    return make_error(ErrorCode::kMissingField, input, line_no, "no \"text\" field", line);
  if (!text_it->is_string())
    return make_error(ErrorCode::kBadFieldType, input, line_no, "\"text\" is not a string", line);
  a.text = std::move(text_it->get_ref<std::string&>());
  if (trim(a.text).empty())
    return make_error(ErrorCode::kMissingField, input, line_no, "\"text\" is empty", line);

  if (!optional_string(obj, "url", a.url))
    return make_error(ErrorCode::kBadFieldType, input, line_no, "\"url\" is not a string", line);
  if (!optional_string(obj, "title", a.title))
    return make_error(ErrorCode::kBadFieldType, input, line_no, "\"title\" is not a string", line);

  if (auto it = obj.find("date"); it != obj.end() && !it->is_null()) {
    if (!it->is_string())
      return make_error(ErrorCode::kBadDate, input, line_no, "\"date\" is not a string", line);
    const std::string& d = it->get_ref<const std::string&>();
    if (!trim(d).empty()) {
      a.date = CivilDate::parse(trim(d));
      if (!a.date)
        return make_error(ErrorCode::kBadDate, input, line_no,
                          "bad date \"" + excerpt(d) + "\" (want YYYY-MM-DD or an ISO date-time)",
                          line);
    }
  }

  if (auto it = obj.find("id"); it != obj.end() && !it->is_null()) {
    if (it->is_string()) a.doc_id = it->get_ref<const std::string&>();
    else if (it->is_number_integer() || it->is_number_unsigned()) a.doc_id = it->dump();
    else if (it->is_number()) a.doc_id = it->dump();
    else return make_error(ErrorCode::kBadFieldType, input, line_no, "\"id\" is not a string or number", line);
  }
  if (a.doc_id.empty()) a.doc_id = stable_id(a.url.empty() ? std::string_view(a.text) : a.url);
  return a;
}

Result<Article> ArticleParser::parse_plain(std::string_view content, const std::string& input,
                                           const std::string& stem) {
  if (size_t bad = utf8::first_invalid(content); bad != std::string_view::npos) {
    uint64_t line = 1 + static_cast<uint64_t>(std::count(content.begin(), content.begin() + bad, '\n'));
    size_t line_start = content.rfind('\n', bad);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    return make_error(ErrorCode::kNotUtf8, input, line, "invalid UTF-8 byte",
                      content.substr(std::max(line_start, bad >= 20 ? bad - 20 : 0)));
  }
  if (content.size() >= 3 && content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);

  LineCursor cur{content};
  std::string_view line;
  bool have = false;
  while ((have = cur.next(line)) && is_blank(line)) {
  }
  std::string_view header = have ? trim(line) : std::string_view{};
  if (!have || header.substr(0, 5) != "date ")
    return make_error(ErrorCode::kBadFormat, input, have ? cur.line_no : 1,
                      "a plain article starts with \"date YYYY-MM-DD URL\"", header);
  const uint64_t header_line = cur.line_no;
  std::string_view rest = trim(header.substr(5));
  size_t sp = rest.find_first_of(" \t");
  std::string_view date_text = rest.substr(0, sp);
  std::string_view url = sp == std::string_view::npos ? std::string_view{} : trim(rest.substr(sp));

  Article a;
  a.input = input;
  a.line = 0;
  a.url = std::string(url);
  a.date = CivilDate::parse(date_text);
  if (!a.date)
    return make_error(ErrorCode::kBadDate, input, header_line,
                      "bad date \"" + excerpt(date_text) + "\" (want YYYY-MM-DD)", header);

  // Title: the next paragraph (lines up to a blank line), joined by spaces.
  while ((have = cur.next(line)) && is_blank(line)) {
  }
  while (have && !is_blank(line)) {
    if (!a.title.empty()) a.title += ' ';
    a.title += trim(line);
    have = cur.next(line);
  }
  // Body: the rest, exactly as read, without leading and trailing blank lines.
  while ((have = cur.next(line)) && is_blank(line)) {
  }
  if (have) {
    size_t body_start = static_cast<size_t>(line.data() - content.data());
    std::string_view body = content.substr(body_start);
    size_t e = body.find_last_not_of(" \t\r\n\f\v");
    a.text = std::string(body.substr(0, e + 1));
  }
  if (a.text.empty())
    return make_error(ErrorCode::kMissingField, input, header_line, "no body text after the title",
                      header);
  a.doc_id = !stem.empty() ? stem : stable_id(a.url.empty() ? std::string_view(a.text) : a.url);
  return a;
}

}  // namespace herald
