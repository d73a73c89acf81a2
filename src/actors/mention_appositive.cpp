// MentionBuilder's appositions, hyphenated country pairs and stance prefixes
// (see match_context.h): "Rami Tarsh, the foreign minister of Jordan," gives
// Rami Tarsh JORGOV; "Israeli-Palestinian" gives ISR and PSE; "pro-Russian
// separatists" in eastern Ukraine gives UKRREB.
#include <algorithm>
#include <string_view>

#include "actors/match_context.h"
#include "core/str_eq.h"

namespace herald {

namespace {

bool one_of(std::string_view k, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (k == w) return true;
  return false;
}

// Capitalised words that start a sentence or a clause but name nobody.
bool not_a_name(std::string_view k) {
  return one_of(k, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                    "february", "march", "april", "june", "july", "august", "september", "october", "november",
                    "december", "meanwhile", "however", "but", "and", "the", "in", "on", "at", "earlier", "later",
                    "then", "now", "today", "yesterday", "last", "this", "that", "there", "also", "he", "she",
                    "they", "it", "we", "i", "his", "her", "their", "its", "mr", "mrs", "ms", "dr", "after",
                    "before", "when", "while", "since", "as", "for", "from", "with", "by", "to", "of", "a", "an"});
}

// Words allowed between an apposition's comma and its description: "a senior", "the top".
bool apposition_filler(std::string_view k) {
  return one_of(k, {"the", "a", "an", "now", "currently", "senior", "top", "chief", "deputy", "acting", "new", "newly", "appointed",
                    "veteran", "prominent", "leading", "influential", "powerful", "longtime", "long-time",
                    "current", "incumbent", "interim", "hardline", "moderate", "exiled", "jailed"});
}

constexpr uint32_t kAny = 0xFFFFFFFFu;

bool has_role(const std::string& code) { return code.size() == 6 && code.compare(0, 3, "IGO") != 0; }

}  // namespace

std::string MentionBuilder::stance_country(uint32_t first, const std::string& country, const std::string& role) const {
  Stance st = m_.keys[first].stance;
  if (st == Stance::kNone) return country;
  if (st == Stance::kAnti && (str_eq(role, "REB") || str_eq(role, "OPP")))
    return country;                   // anti-Iraqi rebels fight Iraq's government
  for (const auto& p : m_.pieces) {   // another country named in the sentence ("in eastern Ukraine")
    if (p.first == first || m_.keys[p.first].stance != Stance::kNone) continue;
    if (p.source != PhraseSource::kCountryName && p.source != PhraseSource::kDemonym && p.source != PhraseSource::kCapital)
      continue;
    std::string c = dict_.countries().countries()[p.index].alpha3;
    if (c != country) return c;
  }
  return main_ != country ? main_ : "";
}

void MentionBuilder::compound(const Compound& c, std::vector<ActorMention>& out) const {
  const Token& t = tok_[c.token];
  for (int side = 0; side < 2; ++side) {
    const Country& ct = dict_.countries().countries()[side == 0 ? c.a : c.b];
    ActorMention a;
    a.sentence = sentence_;
    a.first = c.token;
    a.last = c.token + 1;
    a.span = side == 0 ? Span{t.span.begin, t.span.begin + c.split} : Span{t.span.begin + c.split + 1, t.span.end};
    a.code = a.country = ct.alpha3;
    a.name = ct.name;
    a.kind = ActorKind::kCountry;
    a.entry = "countries.tsv:" + ct.alpha3;
    out.push_back(std::move(a));
  }
}

// The start of a run of capitalised name words ending just before `comma`, or `comma` when none.
uint32_t MentionBuilder::name_before(uint32_t comma) const {
  uint32_t b = comma;
  while (b > 0 && comma - b < 4 && is_cap(b - 1) && !piece(b - 1) && !not_a_name(key(b - 1))) --b;
  if (b == comma) return comma;
  if (b > 0 && is_cap(b - 1)) return comma;                 // part of a longer capitalised run
  if (comma - b < 2) return comma;                          // a person's name has two words at least
  for (const auto& a : m_.compounds)
    if (a.token >= b && a.token < comma) return comma;
  return b;
}

uint32_t MentionBuilder::titled_body(uint32_t k) const {
  uint32_t b = k;
  if (b > 0 && str_eq(key(b - 1), "the")) --b;
  if (b == 0 || !one_of(key(b - 1), {"of", "for", "to", "at", "on"})) return k;
  --b;
  if (b == 0 || !dict_.title_nouns().has(key(b - 1))) return k;
  --b;
  // "deputy head", "chief executive", "senior official": one word more at most.
  if (b > 0 && (dict_.title_nouns().has(key(b - 1)) || tok_[b - 1].tag.rfind("JJ", 0) == 0)) --b;
  while (b > 0 && apposition_filler(key(b - 1))) --b;
  return b;
}

