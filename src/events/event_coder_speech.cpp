// EventCoder's reported speech: the statements a sentence's speakers make
// about a target (StatementCoder) and the appeals and threats they report
// (ReportedAppeal, ReportedThreat), each coded through EventCoder::emit like
// a pattern.
#include <algorithm>

#include "events/event_coder.h"

#include "events/factuality.h"
#include "events/reported_appeal.h"
#include "events/reported_threat.h"
#include "events/rule_patterns.h"

#include <string>
#include <utility>

namespace herald {

void EventCoder::code_statements(Document& doc, size_t first_event, Scratch& sc) const {
  if (!statements_) return;
  const SentenceContext& ctx = sc.ctx;
  sc.reported.clear();
  for (size_t i = first_event; i < doc.events.size(); ++i) sc.reported.push_back(i);
  sc.statements.clear();
  // "called the move a breach": the act a noun refers back to names the target.
  const StatementCoder::Referent referent = [&](uint32_t t) -> int32_t {
    uint32_t head = 0;
    const int32_t a = t > 0 ? anaphor_actor(ctx, t, false, sc, &head) : -1;
    return a >= 0 && head == t ? a : -1;
  };
  statements_->find(ctx, sc.reported, sc.statements, referent);
  const Sentence& sent = ctx.sentence();
  for (const StatementCoder::Found& f : sc.statements) {
    const Span verb = sent.tokens_span(f.verb_first, f.verb_last);
    // The reporting verb coded already ("accused", "praised"), or the same
    // pair coded by a pattern or an appeal of this sentence: one act is enough.
    // (Not an act of another clause: "called the attacks a violation, and
    // warned that Tehran would take decisive measures" is a threat besides.)
    uint32_t said_end = std::max(f.verb_last, f.content_last);
    for (uint32_t u = f.verb_last; u + 1 < said_end; ++u)
      if (ctx.lower(u) == ";" || (ctx.lower(u) == "," && (ctx.lower(u + 1) == "and" || ctx.lower(u + 1) == "but"))) {
        said_end = u;
        break;
      }
    const uint32_t said_to = said_end > 0 ? sent.tokens[std::min<size_t>(said_end, sent.tokens.size()) - 1].span.end : verb.end;
    bool coded = false;
    for (size_t i : sc.reported) {
      const Event& e = doc.events[i];
      if (e.verb_span && e.verb_span->begin < verb.end && verb.begin < e.verb_span->end) coded = true;
      if (e.verb_span && (e.verb_span->begin >= said_to || e.verb_span->end <= verb.begin)) continue;
      for (int32_t s : f.speakers)
        for (int32_t t : f.targets)
          if (e.source.code == ctx.actor(s).code && e.target.code == ctx.actor(t).code) coded = true;
    }
    PatternMatch m;
    m.pattern = &RulePatterns::statement(f.code);
    m.first = f.verb_first;
    m.last = f.verb_last;
    m.anchor = f.verb_first;
    if (sc.trace)
      trace_match(sc, m, f.code, f.content_first, f.content_last,
                  std::string(doc.text(verb)) + " ... " + f.cue + " (valence " + std::to_string(f.valence) + ")");
    sc.emitted = 0;
    const char* why = "coded already by a pattern of this sentence";
    if (!coded) {
      sc.sources.assign(f.speakers.begin(), f.speakers.end());
      sc.targets.assign(f.targets.begin(), f.targets.end());
      sc.place_target = -1;
      why = emit(doc, m, sc, false, false, "");
    }
    if (sc.match) {
      sc.match->events = sc.emitted;
      sc.match->outcome = why ? why : "coded";
      sc.match = nullptr;
    }
  }
}

void EventCoder::code_reported_acts(Document& doc, Scratch& sc) const {
  const SentenceContext& ctx = sc.ctx;
  sc.speech.clear();
  speech_starts(ctx, sc.speech);
  sc.reported_acts.clear();
  ReportedAppeal::find(ctx, sc.speech, sc.reported_acts);
  ReportedThreat::find(ctx, sc.speech, sc.reported_acts);
  for (const ReportedAct& f : sc.reported_acts) {
    const Phrase* say = f.say_group >= 0 ? &ctx.groups()[static_cast<size_t>(f.say_group)] : nullptr;
    PatternMatch m;
    m.pattern = f.code == "130" ? &RulePatterns::threat() : &RulePatterns::appeal(f.code);
    m.first = f.first;
    m.last = f.last;
    m.anchor = f.first;
    if (sc.trace)
      trace_match(sc, m, m.pattern->code, m.first, m.last,
                  std::string(doc.text(ctx.sentence().tokens_span(say ? say->first : f.first, f.last))));
    sc.emitted = 0;
    const char* why = say ? Factuality::check(ctx, *say, keep_negated_) : nullptr;
    if (!why) {
      sc.sources.clear();
      sc.targets.assign(1, f.target);
      sc.place_target = -1;
      if (say) RoleFinder(ctx).subject_before(say->first, sc.sources);
      else sc.sources.push_back(f.speaker);
      // A state's people speaking of their own country named bare ("Ukraine
      // must respond", Zelenskiy said) rally it; they appeal to no one.
      const ActorMention& to = ctx.actor(f.target);
      if (to.code.size() == 3)
        std::erase_if(sc.sources, [&](int32_t a) { return ctx.actor(a).country == to.country; });
      why = emit(doc, m, sc, false, say && Factuality::negated(ctx, *say), "");
    }
    if (sc.match) {
      sc.match->events = sc.emitted;
      sc.match->outcome = why ? why : "coded";
      sc.match = nullptr;
    }
  }
}

void EventCoder::code_discussion(Document& doc, size_t first_event, Scratch& sc) const {
  if (!words_ || doc.events.size() > first_event) return;
  const SentenceContext& ctx = sc.ctx;
  // The first finite verb group and what stands right before it.
  for (const Phrase& g : ctx.groups()) {
    if (Factuality::check(ctx, g, false)) continue;
    uint32_t t = g.first;
    while (t > 0 && ctx.tag(t - 1).rfind("RB", 0) == 0) --t;
    if (t == 0 || !words_->pair_nouns.has(ctx.lemma(t - 1)) || !words_->discussion_verbs.has(ctx.lemma(g.head))) return;
    // Both sides: two descriptions over the same words ("The interlocutors").
    int32_t a = -1, b = -1;
    for (const ActorMention& m : of_sentence(doc.actors, ctx.index())) {
      if (m.kind != ActorKind::kDescription || m.last != t) continue;
      const auto i = static_cast<int32_t>(&m - doc.actors.data());
      if (a < 0) a = i;
      else if (b < 0 && doc.actors[static_cast<size_t>(i)].country != doc.actors[static_cast<size_t>(a)].country) b = i;
    }
    // (No descriptions: the sides of the meeting last coded, as for "the
    // parties discussed".)
    if ((a < 0 || b < 0) && ctx.tag(t - 1) == "NNS" && sc.pair_source >= 0 && sc.pair_target >= 0 &&
        ctx.index() >= sc.pair_sentence &&
        ctx.index() - sc.pair_sentence <= kPairReach) {
      a = sc.pair_source;
      b = sc.pair_target;
    }
    if (a < 0 || b < 0) return;
    // The side the article named first speaks first (as "X met Y" has it).
    const auto first_seen = [&](int32_t i) {
      const std::string& code = doc.actors[static_cast<size_t>(i)].code;
      for (size_t k = 0; k < doc.actors.size(); ++k)
        if (doc.actors[k].code == code) return k;
      return doc.actors.size();
    };
    if (first_seen(b) < first_seen(a)) std::swap(a, b);
    sc.sources.assign(1, a);
    sc.targets.assign(1, b);
    sc.place_target = -1;
    PatternMatch m;
    m.pattern = &RulePatterns::discussion();
    m.first = g.first;
    m.last = g.last;
    m.anchor = g.head;
    emit(doc, m, sc, false, false, "");
    return;
  }
}

}  // namespace herald
