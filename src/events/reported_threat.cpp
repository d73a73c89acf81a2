#include "events/reported_threat.h"

#include <string>
#include <string_view>

#include "events/role_finder.h"
#include "events/speaker_intent.h"

namespace herald {
namespace {

// The kind ("suffer", "respond") of the threat word at token t, a two-word
// phrase ("hit back") included; *end is one past it. Empty when none.
std::string_view threat_kind(const SentenceContext& ctx, uint32_t t, uint32_t* end) {
  const WordList& words = ctx.words().threat_words;
  if (t + 1 < ctx.size()) {
    const std::string two = std::string(ctx.lemma(t)) + " " + std::string(ctx.lower(t + 1));
    if (words.has(two)) {
      *end = t + 2;
      return words.value(two);
    }
  }
  *end = t + 1;
  return words.has(ctx.lemma(t)) ? words.value(ctx.lemma(t)) : std::string_view();
}

// A noun of `kind` within the verb's phrase ("will face serious
// consequences", "would take all necessary measures"); one past it, or 0.
uint32_t object_of_kind(const SentenceContext& ctx, uint32_t from, std::string_view kind) {
  for (uint32_t u = from; u < ctx.size() && u < from + 6; ++u) {
    if (ctx.is_clause_break(u) || ctx.lower(u) == "," || (ctx.group_at(u) >= 0 && ctx.is_verb(u))) return 0;
    uint32_t end = 0;
    if (ctx.is_noun(u) && threat_kind(ctx, u, &end) == kind) return u + 1;
  }
  return 0;
}

// The side an actor code speaks for: its country, or "IGO".
std::string_view side(const std::string& code) { return std::string_view(code).substr(0, 3); }

// "ACTOR will face consequences" (the actor is threatened) or "we/OWN SIDE
// will respond ... against OTHER" (the other is) from token t.
bool threat_at(const SentenceContext& ctx, uint32_t t, std::string_view own, ReportedAct& f) {
  const uint32_t n = ctx.size();
  while (t < n && (ctx.tag(t) == "DT" || ctx.tag(t).rfind("JJ", 0) == 0)) ++t;
  if (t >= n) return false;
  const int32_t a = ctx.actor_at(t);
  const std::string_view w = ctx.lower(t);
  const bool first_person = ctx.tag(t) == "PRP" && (w == "we" || w == "i");
  if (a < 0 && !first_person) return false;
  const bool own_side = first_person || (!own.empty() && side(ctx.actor(a).code) == own);
  uint32_t m = a >= 0 ? ctx.actor(a).last : t + 1;
  while (m < n && (ctx.tag(m).rfind("RB", 0) == 0 || ctx.is_quote_mark(m))) ++m;
  // A plain future, not negated ("will face", "would take"): SpeakerIntent's reading.
  if (m >= n || ctx.group_at(m) < 0 || ctx.tag(m) != "MD" ||
      !SpeakerIntent::future(ctx, ctx.groups()[static_cast<size_t>(ctx.group_at(m))]))
    return false;
  uint32_t v = m + 1;
  while (v < n && (ctx.tag(v).rfind("RB", 0) == 0 || ctx.is_quote_mark(v))) ++v;   // would "take decisive measures"
  if (v >= n || ctx.tag(v).rfind("VB", 0) != 0) return false;
  const std::string_view verb = ctx.lemma(v);
  if (!own_side) {
    // "Russia will face consequences", "they will pay a heavy price", "will regret it"
    uint32_t end = verb == "regret" ? v + 1 : 0;
    if (verb == "face" || verb == "pay" || verb == "suffer" || verb == "bear") end = object_of_kind(ctx, v + 1, "suffer");
    if (end == 0) return false;
    f.target = a;
    f.first = m;
    f.last = end;
    return true;
  }
  // "we will respond", "would take decisive measures against Washington":
  // the other side named after it.
  uint32_t end = 0;
  if (threat_kind(ctx, v, &end) != "respond") end = verb == "take" ? object_of_kind(ctx, v + 1, "take") : 0;
  if (end == 0) return false;
  // (Else the nearest other side before: "called the US attacks a violation
  // and warned that Tehran would take decisive measures".)
  auto other = [&](uint32_t u) {
    const int32_t b = ctx.actor_at(u);
    return b >= 0 && !own.empty() && side(ctx.actor(b).code) != own ? b : -1;
  };
  int32_t target = -1;
  for (uint32_t u = end; u < n && u < end + 10 && target < 0; ++u) target = other(u);
  for (uint32_t u = t; u > 0 && target < 0; --u) target = other(u - 1);
  if (target < 0) return false;
  f.target = target;
  f.first = m;
  f.last = end;
  return true;
}

}  // namespace

void ReportedThreat::find(const SentenceContext& ctx, const std::vector<SpeechStart>& starts, std::vector<ReportedAct>& out) {
  for (const SpeechStart& st : starts) {
    int32_t speaker = st.speaker;
    if (st.say_group >= 0) {
      std::vector<int32_t> speakers;
      RoleFinder(ctx).subject_before(ctx.groups()[static_cast<size_t>(st.say_group)].first, speakers);
      if (!speakers.empty()) speaker = speakers.front();
    }
    if (speaker < 0) continue;
    ReportedAct f;
    if (!threat_at(ctx, st.token, side(ctx.actor(speaker).code), f)) continue;
    f.say_group = st.say_group;
    f.speaker = st.speaker;
    f.code = "130";
    out.push_back(f);
  }
}

}  // namespace herald
