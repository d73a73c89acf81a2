#include "events/factuality.h"

#include <algorithm>
#include <array>

#include "core/str_eq.h"

namespace herald {
namespace {

// Prepositions before a gerund that make it a charge or a plan, not an event:
// "accused Iran of attacking", "warned against striking".
constexpr std::array<std::string_view, 8> kGerundPreps = {
    "of", "for", "against", "without", "from", "about", "by", "to"};

bool negator(std::string_view w) { return w == "not" || w == "n't" || w == "never" || w == "no"; }

// True when the sentence has a finite verb outside g.
bool has_finite_verb(const SentenceContext& ctx, const Phrase& g) {
  for (const Phrase& p : ctx.groups()) {
    if (p.first == g.first) continue;
    for (uint32_t t = p.first; t < p.last; ++t) {
      std::string_view tag = ctx.tag(t);
      if (tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD") return true;
    }
  }
  return false;
}

// A verb group inside the "that" clause of a denial: "denied that its troops
// had crossed", "dismissed reports that it had bought drones"
// (data/words/denial_verbs.txt; a denial itself negated denies nothing).
bool denied_clause(const SentenceContext& ctx, const Phrase& g) {
  const WordList& denials = ctx.words().denial_verbs;
  // The "that" opening the clause, within 12 words (looked for first: most
  // verbs have none), with no clause break or other verb after it.
  uint32_t t = g.first;
  while (t > 0 && t + 12 > g.first && !str_eq(ctx.lower(t - 1), "that")) --t;
  if (t == 0 || t + 12 <= g.first) return false;
  for (uint32_t u = t; u < g.first; ++u)
    if (ctx.is_clause_break(u) || (ctx.group_at(u) >= 0 && ctx.is_verb(u))) return false;
  if (--t == 0) return false;   // t: the "that"
  uint32_t w = t - 1;
  while (w > 0 && ctx.tag(w).rfind("RB", 0) == 0) --w;
  auto denial = [&](uint32_t at) {
    const int32_t d = ctx.group_at(at);
    if (d < 0) return false;
    const Phrase& dg = ctx.groups()[static_cast<size_t>(d)];
    return denials.has(ctx.lemma(dg.head)) && !Factuality::negated(ctx, dg);
  };
  if (denial(w)) return true;
  // "denied claims that", "dismissed media reports that"
  if (ctx.words().report_nouns.has(ctx.lemma(w)))
    for (uint32_t k = w; k > 0 && w - k < 4; --k)
      if (denial(k - 1)) return true;
  return false;
}

}  // namespace

bool Factuality::factual_matrix(const SentenceContext& ctx, std::string_view lemma) {
  return ctx.words().factual_matrix.has(lemma);
}

// The verb group governing an infinitive ("began" in "began to shell"), or -1
// when g is no infinitive; -2 when it is one with no governing verb.
int32_t Factuality::matrix_of_infinitive(const SentenceContext& ctx, const Phrase& g) {
  uint32_t to = UINT32_MAX;
  if (ctx.lower(g.first) == "to" && g.last > g.first + 1) to = g.first;
  else if (g.first > 0 && ctx.lower(g.first - 1) == "to" && ctx.tag(g.first - 1) != "IN") to = g.first - 1;
  if (to == UINT32_MAX) return -1;
  uint32_t t = to;
  while (t > 0 && ctx.tag(t - 1).rfind("RB", 0) == 0) --t;
  if (t == 0 || ctx.group_at(t - 1) < 0) return -2;
  return ctx.group_at(t - 1);
}

int32_t Factuality::instrument_matrix(const SentenceContext& ctx, const Phrase& g) {
  uint32_t to = UINT32_MAX;
  if (ctx.lower(g.first) == "to" && g.last > g.first + 1) to = g.first;
  else if (g.first > 0 && ctx.lower(g.first - 1) == "to" && ctx.tag(g.first - 1) != "IN") to = g.first - 1;
  if (to == UINT32_MAX) return -1;
  // Back over the thing used: a noun phrase of a few words ("landing and
  // amphibious craft", "tear gas", "its fleet").
  for (uint32_t t = to; t > 0 && to - t < 6; --t) {
    const uint32_t u = t - 1;
    const int32_t gr = ctx.group_at(u);
    if (gr >= 0 && ctx.is_verb(u)) {
      const Phrase& p = ctx.groups()[static_cast<size_t>(gr)];
      return u + 1 < to && ctx.words().instrument_verbs.has(ctx.lemma(p.head)) ? gr : -1;
    }
    const std::string_view tag = ctx.tag(u);
    if (!(tag == "DT" || tag == "CD" || tag == "PRP$" || tag == "CC" || tag.rfind("JJ", 0) == 0 || tag.rfind("NN", 0) == 0))
      return -1;
  }
  return -1;
}

int32_t Factuality::coordinated_base(const SentenceContext& ctx, const Phrase& g) {
  if (ctx.tag(g.first) != "VB" || g.first < 2 || (ctx.lower(g.first - 1) != "and" && ctx.lower(g.first - 1) != "or"))
    return -1;
  for (uint32_t t = g.first - 1; t > 0 && t + 12 > g.first; --t) {
    const int32_t pg = ctx.group_at(t - 1);
    if (pg >= 0 && ctx.is_verb(t - 1)) return pg;
    if (ctx.is_clause_break(t - 1)) break;
  }
  return -1;
}

bool Factuality::negated(const SentenceContext& ctx, const Phrase& g) {
  if (g.negated) return true;
  for (uint32_t t = g.first; t < g.last; ++t)
    if (negator(ctx.lower(t))) return true;
  return g.first > 0 && negator(ctx.lower(g.first - 1));
}

const char* Factuality::check(const SentenceContext& ctx, const Phrase& g, bool allow_negated) {
  if (g.modal || g.tense == Tense::kFuture) return "modal or future verb";
  if (!allow_negated && negated(ctx, g)) return "negated";
  for (uint32_t t = g.first; t < g.last; ++t)
    if (ctx.tag(t) == "MD") return "modal or future verb";
  if (denied_clause(ctx, g)) return "denied (in the clause of a denial)";

  // "to adopt the plan and press it on governments", "will visit Kyiv and
  // meet": a base verb coordinated with an infinitive or a modal's verb
  // shares what makes that one no event.
  if (const int32_t cg = coordinated_base(ctx, g); cg >= 0)
    if (const char* why = check(ctx, ctx.groups()[static_cast<size_t>(cg)], allow_negated)) return why;
  // Infinitives: "to visit" is an event only after a factual matrix verb.
  int32_t mg = matrix_of_infinitive(ctx, g);
  // "used drones to attack Kyiv": as factual as the using.
  if (const int32_t ig = mg == -2 ? instrument_matrix(ctx, g) : -1; ig >= 0)
    return check(ctx, ctx.groups()[static_cast<size_t>(ig)], allow_negated);
  if (mg == -2) return "infinitive with no governing verb";
  if (mg >= 0) {
    const Phrase& matrix = ctx.groups()[static_cast<size_t>(mg)];
    if (matrix.first == g.first || !factual_matrix(ctx, ctx.lemma(matrix.head)))
      return "intended or planned (infinitive after a non-factual verb)";
    return check(ctx, matrix, allow_negated);
  }
  // A participle modifying a noun: "statements speaking of", "forces backed by".
  // (A "participle" that is the sentence's only verb is its main verb, mis-tagged:
  // "The presidents discussed trade.")
  if (g.last == g.first + 1 && (ctx.tag(g.first) == "VBG" || ctx.tag(g.first) == "VBN") && g.first > 0 &&
      ctx.is_noun(g.first - 1) && (ctx.tag(g.first) == "VBG" || has_finite_verb(ctx, g)))
    return "participle modifying a noun";
  // A gerund after a preposition: "accused of attacking", "before visiting",
  // and one coordinated with such a gerund ("of shooting and killing").
  if (ctx.tag(g.first) == "VBG" && g.first > 0) {
    uint32_t p = g.first - 1;
    // ("for kidnapping, torturing, and murdering": back over the list.)
    // (A noun in -ing there is a gerund too: "kidnapping".)
    const auto list_word = [&](uint32_t t) { return ctx.lower(t) == "and" || ctx.lower(t) == "or" || ctx.lower(t) == ","; };
    const auto gerund = [&](uint32_t t) {
      return ctx.tag(t) == "VBG" || (ctx.tag(t) == "NN" && ctx.lower(t).ends_with("ing"));
    };
    if (list_word(p) && p > 0 && (gerund(p - 1) || (list_word(p - 1) && p > 1 && gerund(p - 2)))) {
      while (p > 0 && (list_word(p) || gerund(p)) && (list_word(p - 1) || gerund(p - 1))) --p;
      if (p > 0) --p;
    }
    if (ctx.tag(p) == "IN" && str_in(ctx.lower(p), kGerundPreps)) return "gerund after a preposition (a charge or plan)";
  }
  // Conditionals: "if" or "unless" earlier in the same clause.
  for (uint32_t t = g.first; t > 0; --t) {
    std::string_view w = ctx.lower(t - 1);
    if (w == "," || w == ";" || w == ":") break;
    if (w == "if" || w == "unless") return "conditional (if/unless)";
  }
  return nullptr;
}

bool Factuality::absolute_with(const SentenceContext& ctx, const Phrase& g) {
  // Back over the participle's noun phrase: actors, nouns, modifiers.
  uint32_t t = g.first;
  uint32_t words = 0;
  while (t > 0 && words < 8) {
    const uint32_t u = t - 1;
    if (ctx.actor_at(u) >= 0 || ctx.is_noun(u) || ctx.is_modifier(u)) {
      --t;
      ++words;
      continue;
    }
    break;
  }
  return words > 0 && t > 0 && ctx.lower(t - 1) == "with";
}

// The verb group an event word belongs to. A word the tagger left as an
// adjective after an auxiliary ("has been encouraging", "has already
// branded") joins the auxiliary's group.
Phrase Factuality::group_of(const SentenceContext& ctx, uint32_t anchor) {
  Phrase g;
  if (ctx.group_at(anchor) >= 0) return ctx.groups()[static_cast<size_t>(ctx.group_at(anchor))];
  g.first = anchor, g.last = anchor + 1, g.head = anchor;
  uint32_t t = anchor;
  while (t > 0 && ctx.tag(t - 1).rfind("RB", 0) == 0) --t;
  if (t > 0 && ctx.group_at(t - 1) >= 0) {
    const Phrase& aux = ctx.groups()[static_cast<size_t>(ctx.group_at(t - 1))];
    std::string_view head = ctx.lemma(aux.head);
    if (head == "be" || head == "have") {
      g = aux;
      g.last = anchor + 1;
      g.head = anchor;
      g.passive = false;
    }
  }
  return g;
}

}  // namespace herald
