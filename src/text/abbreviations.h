// Abbreviations the sentence splitter must not end a sentence at.
//
//   auto kind = herald::text::abbreviation_kind("Gen");   // AbbrevKind::kTitle
//   herald::text::is_sentence_starter("The");              // true
//
// kTitle never ends a sentence (Dr., Gen., Sen.: a name follows); kSoft ends
// one only when the next word usually starts sentences (Inc., U.S., a.m.).
#pragma once

#include <string_view>

namespace herald::text {

enum class AbbrevKind { kNone, kTitle, kSoft, kNumber };

// The kind of the word before a full stop (without the dot, case kept):
// kNumber is "No" (an abbreviation only before a digit).
AbbrevKind abbreviation_kind(std::string_view word);

// A word that typically opens a sentence ("The", "He", "But", ...).
bool is_sentence_starter(std::string_view word);

}  // namespace herald::text
