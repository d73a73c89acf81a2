#include "server/query_params.h"

#include <charconv>
#include <cmath>
#include <vector>

#include "core/utf8.h"

namespace herald {

namespace {

constexpr std::string_view kFilterNames[] = {"from", "to",   "actor", "source", "target", "country",
                                             "root", "code", "quad_class", "bbox", "q", "article",
                                             "limit", "offset", "total", "sort"};

bool known(std::string_view name, std::initializer_list<std::string_view> extra) {
  for (std::string_view n : kFilterNames)
    if (n == name) return true;
  for (std::string_view n : extra)
    if (n == name) return true;
  return false;
}

std::string upper_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// A short, printable echo of a bad value for the error detail.
std::string echo(std::string_view v) {
  std::string out;
  for (char c : v.substr(0, 40)) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
  return "'" + out + (v.size() > 40 ? "...'" : "'");
}

std::optional<double> parse_double(std::string_view s) {
  double d = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(d)) return std::nullopt;
  return d;
}

std::optional<ApiError> parse_bbox(std::string_view v, EventQuery& q) {
  std::vector<double> xs;
  size_t start = 0;
  while (true) {
    size_t comma = v.find(',', start);
    auto d = parse_double(v.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (!d) return ApiError::bad_parameter("bbox", "expected four numbers minlon,minlat,maxlon,maxlat, got " + echo(v));
    xs.push_back(*d);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  if (xs.size() != 4)
    return ApiError::bad_parameter("bbox", "expected four numbers minlon,minlat,maxlon,maxlat, got " + echo(v));
  BoundingBox b;
  b.min_lon = xs[0];
  b.min_lat = xs[1];
  b.max_lon = xs[2];
  b.max_lat = xs[3];
  q.bbox = b;
  return std::nullopt;
}

}  // namespace

std::optional<uint64_t> parse_uint(std::string_view s, uint64_t max) {
  if (s.empty() || s.size() > 20) return std::nullopt;
  uint64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v > max) return std::nullopt;
  return v;
}

std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  return CivilDate::parse(s);
}

std::optional<ApiError> single_param(const QueryParams& params, std::string_view name,
                                     std::optional<std::string>& value) {
  auto [lo, hi] = params.equal_range(std::string(name));
  if (lo == hi) return std::nullopt;
  if (std::next(lo) != hi) return ApiError::bad_parameter(name, "given more than once");
  value = lo->second;
  return std::nullopt;
}

std::optional<ApiError> parse_event_query(const QueryParams& params,
                                          std::initializer_list<std::string_view> extra, EventQuery& q) {
  for (const auto& [name, value] : params) {
    if (!known(name, extra)) return ApiError::bad_parameter(echo(name), "unknown parameter");
    if (value.size() > kMaxParamBytes)
      return ApiError::bad_parameter(name, "longer than " + std::to_string(kMaxParamBytes) + " bytes");
    if (!utf8::valid(value)) return ApiError::bad_parameter(name, "not valid UTF-8");
  }
  std::optional<std::string> v;
  auto get = [&](std::string_view name) {
    v.reset();
    return single_param(params, name, v);
  };
  if (auto e = get("from")) return e;
  if (v && !(q.date_from = parse_iso_date(*v))) return ApiError::bad_parameter("from", "expected a date YYYY-MM-DD, got " + echo(*v));
  if (auto e = get("to")) return e;
  if (v && !(q.date_to = parse_iso_date(*v))) return ApiError::bad_parameter("to", "expected a date YYYY-MM-DD, got " + echo(*v));
  for (auto [name, field] : {std::pair<std::string_view, std::string*>{"actor", &q.actor},
                             {"source", &q.source}, {"target", &q.target}, {"country", &q.country}}) {
    if (auto e = get(name)) return e;
    if (v) *field = upper_ascii(*v);
  }
  if (auto e = get("root")) return e;
  if (v) q.root = *v;
  if (auto e = get("code")) return e;
  if (v) q.code = *v;
  if (auto e = get("quad_class")) return e;
  if (v) {
    auto n = parse_uint(*v, 4);
    if (!n || *n < 1) return ApiError::bad_parameter("quad_class", "expected 1, 2, 3 or 4, got " + echo(*v));
    q.quad_class = static_cast<int>(*n);
  }
  if (auto e = get("bbox")) return e;
  if (v)
    if (auto e = parse_bbox(*v, q)) return e;
  if (auto e = get("q")) return e;
  if (v) q.text = *v;
  if (auto e = get("article")) return e;
  if (v) q.doc_id = *v;
  if (auto e = get("sort")) return e;
  if (v) q.sort = *v;
  if (auto e = get("limit")) return e;
  if (v) {
    auto n = parse_uint(*v, EventQuery::kMaxLimit);
    if (!n || *n < 1)
      return ApiError::bad_parameter("limit", "expected 1.." + std::to_string(EventQuery::kMaxLimit) + ", got " + echo(*v));
    q.limit = static_cast<uint32_t>(*n);
  }
  if (auto e = get("offset")) return e;
  if (v) {
    auto n = parse_uint(*v, EventQuery::kMaxOffset);
    if (!n) return ApiError::bad_parameter("offset", "expected 0.." + std::to_string(EventQuery::kMaxOffset) + ", got " + echo(*v));
    q.offset = *n;
  }
  if (auto e = get("total")) return e;
  if (v) {
    if (*v != "true" && *v != "false") return ApiError::bad_parameter("total", "expected true or false, got " + echo(*v));
    q.count_total = *v == "true";
  }
  // The store's own checks: code shapes, ranges, from <= to, the box.
  auto ok = q.validate();
  if (!ok.ok()) return ApiError{400, "bad_parameter", ok.error().message};
  return std::nullopt;
}

}  // namespace herald
