// Appends compact JSON to a std::string, byte for byte as nlohmann::json's
// dump(-1, ' ', false, error_handler_t::replace) writes the same values, so
// a hot endpoint can skip building a nlohmann::json tree (one allocation per
// value, a std::map per object) and still answer the same bytes.
//
//   std::string out;
//   herald::JsonWriter w(out);
//   w.raw("{\"id\":");  w.string(e.id);          // keys are the caller's literals
//   w.raw(",\"goldstein\":");  w.number(e.goldstein);
//   w.raw("}");
//
// The caller writes the punctuation and the keys, and must write an
// object's keys in nlohmann::json's order (sorted, std::map) for the bytes
// to match. Parsing stays with nlohmann.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace herald {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  // Bytes copied as they are: punctuation and "key": literals.
  void raw(std::string_view s) { out_.append(s); }
  // A JSON string: '"', '\\', \b \f \n \r \t and other bytes below 0x20
  // (\u00XX) escaped, other UTF-8 copied; invalid UTF-8 is replaced by
  // U+FFFD exactly as nlohmann::json's replace handler does.
  void string(std::string_view s);
  // null for "", else string(s).
  void string_or_null(std::string_view s);
  // Shortest round-trip form, as nlohmann::json ("1.0", "-0.5", "1e+20");
  // null for NaN and infinities.
  void number(double v);
  void number(int64_t v);
  void number(uint64_t v);
  void number(int v) { number(static_cast<int64_t>(v)); }
  void number(uint32_t v) { number(static_cast<uint64_t>(v)); }
  void number_or_null(const std::optional<double>& v);
  void boolean(bool v) { out_.append(v ? "true" : "false"); }
  void null() { out_.append("null"); }

 private:
  std::string& out_;
};

}  // namespace herald
