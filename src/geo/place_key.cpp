#include "geo/place_key.h"

#include <memory>
#include <optional>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "core/accent_fold.h"
#include "core/utf8.h"

namespace herald {

namespace {

void straighten_backticks(std::string& s) {
  for (char& c : s)
    if (c == '`') c = '\'';
}

// Folded ASCII for a non-ASCII string; nullptr transliterator: plain lower-case.
// Accented Latin letters need no transliterator (fold_accents gives the same
// letters), so the costly one is built only when a string needs it.
std::string fold_unicode(std::string_view s) {
  if (std::optional<std::string> folded = fold_accents(s, /*lower=*/true)) {
    straighten_backticks(*folded);
    return std::move(*folded);
  }
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> tr(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(tr) : nullptr;
  }();
  if (!t) return utf8::lower(s);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  t->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  straighten_backticks(out);
  return out;
}

}  // namespace

void append_place_key(std::string& out, std::string_view s) {
  if (utf8::is_ascii(s)) {
    const size_t at = out.size();
    out.append(s);
    char* p = out.data() + at;
    for (size_t k = 0; k < s.size(); ++k)
      if (p[k] >= 'A' && p[k] <= 'Z') p[k] = static_cast<char>(p[k] - 'A' + 'a');
    return;
  }
  out += fold_unicode(s);
}

std::string place_key(std::string_view name) {
  std::string folded;
  append_place_key(folded, name);
  std::string out;
  out.reserve(folded.size());
  for (char c : folded) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace herald
