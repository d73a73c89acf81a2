#include "actors/actor_matcher.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "actors/match_context.h"
#include "core/str_eq.h"
#include "actors/name_references.h"

namespace herald {

namespace {

// ASCII without capitals: its own key.
bool plain_lower(std::string_view s) {
  for (char c : s)
    if ((c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

bool upper_first(std::string_view s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }
bool lower_first(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

// A name standing for the medium a message went through: after "on", "via",
// "through" ("wrote on Telegram"), or before a noun of its content or users
// ("Telegram channels", "Facebook post").
bool medium_use(const SentenceMatches& m, size_t first, size_t end, size_t n) {
  static constexpr std::array<std::string_view, 3> kBefore = {"on", "via", "through"};
  static constexpr std::array<std::string_view, 16> kAfter = {
      "channel", "channels", "post", "posts", "account", "accounts", "page", "pages",
      "video", "videos", "user", "users", "feed", "message", "messages", "group"};
  if (first > 0 && std::find(kBefore.begin(), kBefore.end(), std::string_view(m.keys[first - 1].key)) != kBefore.end())
    return true;
  return end < n && std::find(kAfter.begin(), kAfter.end(), std::string_view(m.keys[end].key)) != kAfter.end();
}

// Capitalised words that are not names: a guarded country next to them stays a country.
bool calendar_word(std::string_view k) {
  static const char* kWords[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                 "january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december", "the", "and", "on", "in",
                                 "at", "after", "before", "when", "while", "but", "meanwhile", "then", "if",
                                 "as", "since", "although", "today", "yesterday", "both", "neighbouring",
                                 "neighboring", "for", "from", "with", "by", "to", "of", "a", "an", "only"};
  for (const char* w : kWords)
    if (k == w) return true;
  return false;
}

bool case_ok(const PhrasePayload& p, const PhraseTrie& trie, const std::vector<Token>& tokens,
             const std::vector<TokenKey>& keys, size_t first) {
  if (p.rule == CaseRule::kAny) return true;
  const auto& written = trie.phrase_tokens(p.phrase);
  for (size_t k = 0; k < written.size(); ++k) {
    std::string_view text = tokens[first + k].text;
    if (keys[first + k].ex_prefix) text = text.substr(text.find('-') + 1);
    if (p.rule == CaseRule::kExact) {
      if (text != written[k]) return false;
    } else if (upper_first(written[k]) && lower_first(text)) {
      return false;
    }
  }
  return true;
}

// The country a one-word country name or demonym names ("Iraqi", "US"), or -1.
int32_t one_word_country(const ActorDictionary& dict, int32_t word) {
  uint32_t node = dict.trie().child(PhraseTrie::kRoot, word);
  if (node == PhraseTrie::kNone) return -1;
  for (const auto& p : dict.trie().payloads(node))
    if (p.source == PhraseSource::kCountryName || p.source == PhraseSource::kDemonym) return static_cast<int32_t>(p.index);
  return -1;
}

int priority(PhraseSource s) {
  switch (s) {
    case PhraseSource::kPerson: return 6;
    case PhraseSource::kOrganisation: return 5;
    case PhraseSource::kCountryName: return 4;
    case PhraseSource::kDemonym: return 3;
    case PhraseSource::kCapital: return 2;
    case PhraseSource::kAgent: return 1;
  }
  return 0;
}

// Picks the payload for a match; people sharing an alias are told apart by date.
const PhrasePayload* choose(const ActorDictionary& dict, const std::vector<const PhrasePayload*>& ok,
                            const std::optional<CivilDate>& date) {
  const PhrasePayload* best = nullptr;
  std::vector<const PhrasePayload*> people;
  for (const auto* p : ok) {
    if (p->source == PhraseSource::kPerson) { people.push_back(p); continue; }
    if (!best || priority(p->source) > priority(best->source)) best = p;
  }
  if (people.size() == 1) return people[0];
  if (people.size() > 1) {
    // Exactly one active, or several active with one code (two entries for
    // one person, or namesakes in one office): the first of them.
    const PhrasePayload* active = nullptr;
    std::string code;
    bool same_code = true;
    for (const auto* p : people) {
      ResolvedEntry r = resolve_entry(dict.entries()[p->index], date);
      if (!r.active) continue;
      if (!active) { active = p; code = r.code; } else if (r.code != code) { same_code = false; }
    }
    if (active && same_code) return active;
  }
  return best;
}

}  // namespace

ResolvedEntry resolve_entry(const ActorEntry& e, const std::optional<CivilDate>& date) {
  ResolvedEntry r;
  r.country = e.country;
  if (const DatedRole* role = e.role_on(date)) {
    r.code = role->code;
    r.active = true;
  } else {
    r.code = e.country;
  }
  return r;
}

SentenceMatches scan_sentence(const ActorDictionary& dict, const std::vector<Token>& tokens,
                              const std::optional<CivilDate>& date) {
  const PhraseTrie& trie = dict.trie();
  SentenceMatches m;
  size_t n = tokens.size();
  m.keys.resize(n);
  m.piece_at.assign(n, -1);
  std::vector<int32_t> ids(n);
  // Each token's key (PhraseTrie::normalise): a view of its lower-case form,
  // or of a normalised copy in owned_keys (at most one a token: reserved once,
  // the views stay valid).
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    const std::string_view low = t.lower.empty() ? std::string_view(t.text) : std::string_view(t.lower);
    if (!t.lower.empty() && plain_lower(low)) {
      m.keys[i].key = low;   // normalise() would copy it as it is
    } else {
      if (m.owned_keys.empty()) m.owned_keys.reserve(n);
      m.keys[i].key = m.owned_keys.emplace_back(PhraseTrie::normalise(low));
    }
    ids[i] = trie.word_id(m.keys[i].key);
    const std::string_view k = m.keys[i].key;
    if (ids[i] >= 0) continue;
    Stance stance = str_starts(k, "anti-") ? Stance::kAnti : str_starts(k, "pro-") ? Stance::kPro : Stance::kNone;
    if (stance != Stance::kNone || str_starts(k, "ex-") || str_starts(k, "then-")) {
      const std::string_view rest = k.substr(k.find('-') + 1);
      int32_t id = trie.word_id(rest);
      if (id >= 0 && (stance == Stance::kNone || one_word_country(dict, id) >= 0)) {
        m.keys[i].ex_prefix = true;
        m.keys[i].stance = stance;
        m.keys[i].key = rest;
        ids[i] = id;
      }
      continue;
    }
    // "Chinese-made vehicles", "a Russian-owned bank", "a Liberian-flagged
    // tanker": the country before the hyphen is whose the thing is.
    // (Not a weapon's maker: "fired a Chinese-made missile" strikes no China.)
    if (const size_t h = k.rfind('-'); h != std::string::npos && h > 0 && upper_first(t.text)) {
      const std::string_view suffix = k.substr(h + 1);
      bool weapon = false;
      for (size_t j = i + 1; j < n && j < i + 4 && !weapon; ++j) weapon = dict.weapon_nouns().has(tokens[j].lemma);
      if (dict.origin_suffixes().has(suffix) && !(weapon && dict.origin_suffixes().value(suffix) == "made")) {
        const int32_t id = trie.word_id(k.substr(0, h));
        if (id >= 0 && one_word_country(dict, id) >= 0) {
          m.keys[i].key = k.substr(0, h);
          ids[i] = id;
          continue;
        }
      }
    }
    // "Israeli-Palestinian", "US-China": two capitalised country words joined by a hyphen.
    size_t dash = k.find('-');
    if (dash != std::string::npos && dash > 0 && k.find('-', dash + 1) == std::string::npos &&
        upper_first(t.text) && dash + 1 < t.text.size() && upper_first(t.text.substr(dash + 1))) {
      int32_t a = one_word_country(dict, trie.word_id(k.substr(0, dash)));
      int32_t b = one_word_country(dict, trie.word_id(k.substr(dash + 1)));
      if (a >= 0 && b >= 0 && a != b)
        m.compounds.push_back(Compound{static_cast<uint32_t>(i), static_cast<uint32_t>(a), static_cast<uint32_t>(b),
                                       static_cast<uint32_t>(dash)});
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> ends;   // (end token, node)
  std::vector<const PhrasePayload*> ok;
  for (size_t i = 0; i < n;) {
    ends.clear();
    uint32_t node = PhraseTrie::kRoot;
    for (size_t j = i; j < n; ++j) {
      node = trie.child(node, ids[j]);
      if (node == PhraseTrie::kNone) break;
      if (!trie.payloads(node).empty()) ends.emplace_back(static_cast<uint32_t>(j + 1), node);
    }
    const PhrasePayload* chosen = nullptr;
    uint32_t end = 0;
    for (auto it = ends.rbegin(); it != ends.rend() && !chosen; ++it) {
      ok.clear();
      for (const auto& p : trie.payloads(it->second))
        if (case_ok(p, trie, tokens, m.keys, i)) ok.push_back(&p);
      chosen = choose(dict, ok, date);
      end = it->first;
    }
    // "held talks in Muscat": after a preposition of place, a capital that is
    // also a listed person's surname (Joseph Muscat) is the place.
    if (chosen && chosen->source == PhraseSource::kPerson && end == i + 1 && i >= 1 &&
        place_preposition(m.keys[i - 1].key))
      for (const PhrasePayload* p : ok)
        if (p->source == PhraseSource::kCapital) chosen = p;
    // A one-word country or capital before an unknown capitalised word is part
    // of a name ("Lisbon Agenda", "UK Independence Party"); a capital or a
    // guarded name after such a word too ("Real Madrid", "Michael Jordan").
    if (chosen && end == i + 1 &&
        (chosen->source == PhraseSource::kCountryName || chosen->source == PhraseSource::kCapital)) {
      auto unknown_name = [&](size_t k) {
        // Unknown: no one-word dictionary phrase ("Michael" only opens longer names).
        if (!upper_first(tokens[k].text) || calendar_word(m.keys[k].key)) return false;
        uint32_t node = ids[k] < 0 ? PhraseTrie::kNone : trie.child(PhraseTrie::kRoot, ids[k]);
        return node == PhraseTrie::kNone || trie.payloads(node).empty();
      };
      bool after_preposition = i >= 1 && (str_eq(m.keys[i - 1].key, "to") || str_eq(m.keys[i - 1].key, "of"));
      // "US Energy Secretary", "UK Home Office": one or two capitalised
      // words, then a capitalised agent: the country qualifies the agent.
      auto agent_after = [&]() {
        for (size_t k = i + 2; k < n && k <= i + 3; ++k) {
          if (!upper_first(tokens[k].text)) return false;
          uint32_t node = ids[k] < 0 ? PhraseTrie::kNone : trie.child(PhraseTrie::kRoot, ids[k]);
          if (node != PhraseTrie::kNone)
            for (const auto& q : trie.payloads(node))
              if (q.source == PhraseSource::kAgent) return true;
          if (!unknown_name(k)) return false;
        }
        return false;
      };
      const bool name_before = (dict.guarded(m.keys[i].key) || chosen->source == PhraseSource::kCapital) && i >= 1 &&
                               unknown_name(i - 1);
      // ("Sudesh Amman": the capital is a surname, here and when the article
      // names him by it alone later; see ActorMatcher::annotate.)
      // (Only a plain two-word name: the given name not opening the sentence
      // nor after another capitalised word, the capital not before one: not
      // "The Moscow Mayor", "OSCE Minsk Group", "Bauman Moscow Higher School".)
      if (name_before && chosen->source == PhraseSource::kCapital && i >= 2 && !upper_first(tokens[i - 2].text) &&
          (i + 1 >= n || !upper_first(tokens[i + 1].text)))
        m.surnames.push_back(m.keys[i].key);
      if ((i + 1 < n && !after_preposition && unknown_name(i + 1) && !agent_after()) || name_before)
        chosen = nullptr;
    }
    // "said on Telegram", "Ukrainian Telegram channels", "a post on Facebook":
    // a platform or outlet used as the medium is no actor.
    if (chosen && chosen->source == PhraseSource::kOrganisation && medium_use(m, i, end, n)) {
      const std::string code = resolve_entry(dict.entries()[chosen->index], date).code;
      if (code.ends_with("BUS") || code.ends_with("MED")) chosen = nullptr;
    }
    if (!chosen) { ++i; continue; }
    m.piece_at[i] = static_cast<int32_t>(m.pieces.size());
    m.pieces.push_back(Piece{static_cast<uint32_t>(i), end, chosen->source, chosen->index});
    i = end;
  }
  return m;
}

namespace {

// Splits a headline into tokens the way the sentence splitter would, roughly.
std::vector<Token> title_tokens(const std::string& title) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < title.size()) {
    while (i < title.size() && (title[i] == ' ' || title[i] == '"' || title[i] == '(' || title[i] == ')')) ++i;
    size_t b = i;
    while (i < title.size() && title[i] != ' ' && title[i] != '"' && title[i] != '(' && title[i] != ')') ++i;
    std::string w = title.substr(b, i - b);
    while (!w.empty() && (w.back() == ',' || w.back() == ':' || w.back() == ';' || w.back() == '?' || w.back() == '!'))
      w.pop_back();
    if (w.empty()) continue;
    std::string poss;
    for (const char* s : {"'s", "\xE2\x80\x99s"}) {
      std::string_view sv(s);
      if (w.size() > sv.size() && w.compare(w.size() - sv.size(), sv.size(), sv) == 0) {
        poss = w.substr(w.size() - sv.size());
        w.resize(w.size() - sv.size());
        break;
      }
    }
    Token t;
    t.text = w;
    t.lower = PhraseTrie::normalise(w);
    out.push_back(std::move(t));
    if (!poss.empty()) {
      Token p;
      p.text = poss;
      p.lower = "'s";
      out.push_back(std::move(p));
    }
  }
  return out;
}

}  // namespace

void ActorMatcher::annotate(Document& doc) const {
  const auto& date = doc.article.date;
  std::vector<SentenceMatches> matches;
  matches.reserve(doc.sentences.size());
  for (const auto& s : doc.sentences) matches.push_back(scan_sentence(dict_, s.tokens, date));
  // A capital the article used as a person's surname ("Sudesh Amman") names
  // that person when it stands alone later ("said about Amman"), not the city.
  std::vector<std::string> surnames;
  for (const auto& m : matches)
    for (std::string_view k : m.surnames) surnames.emplace_back(k);
  if (!surnames.empty())
    for (auto& m : matches)
      for (size_t pi = 0; pi < m.pieces.size();) {
        const Piece& p = m.pieces[pi];
        if (p.source == PhraseSource::kCapital && p.last == p.first + 1 &&
            std::find(surnames.begin(), surnames.end(), m.keys[p.first].key) != surnames.end()) {
          m.pieces.erase(m.pieces.begin() + static_cast<std::ptrdiff_t>(pi));
          continue;
        }
        ++pi;
      }
  // A country name joined to a dollar sign is a currency ("US$60 million",
  // "A$5m", "HK$"), no actor.
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const std::vector<Token>& tok = doc.sentences[si].tokens;
    std::erase_if(matches[si].pieces, [&](const Piece& p) {
      return p.source == PhraseSource::kCountryName && p.last < tok.size() && tok[p.last].text == "$" &&
             tok[p.last - 1].span.end == tok[p.last].span.begin;
    });
  }
  for (auto& m : matches) {   // piece_at after any removal
    std::fill(m.piece_at.begin(), m.piece_at.end(), -1);
    for (size_t pi = 0; pi < m.pieces.size(); ++pi) m.piece_at[m.pieces[pi].first] = static_cast<int32_t>(pi);
  }

  // The article's main country: the one named most often (title included); ties go to the first named.
  std::unordered_map<std::string, std::pair<int, int>> counts;   // alpha3 -> (count, first seen)
  int order = 0;
  auto count = [&](const SentenceMatches& m) {
    for (const auto& p : m.pieces) {
      if (m.keys[p.first].stance != Stance::kNone) continue;   // "pro-Russian" does not make the article Russian
      std::string c;
      switch (p.source) {
        case PhraseSource::kCountryName:
        case PhraseSource::kDemonym:
        case PhraseSource::kCapital: c = dict_.countries().countries()[p.index].alpha3; break;
        case PhraseSource::kPerson:
        case PhraseSource::kOrganisation: {
          std::string code = resolve_entry(dict_.entries()[p.index], date).code;
          if (code.size() >= 3 && dict_.countries().by_alpha3(code.substr(0, 3))) c = code.substr(0, 3);
          break;
        }
        case PhraseSource::kAgent: break;
      }
      if (c.empty()) continue;
      auto [it, fresh] = counts.try_emplace(c, 0, order++);
      ++it->second.first;
    }
  };
  doc.title_speaker = ActorMention{};
  doc.title_audience = ActorMention{};
  if (!doc.article.title.empty()) {
    std::vector<Token> tt = title_tokens(doc.article.title);
    SentenceMatches title_matches = scan_sentence(dict_, tt, date);
    count(title_matches);
    // "address by the President of Ukraine", "Speech by Vladimir Putin": the
    // speaker of the whole article.
    for (size_t k = 0; k + 2 < tt.size(); ++k) {
      if (!dict_.speech_nouns().has(tt[k].lower) || (tt[k + 1].lower != "by" && tt[k + 1].lower != "of")) continue;
      std::vector<ActorMention> title_mentions;
      MentionBuilder(dict_, tt, title_matches, date, std::string(), 0).build(title_mentions);
      size_t from = k + 2;
      if (from < tt.size() && tt[from].lower == "the") ++from;
      const auto keep = [](ActorMention m) {
        m.sentence = ActorMention::kNoAntecedent;
        m.span = Span{};
        m.entry = "title:" + m.entry;
        return m;
      };
      for (const ActorMention& m : title_mentions)
        if (m.first == from && m.code.size() >= 3 && m.code.rfind("---", 0) != 0) doc.title_speaker = keep(m);
      // "... to the European Council", "in the Saeima of Latvia": the first
      // actor after "to", "at", "in" or "before" past the speaker, of
      // another code than the speaker's.
      if (doc.title_speaker.code.empty()) break;
      size_t after = from;
      for (const ActorMention& m : title_mentions)
        if (m.first == from) after = m.last;
      for (size_t p = after; p < tt.size() && doc.title_audience.code.empty(); ++p) {
        const std::string& w = tt[p].lower;
        if (w != "to" && w != "at" && w != "in" && w != "before") continue;
        for (const ActorMention& m : title_mentions)
          if (m.first > p && m.first <= p + 6 && m.code.size() >= 3 && m.code.rfind("---", 0) != 0 &&
              m.country != doc.title_speaker.country) {
            doc.title_audience = keep(m);
            break;
          }
      }
      break;
    }
  }
  for (const auto& m : matches) count(m);
  // Places found by the geo stage, when it has run before this one ("Los Angeles").
  for (const auto& pl : doc.places) {
    if (pl.country.empty()) continue;
    auto [it, fresh] = counts.try_emplace(pl.country, 0, order++);
    ++it->second.first;
  }
  std::string main_country;
  std::pair<int, int> best{0, 0};
  for (const auto& [c, v] : counts)
    if (v.first > best.first || (v.first == best.first && v.second < best.second)) {
      best = v;
      main_country = c;
    }

  doc.actors.clear();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    MentionBuilder b(dict_, doc.sentences[s].tokens, matches[s], date, main_country, s);
    b.build(doc.actors);
  }
  NameReferences(dict_).link(doc, main_country);
  NameReferences::carry_roles(doc);
}

}  // namespace herald
