#include "actors/name_references.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>
#include <vector>

#include "core/str_eq.h"
#include "core/utf8.h"

namespace herald {

namespace {

bool capitalised(std::string_view s) {
  if (s.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(s[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC3;
}

bool suffix_word(std::string_view w) {
  return str_eq(w, "Jr.") || str_eq(w, "Jr") || str_eq(w, "Sr.") || str_eq(w, "Sr") || str_eq(w, "II") ||
         str_eq(w, "III") || str_eq(w, "IV");
}

// The words of s, as views into it.
std::vector<std::string_view> split(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

struct Person {
  std::string key;             // the surname as written: "Murphy"
  uint32_t sentence = 0, after = 0;   // usable from this token on
  const ActorMention* first = nullptr;
  ActorMention made;           // for a person this pass found (age apposition)
  bool ambiguous = false;
  bool acronym = false;        // a body's acronym given in brackets: "(NTC)"
};

// "National Telecommunications Commission (NTC)": the all-capital acronym
// (2 to 6 letters) in brackets right after token `last`, or "".
std::string acronym_after(const std::vector<Token>& tok, uint32_t last) {
  if (last + 2 >= tok.size() || tok[last].text != "(" || tok[last + 2].text != ")") return {};
  const std::string& a = tok[last + 1].text;
  if (a.size() < 2 || a.size() > 6 || !std::all_of(a.begin(), a.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return {};
  return a;
}

// An age between commas after a name: "Kyle Rittenhouse, 18,".
bool age_at(const std::vector<Token>& tok, uint32_t comma) {
  if (comma + 2 >= tok.size() || !str_eq(tok[comma].text, ",") || !str_eq(tok[comma + 2].text, ",")) return false;
  const std::string& n = tok[comma + 1].text;
  if (n.empty() || n.size() > 3 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  const int age = std::atoi(n.c_str());
  return age >= 1 && age <= 110;
}

}  // namespace

bool NameReferences::honorific(std::string_view w) {
  for (std::string_view h : {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
                             "sir", "dame", "lord", "lady", "sheikh"})
    if (w == h) return true;
  return false;
}

void NameReferences::carry_roles(Document& doc) {
  std::unordered_map<std::string_view, std::string_view> role;   // person entry -> role code, "" when two
  for (const ActorMention& m : doc.actors) {
    if (m.kind != ActorKind::kPerson || m.code.size() != 6 || m.entry.empty() || m.entry.rfind("name:", 0) == 0) continue;
    auto [it, fresh] = role.try_emplace(m.entry, m.code);
    if (!fresh && it->second != m.code) it->second = {};
  }
  if (role.empty()) return;
  for (ActorMention& m : doc.actors) {
    if (m.kind != ActorKind::kPerson || m.code.size() != 3) continue;
    auto it = role.find(m.entry);
    if (it != role.end() && !it->second.empty() && it->second.substr(0, 3) == m.code) m.code = std::string(it->second);
  }
}

void NameReferences::link(Document& doc, const std::string& main_country) const {
  const size_t n_sent = doc.sentences.size();
  std::vector<std::vector<bool>> covered(n_sent);
  for (uint32_t s = 0; s < n_sent; ++s) covered[s].assign(doc.sentences[s].tokens.size(), false);
  for (const ActorMention& m : doc.actors)
    if (m.sentence < n_sent)
      for (uint32_t t = m.first; t < m.last && t < covered[m.sentence].size(); ++t) covered[m.sentence][t] = true;

  std::vector<Person> people;
  std::unordered_map<std::string, size_t> by_key;
  auto known_word = [&](const std::string& w) {
    const int32_t id = dict_.trie().word_id(PhraseTrie::normalise(utf8::lower(w)));
    if (id < 0) return false;
    const uint32_t node = dict_.trie().child(PhraseTrie::kRoot, id);
    return node != PhraseTrie::kNone && !dict_.trie().payloads(node).empty();
  };
  auto add = [&](Person p) {
    if (p.key.size() < 2 || !capitalised(p.key) || known_word(p.key)) return;
    const std::string& name = p.first ? p.first->name : p.made.name;
    auto [it, fresh] = by_key.try_emplace(p.key, people.size());
    if (!fresh) {
      Person& q = people[it->second];
      if ((q.first ? q.first->name : q.made.name) != name) q.ambiguous = true;
      return;
    }
    people.push_back(std::move(p));
  };

  // Named people among the actor stage's mentions.
  for (const ActorMention& m : doc.actors) {
    if (m.sentence >= n_sent || m.code.empty() || m.code.rfind("---", 0) == 0) continue;
    if (m.kind != ActorKind::kPerson && m.kind != ActorKind::kAgent && m.kind != ActorKind::kOrganisation) continue;
    std::vector<std::string_view> words = split(m.name);
    while (!words.empty() && suffix_word(words.back())) words.pop_back();
    if (words.size() < 2) continue;
    const std::vector<Token>& tok = doc.sentences[m.sentence].tokens;
    if (m.kind != ActorKind::kPerson) {
      // Title + name: the mention ends with the name's words ("administrator
      // Emily W. Murphy", "IMF Managing Director Michel Camdessus").
      const std::vector<std::string_view> all = split(m.name);
      if (all.size() > m.last - m.first) continue;
      bool named = true;
      for (size_t k = 0; k < all.size() && named; ++k)
        named = tok[m.last - all.size() + k].text == all[k] && capitalised(all[k]);
      if (!named) continue;
    }
    Person p;
    p.key = words.back();
    p.sentence = m.sentence;
    p.after = m.last;
    p.first = &m;
    // The surname as the article spells it: "Pedro Sanchez" for the listed "Pedro Sánchez".
    const std::string& written = tok[m.last - 1].text;
    const bool respelt = m.kind == ActorKind::kPerson && written != p.key && !suffix_word(written);
    Person q = p;
    add(std::move(p));
    if (respelt) {
      q.key = written;
      add(std::move(q));
    }
  }
  // Bodies named with their acronym: "the National Telecommunications
  // Commission (NTC)", then "the NTC" (no listed acronym: the dictionary's wins).
  for (const ActorMention& m : doc.actors) {
    // (A body the agent list names by its head noun only when that is an
    // office: "... Commission", "... Ministry"; "National Liberation Army"
    // and "African National Congress" are no army and no legislature.)
    const std::string_view role = m.code.size() == 6 ? std::string_view(m.code).substr(3) : std::string_view();
    const bool office = role == "GOV" || role == "COP" || role == "JUD" || role == "SPY";
    if (m.sentence >= n_sent || m.code.rfind("---", 0) == 0 || m.code.size() != 6 || m.last < m.first + 2 ||
        !(m.kind == ActorKind::kOrganisation || (m.kind == ActorKind::kAgent && office)))
      continue;
    const std::string a = acronym_after(doc.sentences[m.sentence].tokens, m.last);
    if (a.empty()) continue;
    Person p;
    p.key = a;
    p.sentence = m.sentence;
    p.after = m.last + 3;
    p.first = &m;
    p.acronym = true;
    add(std::move(p));
  }
  // Private persons introduced with an age: "Kyle Rittenhouse, 18,".
  for (uint32_t s = 0; s < n_sent; ++s) {
    const std::vector<Token>& tok = doc.sentences[s].tokens;
    for (uint32_t c = 2; c < tok.size(); ++c) {
      if (!age_at(tok, c)) continue;
      uint32_t b = c;
      while (b > 0 && c - b < 4 && capitalised(tok[b - 1].text) && !covered[s][b - 1] && !honorific(tok[b - 1].lower)) --b;
      if (c - b < 2 || (b > 0 && capitalised(tok[b - 1].text) && !honorific(tok[b - 1].lower))) continue;
      Person p;
      p.key = tok[c - 1].text;
      p.sentence = s;
      p.after = c;
      ActorMention& a = p.made;
      a.sentence = s;
      a.first = b > 0 && honorific(tok[b - 1].lower) ? b - 1 : b;
      a.last = c;
      a.span = Span{tok[a.first].span.begin, tok[c - 1].span.end};
      a.name = tok[b].text;
      for (uint32_t t = b + 1; t < c; ++t) a.name += " " + tok[t].text;
      a.country = main_country;
      a.code = (main_country.empty() ? "---" : main_country) + "CVL";
      a.kind = ActorKind::kPerson;
      a.implicit_country = true;
      a.entry = "name:age apposition";
      add(std::move(p));
      for (uint32_t t = a.first; t < c; ++t) covered[s][t] = true;
    }
  }
  if (people.empty()) return;

  std::vector<ActorMention> added;
  for (const Person& p : people)
    if (!p.first && !p.ambiguous) added.push_back(p.made);
  for (uint32_t s = 0; s < n_sent; ++s) {
    const std::vector<Token>& tok = doc.sentences[s].tokens;
    for (uint32_t t = 0; t < tok.size(); ++t) {
      if (covered[s][t] || !capitalised(tok[t].text)) continue;
      auto it = by_key.find(tok[t].text);
      if (it == by_key.end()) continue;
      const Person& p = people[it->second];
      if (p.ambiguous || s < p.sentence || (s == p.sentence && t < p.after)) continue;
      const ActorMention& from = p.first ? *p.first : p.made;
      // The full name again ("Ihor Zhovkva" after "... President Ihor
      // Zhovkva"): the capitalised words before the surname are the name's.
      uint32_t start = t;
      {
        const std::vector<std::string_view> words = split(from.name);
        size_t k = words.empty() ? 0 : words.size() - 1;
        while (k > 0 && start > 0 && !covered[s][start - 1] && tok[start - 1].text == words[k - 1]) {
          --start;
          --k;
        }
      }
      // Part of a longer capitalised name: "John Murphy", "Murphy Brown".
      const bool hon = start > 0 && honorific(tok[start - 1].lower);
      if (start > 0 && !hon && capitalised(tok[start - 1].text) && !covered[s][start - 1]) continue;
      if (t + 1 < tok.size() && capitalised(tok[t + 1].text) && !covered[s][t + 1]) continue;
      ActorMention a = from;
      a.sentence = s;
      a.first = hon && !covered[s][start - 1] ? start - 1 : start;
      a.last = t + 1;
      a.span = Span{tok[a.first].span.begin, tok[t].span.end};
      a.kind = p.acronym ? ActorKind::kOrganisation : ActorKind::kPerson;
      a.entry = "name:" + p.key + "->" + from.entry + " (sentence " + std::to_string(from.sentence + 1) + ")";
      added.push_back(std::move(a));
      covered[s][t] = true;
    }
  }
  if (added.empty()) return;
  for (ActorMention& a : added) doc.actors.push_back(std::move(a));
  std::stable_sort(doc.actors.begin(), doc.actors.end(), [](const ActorMention& x, const ActorMention& y) {
    return x.sentence != y.sentence ? x.sentence < y.sentence : x.first < y.first;
  });
}

}  // namespace herald
