#include "text/abbreviations.h"

#include <algorithm>

namespace herald::text {

namespace {

// Sorted for binary search (std::string_view compares bytewise).
constexpr std::string_view kTitles[] = {
    "Adm", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Det", "Dr", "Fr", "Gen",
    "Gov", "Hon", "Insp", "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Pres", "Prof", "Rep",
    "Reps", "Rev", "Sen", "Sens", "Sgt", "Supt", "e.g", "i.e", "vs"};

// Company suffixes (Kft, Zrt, Pty, Bhd...) are soft too: "Mol Kft. said" is one sentence.
constexpr std::string_view kSoft[] = {
    "Aug", "Ave", "Bhd", "Blvd", "Bros", "Co", "Corp", "Cos", "Dec", "Dept", "Feb", "Ft", "Inc", "Intl", "Jan", "Jr", "Kft", "Ltd", "Mfg", "Mt", "Nov", "Nyrt", "Oct", "Plc", "Pty", "Sdn", "Sept", "Sr", "St", "Tbk", "Zrt", "approx", "est", "etc"};

constexpr std::string_view kStarters[] = {
    "A", "According", "After", "Also", "Although", "An", "And", "Another",
    "As", "At", "Before", "Both", "But", "By", "Despite", "During", "Earlier", "Following",
    "For", "From", "He", "Her", "His", "How", "However", "I", "If", "In", "It", "Its",
    "Last", "Later", "Many", "Meanwhile", "Most", "Mr", "Mrs", "Ms", "No", "Now", "On",
    "One", "Other", "Our", "Several", "She", "Since", "So", "Some", "That", "The", "Their",
    "Then", "There", "These", "They", "This", "Those", "Thus", "Today", "Under", "We",
    "What", "When", "Where", "While", "Who", "Why", "With", "Yesterday", "Yet", "You"};

template <size_t N>
bool contains(const std::string_view (&a)[N], std::string_view w) {
  return std::binary_search(a, a + N, w);
}

}  // namespace

template <size_t N>
constexpr size_t longest(const std::string_view (&a)[N]) {
  size_t n = 0;
  for (std::string_view w : a) n = w.size() > n ? w.size() : n;
  return n;
}

AbbrevKind abbreviation_kind(std::string_view word) {
  if (word == "No" || word == "no" || word == "Nos") return AbbrevKind::kNumber;
  // Most words before a full stop are longer than any abbreviation: no search.
  static constexpr size_t kLongest = std::max(longest(kTitles), longest(kSoft));
  if (word.size() > kLongest) return AbbrevKind::kNone;
  if (contains(kTitles, word)) return AbbrevKind::kTitle;
  if (contains(kSoft, word)) return AbbrevKind::kSoft;
  return AbbrevKind::kNone;
}

bool is_sentence_starter(std::string_view word) { return contains(kStarters, word); }

}  // namespace herald::text
