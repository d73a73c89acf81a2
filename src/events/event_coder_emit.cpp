// EventCoder::emit: an event from a pattern match whose roles are found,
// with its actors' codes settled (criminals, demonyms, a state's own acts),
// pairs expanded, and the filters GUIDE.md asks for applied.
#include "events/event_coder.h"

#include <algorithm>
#include <array>

#include "core/str_eq.h"
#include "events/object_rules.h"
#include "events/role_finder.h"
#include "events/rule_patterns.h"

namespace herald {
namespace {

EventActor to_event_actor(const Document& doc, const ActorMention& m) {
  EventActor a;
  a.code = m.code;
  a.name = m.name;
  a.country = m.country;
  a.text = std::string(doc.text(m.span));
  a.span = m.span;
  a.implicit_country = m.implicit_country;
  return a;
}

// One actor on both sides: the same words, or the same code and the same
// name (a pronoun and its antecedent, "Israel ... Israel"). Two different
// actors that share a code (a president and a mayor, two USAGOV officials)
// are not the same: GUIDE.md makes such events optional, not wrong. (Two
// that share a non-political code, two firms or two crowds, are dropped at
// the call, GUIDE.md not coding events between non-political actors, and so
// are two whose shared country is only the article's default for one.)
bool same_actor(const EventActor& a, const EventActor& b) {
  if (a.code != b.code) return false;
  if (a.span && b.span && *a.span == *b.span) return true;
  return a.name.empty() || b.name.empty() || a.name == b.name;
}

// Political actors of one country, neither armed nor a bare country: an
// "attack" between them is a verbal one.
bool unarmed_domestic(const std::string& src, const std::string& tgt) {
  if (src.size() != 6 || tgt.size() != 6 || src.substr(0, 3) != tgt.substr(0, 3)) return false;
  auto armed = [](std::string_view role) { return role == "MIL" || role == "REB" || role == "COP" || role == "CRM" || role == "SPY"; };
  return !armed(std::string_view(src).substr(3)) && !armed(std::string_view(tgt).substr(3));
}

}  // namespace

const char* EventCoder::emit(Document& doc, const PatternMatch& m, Scratch& sc, bool nominal, bool negated,
                             const std::string& implicit_source) const {
  const SentenceContext& ctx = sc.ctx;
  const VerbPattern& p = *m.pattern;
  const CameoEntry* entry = cameo_.find(p.code);
  if (!entry) return "event code not in the CAMEO table";
  if (sc.sources.empty() && implicit_source.empty()) return "no source actor";
  // [default=ROLE]: "Saudi Arabia extended curfews in Mecca" targets SAUCVL.
  std::string default_target;
  if (sc.targets.empty() && sc.place_target < 0 && p.has_default()) {
    // A state restricts its own people: the source's country, unless the
    // clause names a region or country elsewhere ("a curfew on the West Bank");
    // a town of another country is more likely a namesake than a foreign
    // curfew ("Mecca" and "Medina" have US namesakes).
    std::string country = sc.sources.empty() ? implicit_source.substr(0, 3) : ctx.actor(sc.sources.front()).country;
    for (uint32_t t = m.last; t < ctx.size() && t < m.last + 12; ++t) {
      if (ctx.is_clause_break(t)) break;
      const int32_t pl = ctx.place_at(t);
      if (pl < 0) continue;
      const PlaceMention& place = ctx.doc().places[static_cast<size_t>(pl)];
      if (!place.country.empty() && (country.empty() || place.precision != "city")) country = place.country;
      break;
    }
    if (!country.empty()) default_target = country + p.default_role;
  }
  // Coercion and assault of people only counted or pointed at ("arrested
  // three", "charges against him"): civilians of the source's country.
  const int root = cameo_root(p.code);
  if (sc.targets.empty() && sc.place_target < 0 && default_target.empty() && !nominal && (root == 17 || root == 18) &&
      !sc.sources.empty() && !ctx.actor(sc.sources.front()).country.empty() &&
      (ObjectRules::counted_people_after(ctx, m.last) || ObjectRules::unlisted_name_acted_on(ctx, m.first, m.last)))
    default_target = ctx.actor(sc.sources.front()).country + "CVL";
  // (The person no dictionary knows that the state acted on: its civilian,
  // a criminal once convicted or sentenced.)
  if (sc.targets.empty() && sc.place_target < 0 && default_target.empty() && sc.sources.empty() && implicit_source.size() == 6)
    default_target = implicit_source.substr(0, 3) +
                     (p.code == "116" || ctx.words().conviction_verbs.has(ctx.lemma(m.anchor)) ? "CRM" : "CVL");
  if (sc.targets.empty() && sc.place_target < 0 && default_target.empty() && !p.solo)
    return "no target actor (pattern is not [solo])";

  const Sentence& sentence = ctx.sentence();
  const Span verb_span = sentence.tokens_span(m.first, m.last);
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
    a.name = implicit_source.ends_with("CVL") ? "protesters" : implicit_source.ends_with("JUD") ? "court" : "police";
    sources.push_back(a);
  }
  for (int32_t s : sc.sources) {
    sources.push_back(to_event_actor(doc, ctx.actor(s)));
    // A private person who assaults, fights or kills is a criminal (CRM), as
    // the gold files code attackers: "a man ... began to stab people", "he
    // injured two women" (one person: not "protesters threw stones").
    // (A speaker from another sentence, a quote's, is no attacker of this one;
    // its tokens are not this sentence's.)
    const ActorMention& sm = ctx.actor(s);
    const bool here = sm.sentence == ctx.index() && sm.last > sm.first && sm.last <= ctx.size();
    const std::string_view head = here ? ctx.lower(sm.last - 1) : std::string_view();
    const bool one_person = here && ((sm.kind == ActorKind::kAgent && ctx.tag(sm.last - 1) == "NN") ||
                                     (sm.kind == ActorKind::kPronoun && sm.last == sm.first + 1 && (head == "he" || head == "she")));
    if (cameo_root(p.code) >= 18 && one_person && sources.back().code.size() == 6 && sources.back().code.ends_with("CVL"))
      sources.back().code.replace(3, 3, "CRM");
  }
  std::vector<EventActor> targets;
  for (int32_t t : sc.targets) {
    targets.push_back(to_event_actor(doc, ctx.actor(t)));
    // "The Greek pair were charged": a demonym before a noun no actor names is
    // people of that country, not its state (coercion and accusation); "the
    // Russian side", "the Russian party" (to talks) are the state.
    const ActorMention& am = ctx.actor(t);
    const int r = cameo_root(p.code);
    const std::string_view noun = am.last < ctx.size() ? ctx.lemma(am.last) : std::string_view();
    // (Nor the state's own acts: "outraged by the American sanctions".)
    const bool act_noun = std::any_of(sc.matches.begin(), sc.matches.end(), [&](const PatternMatch& x) {
      return x.pattern && x.anchor == am.last && x.pattern->code != "---";
    });
    if ((r == 11 || r == 17) && am.kind == ActorKind::kCountry && am.code.size() == 3 && am.last < ctx.size() &&
        ctx.tag(am.first) == "JJ" && ctx.is_noun(am.last) && ctx.actor_at(am.last) < 0 && noun != "side" &&
        noun != "party" && !act_noun)
      targets.back().code += "CVL";
    // Whom a court convicts or sentences is a criminal (CRM), as the gold files code them.
    if ((p.code == "116" || ctx.words().conviction_verbs.has(ctx.lemma(m.anchor))) && targets.back().code.ends_with("CVL"))
      targets.back().code.replace(targets.back().code.size() - 3, 3, "CRM");
  }
  // (A visit to a region of the visitor's own country has no host: "Zelensky
  // visited the Kherson region".)
  const bool home_visit = sc.place_target >= 0 && cameo_root(p.code) == 4 && !sources.empty() &&
                          sources.front().country == doc.places[static_cast<size_t>(sc.place_target)].country;
  if (targets.empty() && home_visit && default_target.empty()) return "a visit within the visitor's own country";
  // Worry felt for one's own people is no comment on another ("I am worried
  // about young children", "concerned about the farmers' situation").
  if (p.feeling && cameo_root(p.code) == 1 && p.code != "018" && !sources.empty() && !targets.empty())
    for (const EventActor& t : targets) {
      const std::string_view role = t.code.size() == 6 ? std::string_view(t.code).substr(3) : std::string_view();
      if (t.country == sources.front().country && (role == "CVL" || role == "REF" || role == "EDU" || role == "HLH" || role == "LAB"))
        return "worry for one's own people";
    }
  if (targets.empty() && sc.place_target >= 0 && !home_visit) {
    const PlaceMention& pl = doc.places[static_cast<size_t>(sc.place_target)];
    EventActor a;
    a.code = pl.country;
    a.country = pl.country;
    a.name = pl.name;
    a.text = std::string(doc.text(pl.span));
    a.span = pl.span;
    if (sc.trace) sc.trace->notes.push_back("place '" + a.name + "' taken as the target country " + pl.country);
    targets.push_back(std::move(a));
  }
  if (targets.empty() && !default_target.empty()) {
    EventActor a;
    a.code = default_target;
    a.country = default_target.substr(0, 3);
    a.name = "population";
    if (sc.trace) sc.trace->notes.push_back("no target actor: the pattern's default target " + default_target);
    targets.push_back(std::move(a));
  }
  if (targets.empty()) targets.emplace_back();

