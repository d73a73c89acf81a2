// Folds Latin-script text to ASCII without an ICU transliterator: a letter
// whose canonical decomposition (ICU's NFD) is ASCII plus combining marks
// becomes that ASCII ("Khān Yūnis" -> "Khan Yunis", "Erdoğan" -> "Erdogan"),
// and a table gives the Latin letters with no decomposition and common
// punctuation ("Støre" -> "Store", "Kalın" -> "Kalin", "’" -> "'").
// Building a transliterator costs 20-30 ms of start-up (ICU's registry), so
// callers try this first and keep the transliterator for the rest (other
// scripts: "Київ"), created when first needed.
//
//   if (auto folded = herald::fold_accents(name, /*lower=*/true)) use(*folded);
//   else use(transliterate(name));   // "Any-Latin; Latin-ASCII; Lower"
//
// Where it answers, it answers as ICU's "Latin-ASCII" does (followed by
// ASCII lower-casing with lower), letter for letter; tests/core/accent_fold_test
// checks every code point it accepts against the transliterator.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace herald {

// The ASCII fold of s (lower-cased when lower), or nullopt when s holds a
// code point this cannot fold: a non-Latin letter, a Latin letter neither
// decomposed nor in the table ("ʃ"), other symbols ("€"), a lone combining
// mark (one after a letter is dropped), invalid UTF-8.
std::optional<std::string> fold_accents(std::string_view s, bool lower);

}  // namespace herald
