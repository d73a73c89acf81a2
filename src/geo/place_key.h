// Folds a place name or a run of tokens to the gazetteer's key form: lower
// case, diacritics and other Latin letters folded to ASCII by ICU's
// "Any-Latin; Latin-ASCII" transliterator ("Khān Yūnis" -> "khan yunis",
// "Şanlıurfa" -> "sanliurfa"), whitespace runs collapsed to one space.
// tools/gen_gazetteer.py folds the GeoNames names the same way at build time.
//
//   std::string key = herald::place_key("Kharkiv  Oblast");   // "kharkiv oblast"
//   herald::append_place_key(key, token.lower);               // ASCII fast path
#pragma once

#include <string>
#include <string_view>

namespace herald {

// The key of a whole name.
std::string place_key(std::string_view name);
// Appends the folded form of s (already lower-cased or not) to out. ASCII
// input is copied with case lowered; accented Latin letters are folded by
// core/accent_fold.h; other input goes through ICU (one transliterator per
// thread, created when first needed).
void append_place_key(std::string& out, std::string_view s);

}  // namespace herald
