#include "coref/gender.h"

#include <array>
#include <string_view>

#include "core/str_eq.h"

namespace herald {
namespace {

// Words that make a person male or female ("Mr", "King", "spokeswoman").
constexpr std::array<std::string_view, 14> kMaleWords = {"mr", "mr.", "sir", "lord", "king", "prince", "emir",
                                                        "sultan", "sheikh", "pope", "father", "brother", "son",
                                                        "husband"};
constexpr std::array<std::string_view, 15> kFemaleWords = {"ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady",
                                                          "queen", "princess", "mother", "sister", "daughter",
                                                          "wife", "nun", "madam"};
}  // namespace

// 'M', 'F' or 0 (unknown): the honorific before the mention ("Ms Kell"),
// a gendered word in it ("spokeswoman", "Queen"), its first name ("Emily
// W. Murphy"), or, for a pronoun, the pronoun itself.
char mention_gender(const Document& doc, const ActorMention& m, const FirstNames& names) {
  const std::vector<Token>& tok = doc.sentences[m.sentence].tokens;
  if (m.kind == ActorKind::kPronoun) {
    const std::string& w = tok[m.first].lower;
    return w == "he" || w == "him" || w == "his" ? 'M' : w == "she" || w == "her" ? 'F' : 0;
  }
  const uint32_t from = m.first > 0 ? m.first - 1 : m.first;
  // (A title in "-man" says less than a first name: "UKIP chairman Petrina
  // Holdsworth" is a woman; it decides only when no first name does.)
  bool man_title = false;
  for (uint32_t t = from; t < m.last; ++t) {
    const std::string& w = tok[t].lower;
    if (str_in(std::string_view(w), kMaleWords)) return 'M';
    if (w.size() > 3 && w.ends_with("man") && !w.ends_with("woman") && t >= m.first) man_title = true;
    if (str_in(std::string_view(w), kFemaleWords) || (w.size() > 5 && w.ends_with("woman") && t >= m.first)) return 'F';
  }
  const size_t sp = m.name.find(' ');
  if (sp != std::string::npos && (m.kind == ActorKind::kPerson || m.kind == ActorKind::kAgent)) {
    const std::string first = m.name.substr(0, sp);
    // An agent's name is a personal name only when the text writes it as
    // one ("GSA administrator Emily W. Murphy"); "Georgia president" is
    // the name of "the Georgian president", no woman.
    bool written = m.kind == ActorKind::kPerson;
    for (uint32_t t = m.first; !written && t + 1 < m.last; ++t)
      written = tok[t].text == first && tok[t + 1].tag.rfind("NNP", 0) == 0;
    auto it = written ? names.find(first) : names.end();
    if (it != names.end()) return it->second;
  }
  return man_title ? 'M' : 0;
}

}  // namespace herald
