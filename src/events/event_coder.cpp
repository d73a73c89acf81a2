#include "events/event_coder.h"

#include <algorithm>
#include <array>

namespace herald {
namespace {

// Matrix verbs whose infinitive still reports a fact: "began to shell",
// "claimed to have targeted". Any other ("is expected to", "plans to") is intent.
constexpr std::array<std::string_view, 8> kFactualMatrix = {
    "begin", "start", "continue", "resume", "claim", "appear", "seem", "keep"};

// Prepositions before a gerund that make it a charge or a plan, not an event:
// "accused Iran of attacking", "warned against striking".
constexpr std::array<std::string_view, 8> kGerundPreps = {
    "of", "for", "against", "without", "from", "about", "by", "to"};

template <size_t N>
bool in(std::string_view w, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool negator(std::string_view w) { return w == "not" || w == "n't" || w == "never" || w == "no"; }

EventActor to_event_actor(const Document& doc, const ActorMention& m) {
  EventActor a;
  a.code = m.code;
  a.name = m.name;
  a.country = m.country;
  a.text = std::string(doc.text(m.span));
  a.span = m.span;
  return a;
}

Span token_span(const Sentence& s, uint32_t first, uint32_t last) {
  return Span{s.tokens[first].span.begin, s.tokens[last - 1].span.end};
}

}  // namespace

void EventCoder::annotate(Document& doc) const {
  Scratch sc;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) code_sentence(doc, s, sc);
}

void EventCoder::code_sentence(Document& doc, uint32_t s, Scratch& sc) const {
  if (doc.sentences[s].tokens.empty()) return;
  sc.ctx.build(doc, s);
  if (verbs_.discarded(sc.ctx)) return;
  sc.matches.clear();
  verbs_.match(sc.ctx, sc.matches);
  for (const PatternMatch& m : sc.matches) {
    const uint32_t a = m.anchor;
    bool verb_like = sc.ctx.tag(a).rfind("VB", 0) == 0 || (sc.ctx.tag(a).empty() && sc.ctx.group_at(a) >= 0);
    if (verb_like) code_verbal(doc, m, sc);
    else if (sc.ctx.is_noun(a)) code_nominal(doc, m, sc);
  }
}

// The verb group governing an infinitive ("began" in "began to shell"), or -1
// when g is no infinitive; -2 when it is one with no governing verb.
static int32_t matrix_of_infinitive(const SentenceContext& ctx, const Phrase& g) {
  uint32_t to = UINT32_MAX;
  if (ctx.lower(g.first) == "to" && g.last > g.first + 1) to = g.first;
  else if (g.first > 0 && ctx.lower(g.first - 1) == "to" && ctx.tag(g.first - 1) != "IN") to = g.first - 1;
  if (to == UINT32_MAX) return -1;
  uint32_t t = to;
  while (t > 0 && ctx.tag(t - 1).rfind("RB", 0) == 0) --t;
  if (t == 0 || ctx.group_at(t - 1) < 0) return -2;
  return ctx.group_at(t - 1);
}

bool EventCoder::negated(const SentenceContext& ctx, const Phrase& g) {
  if (g.negated) return true;
  for (uint32_t t = g.first; t < g.last; ++t)
    if (negator(ctx.lower(t))) return true;
  return g.first > 0 && negator(ctx.lower(g.first - 1));
}

bool EventCoder::factual(const SentenceContext& ctx, const Phrase& g, bool allow_negated) const {
  if (g.modal || g.tense == Tense::kFuture) return false;
  if (!allow_negated && negated(ctx, g)) return false;
  for (uint32_t t = g.first; t < g.last; ++t)
    if (ctx.tag(t) == "MD") return false;

  // Infinitives: "to visit" is an event only after a factual matrix verb.
  int32_t mg = matrix_of_infinitive(ctx, g);
  if (mg == -2) return false;
  if (mg >= 0) {
    const Phrase& matrix = ctx.groups()[static_cast<size_t>(mg)];
    if (matrix.first == g.first || !in(ctx.lemma(matrix.head), kFactualMatrix)) return false;
    return factual(ctx, matrix, allow_negated);
  }
  // A participle modifying a noun: "statements speaking of", "forces backed by".
  if (g.last == g.first + 1 && (ctx.tag(g.first) == "VBG" || ctx.tag(g.first) == "VBN") && g.first > 0 &&
      ctx.is_noun(g.first - 1))
    return false;
  // A gerund after a preposition: "accused of attacking", "before visiting".
  if (ctx.tag(g.first) == "VBG" && g.first > 0 && ctx.tag(g.first - 1) == "IN" &&
      in(ctx.lower(g.first - 1), kGerundPreps))
    return false;
  // Conditionals: "if" or "unless" earlier in the same clause.
  for (uint32_t t = g.first; t > 0; --t) {
    std::string_view w = ctx.lower(t - 1);
    if (w == "," || w == ";" || w == ":") break;
    if (w == "if" || w == "unless") return false;
  }
  return true;
}

void EventCoder::code_verbal(Document& doc, const PatternMatch& m, Scratch& sc) const {
  const SentenceContext& ctx = sc.ctx;
  RoleFinder roles(ctx);
  Phrase g;
  if (ctx.group_at(m.anchor) >= 0) g = ctx.groups()[static_cast<size_t>(ctx.group_at(m.anchor))];
  else g.first = m.anchor, g.last = m.anchor + 1, g.head = m.anchor;
  if (!factual(ctx, g, keep_negated_)) return;
  const bool is_negated = negated(ctx, g);

  sc.sources.clear();
  sc.targets.clear();
  const bool passive = g.passive && m.source_actor < 0;
  if (m.source_actor >= 0) sc.sources.push_back(m.source_actor);
  if (m.target_actor >= 0) {
    sc.targets.push_back(m.target_actor);
    roles.coordinate_forward(m.target_actor, sc.targets);
  }
  // "A and B met (in C)": coordinated subjects act on each other.
  const bool pair_sources = m.pattern->mutual && m.source_actor < 0 && m.target_actor < 0;
  if (passive) {
    roles.by_agent(m.last, sc.sources);
    if (sc.targets.empty()) roles.subject_before(g.first, sc.targets);
  } else {
    int32_t mg = matrix_of_infinitive(ctx, g);   // "Russia began to shell": the subject of "began"
    uint32_t subject_end = mg >= 0 ? ctx.groups()[static_cast<size_t>(mg)].first : g.first;
    if (sc.sources.empty()) roles.subject_before(subject_end, sc.sources);
    if (pair_sources && sc.sources.size() >= 2) {
      sc.targets.assign(sc.sources.begin() + 1, sc.sources.end());
      sc.sources.resize(1);
    } else if (sc.targets.empty() && !m.pattern->no_target) {
      std::string own = sc.sources.empty() ? std::string() : ctx.actor(sc.sources.front()).country;
      roles.object_after(m.last, m.ends_in_preposition, sc.targets, own);
    }
  }
  // Arrests with no named agent: the state's police, where the target is known.
  std::string implicit;
  if (passive && sc.sources.empty() && m.pattern->code.rfind("17", 0) == 0 && !sc.targets.empty()) {
    const std::string& country = ctx.actor(sc.targets.front()).country;
    if (!country.empty()) implicit = country + "COP";
  }
  emit(doc, m, sc, false, is_negated, implicit);
}

void EventCoder::code_nominal(Document& doc, const PatternMatch& m, Scratch& sc) const {
  const SentenceContext& ctx = sc.ctx;
  RoleFinder roles(ctx);
  sc.sources.clear();
  sc.targets.clear();
  if (m.source_actor >= 0) sc.sources.push_back(m.source_actor);
  else roles.noun_owner(m.first, sc.sources);
  if (sc.sources.empty()) roles.by_agent(m.last, sc.sources);
  if (sc.sources.empty()) return;
  if (m.target_actor >= 0) {
    sc.targets.push_back(m.target_actor);
    roles.coordinate_forward(m.target_actor, sc.targets);
  } else if (m.ends_in_preposition) {
    roles.object_after(m.last, true, sc.targets);
  }
  // Attacks named by a noun with no target ("Tehran's missile strike"): the
  // sentence's other country is the side attacked.
  const std::string& code = m.pattern->code;
  if (sc.targets.empty() && (code.rfind("18", 0) == 0 || code.rfind("19", 0) == 0 || code.rfind("20", 0) == 0)) {
    int32_t other = roles.nearest_other_country(m.anchor, ctx.actor(sc.sources.front()).country);
    if (other >= 0 && std::find(sc.sources.begin(), sc.sources.end(), other) == sc.sources.end())
      sc.targets.push_back(other);
  }
  emit(doc, m, sc, true, false, "");
}

void EventCoder::emit(Document& doc, const PatternMatch& m, Scratch& sc, bool nominal, bool negated,
                      const std::string& implicit_source) const {
  const SentenceContext& ctx = sc.ctx;
  const VerbPattern& p = *m.pattern;
  const CameoEntry* entry = cameo_.find(p.code);
  if (!entry) return;
  if (sc.targets.empty() && !p.solo) return;
  if (sc.sources.empty() && implicit_source.empty()) return;

  const Sentence& sentence = ctx.sentence();
  const Span verb_span = token_span(sentence, m.first, m.last);
  std::string attribution;
  for (uint32_t t = 0; t < ctx.size(); ++t)
    if (ctx.actor_at(t) >= 0 && ctx.after_according_to(ctx.actor(ctx.actor_at(t)).first)) {
      attribution = ctx.actor(ctx.actor_at(t)).name;
      break;
    }

  std::vector<EventActor> sources;
  if (sc.sources.empty()) {
    EventActor a;
    a.code = implicit_source;
    a.country = implicit_source.substr(0, 3);
    a.name = "police";
    sources.push_back(a);
  }
  for (int32_t s : sc.sources) sources.push_back(to_event_actor(doc, ctx.actor(s)));
  std::vector<EventActor> targets;
  for (int32_t t : sc.targets) targets.push_back(to_event_actor(doc, ctx.actor(t)));
  if (targets.empty()) targets.emplace_back();

  for (const EventActor& src : sources) {
    if (src.code.empty()) continue;
    for (const EventActor& tgt : targets) {
      if (tgt.code == src.code) continue;   // an actor acting on itself
      if (src.span && tgt.span && *src.span == *tgt.span) continue;
      // A noun-form event repeats an incident: once per (countries, root) an article.
      if (nominal && !sc.nominal.insert(src.code.substr(0, 3) + "|" + entry->root + "|" + tgt.code.substr(0, 3)).second)
        continue;
      std::string key = src.code + "|" + p.code + "|" + tgt.code + "|" + std::to_string(verb_span.begin);
      if (!sc.seen.insert(key).second) continue;
      Event e;
      e.sentence = ctx.index();
      e.source = src;
      e.target = tgt;
      e.code = p.code;
      e.root = entry->root;
      e.quad_class = entry->quad_class;
      e.goldstein = entry->goldstein;
      e.attribution = attribution;
      e.verb = std::string(doc.text(verb_span));
      e.verb_span = verb_span;
      e.pattern = p.where;
      e.negated = negated;
      e.confidence = nominal ? 0.5 : 1.0;
      doc.events.push_back(std::move(e));
    }
  }
}

}  // namespace herald
