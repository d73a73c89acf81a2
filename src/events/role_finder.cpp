#include "events/role_finder.h"

#include <algorithm>
#include <array>
#include <cstdlib>

#include "core/id_list.h"

namespace herald {
namespace {

constexpr std::array<std::string_view, 30> kConnectives = {
    "on", "to", "in", "also", "as", "both", "first", "later", "finally", "next", "the", "then",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november"};

bool conjunction(std::string_view w) { return w == "and" || w == "or" || w == "then" || w == "well" || w == "&"; }

}  // namespace

void RoleFinder::push_with_companions(std::vector<int32_t>& out, int32_t a) const {
  push_unique(out, a);
  for (int32_t c = ctx_.companion(a); c >= 0; c = ctx_.companion(c)) push_unique(out, c);
}

bool RoleFinder::institutional(const std::string& code) {
  if (code.size() != 6) return true;
  const std::string_view role = std::string_view(code).substr(3);
  return role == "GOV" || role == "MIL" || role == "COP" || role == "JUD" || role == "LEG" || role == "SPY" ||
         role == "REB" || role == "BUS";
}

bool RoleFinder::bare_agent(const ActorMention& m) const {
  if (m.kind != ActorKind::kAgent) return false;
  for (uint32_t t = m.first; t < m.last; ++t) {
    unsigned char c = static_cast<unsigned char>(ctx_.token(t).text.empty() ? 0 : ctx_.token(t).text[0]);
    if (c >= 'A' && c <= 'Z') return false;
  }
  return true;
}

int32_t RoleFinder::previous_finite_group(uint32_t before) const {
  for (uint32_t t = before; t > 0; --t) {
    const uint32_t u = t - 1;
    std::string_view w = ctx_.lower(u);
    if (w == ";" || w == ":") return -1;
    int32_t g = ctx_.group_at(u);
    if (g < 0) continue;
    const Phrase& p = ctx_.groups()[static_cast<size_t>(g)];
    std::string_view tag = ctx_.tag(p.first);
    bool finite = tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD";
    // A relative clause's verb ("moves that harm") is not the clause's main verb.
    // Nor is a free relative's ("blaming Morocco for what happened").
    bool relative = p.first > 0 && (ctx_.lower(p.first - 1) == "that" || ctx_.lower(p.first - 1) == "which" ||
                                    ctx_.lower(p.first - 1) == "who" || ctx_.lower(p.first - 1) == "what");
    if (finite && !relative && ctx_.lower(p.first) != "to") return g;
    t = p.first + 1;   // skip the rest of this group
  }
  return -1;
}

void RoleFinder::fronted_subject(uint32_t verb_first, std::vector<int32_t>& out) const {
  if (ctx_.tag(verb_first) != "VBG") return;
  // The participle opens the sentence, or follows one subordinator ("After meeting").
  if (verb_first > 1) return;
  if (verb_first == 1) {
    const std::string_view w = ctx_.lower(0);
    if (w != "after" && w != "before" && w != "while" && w != "when" && w != "since" && w != "upon" && w != "on" &&
        w != "by")
      return;
  }
  const uint32_t n = ctx_.size();
  uint32_t t = verb_first + 1;
  while (t < n && t < verb_first + kWindow && ctx_.lower(t) != ",") {
    if (ctx_.is_clause_break(t) || (ctx_.group_at(t) >= 0 && ctx_.is_verb(t) && ctx_.tag(t) != "VBG" && ctx_.tag(t) != "VBN"))
      return;
    ++t;
  }
  if (t >= n || ctx_.lower(t) != ",") return;
  ++t;
  while (t < n && (ctx_.tag(t) == "DT" || ctx_.tag(t).rfind("RB", 0) == 0)) ++t;
  if (t >= n || ctx_.actor_at(t) < 0) return;
  const int32_t a = head_of_run(ctx_.actor_at(t));
  uint32_t after = ctx_.actor(a).last;
  // (Past an "of" phrase and a name: "speaker of the parliament Ali Larijani wrote".)
  for (uint32_t k = 0; k < 8 && after < n && ctx_.group_at(after) < 0 &&
                       (ctx_.lower(after) == "of" || ctx_.actor_at(after) >= 0 || ctx_.is_noun(after) || ctx_.is_modifier(after));
       ++k)
    ++after;
  if (after >= n || ctx_.group_at(after) < 0 || !ctx_.is_verb(after)) return;   // the main clause's verb follows
  push_with_companions(out, a);
}

int32_t RoleFinder::participle_main(uint32_t verb_first) const {
  if (verb_first < 2 || ctx_.tag(verb_first) != "VBG") return -1;
  // A floating quantifier before it: "..., each saying", "..., both calling".
  auto opening = [&](uint32_t v) {
    uint32_t c = v - 1;
    if (c > 0 && (ctx_.lower(c) == "each" || ctx_.lower(c) == "both" || ctx_.lower(c) == "all")) --c;
    return c;
  };
  uint32_t comma = opening(verb_first);
  if (ctx_.lower(comma) == "and") {
    // "..., saying X and blaming Y": back to the comma of the first participle.
    uint32_t t = comma;
    comma = 0;
    while (t > 1 && verb_first - t < kWindow && ctx_.lower(t - 1) != ";" && ctx_.lower(t - 1) != ":") {
      --t;
      if (ctx_.tag(t) == "VBG" && ctx_.group_at(t) >= 0 && ctx_.lower(opening(t)) == ",") {
        comma = opening(t);
        break;
      }
    }
    if (comma == 0) return -1;
  }
  if (ctx_.lower(comma) != ",") return -1;
  return previous_finite_group(comma);
}

bool RoleFinder::connective(uint32_t t) const {
  std::string_view w = ctx_.lower(t);
  if (w == "," || conjunction(w) || w == "december") return true;
  if (ctx_.tag(t) == "CD") return true;
  return std::find(kConnectives.begin(), kConnectives.end(), w) != kConnectives.end();
}

int32_t RoleFinder::head_of_run(int32_t a) const {
  const uint32_t n = ctx_.size();
  for (int guard = 0; guard < 4; ++guard) {
    uint32_t t = ctx_.actor(a).last;
    uint32_t between = 0;
    while (t < n && ctx_.actor_at(t) < 0 && between < 1 && (ctx_.tag(t) == "NNP" || ctx_.tag(t) == "JJ")) {
      ++t;
      ++between;
    }
    if (t >= n || ctx_.actor_at(t) < 0 || ctx_.actor_at(t) == a) break;
    a = ctx_.actor_at(t);
  }
  return a;
}

int32_t RoleFinder::saying_verb_of(uint32_t verb_first) const {
  // Back over the clause's subject (actors, nouns, modifiers) to "that" or
  // straight to the verb of saying before it.
  uint32_t t = verb_first;
  while (t > 0 && (ctx_.actor_at(t - 1) >= 0 || ctx_.is_noun(t - 1) || ctx_.is_modifier(t - 1) || ctx_.tag(t - 1) == "POS"))
    --t;
  if (t == verb_first || t == 0) return -1;
  if (ctx_.lower(t - 1) == "that") --t;
  if (t == 0) return -1;
  const int32_t g = ctx_.group_at(t - 1);
  if (g < 0 || !ctx_.is_verb(t - 1)) return -1;
  return ctx_.words().speech_verbs.has(ctx_.lemma(ctx_.groups()[static_cast<size_t>(g)].head)) ? g : -1;
}

int64_t RoleFinder::relative_start(uint32_t verb_first) const {
  for (uint32_t r = verb_first; r >= 2;) {
    --r;
    const std::string_view w = ctx_.lower(r);
    if (w == "which" || w == "who") return ctx_.lower(r - 1) == "," ? static_cast<int64_t>(r) - 1 : -1;
    if (w == "," || ctx_.is_clause_break(r) || (ctx_.group_at(r) >= 0 && ctx_.is_verb(r))) return -1;
  }
  return -1;
}

bool RoleFinder::people(const std::string& code) {
  if (code.size() != 6) return false;
  const std::string_view role = std::string_view(code).substr(3);
  return role == "CVL" || role == "CRM" || role == "REF" || role == "EDU" || role == "LAB" || role == "HLH";
}

bool RoleFinder::in_prep_phrase(int32_t a) const {
  uint32_t t = ctx_.actor(a).first;
  for (uint32_t skipped = 0; t > 0 && skipped < 3; ++skipped) {
    uint32_t p = t - 1;
    if (ctx_.is_preposition(p)) {
      // A quantifier, not a prepositional phrase: "at least 27 people",
      // "more than 20 soldiers", "up to 300 workers".
      std::string_view w = ctx_.lower(p), next = p + 1 < ctx_.size() ? ctx_.lower(p + 1) : "",
                       prev = p > 0 ? ctx_.lower(p - 1) : "";
      const bool quantifier = (w == "at" && (next == "least" || next == "most")) ||
                              (w == "than" && (prev == "more" || prev == "fewer" || prev == "less")) ||
                              (w == "to" && prev == "up");
      if (!quantifier) return true;
      t = w == "at" ? p : p - 1;   // past "at" / "more than" / "up to"
      if (t == 0) return false;
      continue;
    }
    if (!ctx_.is_modifier(p) || ctx_.tag(p) == "POS") return false;
    t = p;
  }
  return false;
}

void RoleFinder::adjunct_subject(uint32_t noun_first, std::vector<int32_t>& out) const {
  // The adjunct's preposition, past a determiner, adjectives and compound nouns.
  static constexpr std::array<std::string_view, 8> kAdjunct = {"during", "in", "at", "after", "following",
                                                               "before", "on", "amid"};
  uint32_t p = noun_first;
  bool found = false;
  for (uint32_t k = 0; p > 0 && k < 4 && !found; ++k) {
    --p;
    const std::string_view tag = ctx_.tag(p);
    if (std::find(kAdjunct.begin(), kAdjunct.end(), ctx_.lower(p)) != kAdjunct.end()) found = true;
    // (A name before the noun owns it: "on the last Lions tour of Australia".)
    else if (!(tag == "DT" || tag == "CD" || tag.rfind("JJ", 0) == 0 || tag == "NN" || tag == "NNS") ||
             ctx_.actor_at(p) >= 0)
      return;
  }
  if (!found) return;
  // Fronted: "After talks with Moi, Camdessus said": the first finite verb past the comma.
  if (ctx_.group_at(p) < 0 && previous_finite_group(p) < 0) {
    const uint32_t n = ctx_.size();
    uint32_t t = noun_first;
    while (t < n && ctx_.lower(t) != "," && t - noun_first < kWindow) ++t;
    for (++t; t < n && t - noun_first < kWindow; ++t) {
      const int32_t g = ctx_.group_at(t);
      if (g < 0) continue;
      const std::string_view tag = ctx_.tag(ctx_.groups()[static_cast<size_t>(g)].first);
      if (tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD") subject_before(t, out);
      return;
    }
    return;
  }
  const int32_t g = previous_finite_group(p);
  if (g >= 0) subject_before(ctx_.groups()[static_cast<size_t>(g)].first, out);
}

void RoleFinder::subject_before(uint32_t verb_first, std::vector<int32_t>& out) const {
  // Coordinated verbs share the subject: "accused X of Y and imposed sanctions on Z".
  {
    uint32_t t = verb_first;
    while (t > 0 && ctx_.tag(t - 1).rfind("RB", 0) == 0) --t;
    if (t > 0 && (ctx_.lower(t - 1) == "and" || ctx_.lower(t - 1) == "but")) {
      // "Japarov said that Kiev was responsible and expressed his support": a
      // speaker's act after "and" goes with the verb of saying, not with the
      // verb of the clause it reported.
      if (const int32_t own = ctx_.group_at(verb_first); own >= 0) {
        const std::string_view lemma = ctx_.lemma(ctx_.groups()[static_cast<size_t>(own)].head);
        if (ctx_.words().speech_verbs.has(lemma) || ctx_.words().speaker_act_verbs.has(lemma)) {
          const int32_t inner = previous_finite_group(t - 1);
          int32_t sayer = inner >= 0 ? saying_verb_of(ctx_.groups()[static_cast<size_t>(inner)].first) : -1;
          // (Up a reported belief: "Blair acknowledged some people believed
          // he was too close ..., but said": Blair's.)
          for (int k = 0; sayer >= 0 && k < 3; ++k) {
            const int32_t up = saying_verb_of(ctx_.groups()[static_cast<size_t>(sayer)].first);
            if (up < 0) break;
            sayer = up;
          }
          if (sayer >= 0) {
            subject_before(ctx_.groups()[static_cast<size_t>(sayer)].first, out);
            return;
          }
        }
      }
      // ("..., which killed 20 and injured 120": a relative clause's verb
      // right before shares its relative pronoun.)
      for (uint32_t u = t - 1; u > 0 && u + 6 > t; --u) {
        if (ctx_.lower(u - 1) == ",") break;
        const int32_t pg = ctx_.group_at(u - 1);
        if (pg < 0 || !ctx_.is_verb(u - 1)) continue;
        const uint32_t pf = ctx_.groups()[static_cast<size_t>(pg)].first;
        if (pf > 0 && (ctx_.lower(pf - 1) == "which" || ctx_.lower(pf - 1) == "who")) {
          subject_before(pf, out);
          return;
        }
        break;
      }
      int32_t g = previous_finite_group(t - 1);
      if (g >= 0) {
        subject_before(ctx_.groups()[static_cast<size_t>(g)].first, out);
        return;
      }
    }
  }
  // A quote opening inside the verb: the US had "attacked Iran", Russia
  // "deliberately shelled" Kharkiv: the subject stands before the quote.
  {
    uint32_t t = verb_first;
    while (t > 0 && ctx_.tag(t - 1).rfind("RB", 0) == 0) --t;
    if (t > 0 && (ctx_.lower(t - 1) == "\"" || ctx_.tag(t - 1) == "``")) {
      --t;
      const std::string_view l = t > 0 ? ctx_.lemma(t - 1) : std::string_view();
      if (t > 0 && (l == "have" || l == "be" || ctx_.tag(t - 1) == "MD")) --t;
      verb_first = t;
    }
  }
  int32_t fallback = -1;
  bool passed_conj = false;
  const uint32_t stop = verb_first > kWindow ? verb_first - kWindow : 0;
  int64_t t = static_cast<int64_t>(verb_first) - 1;
  int32_t chosen = -1;
  while (t >= static_cast<int64_t>(stop)) {
    uint32_t u = static_cast<uint32_t>(t);
    int32_t a = ctx_.actor_at(u);
    if (a >= 0) {
      const ActorMention& m = ctx_.actor(a);
      if (ctx_.after_according_to(m.first)) {
        t = static_cast<int64_t>(m.first) - 3;
        continue;
      }
      // "his former coach was banned": the subject is the coach, whom no actor
      // names. (Not "its air defences", "their positions": a body's own.)
      if (ctx_.tag(m.first) == "PRP$" && (ctx_.lower(m.first) == "his" || ctx_.lower(m.first) == "her") &&
          m.last < ctx_.size() && m.last < verb_first &&
          (ctx_.is_noun(m.last) || ctx_.is_modifier(m.last)) && ctx_.actor_at(m.last) < 0)
        break;
      // An actor right after another verb is that verb's object ("struck Gaza and killed").
      uint32_t b = m.first;
      while (b > 0 && ctx_.is_modifier(b - 1) && ctx_.tag(b - 1) != "POS") --b;
      if (b > 0 && ctx_.group_at(b - 1) >= 0 && ctx_.is_verb(b - 1) &&
          !ctx_.words().clause_verbs.has(ctx_.lemma(b - 1))) {
        if (passed_conj) subject_before(ctx_.groups()[static_cast<size_t>(ctx_.group_at(b - 1))].first, out);
        return;
      }
      if (in_prep_phrase(a)) {
        uint32_t p = b > 0 ? b - 1 : 0;
        while (p > 0 && !ctx_.is_preposition(p)) --p;
        if (fallback < 0 && ctx_.lower(p) == "of") fallback = a;
        // "Missiles fired by Iran struck": the agent of the subject's participle.
        if (ctx_.lower(p) == "by" && p > 0 && (ctx_.tag(p - 1) == "VBN" || ctx_.tag(p - 1) == "VBD")) fallback = a;
        t = static_cast<int64_t>(m.first) - 1;
        continue;
      }
      chosen = a;
      break;
    }
    std::string_view w = ctx_.lower(u);
    if (ctx_.group_at(u) >= 0 && ctx_.is_verb(u)) {
      // "a man wearing a fake vest entered": a participle right after the
      // subject's noun modifies it; the subject stands before it.
      {
        const Phrase& pg = ctx_.groups()[static_cast<size_t>(ctx_.group_at(u))];
        const std::string_view pt = ctx_.tag(pg.first);
        if (!passed_conj && pg.last == pg.first + 1 && pt == "VBG" && pg.first > 0 &&
            (ctx_.actor_at(pg.first - 1) >= 0 || ctx_.is_noun(pg.first - 1))) {
          t = static_cast<int64_t>(pg.first) - 1;
          continue;
        }
      }
      // Coordinated verbs share the subject: "Russia struck Kyiv and killed ...".
      if (passed_conj) {
        const uint32_t first = ctx_.groups()[static_cast<size_t>(ctx_.group_at(u))].first;
        // Not a relative clause's verb: "pressed the U.S. to raise aid to
        // Kenya, which fell to $53m, and called for": the subject is pressed's.
        // (Only when a comma closed that clause before the conjunction: in
        // ", which killed 20 and injured 120" the relative's subject is shared.)
        bool closed = false;
        for (uint32_t c = ctx_.groups()[static_cast<size_t>(ctx_.group_at(u))].last; c < verb_first && !closed; ++c)
          closed = ctx_.lower(c) == ",";
        const int64_t rel = closed ? relative_start(first) : -1;
        if (rel >= 0) {
          t = rel - 1;
          continue;
        }
        subject_before(first, out);
        return;
      }
      break;   // "two of its leaders were detained": the partitive fallback
    }
    if (w == "where") break;   // "in southern Lebanon, where the group has fired": no subject beyond
    if (w == "who" || w == "which") {
      // "Blinken, who visited": the antecedent sits right before the pronoun.
      uint32_t p = u;
      if (p > 0 && ctx_.lower(p - 1) == ",") --p;
      if (p > 0 && ctx_.actor_at(p - 1) >= 0) chosen = ctx_.actor_at(p - 1);
      break;
    }
    // A parenthetical between dashes or brackets: "The army - whose chief is X - entered".
    if (w == "-" || w == "—" || w == "–" || w == ")") {
      std::string_view open = w == ")" ? std::string_view("(") : w;
      int64_t o = t - 1;
      while (o >= static_cast<int64_t>(stop) && ctx_.lower(static_cast<uint32_t>(o)) != open) --o;
      if (o >= static_cast<int64_t>(stop) && o > 0) {
        t = o - 1;
        continue;
      }
      if (w != "-") break;
    }
    // A discourse adverb between commas: "Azizi, ..., though, said".
    if (w == "," && u >= 2 && ctx_.lower(u - 2) == "," &&
        (ctx_.lower(u - 1) == "though" || ctx_.lower(u - 1) == "however" || ctx_.lower(u - 1) == "meanwhile" ||
         ctx_.lower(u - 1) == "too" || ctx_.lower(u - 1) == "instead" || ctx_.lower(u - 1) == "nevertheless")) {
      t = static_cast<int64_t>(u) - 3;
      continue;
    }
    // A relative clause between commas: "Norway, which he visited two weeks
    // ago, had pledged": the subject stands before it.
    if (w == "," && chosen < 0) {
      int64_t r = t - 1;
      while (r > static_cast<int64_t>(stop) && ctx_.lower(static_cast<uint32_t>(r)) != "," &&
             ctx_.lower(static_cast<uint32_t>(r)) != "which" && ctx_.lower(static_cast<uint32_t>(r)) != "who")
        --r;
      const auto ru = static_cast<uint32_t>(r);
      if (r > 1 && (ctx_.lower(ru) == "which" || ctx_.lower(ru) == "who") && ctx_.lower(ru - 1) == "," &&
          ctx_.actor_at(ru - 2) >= 0) {
        chosen = ctx_.actor_at(ru - 2);
        break;
      }
      // ("The attacker, identified as X, was shot": a participle's aside.)
      // (Not an actor in a prepositional phrase: "strikes across Ukraine,
      // including on Kyiv, kill".)
      // (Nor a verb's object: "strikes killed senior Iranian leaders,
      // including Khamenei, destroyed ...".)
      if (r > 1 && ctx_.lower(ru) == "," && ru + 1 < u && (ctx_.tag(ru + 1) == "VBN" || ctx_.tag(ru + 1) == "VBG") &&
          ctx_.actor_at(ru - 1) >= 0 && !in_prep_phrase(ctx_.actor_at(ru - 1))) {
        uint32_t b = ctx_.actor(ctx_.actor_at(ru - 1)).first;
        while (b > 0 && ctx_.is_modifier(b - 1) && ctx_.tag(b - 1) != "POS") --b;
        if (!(b > 0 && ctx_.group_at(b - 1) >= 0 && ctx_.is_verb(b - 1))) {
          chosen = ctx_.actor_at(ru - 1);
          break;
        }
      }
    }
    if (ctx_.is_clause_break(u)) break;
    if (w == "and" || w == "but" || w == ",") passed_conj = true;
    --t;
  }
  if (chosen < 0) chosen = fallback;
  if (chosen < 0) return;
  // "Syria, and the US statement spoke": an actor modifying a noun heads no list.
  const uint32_t after = ctx_.actor(chosen).last;
  if (after >= ctx_.size() || !ctx_.is_noun(after)) coordinate_backward(chosen, out);
  push_with_companions(out, chosen);
}

void RoleFinder::object_after(uint32_t from, bool directly, std::vector<int32_t>& out,
                              const std::string& own_country, bool own_agents) const {
  const uint32_t n = ctx_.size();
  const uint32_t limit = std::min(n, from + kWindow);
  int32_t chosen = -1;
  for (uint32_t t = from, skipped = 0; t < limit; ++t) {
    int32_t a = ctx_.actor_at(t);
    if (a >= 0) {
      const ActorMention& m = ctx_.actor(a);
      if (ctx_.after_according_to(m.first)) break;
      // The source's own country, or a bare institutional agent of it ("the
      // army", "firms"): an unnamed side, skipped. Its civilians, workers,
      // students ("police beat protesters") are real domestic targets.
      // (Not a people named as the nation: "thanked the Ukrainian people".)
      if (!own_country.empty() &&
          ((m.code == own_country && m.kind != ActorKind::kAgent) ||
           (own_agents && bare_agent(m) && m.country == own_country && institutional(m.code)))) {
        t = m.last - 1;
        continue;
      }
      chosen = head_of_run(a);
      break;
    }
    if (directly) {
      // "called on \"village councils ...\"": a quoted object.
      const bool quote = t == from && (ctx_.tag(t) == "``" || ctx_.lower(t) == "\"");
      if ((!ctx_.is_modifier(t) && !quote) || ++skipped > 3) break;
      continue;
    }
    const bool such_as = ctx_.lower(t) == "as" && t > 0 && ctx_.lower(t - 1) == "such";   // "allies such as Germany"
    // "accused the \"Zionist regime\" of": a quote opening on the object's name.
    // ("thanked \"the police, security and emergency services staff\"": past its article.)
    const uint32_t named_at = t + 1 < n && ctx_.tag(t + 1) == "DT" && t == from && ctx_.tag(t) == "``" ? t + 2 : t + 1;
    const bool quoted_name = (ctx_.tag(t) == "``" || ctx_.lower(t) == "\"") && named_at < n && ctx_.actor_at(named_at) >= 0 &&
                             t > 0 && (ctx_.tag(t - 1) == "DT" || t == from);
    if (quoted_name) continue;
    if ((ctx_.is_clause_break(t) && !such_as) || ctx_.lower(t) == ",") break;
    if (ctx_.group_at(t) >= 0 && ctx_.is_verb(t)) break;
  }
  if (chosen < 0) return;
  push_with_companions(out, chosen);
  coordinate_forward(chosen, out);
}

int32_t RoleFinder::place_after(uint32_t from, bool directly) const {
  const uint32_t n = ctx_.size();
  const uint32_t limit = std::min(n, from + 9);
  bool located = false;   // passed "in"/"near" after the object noun
  for (uint32_t t = from, skipped = 0; t < limit; ++t) {
    if (ctx_.actor_at(t) >= 0) return -1;
    int32_t p = ctx_.place_at(t);
    if (p >= 0) return ctx_.doc().places[static_cast<size_t>(p)].country.empty() ? -1 : p;
    // "the city of Kharkiv", "the southern port of Odesa"
    std::string_view w = ctx_.lower(t);
    if (ctx_.is_modifier(t) || w == "of") continue;
    // "hit logistics hubs in the Krasnodar region", "shelled positions near Bakhmut"
    if (!directly && !located && skipped > 0 && (w == "in" || w == "near" || w == "outside" || w == "around")) {
      located = true;
      continue;
    }
    if (!directly && ctx_.is_noun(t) && ++skipped <= 2) continue;
    if (ctx_.is_noun(t) && t + 1 < n && ctx_.lower(t + 1) == "of" && ++skipped <= 2) continue;
    // "fired at the border areas of the Sumy region": a compound's first noun.
    if (ctx_.is_noun(t) && t + 1 < n && ctx_.is_noun(t + 1) && ctx_.actor_at(t + 1) < 0 && ctx_.place_at(t + 1) < 0 &&
        ++skipped <= 2)
      continue;
    return -1;
  }
  return -1;
}

int32_t RoleFinder::located_country_after(uint32_t from) const {
  const uint32_t n = ctx_.size();
  const uint32_t limit = std::min(n, from + 9);
  uint32_t nouns = 0;
  for (uint32_t t = from; t < limit; ++t) {
    if (ctx_.actor_at(t) >= 0 || ctx_.place_at(t) >= 0) return -1;
    std::string_view w = ctx_.lower(t);
    if (nouns > 0 && (w == "in" || w == "near" || w == "outside" || w == "across" || w == "around" ||
                      w == "inside" || w == "throughout")) {
      for (uint32_t u = t + 1; u < limit; ++u) {
        int32_t a = ctx_.actor_at(u);
        if (a >= 0) {
          a = head_of_run(a);
          // A bare country only ("in Afghanistan"): "in Hamas tunnels" is no location.
          return ctx_.actor(a).code.size() == 3 && ctx_.actor(a).code == ctx_.actor(a).country ? a : -1;
        }
        if (!ctx_.is_modifier(u) && ctx_.tag(u) != "DT") return -1;
      }
      return -1;
    }
    if (ctx_.is_noun(t)) {
      if (++nouns > 3) return -1;
      continue;
    }
    if (ctx_.is_modifier(t) || ctx_.tag(t) == "DT" || ctx_.tag(t) == "CD") continue;
    return -1;
  }
  return -1;
}

int32_t RoleFinder::aim_after(uint32_t from, std::vector<int32_t>& out) const {
  const uint32_t n = ctx_.size();
  const uint32_t limit = std::min(n, from + 12);
  for (uint32_t t = from; t < limit; ++t) {
    if (ctx_.is_clause_break(t) || (ctx_.group_at(t) >= 0 && ctx_.is_verb(t))) return -1;
    std::string_view w = ctx_.lower(t);
    if (w != "at" && w != "on" && w != "against" && w != "into" && w != "toward" && w != "towards") continue;
    object_after(t + 1, true, out);
    if (!out.empty()) return -1;
    int32_t p = place_after(t + 1, true);
    if (p >= 0) return p;
    int32_t a = located_country_after(t + 1);
    if (a >= 0) out.push_back(a);
    return -1;
  }
  return -1;
}

void RoleFinder::object_inside(uint32_t first, uint32_t last, const std::vector<int32_t>& sources,
                               std::vector<int32_t>& out) const {
  for (uint32_t t = first; t < last && out.empty(); ++t) {
    const int32_t a = ctx_.actor_at(t);
    if (a < 0 || std::find(sources.begin(), sources.end(), a) != sources.end()) continue;
    const ActorMention& am = ctx_.actor(a);
    if (!sources.empty() && am.code == ctx_.actor(sources.front()).code) continue;
    // The source's own country named bare ("develop Ukrainian-Turkish
    // cooperation" by Ukraine's president): the other one is the object.
    if (!sources.empty() && am.kind == ActorKind::kCountry && am.code == ctx_.actor(sources.front()).country) {
      const std::string& sc = ctx_.actor(sources.front()).code;
      const std::string_view role = sc.size() == 6 ? std::string_view(sc).substr(3) : std::string_view();
      if (role.empty() || role == "GOV" || role == "MIL" || role == "LEG" || role == "JUD" || role == "COP" || role == "SPY")
        continue;   // (rebels seizing "the northern Mali town" do act on their own country)
    }
    // (A bare agent the actor stage placed, "fire the army chief", "expressed
    // opposition", is no object; people it placed are: "arrest protesters".)
    if (ctx_.tag(am.first) == "PRP$" || (am.kind == ActorKind::kAgent && am.implicit_country && !people(am.code))) {
      t = am.last - 1;
      continue;
    }
    out.push_back(a);
    coordinate_forward(a, out);
  }
}

void RoleFinder::object_after_aside(uint32_t from, std::vector<int32_t>& out, const std::string& own_country,
                                    bool own_agents) const {
  if (from >= ctx_.size() || ctx_.lower(from) != ",") return;
  for (uint32_t t = from + 1; t < ctx_.size() && t < from + 8; ++t) {
    if (ctx_.is_clause_break(t) || (ctx_.group_at(t) >= 0 && ctx_.is_verb(t))) return;
    if (ctx_.lower(t) == ",") {
      object_after(t + 1, false, out, own_country, own_agents);
      return;
    }
  }
}

int32_t RoleFinder::origin_after(uint32_t from) const {
  const uint32_t n = ctx_.size();
  if (from >= n || ctx_.lower(from) != "from") return -1;
  for (uint32_t u = from + 1; u < n && u < from + 4; ++u) {
    if (ctx_.actor_at(u) >= 0) return head_of_run(ctx_.actor_at(u));
    if (ctx_.place_at(u) >= 0) return -1;
    if (!ctx_.is_modifier(u) && ctx_.tag(u) != "DT") return -1;
  }
  return -1;
}

int32_t RoleFinder::apposition_after_name(uint32_t name) const {
  const uint32_t n = ctx_.size();
  uint32_t v = name;
  while (v < n && v < name + 4 && ctx_.tag(v) == "NNP" && ctx_.actor_at(v) < 0) ++v;
  if (v == name || v >= n || ctx_.lower(v) != ",") return -1;
  // ", his lawyer", ", the party's spokesman", ", Basilashvili's lawyer"
  for (uint32_t w = v + 1; w < n && w < v + 5; ++w) {
    if (ctx_.actor_at(w) >= 0) {
      const ActorMention& m = ctx_.actor(ctx_.actor_at(w));
      // (a role, not another name or a country: "by Smith, Jones and Brown")
      // (Or a possessed role coreference placed: "his lawyer".)
      const bool role = m.kind == ActorKind::kAgent || m.kind == ActorKind::kDescription ||
                        (m.kind == ActorKind::kPronoun && m.last > m.first + 1);
      return role ? ctx_.actor_at(w) : -1;
    }
    const std::string_view tg = ctx_.tag(w);
    if (!(tg == "DT" || tg == "PRP$" || tg == "POS" || tg == "NNP" || tg.rfind("JJ", 0) == 0)) return -1;
  }
  return -1;
}

void RoleFinder::by_agent(uint32_t from, std::vector<int32_t>& out) const {
  const uint32_t n = ctx_.size();
  const uint32_t limit = std::min(n, from + 8);
  for (uint32_t t = from; t < limit; ++t) {
    if (ctx_.lower(t) == "by") {
      // "by Israel", "by the Iranian army", "by members of the European Union"
      for (uint32_t u = t + 1, skipped = 0; u < n && skipped <= 4; ++u, ++skipped) {
        if (ctx_.actor_at(u) >= 0) {
          int32_t a = head_of_run(ctx_.actor_at(u));
          push_with_companions(out, a);
          coordinate_forward(a, out);
          return;
        }
        bool partitive = (ctx_.tag(u) == "NNS" || ctx_.tag(u) == "NN") && u + 1 < n && ctx_.lower(u + 1) == "of";
        // "by Irma Tchkadua, his lawyer": a name no list holds takes the role
        // its apposition gives.
        if (ctx_.tag(u) == "NNP") {
          const int32_t a = apposition_after_name(u);
          if (a >= 0) push_with_companions(out, a);
          return;
        }
        if (!ctx_.is_modifier(u) && !partitive && ctx_.lower(u) != "of") return;
      }
      return;
    }
    // "in a mass shooting by": a gerund used as a noun does not end the search.
    bool nominal_gerund = ctx_.tag(t) == "VBG" && t > from && (ctx_.is_modifier(t - 1) || ctx_.is_noun(t - 1));
    // "branded a "disgraceful waste" by MPs": quotes around the complement do not end it.
    const std::string_view w = ctx_.lower(t);
    const bool quote = w == "\"" || ctx_.tag(t) == "``" || ctx_.tag(t) == "''";
    // "were killed and four injured by gunmen": past a coordinated participle.
    bool elliptic = false;
    if ((ctx_.tag(t) == "VBN" || ctx_.tag(t) == "VBD") && t > from) {
      uint32_t u = t;
      while (u > from && (ctx_.tag(u - 1) == "CD" || ctx_.is_noun(u - 1) || ctx_.is_modifier(u - 1))) --u;
      elliptic = u > 0 && ctx_.lower(u - 1) == "and";
    }
    if ((ctx_.is_clause_break(t) && !quote) || (ctx_.group_at(t) >= 0 && ctx_.is_verb(t) && !nominal_gerund && !elliptic))
      return;
  }
}

void RoleFinder::noun_owner(uint32_t noun_first, std::vector<int32_t>& out) const {
  int64_t t = static_cast<int64_t>(noun_first) - 1;
  const int64_t stop = std::max<int64_t>(0, static_cast<int64_t>(noun_first) - 10);
  while (t >= stop) {
    uint32_t u = static_cast<uint32_t>(t);
    int32_t a = ctx_.actor_at(u);
    if (a >= 0) {
      push_unique(out, a);
      t = static_cast<int64_t>(ctx_.actor(a).first) - 1;
      continue;
    }
    std::string_view tag = ctx_.tag(u);
    std::string_view w = ctx_.lower(u);
    bool np_word = tag.rfind("JJ", 0) == 0 || tag.rfind("NN", 0) == 0 || tag == "CD" || tag == "POS" ||
                   tag == "HYPH" || w == "and" || w == "-" || w == "'s" || w == "’s";
    if (!np_word) break;
    --t;
  }
  std::reverse(out.begin(), out.end());
}

void RoleFinder::clause_subject_owner(uint32_t verb_first, std::vector<int32_t>& out, uint32_t* head) const {
  // The clause starts after the last clause break or comma before the verb.
  uint32_t start = verb_first;
  while (start > 0) {
    const uint32_t u = start - 1;
    std::string_view w = ctx_.lower(u);
    if (w == ";" || w == ":" || w == "," || w == "\"" || ctx_.tag(u) == "``" || ctx_.tag(u) == "''") break;
    --start;
  }
  // The noun phrase there: determiners, adjectives, nouns, possessives, actors.
  uint32_t t = start;
  int32_t last_noun = -1;
  std::vector<int32_t> found;
  while (t < verb_first) {
    if (int32_t a = ctx_.actor_at(t); a >= 0) {
      push_unique(found, a);
      last_noun = -1;   // an actor at the head: the phrase is the actor itself
      t = std::max(t + 1, ctx_.actor(a).last);
      continue;
    }
    std::string_view tag = ctx_.tag(t);
    if (ctx_.is_noun(t)) last_noun = static_cast<int32_t>(t);
    else if (!(ctx_.is_modifier(t) || tag == "POS")) break;
    ++t;
  }
  if (last_noun < 0 || found.empty()) return;
  if (head) *head = static_cast<uint32_t>(last_noun);
  for (int32_t a : found) push_unique(out, a);
}

int32_t RoleFinder::nearest_other_country(uint32_t at, const std::string& country) const {
  int32_t best = -1;
  uint32_t best_dist = UINT32_MAX;
  for (uint32_t t = 0; t < ctx_.size(); ++t) {
    int32_t a = ctx_.actor_at(t);
    if (a < 0 || ctx_.actor(a).first != t) continue;
    const ActorMention& m = ctx_.actor(a);
    if (m.country.empty() || m.country == country || ctx_.after_according_to(m.first) || inverted_speaker(m)) continue;
    uint32_t d = t > at ? t - at : at - t;
    if (d < best_dist) best_dist = d, best = a;
  }
  return best;
}

bool RoleFinder::inverted_speaker(const ActorMention& m) const {
  const WordList& speech = ctx_.words().speech_verbs;
  uint32_t b = m.first;
  while (b > 0 && (ctx_.tag(b - 1) == "DT" || ctx_.is_modifier(b - 1)) && ctx_.actor_at(b - 1) < 0) --b;
  if (b == 0) return false;
  auto speech_at = [&](uint32_t t) { return t < ctx_.size() && ctx_.group_at(t) >= 0 && speech.has(ctx_.lemma(t)); };
  // "..., the US alleged": the comma, the speaker, the verb.
  if (ctx_.lower(b - 1) == "," && speech_at(m.last)) return true;
  // "..., alleged the US State Department": the comma, the verb, the speaker.
  return b >= 2 && speech_at(b - 1) && ctx_.lower(b - 2) == ",";
}

void RoleFinder::coordinate_forward(int32_t a, std::vector<int32_t>& out) const {
  const uint32_t n = ctx_.size();
  std::vector<int32_t> pending;
  bool chain_has_and = false, passed_conj = false;
  uint32_t t = ctx_.actor(a).last, steps = 0;
  while (t < n && steps < kCoordGap) {
    int32_t b = ctx_.actor_at(t);
    if (b >= 0 && b != a) {
      if (!passed_conj) break;
      b = head_of_run(b);
      pending.push_back(b);
      a = b;
      t = ctx_.actor(b).last;
      steps = 0;
      passed_conj = false;
      continue;
    }
    std::string_view w = ctx_.lower(t);
    if (conjunction(w)) chain_has_and = passed_conj = true;
    else if (w == ",") passed_conj = true;
    else if (!connective(t)) break;
    ++t;
    ++steps;
  }
  if (!chain_has_and) return;
  for (int32_t b : pending) push_unique(out, b);
}

void RoleFinder::coordinate_backward(int32_t a, std::vector<int32_t>& out) const {
  std::vector<int32_t> pending;
  bool chain_has_and = false, passed_conj = false;
  int64_t t = static_cast<int64_t>(ctx_.actor(a).first) - 1;
  uint32_t steps = 0;
  while (t >= 0 && steps < 4) {
    uint32_t u = static_cast<uint32_t>(t);
    int32_t b = ctx_.actor_at(u);
    if (b >= 0 && b != a) {
      if (!passed_conj) break;
      pending.push_back(b);
      a = b;
      t = static_cast<int64_t>(ctx_.actor(b).first) - 1;
      steps = 0;
      passed_conj = false;
      continue;
    }
    std::string_view w = ctx_.lower(u);
    if (w == "and" || w == "or") chain_has_and = passed_conj = true;
    else if (w == ",") passed_conj = true;
    else if (w != "both" && w != "the") break;
    --t;
    ++steps;
  }
  if (!chain_has_and) return;
  for (auto it = pending.rbegin(); it != pending.rend(); ++it) push_unique(out, *it);
}

}  // namespace herald
