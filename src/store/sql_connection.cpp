#include "store/sql_connection.h"

#include <cstdlib>

namespace herald {

SqlValue sql_text_or_null(const std::string& s) {
  if (s.empty()) return std::monostate{};
  return s;
}

SqlValue sql_real_or_null(const std::optional<double>& v) {
  if (!v) return std::monostate{};
  return *v;
}

std::string sql_bindable_text(const std::string& s) {
  if (s.find('\0') == std::string::npos) return s;
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    if (c == '\0') out += "\xEF\xBF\xBD";
    else out += c;
  }
  return out;
}

std::string SqlRow::text(size_t i) const {
  const SqlValue& v = values.at(i);
  if (auto* s = std::get_if<std::string>(&v)) return *s;
  if (auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  if (auto* d = std::get_if<double>(&v)) return std::to_string(*d);
  return "";
}

std::string SqlRow::take_text(size_t i) {
  if (auto* s = std::get_if<std::string>(&values.at(i))) return std::move(*s);
  return text(i);
}

int64_t SqlRow::integer(size_t i) const {
  const SqlValue& v = values.at(i);
  if (auto* n = std::get_if<int64_t>(&v)) return *n;
  if (auto* d = std::get_if<double>(&v))   // out of range or NaN: 0, never undefined behaviour
    return *d >= -9.2e18 && *d <= 9.2e18 ? static_cast<int64_t>(*d) : 0;
  if (auto* s = std::get_if<std::string>(&v)) {
    if (*s == "t") return 1;   // PostgreSQL booleans
    if (*s == "f") return 0;
    return std::strtoll(s->c_str(), nullptr, 10);
  }
  return 0;
}

double SqlRow::real(size_t i) const {
  const SqlValue& v = values.at(i);
  if (auto* d = std::get_if<double>(&v)) return *d;
  if (auto* n = std::get_if<int64_t>(&v)) return static_cast<double>(*n);
  if (auto* s = std::get_if<std::string>(&v)) return std::strtod(s->c_str(), nullptr);
  return 0;
}

std::optional<double> SqlRow::optional_real(size_t i) const {
  if (null(i)) return std::nullopt;
  return real(i);
}

}  // namespace herald
