#include "events/object_rules.h"

#include <algorithm>
#include <string_view>

namespace herald {

// "reports that Iran is charging fees": the subject of the "that" clause of
// the report noun heading the object at `t`, or -1.
int32_t ObjectRules::reported_subject(const SentenceContext& ctx, uint32_t t, const WordList& nouns) {
  for (int k = 0; k < 2 && t < ctx.size() && (ctx.tag(t) == "DT" || ctx.tag(t).rfind("JJ", 0) == 0); ++k) ++t;
  if (t + 1 >= ctx.size() || !ctx.is_noun(t) || !nouns.has(ctx.lemma(t))) return -1;
  return that_subject(ctx, t + 1);
}

int32_t ObjectRules::clause_target(const SentenceContext& ctx, uint32_t anchor, uint32_t last, int root,
                                   const std::string& own_code, const WordList& report_nouns) {
  int32_t a = -1;
  if (root == 1 || root == 11 || root == 12) {
    a = reported_subject(ctx, last, report_nouns);
    if (a < 0 && last > anchor + 1) a = reported_subject(ctx, last - 1, report_nouns);   // "denied claims that"
  }
  // (Praise too: "expressed satisfaction that Egypt will take part",
  // "welcomed the fact that Kyiv had agreed".)
  if (a < 0 && (root == 2 || root == 5 || root == 10 || root == 11 || root == 13)) {
    a = that_subject(ctx, last);
    if (a < 0 && last + 2 < ctx.size() && ctx.lower(last) == "the" && ctx.lower(last + 1) == "fact")
      a = that_subject(ctx, last + 2);
  }
  // Sanctions: the one a relative clause of the object names ("revoked a
  // waiver that had lifted oil sanctions on Iran").
  if (a < 0 && root == 16 && last < ctx.size() && ctx.tag(last) == "WDT") {
    for (uint32_t u = last + 1; u < ctx.size() && u < last + 10 && a < 0; ++u) {
      if (ctx.is_clause_break(u) || ctx.lower(u) == ",") break;
      a = ctx.actor_at(u);
    }
  }
  if (a >= 0 && ctx.actor(a).code == own_code) return -1;
  if (a < 0) a = linked_owner(ctx, last);
  return a >= 0 && ctx.actor(a).code != own_code ? a : -1;
}

int32_t ObjectRules::that_subject(const SentenceContext& ctx, uint32_t t) {
  if (t >= ctx.size() || ctx.lower(t) != "that") return -1;
  for (uint32_t u = t + 1; u < ctx.size() && u < t + 6; ++u) {
    if (ctx.actor_at(u) >= 0) return ctx.actor_at(u);
    if (ctx.is_verb(u) || ctx.is_clause_break(u)) return -1;
  }
  return -1;
}

int32_t ObjectRules::linked_owner(const SentenceContext& ctx, uint32_t t) {
  const uint32_t n = ctx.size();
  uint32_t u = t;
  // (A generic word may head the object: "companies linked to Iran".)
  auto generic = [&](uint32_t x) { return ctx.actor_at(x) < 0 || ctx.actor(ctx.actor_at(x)).implicit_country; };
  for (int k = 0; k < 5 && u < n && generic(u) && (ctx.tag(u) == "DT" || ctx.is_modifier(u) || ctx.is_noun(u)); ++k) ++u;
  if (u == t || u + 2 >= n) return -1;
  const std::string_view l = ctx.lemma(u);
  if (l != "link" && l != "tie" && l != "connect" && l != "affiliate" && l != "belong") return -1;
  if (ctx.lower(u + 1) != "to" && ctx.lower(u + 1) != "with") return -1;
  uint32_t v = u + 2;
  if (v < n && ctx.tag(v) == "DT") ++v;
  return v < n ? ctx.actor_at(v) : -1;
}

namespace {

// Back from the head noun at `head` over its noun phrase (determiners,
// possessives, numbers, adjectives, adverbs, nouns; at most `reach` words)
// to the verb group before it: that group when its head's lemma has value
// "verb" in `words`, else -1.
int32_t verb_of_noun_phrase(const SentenceContext& ctx, uint32_t head, const WordList& words, uint32_t reach) {
  for (uint32_t t = head, k = 0; t > 0 && k < reach; --t, ++k) {
    const int32_t grp = ctx.group_at(t - 1);
    if (grp >= 0) {
      const Phrase& p = ctx.groups()[static_cast<size_t>(grp)];
      return words.value(ctx.lemma(p.head)) == "verb" ? grp : -1;
    }
    const std::string_view tag = ctx.tag(t - 1);
    if (tag != "PRP$" && tag != "DT" && tag != "CD" && tag.rfind("JJ", 0) != 0 && tag.rfind("RB", 0) != 0 &&
        tag != "POS" && !ctx.is_noun(t - 1))
      return -1;
  }
  return -1;
}

}  // namespace

// "reaffirmed their intention to continue": the verb group declaring the
// intent noun that governs infinitive g (its "to" right after the noun), or -1.
int32_t ObjectRules::declared_intent(const SentenceContext& ctx, const Phrase& g, const WordList& words) {
  if (ctx.lower(g.first) != "to" && g.first == 0) return -1;
  const uint32_t to = ctx.lower(g.first) == "to" ? g.first : g.first - 1;
  if (to < 2 || ctx.lower(to) != "to") return -1;
  // "Chirac said he was ready to meet Allawi", "is prepared to hold talks":
  // a form of "be" with an adjective of readiness declares the intent.
  // ("would be happy to meet him": gladness under a modal is readiness too.)
  const std::string_view adj_kind = words.value(ctx.lower(to - 1));
  const bool modal_glad = adj_kind == "glad" && to >= 3 && ctx.lower(to - 2) == "be" && ctx.tag(to - 3) == "MD";
  if (adj_kind == "adjective" || modal_glad) {
    uint32_t t = to - 1;
    for (uint32_t k = t; k > 0 && k + 4 > t; --k)   // "was not ready", "is never willing": no intent declared
      if (ctx.lower(k - 1) == "not" || ctx.lower(k - 1) == "n't" || ctx.lower(k - 1) == "never") return -1;
    if (const int32_t own = ctx.group_at(t); own >= 0 && ctx.lemma(ctx.groups()[static_cast<size_t>(own)].first) == "be")
      return own;   // "was prepared" chunked as one verb group
    while (t > 0 && ctx.tag(t - 1).rfind("RB", 0) == 0) --t;   // "fully ready", "more than willing"
    const int32_t grp = t > 0 ? ctx.group_at(t - 1) : -1;
    if (grp >= 0 && ctx.lemma(ctx.groups()[static_cast<size_t>(grp)].head) == "be") return grp;
    return -1;
  }
  if (words.value(ctx.lower(to - 1)) != "noun") return -1;
  return verb_of_noun_phrase(ctx, to - 1, words, 4);
}

int32_t ObjectRules::enacted(const SentenceContext& ctx, const Phrase& g, const WordList& words) {
  const uint32_t to = ctx.lower(g.first) == "to" ? g.first : g.first - 1;
  if (to < 2 || ctx.lower(to) != "to") return -1;
  const std::string_view noun = ctx.lemma(to - 1);
  if (words.value(noun) != "noun" &&
      !(to >= 3 && words.value(std::string(ctx.lower(to - 2)) + " " + std::string(noun)) == "noun"))
    return -1;
  // ("a new law", "Federal Law", "an executive order")
  return verb_of_noun_phrase(ctx, to - 1, words, 5);
}

int32_t ObjectRules::purpose_target(const SentenceContext& ctx, uint32_t from, const WordList& verbs) {
  const uint32_t n = ctx.size();
  // ("promised aid to help Haiti": a pattern may end on the "to".)
  if (from > 0 && ctx.lower(from - 1) == "to") --from;
  for (uint32_t t = from; t + 1 < n && t < from + 10; ++t) {
    // (Past a bare agent the actor stage placed: "pledged troops to support".)
    const int32_t at = ctx.actor_at(t);
    if (ctx.is_clause_break(t) || ctx.lower(t) == "," || (at >= 0 && !ctx.actor(at).implicit_country)) return -1;
    if (ctx.lower(t) != "to" || !verbs.has(ctx.lemma(t + 1)) || !ctx.is_verb(t + 1)) continue;
    // (A named actor: not a bare agent placed by the actor stage, "to help
    // the governments of the stricken countries".)
    for (uint32_t u = t + 2; u < n && u < t + 5; ++u) {
      if (const int32_t a = ctx.actor_at(u); a >= 0) return ctx.actor(a).implicit_country ? -1 : a;
      if (!(ctx.tag(u) == "DT" || ctx.is_modifier(u))) return -1;
    }
    return -1;
  }
  return -1;
}

// "... left 89 civilians dead", "leaving five soldiers wounded": the actor
// between a form of "leave" (in the same clause, after `from`) and a
// casualty word; -1 when there is none.
int32_t ObjectRules::left_casualties(const SentenceContext& ctx, uint32_t from) {
  for (uint32_t t = from; t < ctx.size() && t < from + 14; ++t) {
    if (ctx.lower(t) == ";" || (ctx.is_verb(t) && ctx.lemma(t) != "leave" && ctx.group_at(t) >= 0 && t > from + 8)) break;
    if (ctx.lemma(t) != "leave") continue;
    for (uint32_t u = t + 1; u < ctx.size() && u < t + 6; ++u) {
      const std::string_view w = ctx.lower(u);
      if (w != "dead" && w != "injured" && w != "wounded" && w != "homeless" && w != "missing") continue;
      for (uint32_t a = u; a > t + 1; --a)
        if (ctx.actor_at(a - 1) >= 0) return ctx.actor_at(a - 1);
      return -1;
    }
    return -1;
  }
  return -1;
}

// The object right after `t` is people named by a number or an object
// pronoun no actor stands for: "arrested three (for ...)", "against him".
bool ObjectRules::counted_people_after(const SentenceContext& ctx, uint32_t t) {
  if (t < ctx.size() && ctx.tag(t) == "DT" && ctx.lower(t) != "the") return false;   // "arrested a man": an actor, or not people
  if (t < ctx.size() && (ctx.lower(t) == "against" || ctx.lower(t) == "on")) ++t;
  if (t >= ctx.size() || ctx.actor_at(t) >= 0) return false;
  const std::string_view w = ctx.lower(t);
  if (w == "him" || w == "her" || w == "them") return true;
  const bool year = w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (ctx.tag(t) != "CD" || year) return false;
  return t + 1 >= ctx.size() || !ctx.is_noun(t + 1);
}

// The actor whose mention starts at `t`, or the one it owns ("Sudan's army").
static int32_t owned_actor(const SentenceContext& ctx, uint32_t t, uint32_t& end) {
  int32_t a = ctx.actor_at(t);
  if (a < 0) return -1;
  end = ctx.actor(a).last;
  if (end + 1 < ctx.size() && ctx.tag(end) == "POS" && ctx.actor_at(end + 1) >= 0) {
    a = ctx.actor_at(end + 1);
    end = ctx.actor(a).last;
  }
  return a;
}

bool ObjectRules::between_pair(const SentenceContext& ctx, uint32_t from, int32_t& a, int32_t& b) {
  const uint32_t n = ctx.size();
  for (uint32_t t = from; t < n && t < from + 10; ++t) {
    if (ctx.is_clause_break(t) || ctx.lower(t) == ";") return false;
    if (ctx.lower(t) != "between") continue;
    // Past "the" and up to two adjectives no actor holds ("the Iran-backed Hezbollah").
    auto skip = [&](uint32_t u) {
      if (u < n && ctx.tag(u) == "DT") ++u;
      for (int k = 0; k < 2 && u < n && ctx.tag(u).rfind("JJ", 0) == 0 && ctx.actor_at(u) < 0; ++k) ++u;
      return u;
    };
    uint32_t u = skip(t + 1), end = 0;
    if (u >= n || (a = owned_actor(ctx, u, end)) < 0) return false;
    if (end >= n || ctx.lower(end) != "and") return false;
    u = skip(end + 1);
    if (u >= n || (b = owned_actor(ctx, u, end)) < 0) return false;
    return ctx.actor(a).code != ctx.actor(b).code;
  }
  return false;
}

// A run of two to four proper nouns from `t` forward (dir 1) or backward
// (dir -1), none of them an actor or a place.
static bool unlisted_name(const SentenceContext& ctx, uint32_t t, int dir) {
  int len = 0;
  for (int64_t u = t; u >= 0 && u < static_cast<int64_t>(ctx.size()) && len < 5; u += dir, ++len) {
    const auto i = static_cast<uint32_t>(u);
    if (ctx.tag(i) != "NNP" || ctx.actor_at(i) >= 0 || ctx.place_at(i) >= 0) break;
  }
  return len >= 2 && len <= 4;
}

bool ObjectRules::unlisted_name_acted_on(const SentenceContext& ctx, uint32_t first, uint32_t last) {
  if (last < ctx.size() && unlisted_name(ctx, last, 1)) return true;
  uint32_t b = first;
  while (b > 0 && (ctx.lemma(b - 1) == "be" || ctx.lemma(b - 1) == "have" || ctx.tag(b - 1).rfind("RB", 0) == 0)) --b;
  return b < first && b > 0 && unlisted_name(ctx, b - 1, -1);
}

// The country of the place an "in" after the verb names ("sentenced to 30
// years in jail in the US"), or "".
// (Past an "in" before a common noun: "in jail in the US", "in prison in Idaho".)
static std::string place_after(const SentenceContext& ctx, uint32_t last) {
  for (uint32_t t = last; t + 1 < ctx.size() && t < last + 8; ++t) {
    if (ctx.is_clause_break(t) || ctx.lower(t) == ",") break;
    if (ctx.lower(t) != "in") continue;
    const uint32_t w = t + 2 < ctx.size() && ctx.tag(t + 1) == "DT" ? t + 2 : t + 1;
    const int32_t pl = ctx.place_at(w);
    if (pl >= 0 && !ctx.doc().places[static_cast<size_t>(pl)].country.empty())
      return ctx.doc().places[static_cast<size_t>(pl)].country;
    if (pl >= 0 || !(ctx.tag(w) == "NN" || ctx.tag(w) == "NNS")) break;
    t = w;
  }
  return {};
}

static bool legal_code(const std::string& code) {
  return code.rfind("17", 0) == 0 || code == "116" || code == "0841" || code == "1121";
}

static const char* legal_role(const SentenceContext& ctx, const std::string& code, uint32_t anchor) {
  const bool court = code == "116" || ctx.is(anchor, "sentence") || ctx.is(anchor, "convict");
  return court ? "JUD" : "COP";
}

std::string ObjectRules::implicit_source(const SentenceContext& ctx, const std::string& code, uint32_t anchor,
                                         uint32_t last, bool passive, int32_t target) {
  const std::string& country = ctx.actor(target).country;
  if (code.rfind("14", 0) == 0) return country.empty() || ctx.actor(target).code.ends_with("CVL") ? "" : country + "CVL";
  if (!passive || !legal_code(code)) return "";
  // The state where it happened ("were arrested in Tehran"), else the target's.
  std::string where = place_after(ctx, last);
  if (where.empty()) where = country;
  return where.empty() ? "" : where + legal_role(ctx, code, anchor);
}

std::string ObjectRules::unnamed_person_source(const SentenceContext& ctx, const std::string& code, uint32_t anchor,
                                               uint32_t first, uint32_t last, bool passive) {
  // (Arrests, charges, detentions, verdicts and releases of people only: no
  // "a monument to Alexander Suvorov was demolished".)
  if (!passive || !(code == "173" || code == "116" || code == "0841") || !unlisted_name_acted_on(ctx, first, last))
    return "";
  std::string where = place_after(ctx, last);
  for (uint32_t t = 0; t < ctx.size() && where.empty(); ++t) {
    if (const int32_t pl = ctx.place_at(t); pl >= 0) where = ctx.doc().places[static_cast<size_t>(pl)].country;
    else if (const int32_t a = ctx.actor_at(t); a >= 0) where = ctx.actor(a).country;
  }
  return where.empty() ? "" : where + legal_role(ctx, code, anchor);
}

int32_t ObjectRules::against_later(const SentenceContext& ctx, uint32_t from) {
  const uint32_t n = ctx.size();
  int verbs = 0;
  for (uint32_t t = from; t < n && t < from + 16; ++t) {
    const std::string_view w = ctx.lower(t);
    if (w == "," || w == ";" || w == ":" || w == "\"" || w == "that" || w == "which" || w == "who") return -1;
    if (w == "against") return static_cast<int32_t>(t + 1);
    if (ctx.group_at(t) >= 0 && ctx.is_verb(t)) {
      const int32_t g = ctx.group_at(t);
      if (++verbs > 1) return -1;
      t = ctx.groups()[static_cast<size_t>(g)].last - 1;   // the rest of the group
    }
  }
  return -1;
}

bool ObjectRules::inverted_attribution(const SentenceContext& ctx, const Phrase& g, std::vector<int32_t>& speaker,
                                       std::vector<int32_t>& about) {
  const uint32_t n = ctx.size();
  if (!ctx.words().speech_verbs.has(ctx.lemma(g.head)) || g.negated || g.modal) return false;
  auto closes = [&](uint32_t t) {   // only punctuation left
    for (; t < n; ++t) {
      const std::string_view w = ctx.lower(t), tag = ctx.tag(t);
      if (!(tag == "." || tag == "''" || tag == ")" || w == "\"" || w == "'")) return false;
    }
    return true;
  };
  auto start_of = [&](int32_t a) {   // past "the" and modifiers before the mention
    uint32_t b = ctx.actor(a).first;
    while (b > 0 && (ctx.tag(b - 1) == "DT" || ctx.is_modifier(b - 1)) && ctx.actor_at(b - 1) < 0) --b;
    return b;
  };
  int32_t who = -1;
  uint32_t comma = 0;
  if (g.first > 0 && ctx.actor_at(g.first - 1) >= 0 && closes(g.last)) {   // ", the US alleged."
    who = ctx.actor_at(g.first - 1);
    const uint32_t b = start_of(who);
    if (b == 0 || ctx.lower(b - 1) != ",") return false;
    comma = b - 1;
  } else if (g.first > 0 && ctx.lower(g.first - 1) == ",") {   // ", alleged (the) US State Department."
    const uint32_t at = g.last < n && ctx.tag(g.last) == "DT" ? g.last + 1 : g.last;
    if (at >= n || ctx.actor_at(at) < 0 || !closes(ctx.actor(ctx.actor_at(at)).last)) return false;
    who = ctx.actor_at(at);
    comma = g.first - 1;
  }
  if (who < 0 || comma == 0 || ctx.after_according_to(ctx.actor(who).first)) return false;
  for (uint32_t t = 0; t < comma; ++t) {
    const int32_t a = ctx.actor_at(t);
    if (a < 0 || ctx.actor(a).first != t || ctx.after_according_to(t)) continue;
    if (ctx.actor(a).code == ctx.actor(who).code) continue;
    speaker.assign(1, who);
    about.assign(1, a);
    return true;
  }
  return false;
}

}  // namespace herald