  // "The Tories attacked Labour's plans": between political actors of one
  // country with no armed side, an attack is verbal (111 criticise).
  const VerbPattern* verbal = nullptr;
  if (!nominal && p.code == "190" && ctx.words().verbal_attack_verbs.has(ctx.lemma(m.anchor)))
    verbal = &RulePatterns::verbal_attack();
  int dropped_topic = 0;
  for (const EventActor& src : sources) {
    if (src.code.empty()) continue;
    // News gathering is no appeal: "The BBC has asked the White House for comment".
    if (entry->root == "02" && src.code.ends_with("MED")) continue;
    if (sc.topic != ArticleTopic::kNone && !political_actor(src.code)) {
      ++dropped_topic;
      continue;
    }
    for (const EventActor& tgt : targets) {
      if (same_actor(src, tgt)) continue;   // an actor acting on itself
      // One code, two actors: not for two firms or two crowds (not political),
      // nor when a side's country is only the article's default.
      if (src.code == tgt.code && (!political_actor(src.code) || src.implicit_country || tgt.implicit_country)) continue;
      if (sc.topic != ArticleTopic::kNone && !tgt.code.empty() && !political_actor(tgt.code)) {
        ++dropped_topic;
        continue;
      }
      if (src.span && tgt.span && *src.span == *tgt.span && src.code.substr(0, 3) == tgt.code.substr(0, 3)) continue;
      // No one visits their own country (GUIDE's coders code no such visit):
      // "Aliyev, who is on an official visit to Russia" is no Russian visit.
      if ((p.code == "042" || p.code == "043") && tgt.code.size() == 3 && tgt.code == src.country) continue;
      // A noun-form event repeats an incident: once per (countries, root) an article.
      if (nominal && !sc.nominal.insert(src.code.substr(0, 3) + "|" + entry->root + "|" + tgt.code.substr(0, 3)).second)
        continue;
      const VerbPattern* used = &p;
      if (verbal && unarmed_domestic(src.code, tgt.code)) {
        if (src.code.ends_with("BUS")) continue;   // "tobacco firms targeted teenagers": marketing, no event
        used = verbal;
      }
      if (p.code == "163" && tgt.code.size() == 6 && tgt.country == src.country && !RoleFinder::institutional(tgt.code))
        used = &RulePatterns::domestic_ban();
      const CameoEntry* ue = used == &p ? entry : cameo_.find(used->code);
      if (!ue) continue;
      std::string key = src.code + "|" + used->code + "|" + tgt.code + "|" + std::to_string(verb_span.begin);
      if (!sc.seen.insert(key).second) continue;
      // "One person is killed and 13 others are injured in a drone strike":
      // the injuries are the same attack's, not an assault of their own.
      if (used->code == "182" && std::any_of(doc.events.begin(), doc.events.end(), [&](const Event& o) {
            return o.sentence == ctx.index() && (o.root == "19" || o.root == "20") && o.source.code == src.code &&
                   o.target.code.substr(0, 3) == tgt.code.substr(0, 3);
          }))
        continue;
      Event e;
      e.sentence = ctx.index();
      e.source = src;
      e.target = tgt;
      // "---" marks an actor of no known country inside the actor stages; an
      // event names the role alone ("COP"), as GDELT does and the schema allows.
      for (EventActor* a : {&e.source, &e.target})
        if (a->code.rfind("---", 0) == 0) a->code.erase(0, 3);
      e.code = used->code;
      e.root = ue->root;
      e.quad_class = ue->quad_class;
      e.goldstein = ue->goldstein;
      e.attribution = attribution;
      e.verb = std::string(doc.text(verb_span));
      e.verb_span = verb_span;
      e.pattern = used == &p ? p.where : p.where + " (" + used->where + ")";
      e.negated = negated;
      e.confidence = nominal ? 0.5 : 1.0;
      doc.events.push_back(std::move(e));
      ++sc.emitted;

    }
  }
  // The acts an article tells: "the move", "the operation" later refer to them.
  if (sc.emitted > 0 && !sc.sources.empty()) {
    const Scratch::RecentAct act{sc.sources.front(), sc.targets.empty() ? -1 : sc.targets.front(), ctx.index()};
    const int r = cameo_root(p.code);
    sc.recent_act = act;
    if (r == 15 || r >= 17) sc.recent_force = act;   // (sanctions, bans, expulsions, 16, are no force)
    if (r == 11 || r == 12 || r == 17) sc.recent_charge = act;
    if (r == 11 || r == 12) sc.recent_accusation = act;
  }
  // A meeting between two sides: later "the interlocutors" are these two.
  if (sc.emitted > 0 && entry->root == "04" && !sc.sources.empty() && !sc.targets.empty() &&
      ctx.actor(sc.sources.front()).country != ctx.actor(sc.targets.front()).country) {
    sc.pair_source = sc.sources.front();
    sc.pair_target = sc.targets.front();
    sc.pair_sentence = ctx.index();
  }
  if (sc.emitted == 0 && dropped_topic > 0) return "sport or business article: only state actors are coded";
  if (sc.emitted == 0) return "source and target the same, or already coded";
  if (negated) return "negated (the events are marked negated and dropped)";
  return nullptr;
}

}  // namespace herald
