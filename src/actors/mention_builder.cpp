// Composition of dictionary matches into actor mentions (see actor_matcher.h).
#include <string_view>

#include "actors/match_context.h"
#include "core/str_eq.h"

namespace herald {

namespace {

bool state_role(std::string_view role) { return str_in(role, {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}); }

// Words that never sit between a demonym and its agent ("Chinese AI firms" yes,
// "Israeli attack on troops" no).
bool stop_word(std::string_view k) {
  return str_in(k, {"the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but",
                "as", "that", "which", "who", "whom", "is", "was", "were", "are", "be", "been", "has", "have",
                "had", "said", "says", "say", "will", "would", "could", "should", "may", "might", "must", "not",
                "its", "their", "his", "her", "after", "before", "against", "into", "over", "than", "then",
                "also", "it", "they", "he", "she", "this", "these", "those", "there", "when", "while", "if"});
}

bool particle(std::string_view k) {
  return str_in(k, {"de", "da", "al", "al-", "el", "bin", "ibn", "van", "von", "der", "del", "la", "le", "di", "du",
                "dos", "-"});
}

bool honorific(std::string_view k) {
  return str_in(k, {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "sheikh"});
}

}  // namespace

const Piece* MentionBuilder::piece(size_t k) const {
  if (k >= m_.piece_at.size() || m_.piece_at[k] < 0) return nullptr;
  return &m_.pieces[m_.piece_at[k]];
}

bool MentionBuilder::is_cap(size_t k) const {
  if (k >= tok_.size() || tok_[k].text.empty()) return false;
  unsigned char c = static_cast<unsigned char>(tok_[k].text[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC3;
}

std::string MentionBuilder::country_of_code(const std::string& code) const {
  if (code.size() >= 3 && dict_.countries().by_alpha3(code.substr(0, 3))) return code.substr(0, 3);
  return "";
}

std::string MentionBuilder::piece_code(const Piece& p) const {
  switch (p.source) {
    case PhraseSource::kCountryName:
    case PhraseSource::kDemonym:
    case PhraseSource::kCapital: return dict_.countries().countries()[p.index].alpha3;
    case PhraseSource::kPerson:
    case PhraseSource::kOrganisation: return resolve_entry(dict_.entries()[p.index], date_).code;
    case PhraseSource::kAgent: return "";
  }
  return "";
}

MentionBuilder::AgentChain MentionBuilder::chain(size_t k) const {
  AgentChain c;
  const Piece* p = piece(k);
  if (!p || p->source != PhraseSource::kAgent) return c;
  c.first = c.last = &dict_.agents()[p->index];
  c.end = p->last;
  while (const Piece* q = piece(c.end)) {
    if (q->source != PhraseSource::kAgent) break;
    c.last = &dict_.agents()[q->index];
    c.end = q->last;
  }
  // The first agent gives the role ("Senate minority leader" LEG, "army
  // chief" MIL), but a sector before a state title names the portfolio:
  // "the trade and industry secretary", "labour minister" are GOV.
  const std::string& r = c.first->role;
  c.role = c.last != c.first && c.last->role == "GOV" && c.last->title &&
                   (r == "BUS" || r == "LAB" || r == "EDU" || r == "HLH" || r == "MED" || r == "REF")
               ? c.last
               : c.first;
  return c;
}

// "Ambassador to Germany", "Ministry of Internal Affairs": words after the agent
// that belong to it without changing its country.
uint32_t MentionBuilder::tail(uint32_t end, const AgentChain& c, uint32_t agent_first) const {
  size_t n = tok_.size();
  if (c.last->envoy && end + 1 < n && str_eq(key(end), "to")) {
    size_t j = end + 1;
    if (str_eq(key(j), "the") && j + 1 < n) ++j;
    const Piece* p = piece(j);
    if (p && (p->source == PhraseSource::kCountryName || p->source == PhraseSource::kCapital)) return p->last;
  }
  if (is_cap(agent_first) && end + 1 < n && str_eq(key(end), "of") && is_cap(end + 1) && !piece(end + 1)) {
    uint32_t j = end + 1, last_cap = end;
    while (j < n && j < end + 6 && ((is_cap(j) && !piece(j)) || str_eq(key(j), "and"))) {
      if (is_cap(j)) last_cap = j;
      ++j;
    }
    if (last_cap > end) return last_cap + 1;
  }
  return end;
}

// A run of capitalised name words at k ("Nathan Hochman", "Emily W. Murphy",
// "Marcelo Rebelo de Sousa"); returns its end, k when none.
uint32_t MentionBuilder::name_run(uint32_t k) const {
  uint32_t j = k, last = k;
  size_t n = tok_.size();
  while (j < n && j < k + 5) {
    if (piece(j)) break;
    if (is_cap(j) && !stop_word(key(j))) {
      last = ++j;
    } else if (j > k && particle(key(j))) {
      ++j;
    } else {
      break;
    }
  }
  return last;
}

bool MentionBuilder::former_before(uint32_t first) const {
  if (m_.keys[first].ex_prefix && tok_[first].lower.rfind("ex-", 0) == 0) return true;
  return first > 0 && str_in(key(first - 1), {"former", "ex", "ex-"});
}

void MentionBuilder::title_person(ActorMention& a, const ActorEntry& e, const std::string& explicit_country,
                                  const AgentChain& c) const {
  ResolvedEntry r = resolve_entry(e, date_);
  a.kind = ActorKind::kPerson;
  a.name = e.name;
  a.entry = e.entry;
  if (c.last->generic && r.active) {
    a.code = r.code;
  } else {
    std::string country = !explicit_country.empty() ? explicit_country : !r.country.empty() ? r.country : main_;
    a.code = (country.empty() ? "---" : country) + c.role->role;
  }
}

// Sets token range and span, applies "former", absorbs "(ACRONYM)", appends.
uint32_t MentionBuilder::finish(ActorMention& a, uint32_t first, uint32_t last, std::vector<ActorMention>& out) const {
  if (a.code.empty()) return last;
  if (former_before(first) && a.code.size() == 6 && state_role(std::string_view(a.code).substr(3))) {
    a.code = a.code.substr(0, 3);
    if (str_eq(a.code, "---")) return last;
  }
  if (last + 2 < tok_.size() && str_eq(tok_[last].text, "(")) {
    const Piece* p = piece(last + 1);
    if (p && p->last < tok_.size() && str_eq(tok_[p->last].text, ")") && piece_code(*p) == a.code) last = p->last + 1;
  }
  a.sentence = sentence_;
  a.first = first;
  a.last = last;
  a.span = Span{tok_[first].span.begin, tok_[last - 1].span.end};
  if (a.country.empty()) a.country = country_of_code(a.code);
  out.push_back(std::move(a));
  return last;
}

void MentionBuilder::build(std::vector<ActorMention>& out) {
  size_t from = out.size();
  size_t i = 0, next_compound = 0;
  while (i < tok_.size()) {
    const Piece* p = piece(i);
    if (!p) {
      while (next_compound < m_.compounds.size() && m_.compounds[next_compound].token < i) ++next_compound;
      if (next_compound < m_.compounds.size() && m_.compounds[next_compound].token == i)
        compound(m_.compounds[next_compound], out);
      ++i;
      continue;
    }
    i = p->source == PhraseSource::kAgent ? from_agent(i, *p, out) : from_head(i, *p, out);
  }
  appositions(out, from);
  // "Iranian and Omani officials", "Russian, Ukrainian and Turkish
  // negotiators": a demonym coordinated with a demonym's agent shares the
  // agent's role.
  for (size_t k = out.size(); k-- > from + 1;) {
    ActorMention& b = out[k - 1];
    const ActorMention& c = out[k];
    if (b.kind != ActorKind::kCountry || b.last != b.first + 1 || b.code.size() != 3 || c.code.size() != 6 ||
        c.kind != ActorKind::kAgent || c.first != b.last + 1 || !piece(b.first) ||
        piece(b.first)->source != PhraseSource::kDemonym || !piece(c.first) ||
        piece(c.first)->source != PhraseSource::kDemonym || c.country == b.country)
      continue;
    const std::string_view between = key(b.last);
    if (!str_eq(between, "and") && !str_eq(between, "or") && !str_eq(between, ",")) continue;
    b.code = b.country + c.code.substr(3);
    b.kind = ActorKind::kAgent;
  }
  // "the Ukrainian people", "the people of Turkey": the nation itself (as
  // the gold files code it); "ten Ukrainian people" stay its civilians.
  for (size_t k = from; k < out.size(); ++k) {
    ActorMention& a = out[k];
    if (a.kind != ActorKind::kAgent || a.first == 0 || !a.code.ends_with("CVL") || a.implicit_country ||
        !str_eq(key(a.first - 1), "the"))
      continue;
    const bool demonym = a.last == a.first + 2 && str_eq(key(a.last - 1), "people") && piece(a.first) &&
                         piece(a.first)->source == PhraseSource::kDemonym;
    const bool of_country = a.last == a.first + 3 && str_eq(key(a.first), "people") && str_eq(key(a.first + 1), "of") &&
                            piece(a.first + 2) && piece(a.first + 2)->source == PhraseSource::kCountryName;
    if (demonym || of_country) a.code = a.country;
  }
}

size_t MentionBuilder::from_head(size_t i, const Piece& p, std::vector<ActorMention>& out) {
  size_t n = tok_.size();
  uint32_t j = p.last;
  bool poss = j < n && (str_eq(key(j), "'s") || str_eq(key(j), "'"));
  if (poss) ++j;
  bool countryish = p.source == PhraseSource::kCountryName || p.source == PhraseSource::kDemonym ||
                    p.source == PhraseSource::kCapital;
  uint32_t k = j;
  // A country name used attributively takes capitalised words only: "US
  // Energy Secretary", "UK Home Office" (never "Israel attack troops").
  const bool attributive = p.source == PhraseSource::kCountryName && !poss;
  if (p.source == PhraseSource::kDemonym || p.source == PhraseSource::kCapital || (poss && countryish) || attributive) {
    for (int skipped = 0; skipped < 2 && k < n && !piece(k) && !stop_word(key(k)) && (!attributive || is_cap(k)); ++skipped) {
      unsigned char c = static_cast<unsigned char>(tok_[k].text.empty() ? 0 : tok_[k].text[0]);
      bool wordlike = std::isalnum(c) || c >= 0x80;
      bool tag_ok = tok_[k].tag.empty() || tok_[k].tag[0] == 'J' || tok_[k].tag[0] == 'N' ||
                    str_eq(tok_[k].tag, "VBG") || str_eq(tok_[k].tag, "VBN") || str_eq(tok_[k].tag, "CD");
      if (!wordlike || !tag_ok) break;
      ++k;
    }
    if (!piece(k) || piece(k)->source != PhraseSource::kAgent) k = j;
  }
  ActorMention a;
  // "UKIP chairman Petrina Holdsworth", "Hezbollah official Hassan Fadlallah":
  // an organisation, a title noun no agent entry holds, and a person's name
  // is that person, with the organisation's code.
  if (p.source == PhraseSource::kOrganisation && !poss && j + 1 < n && !piece(j) &&
      dict_.title_nouns().has(key(j)) && is_cap(j + 1)) {
    const uint32_t name_end = name_run(j + 1);
    if (name_end >= j + 3) {   // a first name and a surname at least
      const ActorEntry& e = dict_.entries()[p.index];
      a.code = resolve_entry(e, date_).code;
      a.kind = ActorKind::kPerson;
      a.name = std::string(tok_[j + 1].text);
      for (uint32_t t = j + 2; t < name_end; ++t) a.name += " " + tok_[t].text;
      a.entry = e.entry;
      return finish(a, static_cast<uint32_t>(i), name_end, out);
    }
  }
  AgentChain c = chain(k);
  if (c.first) {
    uint32_t end = tail(c.end, c, k);
    std::string head_code = piece_code(p);
    std::string explicit_country;
    if (countryish) {
      explicit_country = head_code = stance_country(static_cast<uint32_t>(i), head_code, c.role->role);
      a.code = (head_code.empty() ? "---" : head_code) + c.role->role;
      a.kind = ActorKind::kAgent;
      const Country* named = head_code.empty() ? nullptr : dict_.countries().by_alpha3(head_code);
      a.name = (named ? named->name + " " : std::string()) + c.role->name;
      a.entry = c.first->entry;
    } else {
      const ActorEntry& e = dict_.entries()[p.index];
      a.name = e.name;
      a.entry = e.entry;
      if (p.source == PhraseSource::kOrganisation) {
        a.code = head_code;
        a.kind = ActorKind::kOrganisation;
        // "Republican Senator", "Labour MP": a party named by its country
        // alone gives the title's role of that country (USALEG, GBRLEG).
        if (head_code.size() == 3 && c.role) {
          a.code = head_code + c.role->role;
          a.kind = ActorKind::kAgent;
        }
      } else {
        std::string country = resolve_entry(e, date_).country;
        a.code = (country.empty() ? "---" : country) + c.role->role;
        a.kind = ActorKind::kPerson;
      }
    }
    if (const Piece* q = piece(end); q && q->source == PhraseSource::kPerson && c.last->title) {
      // (After such a party, the listed person: "Republican Senator Lindsey Graham".)
      if (p.source != PhraseSource::kOrganisation || head_code.size() == 3)
        title_person(a, dict_.entries()[q->index], p.source == PhraseSource::kOrganisation ? head_code : explicit_country, c);
      end = q->last;
    } else if (c.last->title && !piece(end)) {
      uint32_t name_end = name_run(end);
      if (name_end > end) {
        a.name = std::string(tok_[end].text);
        for (uint32_t t = end + 1; t < name_end; ++t) a.name += " " + tok_[t].text;
        end = name_end;
      }
    }
    return finish(a, static_cast<uint32_t>(i), end, out);
  }
  // The head alone; "anti-American" alone names no actor.
  if (m_.keys[i].stance != Stance::kNone) return p.last;
  std::string code = piece_code(p);
  uint32_t first = static_cast<uint32_t>(i);
  switch (p.source) {
    case PhraseSource::kCountryName:
    case PhraseSource::kDemonym:
    case PhraseSource::kCapital: {
      const Country& ct = dict_.countries().countries()[p.index];
      a.kind = ActorKind::kCountry;
      a.name = ct.name;
      a.entry = "countries.tsv:" + ct.alpha3;
      a.code = code;
      if (p.source == PhraseSource::kCapital) {
        size_t b = i;
        if (b > 0 && str_eq(key(b - 1), "the")) --b;
        bool place = b > 0 && place_preposition(key(b - 1));
        if (!place) a.code = code + "GOV";
      }
      break;
    }
    case PhraseSource::kPerson:
    case PhraseSource::kOrganisation: {
      const ActorEntry& e = dict_.entries()[p.index];
      a.kind = p.source == PhraseSource::kPerson ? ActorKind::kPerson : ActorKind::kOrganisation;
      a.name = e.name;
      a.entry = e.entry;
      a.code = code;
      if (p.source == PhraseSource::kPerson && first > 0 && honorific(key(first - 1))) --first;
      break;
    }
    case PhraseSource::kAgent: break;
  }
  return finish(a, first, p.last, out);
}

namespace {
// Plural nouns of people who stand for a body ("representatives of the industry").
bool delegate_noun(std::string_view w) {
  return w == "representatives" || w == "members" || w == "delegates" || w == "delegation" || w == "delegations" ||
         w == "representative" || w == "member" || w == "delegate";
}
}  // namespace

size_t MentionBuilder::from_agent(size_t i, const Piece& p, std::vector<ActorMention>& out) {
  size_t n = tok_.size();
  AgentChain c = chain(i);
  uint32_t end = c.end;
  uint32_t first = static_cast<uint32_t>(i);
  ActorMention a;
  a.kind = ActorKind::kAgent;
  a.entry = c.first->entry;
  std::string country;
  std::vector<const Piece*> more;   // "Ministers of Ukraine and Russia": Russia
  const Agent* role_of = c.role;     // whose role the mention takes
  if (end + 1 < n && str_eq(key(end), "of")) {
    size_t j = end + 1;
    if (str_eq(key(j), "the") && j + 1 < n) ++j;
    const Piece* q = piece(j);
    // "representatives of the IT industry", "members of the military": people
    // standing for a body take its role (past two words before it: "IT").
    const Piece* body = nullptr;
    if (delegate_noun(key(i))) {
      for (size_t k = j; k < n && k < j + 3 && !body; ++k) {
        if (const Piece* r = piece(k); r && r->source == PhraseSource::kAgent) body = r;
        else if (!(tok_[k].tag.rfind("NN", 0) == 0 || tok_[k].tag.rfind("JJ", 0) == 0 || is_cap(k))) break;
      }
    }
    if (body) {
      role_of = &dict_.agents()[body->index];
      end = body->last;
    } else if (q && q->source == PhraseSource::kOrganisation) {
      const ActorEntry& e = dict_.entries()[q->index];
      a.code = piece_code(*q);
      a.name = e.name;
      a.entry = e.entry;
      a.kind = ActorKind::kOrganisation;
      end = q->last;
    } else if (q && q->source == PhraseSource::kCountryName) {
      country = piece_code(*q);
      end = q->last;
      size_t t = q->last;
      while (t + 1 < n && (str_eq(key(t), "and") || str_eq(key(t), ","))) {
        const Piece* r = piece(t + 1);
        if (!r || r->source != PhraseSource::kCountryName) break;
        more.push_back(r);
        t = r->last;
      }
    }
  }
  if (a.code.empty()) end = tail(end, c, first);
  if (a.code.empty() && more.empty()) {
    if (const Piece* q = piece(end); q && q->source == PhraseSource::kPerson && c.last->title) {
      title_person(a, dict_.entries()[q->index], country, c);
      end = q->last;
    } else if (c.last->title && !piece(end)) {
      uint32_t name_end = name_run(end);
      if (name_end > end) {
        a.name = tok_[end].text;
        for (uint32_t t = end + 1; t < name_end; ++t) a.name += " " + tok_[t].text;
        end = name_end;
      }
    }
  }
  if (a.code.empty()) {
    std::string cc = !country.empty() ? country : main_;
    a.implicit_country = country.empty();
    a.code = (cc.empty() ? "---" : cc) + role_of->role;
    if (a.name.empty())
      a.name = (cc.empty() ? std::string() : dict_.countries().by_alpha3(cc)->name + " ") + role_of->name;
  }
  // "the Federal Aviation Office", "Zion Church": capitalised words before a capitalised agent.
  if (is_cap(first) && first > 0) {
    uint32_t b = first;
    while (b > 0 && first - b < 3 && is_cap(b - 1) && !piece(b - 1) && !stop_word(key(b - 1)) &&
           !str_in(key(b - 1), {"former", "ex"}))
      --b;
    if (b > 0 || !is_cap(0) || stop_word(key(0))) first = b;
  }
  end = finish(a, first, end, out);
  for (const Piece* r : more) {
    ActorMention extra;
    extra.kind = ActorKind::kAgent;
    extra.entry = c.first->entry;
    extra.code = piece_code(*r) + c.role->role;
    extra.name = dict_.countries().countries()[r->index].name + " " + c.role->name;
    finish(extra, r->first, r->last, out);
  }
  return more.empty() ? end : more.back()->last;
}

}  // namespace herald
