#include "server/json_writer.h"

#include <array>
#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

namespace herald {

namespace {

bool continuation(unsigned char c) { return c >= 0x80 && c <= 0xbf; }

// The length of the well-formed UTF-8 sequence starting at s[i] (Unicode
// Table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF), or 0.
// nlohmann::json's decoder accepts exactly these.
size_t sequence_length(std::string_view s, size_t i) {
  auto at = [&](size_t k) -> unsigned char { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  unsigned char c = at(0);
  if (c >= 0xc2 && c <= 0xdf) return continuation(at(1)) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    unsigned char lo = c == 0xe0 ? 0xa0 : 0x80, hi = c == 0xed ? 0x9f : 0xbf;
    return at(1) >= lo && at(1) <= hi && continuation(at(2)) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    unsigned char lo = c == 0xf0 ? 0x90 : 0x80, hi = c == 0xf4 ? 0x8f : 0xbf;
    return at(1) >= lo && at(1) <= hi && continuation(at(2)) && continuation(at(3)) ? 4 : 0;
  }
  return 0;
}

const char* short_escape(unsigned char c) {
  switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: return nullptr;
  }
}

}  // namespace

void JsonWriter::string(std::string_view s) {
  const size_t start = out_.size();
  out_ += '"';
  size_t run = 0;   // start of the bytes not yet copied
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t n = sequence_length(s, i);
      if (n == 0) {
        // Rare: let nlohmann place its U+FFFD replacements itself.
        out_.resize(start);
        out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      i += n;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out_.append(s.data() + run, i - run);
    if (const char* e = short_escape(c)) {
      out_ += e;
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      const char u[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
      out_.append(u, sizeof u);
    }
    run = ++i;
  }
  out_.append(s.data() + run, s.size() - run);
  out_ += '"';
}

void JsonWriter::string_or_null(std::string_view s) {
  if (s.empty()) null();
  else string(s);
}

void JsonWriter::number(double v) {
  if (!std::isfinite(v)) return null();
  // nlohmann::json's own shortest round-trip printer (Grisu2), the one its
  // dump() calls, so "1.0", "0.30000000000000004" and "1e+20" come out alike.
  std::array<char, 64> buf;
  char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), v);
  out_.append(buf.data(), static_cast<size_t>(end - buf.data()));
}

void JsonWriter::number(int64_t v) {
  std::array<char, 24> buf;
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  out_.append(buf.data(), static_cast<size_t>(r.ptr - buf.data()));
}

void JsonWriter::number(uint64_t v) {
  std::array<char, 24> buf;
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  out_.append(buf.data(), static_cast<size_t>(r.ptr - buf.data()));
}

void JsonWriter::number_or_null(const std::optional<double>& v) {
  if (v) number(*v);
  else null();
}

}  // namespace herald
