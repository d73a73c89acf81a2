#include "actors/agent_placer.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "core/str_eq.h"

namespace herald {

namespace {

// Furthest a place after a local agent may stand and still say where it is.
constexpr long kPlaceReach = 10;

bool locative(std::string_view w) {
  return str_eq(w, "in") || str_eq(w, "at") || str_eq(w, "near") || str_eq(w, "outside") || str_eq(w, "across") ||
         str_eq(w, "from") || str_eq(w, "inside") || str_eq(w, "on") || str_eq(w, "into");
}

// True when every place of sentence s with a country is in `country`.
bool one_country(const Document& doc, uint32_t s, const std::string& country) {
  for (const PlaceMention& p : of_sentence(doc.places, s))
    if (!p.country.empty() && p.country != country) return false;
  return true;
}

// A noun for a settlement or region a place's name may follow ("the city
// of Mykolaiv", "the province of Idlib").
bool settlement_noun(std::string_view w) {
  return str_eq(w, "city") || str_eq(w, "town") || str_eq(w, "village") || str_eq(w, "region") ||
         str_eq(w, "province") || str_eq(w, "district") || str_eq(w, "state") || str_eq(w, "county") ||
         str_eq(w, "island") || str_eq(w, "capital") || str_eq(w, "port") || str_eq(w, "area") ||
         str_eq(w, "governorate") || str_eq(w, "oblast") || str_eq(w, "municipality") || str_eq(w, "outskirts");
}

// The country of the place a title names right after it: "the mayor of
// Moscow", "the governor of the state of Ohio" (past one "the" and up to
// two adjectives); "" when none.
std::string title_place(const Document& doc, const ActorMention& m) {
  const std::vector<Token>& tok = doc.sentences[m.sentence].tokens;
  uint32_t t = m.last;
  // Past a capitalised portfolio: "Federal Minister for the EU and
  // Constitution at the Federal Chancellery of Austria".
  if (t < tok.size() && (tok[t].lower == "for" || tok[t].lower == "at")) {
    uint32_t u = t;
    while (u < tok.size() && u < m.last + 12) {
      const std::string& w = tok[u].lower;
      const bool cap = !tok[u].text.empty() && std::isupper(static_cast<unsigned char>(tok[u].text[0]));
      if (w == "of" && u > t + 1) break;
      if (!(cap || w == "for" || w == "at" || w == "the" || w == "and")) return "";
      ++u;
    }
    if (u < tok.size() && tok[u].lower == "of") t = u;
  }
  if (t >= tok.size() || tok[t].lower != "of") return "";
  ++t;
  if (t < tok.size() && str_eq(tok[t].lower, "the")) ++t;
  for (int skip = 0; skip < 2 && t < tok.size() && tok[t].tag.rfind("JJ", 0) == 0; ++skip) ++t;
  for (const PlaceMention& p : of_sentence(doc.places, m.sentence))
    if (p.first == t) return p.country;
  // (A country the place stage passed over before a name: "of Austria Karoline Edtstadler".)
  for (const ActorMention& a : doc.actors)
    if (a.sentence == m.sentence && a.first == t && a.kind == ActorKind::kCountry && a.code.size() == 3) return a.code;
  return "";
}

// The country of the first state actor of m's sentence that stated its
// country, when m is a capitalised body mid-sentence ("the Office of Foreign
// Assets Control") with a state role; "" otherwise.
std::string named_body_country(const Document& doc, const ActorMention& m) {
  const std::vector<Token>& tok = doc.sentences[m.sentence].tokens;
  if (m.first == 0 || m.last - m.first < 2 || tok[m.first].text.empty() ||
      !std::isupper(static_cast<unsigned char>(tok[m.first].text[0])) || m.code.size() != 6)
    return "";
  const std::string_view role = std::string_view(m.code).substr(3);
  const auto state = [](std::string_view r) { return r == "GOV" || r == "MIL" || r == "COP" || r == "JUD" || r == "LEG" || r == "SPY"; };
  if (!state(role)) return "";
  for (const ActorMention& a : doc.actors) {
    if (a.sentence != m.sentence || a.first >= m.first) continue;
    if (!a.implicit_country && a.code.size() == 6 && state(std::string_view(a.code).substr(3)) &&
        std::isupper(static_cast<unsigned char>(a.code[0])) && a.code.rfind("IGO", 0) != 0)
      return a.code.substr(0, 3);
  }
  return "";
}

// The mention coreference took m from (doc.actors is ordered by sentence and first token).
const ActorMention* antecedent(const Document& doc, const ActorMention& m) {
  auto it = std::lower_bound(doc.actors.begin(), doc.actors.end(), m, [](const ActorMention& x, const ActorMention& y) {
    return x.sentence != y.antecedent_sentence ? x.sentence < y.antecedent_sentence : x.first < y.antecedent_first;
  });
  for (; it != doc.actors.end() && it->sentence == m.antecedent_sentence && it->first == m.antecedent_first; ++it)
    if (&*it != &m && it->code.size() >= 3) return &*it;
  return nullptr;
}

// "Zelenskiy states that the military has attacked gas facilities in
// Russia": a state role no country names, in what a state actor says, is that
// actor's own. The reporting verb within 12 tokens before the mention, its
// subject the state actor ending right before it; "" when none.
std::string speaker_country(const Document& doc, const ActorMention& m) {
  const std::vector<Token>& tok = doc.sentences[m.sentence].tokens;
  for (uint32_t t = m.first; t-- > 0 && m.first - t <= 12;) {
    const Token& k = tok[t];
    if (str_eq(k.lower, ";") || str_eq(k.lower, ":")) return {};
    if (k.tag != "VBD" && k.tag != "VBZ" && k.tag != "VBP") continue;
    const std::string_view l = k.lemma;
    if (l != "say" && l != "state" && l != "announce" && l != "claim" && l != "report" && l != "confirm" && l != "add" &&
        l != "insist" && l != "stress" && l != "note")
      return {};   // another finite verb first: the mention is not in what was said
    for (const ActorMention& s : doc.actors) {
      if (s.sentence != m.sentence || s.implicit_country || s.code.size() != 6 || s.kind == ActorKind::kPronoun) continue;
      if (s.last != t && !(s.last + 1 == t && tok[s.last].tag.rfind("RB", 0) == 0)) continue;
      const std::string_view role = std::string_view(s.code).substr(3);
      if (role == "GOV" || role == "MIL" || role == "LEG" || role == "SPY" || role == "COP") return s.country;
    }
    return {};
  }
  return {};
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
    // A pronoun or description goes where its antecedent went (below).
    if (m.antecedent_sentence != ActorMention::kNoAntecedent && m.code.size() == 6) continue;
    // "Sergei Sobyanin, the mayor of Moscow": any role, and the person the
    // title stands in apposition to (given the title's code by the actor stage).
    const std::string titled = title_place(doc, m);
    if (!titled.empty() && m.code.size() == 6 && titled == m.country) continue;   // already there
    if (const std::string& c = titled; !c.empty() && m.code.size() == 6) {
      const std::string before = m.code;
      const std::vector<Token>& tok = doc.sentences[m.sentence].tokens;
      for (ActorMention& n : doc.actors)
        if (&n != &m && n.sentence == m.sentence && n.code == before && n.last < m.first &&
            m.first - n.last <= 2 && tok[n.last].lower == ",")
          move_to(n, c, "title of " + c);
      move_to(m, c, "title of " + c);
      continue;
    }
    // "Scott Bessent announces that the Office of Foreign Assets Control has
    // ...": a named body of no stated country belongs to the country of the
    // state actor that opens its sentence.
    if (std::string c = named_body_country(doc, m); !c.empty()) {
      if (c != m.country) move_to(m, c, "the sentence's state actor");
      continue;
    }
    if (!local_role(m.code) && m.code.size() == 6) {
      if (std::string c = speaker_country(doc, m); !c.empty()) {
        if (c != m.country) move_to(m, c, "its speaker's");
        continue;
      }
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
      // "in the southern port city of Mykolaiv": the place names a
      // settlement or region noun the preposition governs.
      if (b > 1 && str_eq(tok[b - 1].lower, "of") && settlement_noun(tok[b - 2].lower)) {
        uint32_t c = b - 2;
        for (int skip = 0; skip < 3 && c > 0 && (tok[c - 1].tag.rfind("JJ", 0) == 0 || tok[c - 1].tag == "NN"); ++skip) --c;
        if (c > 0 && str_eq(tok[c - 1].lower, "the")) --c;
        b = c;
      }
      const bool located = b > 0 && locative(tok[b - 1].lower);
      if (!before && !located) continue;
      const long gap = p.first > m.first ? static_cast<long>(p.first - m.last) : static_cast<long>(m.first - p.last);
      // A place far past the mention locates something else ("arrest eleven
      // people linked to a network that smuggled workers ..., mostly from Nepal"),
      // unless it is where the sentence's events happen: "in"/"on"/"at" and
      // every place of the sentence in one country ("a woman was killed and
      // seven injured in a strike on the port city of Mykolaiv").
      if (p.first > m.first && gap > kPlaceReach) {
        const std::string_view prep = tok[b - 1].lower;
        if (!(str_eq(prep, "in") || str_eq(prep, "on") || str_eq(prep, "at")) || !one_country(doc, m.sentence, p.country))
          continue;
      }
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
  // Pronouns and descriptions follow their antecedents, once those are placed
  // ("We" in a quote whose speaker comes after it, "the interlocutors").
  for (ActorMention& m : doc.actors) {
    if (!m.implicit_country || m.antecedent_sentence == ActorMention::kNoAntecedent || m.code.size() != 6) continue;
    if (const ActorMention* a = antecedent(doc, m); a && a->country.size() == 3 && a->country != m.country)
      move_to(m, a->country, "its antecedent");
  }
}

}  // namespace herald
