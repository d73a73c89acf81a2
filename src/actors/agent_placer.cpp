#include "actors/agent_placer.h"

#include <unordered_map>

#include "core/str_eq.h"

namespace herald {

namespace {

bool locative(std::string_view w) {
  return str_eq(w, "in") || str_eq(w, "at") || str_eq(w, "near") || str_eq(w, "outside") || str_eq(w, "across") ||
         str_eq(w, "from") || str_eq(w, "inside") || str_eq(w, "on") || str_eq(w, "into");
}

// The country of the place a title names right after it: "the mayor of
// Moscow", "the governor of the state of Ohio" (past one "the" and up to
// two adjectives); "" when none.
std::string title_place(const Document& doc, const ActorMention& m) {
  const std::vector<Token>& tok = doc.sentences[m.sentence].tokens;
  uint32_t t = m.last;
  if (t >= tok.size() || !str_eq(tok[t].lower, "of")) return "";
  ++t;
  if (t < tok.size() && str_eq(tok[t].lower, "the")) ++t;
  for (int skip = 0; skip < 2 && t < tok.size() && tok[t].tag.rfind("JJ", 0) == 0; ++skip) ++t;
  for (const PlaceMention& p : of_sentence(doc.places, m.sentence))
    if (p.first == t) return p.country;
  return "";
}

void move_to(ActorMention& m, const std::string& country, const std::string& why) {
  m.code = country + m.code.substr(3);
  m.country = country;
  m.entry += " @" + why;
}

}  // namespace

bool AgentPlacer::local_role(std::string_view code) {
  if (code.size() != 6) return false;
  const std::string_view r = code.substr(3);
  return str_eq(r, "CVL") || str_eq(r, "REF") || str_eq(r, "LAB") || str_eq(r, "EDU") || str_eq(r, "HLH") ||
         str_eq(r, "CRM") || str_eq(r, "COP") || str_eq(r, "REB");
}

std::string AgentPlacer::place_country(const Document& doc) {
  std::unordered_map<std::string, int> n;
  int total = 0;
  for (const PlaceMention& p : doc.places)
    if (!p.country.empty()) {
      ++n[p.country];
      ++total;
    }
  for (const auto& [c, k] : n)
    if (k >= 2 && 2 * k > total) return c;
  return "";
}

void AgentPlacer::annotate(Document& doc, const std::string& article_country) const {
  const std::string article_place = article_country.empty() ? place_country(doc) : article_country;
  for (ActorMention& m : doc.actors) {
    if (!m.implicit_country || m.sentence >= doc.sentences.size()) continue;
    // "Sergei Sobyanin, the mayor of Moscow": any role, and the person the
    // title stands in apposition to (given the title's code by the actor stage).
    if (std::string c = title_place(doc, m); !c.empty() && m.code.size() == 6 && c != m.country) {
      const std::string before = m.code;
      const std::vector<Token>& tok = doc.sentences[m.sentence].tokens;
      for (ActorMention& n : doc.actors)
        if (&n != &m && n.sentence == m.sentence && n.code == before && n.last < m.first && m.first - n.last <= 2 &&
            str_eq(tok[n.last].lower, ","))
          move_to(n, c, "of " + tok[m.last + 1].text);
      move_to(m, c, "of " + tok[m.last + 1].text);
      continue;
    }
    if (!local_role(m.code)) {
      // A state role takes no nearby place, only a better article country.
      if (article_country.empty() || article_country == m.country || m.code.size() != 6) continue;
      m.code = article_country + m.code.substr(3);
      m.country = article_country;
      m.entry += " @places of the article";
      continue;
    }
    const std::vector<Token>& tok = doc.sentences[m.sentence].tokens;
    const PlaceMention* best = nullptr;
    long best_gap = 0;
    for (const PlaceMention& p : of_sentence(doc.places, m.sentence)) {
      if (p.country.empty() || (p.first < m.last && m.first < p.last)) continue;
      const bool before = p.last == m.first;
      // "in Kyiv", "in the capital Kyiv", "in central Israel", "across southern Lebanon".
      uint32_t b = p.first;
      for (int skip = 0; skip < 2 && b > 0 && tok[b - 1].tag.rfind("JJ", 0) == 0; ++skip) --b;
      if (b > 0 && str_eq(tok[b - 1].lower, "the")) --b;
      const bool located = b > 0 && locative(tok[b - 1].lower);
      if (!before && !located) continue;
      const long gap = p.first > m.first ? static_cast<long>(p.first - m.last) : static_cast<long>(m.first - p.last);
      if (!best || gap < best_gap) {
        best = &p;
        best_gap = gap;
      }
    }
    const std::string& country = best ? best->country : article_place;
    if (country.empty() || country == m.country) continue;
    m.code = country + m.code.substr(3);
    m.country = country;
    m.entry += " @" + (best ? best->name : "places of the article");
  }
}

}  // namespace herald