void MentionBuilder::appositions(std::vector<ActorMention>& out, size_t from) const {
  size_t n = tok_.size(), end = out.size();
  std::vector<ActorMention> extra;
  // A listed person out of every dated role ("Grant Shapps" is GBR in 2020)
  // whom an apposition describes takes the description's role: the text is
  // newer than the list ("England's transport secretary, Grant Shapps,").
  auto describe = [&](const ActorMention& d, uint32_t first, uint32_t last) {
    for (size_t j = from; j < end; ++j) {
      ActorMention& p = out[j];
      if (p.kind != ActorKind::kPerson || has_role(p.code) || p.country.empty() || p.country != d.country) continue;
      if ((first == kAny || p.first == first) && (last == kAny || p.last == last)) p.code = d.code;
    }
  };
  for (size_t i = from; i < end; ++i) {
    const ActorMention& m = out[i];
    if (m.kind != ActorKind::kAgent && m.kind != ActorKind::kOrganisation) continue;
    if (!has_role(m.code) || m.code.compare(0, 3, "---") == 0) continue;
    // "a spokeswoman for the Kenyan police": the body after the title decides.
    if (m.kind == ActorKind::kAgent && m.last + 1 < n && one_of(key(m.last), {"of", "for", "to", "at", "on"})) {
      const uint32_t j = m.last + 1 + (str_eq(key(m.last + 1), "the") ? 1 : 0);
      size_t body = end;
      for (size_t o = from; o < end && body == end; ++o)
        if (out[o].first == j && has_role(out[o].code)) body = o;
      if (body != end) {
        if (m.implicit_country && dict_.title_nouns().has(key(m.last - 1))) {
          out[i].code = out[body].code;   // the spokeswoman is the police's
          out[i].country = out[body].country;
          out[i].implicit_country = false;
        }
        continue;
      }
    }
    // "NAME, the foreign minister of Y": the description right after a comma.
    // (Past a party or body no list holds: "NAME, a Veritas lawmaker,",
    // "NAME, now Veritas deputy leader,".)
    uint32_t k = m.first;
    for (int names = 0; k > 0 && k + 4 > m.first; --k) {
      if (apposition_filler(key(k - 1))) continue;
      if (m.kind == ActorKind::kAgent && names < 2 && is_cap(k - 1) && !piece(k - 1) && !not_a_name(key(k - 1)) &&
          k >= 2 && !str_eq(tok_[k - 2].text, ",")) {
        ++names;
        continue;
      }
      break;
    }
    bool described = m.kind == ActorKind::kAgent || m.last > m.first + 1;   // "Hamas official", not "Hamas"
    // "NAME, head of the Iranian parliament's commission,", "NAME, a
    // spokeswoman for the police,": a title noun and its preposition first.
    if (uint32_t h = titled_body(k); h != k) {
      k = h;
      described = true;
    }
    if (described && k > 1 && str_eq(tok_[k - 1].text, ",")) {
      describe(m, kAny, k - 1);
      uint32_t b = name_before(k - 1);
      bool taken = false;
      for (size_t j = from; j < end; ++j) taken |= out[j].last > b && out[j].first < k - 1;
      if (b < k - 1 && !taken) {
        ActorMention a;
        a.sentence = sentence_;
        a.first = b;
        a.last = k - 1;
        a.span = Span{tok_[b].span.begin, tok_[k - 2].span.end};
        a.name = tok_[b].text;
        for (uint32_t t = b + 1; t < k - 1; ++t) a.name += " " + tok_[t].text;
        a.code = m.code;
        a.country = m.country;
        a.kind = ActorKind::kPerson;
        a.entry = m.entry;
        a.implicit_country = m.implicit_country;   // "Dominic Hare, chief executive": whose, the words do not say
        extra.push_back(std::move(a));
      }
    }
    // "Y's foreign minister, NAME, said": a name right after the description's comma.
    if (m.kind == ActorKind::kAgent && m.last + 1 < n && str_eq(tok_[m.last].text, ",") && piece(m.last + 1)) {
      const Piece* q = piece(m.last + 1);
      if (q->source == PhraseSource::kPerson && (q->last == n || str_eq(tok_[q->last].text, ",")))
        describe(m, m.last + 1, kAny);
    }
    if (m.kind == ActorKind::kAgent && m.last + 1 < n && str_eq(tok_[m.last].text, ",") && !piece(m.last + 1)) {
      uint32_t e = name_run(m.last + 1);
      bool closes = e == n || str_eq(tok_[e].text, ",") || (e < n && !is_cap(e));
      if (e > m.last + 2 && closes && !not_a_name(key(m.last + 1))) {
        ActorMention a;
        a.sentence = sentence_;
        a.first = m.last + 1;
        a.last = e;
        a.span = Span{tok_[a.first].span.begin, tok_[e - 1].span.end};
        a.name = tok_[a.first].text;
        for (uint32_t t = a.first + 1; t < e; ++t) a.name += " " + tok_[t].text;
        a.code = m.code;
        a.country = m.country;
        a.kind = ActorKind::kPerson;
        a.entry = m.entry;
        a.implicit_country = m.implicit_country;   // "Dominic Hare, chief executive": whose, the words do not say
        extra.push_back(std::move(a));
      }
    }
  }
  if (extra.empty()) return;
  for (auto& a : extra) out.push_back(std::move(a));
  std::stable_sort(out.begin() + static_cast<long>(from), out.end(),
                   [](const ActorMention& x, const ActorMention& y) { return x.first < y.first; });
}

}  // namespace herald
